/**
 * `migrate(report, to)`: a report of one format as a report of the other,
 * with a ledger of everything that could not be carried exactly.
 */
import { LANGS, oneOf, optionError, optionsObject } from "../options.js";
import type { Result } from "../result.js";
import { describeCell, type Lang, labelText } from "../layout/cells.js";
import { OUTCOME_ROWS } from "../layout/labels.js";
import { type ParseError, type ParseErrorCode, type ParseOptions, parseError, parseReport, type ReportIssue } from "../schema/parse.js";
import type { Format, LenientReport2019, LenientReport2021 } from "../schema/report.js";
import { applyMapping, type Loss, type OutOfRange } from "./apply.js";
import { guarded, langOf, unreadableError } from "../safe.js";

export type { Loss } from "./apply.js";
export { cellMappings, type MappingDeclaration, type MappingStep, MIGRATION_MAPPING } from "./mapping.js";
export { LOSS_REASON_CODES, LOSS_REASONS, type LossReason } from "./reasons.js";

/** Why {@link migrate} failed: the input is no report, or a report `LenientReport` rejects. */
export type MigrationErrorCode = ParseErrorCode;

/** The error of a failed {@link migrate}: as `parseReport`'s, issues located and labelled. */
export type MigrationError = ParseError;

/**
 * The result of {@link migrate}, never thrown.
 *
 * `success: true` — `data` is a new lenient report in the target format and
 * `losses` the ledger (empty when migrating to the report's own format).
 * `success: false` — the input is not a valid report (anything `LenientReport`
 * rejects) and `error` says why (`code`, `message`, `issues`), as `parseReport` does.
 *
 * @example
 * ```ts
 * import { migrate } from "zfxxgk";
 * const result = migrate({ format: "2022" }, "2021");
 * result.success ? result.data.year : result.error.issues[0]?.path;
 * //=> "/format"
 * ```
 */
export type MigrationResult<Output = LenientReport2019 | LenientReport2021> = Result<Output, MigrationError, { readonly losses: Loss[] }, object>;

/** Options of {@link migrate}. An invalid option is a programmer error (a `TypeError`). */
export interface MigrateOptions {
  /** Language of the error when the input is invalid: `"zh"` (default) or `"en"` (ledger messages are always bilingual). */
  readonly lang?: ParseOptions["lang"];
}

/**
 * Migrates a report (strict or lenient, either format) to `to`, returning a
 * new lenient report and a ledger of every cell that was not carried exactly.
 *
 * Section 三 and 四 cells are copied exactly, except （六）其他处理: 2021 → 2019
 * sums the three sub-rows; 2019 → 2021 puts the whole row under 3.其他 with
 * sub-rows 1 and 2 at 0 (an assumption, recorded as `assumed-split`). A target
 * cell with no source is `null`, never an invented number, and the ledger says
 * why. Prose (一, 五, 六) is carried as text. The input is never mutated;
 * migrating to the report's own format returns a deep copy and an empty ledger.
 * Invalid input is returned as `{ success: false, error }`; so is a report whose
 * （六） sub-rows add up beyond 2^53 − 1 (`invalid-report`, one `too_big` issue per
 * part), where a double can no longer count exactly. Only an unknown `to` or an
 * invalid option (programmer errors) throw a `TypeError`.
 *
 * @example
 * ```ts
 * import { migrate } from "zfxxgk";
 * const result = migrate(seed000, "2021");
 * if (result.success) {
 *   result.data.applications.outcomes.otherHandling.other.total;
 *   //=> 0
 *   result.losses.filter((loss) => loss.reason === "dropped").map((loss) => loss.pointer)[0];
 *   //=> "/proactive/regulations/published"
 * }
 * ```
 */
export function migrate(report: unknown, to: "2019", options?: MigrateOptions): MigrationResult<LenientReport2019>;
export function migrate(report: unknown, to: "2021", options?: MigrateOptions): MigrationResult<LenientReport2021>;
export function migrate(report: unknown, to: Format, options?: MigrateOptions): MigrationResult;
export function migrate(report: unknown, to: Format, options?: MigrateOptions): MigrationResult {
  return guarded(report, (plain) => migratePlain(plain, to, options), (problem) => ({ success: false, error: unreadableError(problem, langOf(options)) }));
}

function migratePlain(report: unknown, to: Format, options: MigrateOptions | undefined): MigrationResult {
  if (to !== "2019" && to !== "2021") throw optionError("migrate", "to", '"2019" | "2021"', to);
  const lang = oneOf("migrate", "lang", optionsObject("migrate", options).lang, LANGS, "zh");
  const parsed = parseReport(report, { lenient: true, lang });
  if (!parsed.success) return { success: false, error: parsed.error };
  const data = parsed.data;
  // A deep copy makes "never aliases the input" hold by construction; a migration builds a new report anyway.
  if (data.format === to) return { success: true, data: structuredClone(data), losses: [] };
  const migrated = applyMapping(data as unknown as Record<string, unknown>, to === "2021" ? "to2021" : "to2019");
  if (migrated.outOfRange) return { success: false, error: outOfRangeError(data.format, migrated.outOfRange, lang) };
  return { success: true, data: migrated.report as unknown as LenientReport2019 | LenientReport2021, losses: migrated.losses };
}

/** The largest whole number a double holds exactly, 2^53 − 1, as printed in messages. */
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** The error of a sum that left the safe integer range: one `too_big` issue per part, at the part's cell. */
function outOfRangeError(format: Format, outOfRange: OutOfRange, lang: Lang): MigrationError {
  const row = OUTCOME_ROWS.otherHandling;
  const sum = outOfRange.values.map(String).join(" + ");
  const issues = outOfRange.sources.map((pointer): ReportIssue => {
    const meta = describeCell(format, pointer);
    const label = meta ? labelText(meta.cell, lang) : pointer;
    const message =
      lang === "zh"
        ? `${label}：${row.zh}各分项之和 ${sum} 超出可精确计算的整数范围（2^53 − 1 = ${MAX_SAFE}），不能换算为单行，未给出结果`
        : `${label}: the sub-rows of ${row.en} add up to ${sum}, beyond the range of exact whole numbers (2^53 − 1 = ${MAX_SAFE}); they cannot be merged into one row, so no result is given`;
    return { code: "too_big", path: pointer, label, message };
  });
  return parseError("invalid-report", issues, lang);
}
