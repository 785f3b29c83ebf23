/**
 * `fromLabeledTables`: tables keyed by printed labels → a lenient report, with
 * a note for everything read, assumed or skipped. The parts are read by their
 * own modules — metadata (read-meta), rows (read-rows, read-row), prose
 * (read-text) — each returning its values and notes.
 */
import { LANGS, oneOf, optionsObject } from "../options.js";
import type { Result, ResultError } from "../result.js";
import { parseReport } from "../schema/parse.js";
import type { Lang } from "../schema/registry.js";
import type { Format, LenientReport } from "../schema/report.js";
import { chooseFormat, collectEvidence } from "./detect.js";
import { isPlainObject, own, typeName } from "./input.js";
import { clip } from "./normalize.js";
import type { Bilingual } from "../layout/labels.js";
import { markRunNotes } from "../nfkc.js";
import { guarded, langOf, type Unreadable, unreadableMessage } from "../safe.js";
import type { Note } from "./notes.js";
import { readMeta, unknownFields } from "./read-meta.js";
import { collectRows, readRows } from "./read-rows.js";
import { readText } from "./read-text.js";

/** One table as scraped: row label → column label → printed cell text. */
export type LabeledTable = { readonly [rowLabel: string]: { readonly [columnLabel: string]: string } };

/**
 * The labelled-table input: tables keyed by printed labels,
 * every cell as printed text.
 *
 * @example
 * ```ts
 * const input: LabeledTables = {
 *   year: 2023,
 *   tables: { 四: { 行政复议: { 结果维持: "30", 结果纠正: "9", 其他结果: "3", 尚未审结: "1", 总计: "43" } } },
 * };
 * input.tables.四?.行政复议?.总计;
 * //=> "43"
 * ```
 */
export interface LabeledTables {
  /** The format, when known; otherwise detected from the labels. */
  readonly format?: Format;
  /** The report year. */
  readonly year?: number;
  /** The reporting organ. */
  readonly agency?: string;
  /** Tables 二, 三 and 四 as printed. */
  readonly tables: { readonly 二?: LabeledTable; readonly 三?: LabeledTable; readonly 四?: LabeledTable };
  /** Prose sections 一, 五 and 六. */
  readonly text?: { readonly 一?: string; readonly 五?: string; readonly 六?: string };
}

/** Why no report could be made. */
export type LabeledTablesErrorCode = "invalid-input" | "format-undetermined" | "internal-error" | "unreadable-input";

/**
 * The fixed list of error codes of {@link fromLabeledTables}, as data.
 *
 * @example
 * ```ts
 * LABELED_TABLES_ERRORS["format-undetermined"].en.startsWith("No format");
 * //=> true
 * ```
 */
export const LABELED_TABLES_ERRORS = {
  "invalid-input": {
    zh: "输入不是对象，或缺少 tables 对象。",
    en: "The input is not an object, or has no tables object.",
  },
  "format-undetermined": {
    zh: "未给出格式，标签不能区分格式，也没有报告年度：请在输入中给出 format 或 year。",
    en: "No format was given, the labels do not tell the formats apart and there is no year: give format or year in the input.",
  },
  "internal-error": {
    zh: "内部错误（请报告此问题）。",
    en: "Internal error (please report it).",
  },
  "unreadable-input": {
    zh: "输入无法读取（读取某个值时出错，如 getter 或 Proxy）：请传入普通的 JSON 数据。",
    en: "The input cannot be read (reading a value threw, e.g. a getter or Proxy): pass plain JSON data.",
  },
} as const satisfies Record<LabeledTablesErrorCode, Bilingual>;

/** The error of a failed {@link fromLabeledTables}. */
export interface LabeledTablesError extends ResultError<LabeledTablesErrorCode> {
  /** A code from {@link LABELED_TABLES_ERRORS}. */
  readonly code: LabeledTablesErrorCode;
  /** What went wrong, in the requested language. */
  readonly message: string;
  /** The same message in Chinese and English. */
  readonly messages: Bilingual;
  /** For `unreadable-input`: the JSON Pointer of the value that could not be read. */
  readonly path?: string;
}

/**
 * The result of {@link fromLabeledTables}, never thrown: `{ success: true, data, notes }`
 * or `{ success: false, error, notes }`; `notes` (bilingual) are present on both sides.
 */
export type LabeledTablesResult = Result<LenientReport, LabeledTablesError, { readonly notes: readonly Note[] }>;

/** Options of {@link fromLabeledTables}. An invalid option is a programmer error (a `TypeError`). */
export interface LabeledTablesOptions {
  /** Language of `error.message`: `"zh"` (default) or `"en"`. Notes carry both languages. */
  readonly lang?: Lang;
}

/** A failure before the language is applied (`read` does not know it). */
type Failure = { readonly success: false; readonly notes: readonly Note[]; readonly code: LabeledTablesErrorCode; readonly messages: Bilingual };
type Reading0 = { readonly success: true; readonly data: LenientReport; readonly notes: readonly Note[] } | Failure;

function fail(code: LabeledTablesErrorCode, notes: readonly Note[], detail?: Bilingual): Failure {
  const base = LABELED_TABLES_ERRORS[code];
  const messages = detail ? { zh: `${base.zh}${detail.zh}`, en: `${base.en} ${detail.en}` } : { zh: base.zh, en: base.en };
  return { success: false, notes, code, messages };
}

function finish(reading: Reading0, lang: Lang): LabeledTablesResult {
  if (reading.success) return reading;
  return { success: false, notes: reading.notes, error: { code: reading.code, message: reading.messages[lang], messages: reading.messages } };
}

function read(input: unknown): Reading0 {
  if (!isPlainObject(input)) {
    return fail("invalid-input", [], { zh: `（实为 ${typeName(input)}）`, en: `(got ${typeName(input)})` });
  }
  const tables = own(input, "tables");
  if (!isPlainObject(tables)) {
    return fail("invalid-input", [], { zh: `（tables 为 ${typeName(tables)}）`, en: `(tables is ${typeName(tables)})` });
  }
  const meta = readMeta(input);
  const collected = collectRows(tables);
  const before = [...unknownFields(input), ...meta.notes, ...collected.notes, ...markRunNotes(input)];
  const choice = chooseFormat(meta.declared, meta.year, collectEvidence(collected.rows));
  if (!choice.format) return fail("format-undetermined", [...before, ...choice.notes]);
  const tablesRead = readRows(choice.format, collected.rows);
  const prose = readText(input);
  const report = { ...tablesRead.report, year: meta.year, agency: meta.agency, ...(prose.text ? { text: prose.text } : {}) };
  const notes = [...choice.notes, ...before, ...tablesRead.notes, ...prose.notes];
  // The fast path of parseReport takes the well-formed report; zod decides only if it is not.
  const checked = parseReport(report, { lenient: true, format: choice.format, lang: "en" });
  if (!checked.success) {
    return fail("internal-error", notes, {
      zh: `（结果未通过 LenientReport：${clip(checked.error.issues[0]?.message ?? "", 120)}）`,
      en: `(the result failed LenientReport: ${clip(checked.error.issues[0]?.message ?? "", 120)})`,
    });
  }
  return { success: true, data: checked.data as LenientReport, notes };
}

/**
 * Reads tables keyed by printed labels into a lenient report, with a note
 * for everything it read, assumed, converted or could not read. Never throws
 * on data: a wrong top-level shape is `{ success: false, error }`; only an
 * invalid option (a programmer error) throws a `TypeError`.
 *
 * @example
 * ```ts
 * import { fromLabeledTables } from "zfxxgk";
 * const result = fromLabeledTables({
 *   year: 2019,
 *   tables: { 二: { "第二十条第（六）项/行政强制": { 上一年项目数量: "130", "本年增/减": "减少 38 项", 处理决定数量: "28" } } },
 * });
 * result.success && result.data.format;
 * //=> "2019"
 * result.success && result.data.proactive.coercion;
 * //=> { itemsLastYear: 130, itemsChange: -38, decisions: 28 }
 * result.notes.find((note) => note.kind === "signed-text")?.pointer;
 * //=> "/proactive/coercion/itemsChange"
 * ```
 */
export function fromLabeledTables(input: unknown, options?: LabeledTablesOptions): LabeledTablesResult {
  return guarded(input, (plain) => fromPlainTables(plain, options), (problem) => unreadableTables(problem, langOf(options)));
}

function unreadableTables(problem: Unreadable, lang: Lang): LabeledTablesResult {
  const messages = unreadableMessage(problem);
  return { success: false, error: { code: "unreadable-input", message: messages[lang], messages, path: problem.path }, notes: [] };
}

function fromPlainTables(input: unknown, options: LabeledTablesOptions | undefined): LabeledTablesResult {
  const lang = oneOf("fromLabeledTables", "lang", optionsObject("fromLabeledTables", options).lang, LANGS, "zh");
  try {
    return finish(read(input), lang);
  } catch (error) {
    let detail = "";
    try {
      detail = clip(error instanceof Error ? error.message : String(error), 120);
    } catch {
      detail = "unprintable error";
    }
    return finish(fail("internal-error", [], { zh: `（${detail}）`, en: `(${detail})` }), lang);
  }
}
