/**
 * `migrate(report, to)`: a report of one format as a report of the other,
 * with a ledger of everything that could not be carried exactly.
 */
import { type ParseOptions, parseReport, type ReportIssue } from "../schema/parse.js";
import type { Format, LenientReport2019, LenientReport2021 } from "../schema/report.js";
import type { Loss } from "./apply.js";
import { migrateTo2019 } from "./to-2019.js";
import { migrateTo2021 } from "./to-2021.js";

export type { Loss } from "./apply.js";
export { cellMappings, type MappingDeclaration, type MappingStep, MIGRATION_MAPPING } from "./mapping.js";
export { LOSS_REASON_CODES, LOSS_REASONS, type LossReason } from "./reasons.js";

/**
 * The result of {@link migrate}: never thrown.
 *
 * `ok: true` — `report` is a new lenient report in the target format and
 * `losses` the ledger (empty when migrating to the report's own format).
 * `ok: false` — the input is not a valid report (anything `LenientReport`
 * rejects) and `issues` say why, located and labelled as by `parseReport`.
 *
 * @example
 * ```ts
 * import { migrate } from "zfxxgk";
 * const result = migrate({ format: "2022" }, "2021");
 * result.ok ? result.report.year : result.issues[0].path;
 * //=> "/format"
 * ```
 * @see ../../docs/migration.md
 */
export type MigrationResult<Output = LenientReport2019 | LenientReport2021> =
  | { readonly ok: true; readonly report: Output; readonly losses: Loss[] }
  | { readonly ok: false; readonly report?: undefined; readonly losses: []; readonly issues: readonly ReportIssue[] };

/** Options of {@link migrate}. */
export interface MigrateOptions {
  /** Language of `issues` when the input is invalid (ledger messages are always bilingual). Default `"zh"`. */
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
 * Invalid input is returned as `{ ok: false, issues }`; only an unknown `to`
 * (a programming error) throws a `TypeError`.
 *
 * @example
 * ```ts
 * import { migrate } from "zfxxgk";
 * const result = migrate(seed000, "2021");
 * if (result.ok) {
 *   result.report.applications.outcomes.otherHandling.other.total;
 *   //=> 0
 *   result.losses.filter((loss) => loss.reason === "dropped").map((loss) => loss.pointer)[0];
 *   //=> "/proactive/regulations/published"
 * }
 * ```
 * @see ../../docs/migration.md
 */
export function migrate(report: unknown, to: "2019", options?: MigrateOptions): MigrationResult<LenientReport2019>;
export function migrate(report: unknown, to: "2021", options?: MigrateOptions): MigrationResult<LenientReport2021>;
export function migrate(report: unknown, to: Format, options?: MigrateOptions): MigrationResult;
export function migrate(report: unknown, to: Format, options: MigrateOptions = {}): MigrationResult {
  if (to !== "2019" && to !== "2021") {
    throw new TypeError(`zfxxgk: migrate: unknown target format ${JSON.stringify(to)}; use "2019" or "2021"`);
  }
  const parsed = parseReport(report, { lenient: true, lang: options.lang ?? "zh" });
  if (!parsed.success) return { ok: false, losses: [], issues: parsed.issues };
  // The parsed value is built by zod, but a deep copy makes "never aliases the input" hold by construction.
  const data = structuredClone(parsed.data);
  if (data.format === to) return { ok: true, report: data, losses: [] };
  return data.format === "2019" ? { ok: true, ...migrateTo2021(data) } : { ok: true, ...migrateTo2019(data) };
}
