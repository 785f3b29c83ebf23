/**
 * `fromLabeledTables`: tables keyed by printed labels → a
 * lenient report, with a note for everything read, assumed or skipped.
 */
import { nfkc } from "../nfkc.js";
import { SECTIONS, type TableId } from "../layout/labels.js";
import type { CellEntry } from "../schema/describe.js";
import { labelText } from "../layout/cells.js";
import { LANGS, oneOf, optionsObject } from "../options.js";
import type { Result, ResultError } from "../result.js";
import type { Lang } from "../schema/registry.js";
import { type Format, LenientReport } from "../schema/report.js";
import { type CellNote, readCell, rawText } from "./cells.js";
import { chooseFormat, collectEvidence, type InputRow, isBlankCell } from "./detect.js";
import { type ColumnSpec, type Layout, layoutOf, matchColumn, matchRow, type Recognition, type RowSpec } from "./labels.js";
import { clip } from "./normalize.js";
import { guarded, langOf, type Unreadable, unreadableMessage } from "../safe.js";
import type { Note, NoteMessage } from "./notes.js";

// The reader's parts are imported from their own modules (cells.ts, labels.ts, normalize.ts, notes.ts).
export { LABEL_ALIASES } from "./labels.js";
export { NOTE_KINDS, type Note, type NoteKind, type NoteKindInfo, type NoteMessage } from "./notes.js";

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
} as const satisfies Record<LabeledTablesErrorCode, NoteMessage>;

/** The error of a failed {@link fromLabeledTables}. */
export interface LabeledTablesError extends ResultError<LabeledTablesErrorCode> {
  /** A code from {@link LABELED_TABLES_ERRORS}. */
  readonly code: LabeledTablesErrorCode;
  /** What went wrong, in the requested language. */
  readonly message: string;
  /** The same message in Chinese and English. */
  readonly messages: NoteMessage;
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

const TABLES: readonly TableId[] = ["二", "三", "四"];
const TEXT_KEYS = { 一: "overview", 五: "problems", 六: "other" } as const;
const TEXT_SECTIONS = { 一: SECTIONS.overview, 五: SECTIONS.problems, 六: SECTIONS.other } as const;
const TOP_KEYS: ReadonlySet<string> = new Set(["format", "year", "agency", "tables", "text"]);

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function own(object: Plain, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A failure before the language is applied (`read` does not know it). */
type Failure = { readonly success: false; readonly notes: readonly Note[]; readonly code: LabeledTablesErrorCode; readonly messages: NoteMessage };
type Reading0 = { readonly success: true; readonly data: LenientReport; readonly notes: readonly Note[] } | Failure;

function fail(code: LabeledTablesErrorCode, notes: readonly Note[], detail?: NoteMessage): Failure {
  const base = LABELED_TABLES_ERRORS[code];
  const messages = detail ? { zh: `${base.zh}${detail.zh}`, en: `${base.en} ${detail.en}` } : { zh: base.zh, en: base.en };
  return { success: false, notes, code, messages };
}

function finish(reading: Reading0, lang: Lang): LabeledTablesResult {
  if (reading.success) return reading;
  return { success: false, notes: reading.notes, error: { code: reading.code, message: reading.messages[lang], messages: reading.messages } };
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function cellTitle(entry: CellEntry): NoteMessage {
  return { zh: entry.meta.title, en: labelText(entry.meta.cell, "en") };
}

function rowTitle(row: RowSpec): NoteMessage {
  return { zh: row.path.map((label) => label.zh).join(" / "), en: row.path.map((label) => label.en).join(" › ") };
}

function q(text: string): string {
  return `“${clip(text)}”`;
}

/** The mutable state of one reading. */
interface Reading {
  readonly format: Format;
  readonly layout: Layout;
  readonly other: Layout;
  readonly report: Plain;
  readonly notes: Note[];
  readonly assigned: Set<string>;
  readonly accounted: Set<string>;
  readonly seenRows: Set<string>;
  readonly labelNotes: Set<string>;
}

function setAt(root: Plain, path: readonly string[], value: unknown): void {
  let node = root;
  for (let index = 0; index < path.length - 1; index++) node = node[path[index] as string] as Plain;
  node[path[path.length - 1] as string] = value;
}

function skeleton(format: Format): Plain {
  const report: Plain = { format, year: null, agency: null };
  for (const row of layoutOf(format).rows) {
    for (const column of row.columns) {
      let node = report;
      const path = column.entry.path;
      for (let index = 0; index < path.length - 1; index++) {
        const key = path[index] as string;
        if (!isPlainObject(node[key])) node[key] = {};
        node = node[key] as Plain;
      }
      node[path[path.length - 1] as string] = null;
    }
  }
  return report;
}

function recognitionNotes(
  reading: Reading,
  table: TableId,
  on: "row" | "column",
  printed: string,
  official: NoteMessage,
  recognition: Recognition,
  pointer: string | undefined,
): void {
  const where = on === "row" ? { row: printed } : { column: printed };
  if (recognition.alias) {
    const id = `alias|${table}|${on}|${printed}`;
    if (!reading.labelNotes.has(id)) {
      reading.labelNotes.add(id);
      const alias = recognition.alias;
      reading.notes.push({
        kind: "alias-used",
        table,
        ...where,
        raw: printed,
        ...(pointer !== undefined ? { pointer } : {}),
        message: {
          zh: `${q(printed)}按别名读作“${official.zh}”（${alias.why.zh}）`,
          en: `${q(printed)} read as “${official.en}” through an alias (${alias.why.en})`,
        },
      });
    }
  }
  if (recognition.annotation !== undefined) {
    const id = `annotation|${table}|${on}|${printed}`;
    if (!reading.labelNotes.has(id)) {
      reading.labelNotes.add(id);
      reading.notes.push({
        kind: "annotation-stripped",
        table,
        ...where,
        raw: printed,
        ...(pointer !== undefined ? { pointer } : {}),
        message: {
          zh: `${q(printed)}去掉括注“${clip(recognition.annotation)}”后读作“${official.zh}”`,
          en: `${q(printed)} read as “${official.en}” after removing the note “${clip(recognition.annotation)}”`,
        },
      });
    }
  }
}

function locate(cellNote: CellNote, table: TableId, row: string, column: string, raw: unknown, entry: CellEntry): Note {
  const title = cellTitle(entry);
  return {
    kind: cellNote.kind,
    table,
    row,
    column,
    raw: rawText(raw),
    pointer: entry.pointer,
    message: { zh: `${title.zh}：${cellNote.message.zh}`, en: `${title.en}: ${cellNote.message.en}` },
  };
}

function assign(
  reading: Reading,
  table: TableId,
  rowLabel: string,
  columnLabel: string,
  raw: unknown,
  column: ColumnSpec,
  headerUnit: "元" | "万元" | undefined,
): void {
  const title = cellTitle(column.entry);
  if (reading.assigned.has(column.pointer)) {
    reading.notes.push({
      kind: "duplicate-cell",
      table,
      row: rowLabel,
      column: columnLabel,
      raw: rawText(raw),
      pointer: column.pointer,
      message: {
        zh: `${title.zh}：已由前面的标签填入，此处的${q(rawText(raw))}未采用`,
        en: `${title.en}: already filled from an earlier label; ${q(rawText(raw))} here was not used`,
      },
    });
    return;
  }
  reading.assigned.add(column.pointer);
  const unit = headerUnit ?? (column.kind === "money" ? column.unit : undefined);
  const cell = readCell(raw, { kind: column.kind, ...(unit ? { headerUnit: unit } : {}) });
  setAt(reading.report, column.entry.path, cell.value);
  for (const cellNote of cell.notes) reading.notes.push(locate(cellNote, table, rowLabel, columnLabel, raw, column.entry));
}

function notInFormat(reading: Reading, table: TableId, row: InputRow, otherRow: RowSpec | undefined): void {
  const otherFormat = reading.other.format;
  let noted = false;
  for (const [column, raw] of row.cells) {
    if (isBlankCell(raw)) continue;
    noted = true;
    const match = otherRow ? matchColumn(otherRow, otherFormat, column) : undefined;
    const label = match?.kind === "column" ? match.columns.map((spec) => spec.entry.meta.title).join("、") : `${row.label} · ${column}`;
    reading.notes.push({
      kind: "cell-not-in-format",
      table,
      row: row.label,
      column,
      raw: rawText(raw),
      message: {
        zh: `“${clip(label, 80)}”属于 ${otherFormat} 格式，本报告按 ${reading.format} 格式读取：数值${q(rawText(raw))}未放入报告`,
        en: `“${clip(label, 80)}” belongs to format ${otherFormat}; this report is read as ${reading.format}: the value ${q(rawText(raw))} was not put into the report`,
      },
    });
  }
  if (!noted) {
    reading.notes.push({
      kind: "cell-not-in-format",
      table,
      row: row.label,
      message: {
        zh: `行${q(row.label)}属于 ${otherFormat} 格式（本报告按 ${reading.format} 格式读取），且未印数值`,
        en: `Row ${q(row.label)} belongs to format ${otherFormat} (this report is read as ${reading.format}) and prints no value`,
      },
    });
  }
}

function cellsSummary(cells: InputRow["cells"]): string {
  const printed = cells.map(([column, raw]) => `${clip(column, 20)}=${clip(rawText(raw), 20)}`).join(", ");
  return clip(printed, 160);
}

function readRow(reading: Reading, row: InputRow): void {
  const { table } = row;
  const match = matchRow(reading.layout, table, row.label);
  if (match.kind === "unknown" || match.kind === "group") {
    const other = matchRow(reading.other, table, row.label);
    if (other.kind === "row") {
      notInFormat(reading, table, row, other.row);
      return;
    }
  }
  if (match.kind === "unknown") {
    reading.notes.push({
      kind: "unknown-row",
      table,
      row: row.label,
      raw: row.label,
      message: {
        zh: `表${table}的行标签${q(row.label)}无法识别${match.prefixMismatch ? "（行名可识别，但前缀与其上级行不符）" : ""}，该行未读取${row.cells.length ? `：${cellsSummary(row.cells)}` : ""}`,
        en: `Table ${table}: row label ${q(row.label)} is not recognised${match.prefixMismatch ? " (the row name is known but its prefix does not fit its parents)" : ""}; the row was not read${row.cells.length ? `: ${cellsSummary(row.cells)}` : ""}`,
      },
    });
    return;
  }
  if (match.kind === "ambiguous") {
    reading.notes.push({
      kind: "ambiguous-label",
      table,
      row: row.label,
      raw: row.label,
      message: {
        zh: `表${table}的行标签${q(row.label)}可指 ${match.candidates.map((label) => label.zh).join("、")}，未读取`,
        en: `Table ${table}: row label ${q(row.label)} could be ${match.candidates.map((label) => label.en).join(", ")}; not read`,
      },
    });
    return;
  }
  if (match.kind === "group") {
    for (const [column, raw] of row.cells) {
      if (isBlankCell(raw)) continue;
      reading.notes.push({
        kind: "group-row",
        table,
        row: row.label,
        column,
        raw: rawText(raw),
        message: {
          zh: `“${match.path.map((label) => label.zh).join(" / ")}”是分组标签，没有自己的单元格：${q(column)}列的${q(rawText(raw))}未放入报告`,
          en: `“${match.path.map((label) => label.en).join(" › ")}” is a group label without cells of its own: ${q(rawText(raw))} in column ${q(column)} was not put into the report`,
        },
      });
    }
    return;
  }
  const spec = match.row;
  recognitionNotes(reading, table, "row", row.label, rowTitle(spec), match, spec.pointer);
  reading.seenRows.add(spec.pointer);
  const otherMatch = matchRow(reading.other, table, row.label);
  const otherRow = otherMatch.kind === "row" ? otherMatch.row : undefined;
  const deferred: { column: string; raw: unknown; columns: readonly ColumnSpec[]; headerUnit?: "元" | "万元"; recognition: Recognition }[] = [];
  const filledHere = new Set<string>();
  for (const [column, raw] of row.cells) {
    const found = matchColumn(spec, reading.format, column);
    if (found.kind === "unknown") {
      const inOther = otherRow ? matchColumn(otherRow, reading.other.format, column) : undefined;
      if (inOther?.kind === "column") {
        notInFormat(reading, table, { table, label: row.label, cells: [[column, raw]] }, otherRow);
        continue;
      }
      reading.notes.push({
        kind: "unknown-column",
        table,
        row: row.label,
        column,
        raw: rawText(raw),
        message: {
          zh: `${rowTitle(spec).zh}：列标签${q(column)}无法识别，${q(rawText(raw))}未读取`,
          en: `${rowTitle(spec).en}: column label ${q(column)} is not recognised; ${q(rawText(raw))} was not read`,
        },
      });
      continue;
    }
    if (found.columns.length > 1) {
      deferred.push({ column, raw, columns: found.columns, ...(found.headerUnit ? { headerUnit: found.headerUnit } : {}), recognition: found });
      continue;
    }
    const target = found.columns[0] as ColumnSpec;
    recognitionNotes(reading, table, "column", column, { zh: target.label.zh, en: target.label.en }, found, undefined);
    filledHere.add(target.pointer);
    assign(reading, table, row.label, column, raw, target, found.headerUnit);
  }
  if (deferred.length === 0) return;
  // A truncated label naming several columns: by position only when unambiguous.
  const targets = deferred[0]?.columns ?? [];
  const sameTargets = deferred.every(
    (item) => item.columns.length === targets.length && item.columns.every((column, index) => column === targets[index]),
  );
  const open = targets.filter((column) => !filledHere.has(column.pointer));
  if (sameTargets && open.length === deferred.length) {
    deferred.forEach((item, index) => {
      const target = open[index] as ColumnSpec;
      const title = cellTitle(target.entry);
      reading.notes.push({
        kind: "alias-used",
        table,
        row: row.label,
        column: item.column,
        raw: item.column,
        pointer: target.pointer,
        message: {
          zh: `截断的列标签${q(item.column)}按位置（第 ${index + 1} 个，共 ${deferred.length} 个）读作“${title.zh}”`,
          en: `Truncated column label ${q(item.column)} read by position (${index + 1} of ${deferred.length}) as “${title.en}”`,
        },
      });
      assign(reading, table, row.label, item.column, item.raw, target, item.headerUnit);
    });
    return;
  }
  for (const item of deferred) {
    for (const column of item.columns) reading.accounted.add(column.pointer);
    reading.notes.push({
      kind: "ambiguous-label",
      table,
      row: row.label,
      column: item.column,
      raw: rawText(item.raw),
      message: {
        zh: `${rowTitle(spec).zh}：截断的列标签${q(item.column)}可指 ${item.columns.map((column) => column.label.zh).join("、")}，位置无法确定，${q(rawText(item.raw))}未读取`,
        en: `${rowTitle(spec).en}: truncated column label ${q(item.column)} could be ${item.columns.map((column) => column.label.en).join(" or ")} and position does not decide; ${q(rawText(item.raw))} was not read`,
      },
    });
  }
}

function readMeta(input: Plain, notes: Note[]): { year: number | null; agency: string | null; declared: Format | undefined } {
  let year: number | null = null;
  const rawYear = own(input, "year");
  if (rawYear === undefined) {
    notes.push({ kind: "missing-meta", table: "meta", row: "year", pointer: "/year", message: { zh: "未给出报告年度，记为 null", en: "No report year given; null" } });
  } else {
    const text = typeof rawYear === "string" ? nfkc(rawYear).trim() : undefined;
    const value = typeof rawYear === "number" ? rawYear : text !== undefined && text.length === 4 && /^[0-9]{4}$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isInteger(value) && value >= 2000 && value <= 2100) year = value;
    else {
      notes.push({
        kind: "invalid-input",
        table: "meta",
        row: "year",
        raw: rawText(rawYear),
        pointer: "/year",
        message: {
          zh: `报告年度${q(rawText(rawYear))}不是 2000–2100 之间的整数，记为 null`,
          en: `Report year ${q(rawText(rawYear))} is not a whole number from 2000 to 2100; null`,
        },
      });
    }
  }
  let agency: string | null = null;
  const rawAgency = own(input, "agency");
  if (typeof rawAgency === "string" && rawAgency.trim() !== "") agency = rawAgency.trim();
  else if (rawAgency === undefined || (typeof rawAgency === "string" && rawAgency.trim() === "")) {
    notes.push({ kind: "missing-meta", table: "meta", row: "agency", pointer: "/agency", message: { zh: "未给出报告机关，记为 null", en: "No reporting organ given; null" } });
  } else {
    notes.push({
      kind: "invalid-input",
      table: "meta",
      row: "agency",
      raw: rawText(rawAgency),
      pointer: "/agency",
      message: { zh: `报告机关应为文字，实为 ${typeName(rawAgency)}，记为 null`, en: `The reporting organ should be text, got ${typeName(rawAgency)}; null` },
    });
  }
  let declared: Format | undefined;
  const rawFormat = own(input, "format");
  if (rawFormat === "2019" || rawFormat === "2021") declared = rawFormat;
  else if (rawFormat !== undefined) {
    notes.push({
      kind: "invalid-input",
      table: "meta",
      row: "format",
      raw: rawText(rawFormat),
      message: {
        zh: `格式${q(rawText(rawFormat))}不是 "2019" 或 "2021"，已忽略，改由标签判定`,
        en: `Format ${q(rawText(rawFormat))} is not "2019" or "2021"; ignored, detected from the labels instead`,
      },
    });
  }
  return { year, agency, declared };
}

function readText(input: Plain, notes: Note[]): Record<string, string> | undefined {
  const text = own(input, "text");
  const out: Record<string, string> = {};
  if (text !== undefined && !isPlainObject(text)) {
    notes.push({
      kind: "invalid-input",
      table: "text",
      raw: rawText(text),
      message: { zh: `text 应为对象，实为 ${typeName(text)}，已忽略`, en: `text should be an object, got ${typeName(text)}; ignored` },
    });
  }
  const object = isPlainObject(text) ? text : {};
  for (const key of Object.keys(object)) {
    if (!Object.hasOwn(TEXT_KEYS, key)) {
      notes.push({
        kind: "unknown-field",
        table: "text",
        row: key,
        message: { zh: `text 中的${q(key)}无法识别（只认“一”“五”“六”），已忽略`, en: `${q(key)} in text is not recognised (only 一, 五, 六); ignored` },
      });
    }
  }
  for (const key of ["一", "五", "六"] as const) {
    const value = own(object, key);
    const section = TEXT_SECTIONS[key];
    if (typeof value === "string") out[TEXT_KEYS[key]] = value;
    else if (value === undefined) {
      notes.push({
        kind: "text-missing",
        table: "text",
        row: key,
        pointer: `/text/${TEXT_KEYS[key]}`,
        message: { zh: `未给出“${section.zh}”`, en: `“${section.en}” was not given` },
      });
    } else {
      notes.push({
        kind: "invalid-input",
        table: "text",
        row: key,
        raw: rawText(value),
        pointer: `/text/${TEXT_KEYS[key]}`,
        message: { zh: `“${section.zh}”应为文字，实为 ${typeName(value)}，已忽略`, en: `“${section.en}” should be text, got ${typeName(value)}; ignored` },
      });
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function collectRows(tables: Plain, notes: Note[]): InputRow[] {
  const rows: InputRow[] = [];
  for (const key of Object.keys(tables)) {
    if (!(TABLES as readonly string[]).includes(key)) {
      notes.push({
        kind: "unknown-table",
        raw: key,
        message: { zh: `tables 中的${q(key)}无法识别（只认“二”“三”“四”），已忽略`, en: `Table ${q(key)} is not recognised (only 二, 三, 四); ignored` },
      });
    }
  }
  for (const table of TABLES) {
    const value = own(tables, table);
    if (value === undefined) continue;
    if (!isPlainObject(value)) {
      notes.push({
        kind: "invalid-input",
        table,
        raw: rawText(value),
        message: { zh: `表${table}应为对象，实为 ${typeName(value)}，已忽略`, en: `Table ${table} should be an object, got ${typeName(value)}; ignored` },
      });
      continue;
    }
    for (const label of Object.keys(value)) {
      const cells = value[label];
      if (!isPlainObject(cells)) {
        notes.push({
          kind: "invalid-input",
          table,
          row: label,
          raw: rawText(cells),
          message: {
            zh: `表${table}的行${q(label)}应为“列标签→文字”的对象，实为 ${typeName(cells)}，未读取`,
            en: `Table ${table}, row ${q(label)} should be an object of column label → text, got ${typeName(cells)}; not read`,
          },
        });
        continue;
      }
      rows.push({ table, label, cells: Object.keys(cells).map((column) => [column, cells[column]] as const) });
    }
  }
  return rows;
}

function read(input: unknown): Reading0 {
  const notes: Note[] = [];
  if (!isPlainObject(input)) {
    return fail("invalid-input", notes, { zh: `（实为 ${typeName(input)}）`, en: `(got ${typeName(input)})` });
  }
  const tables = own(input, "tables");
  if (!isPlainObject(tables)) {
    return fail("invalid-input", notes, { zh: `（tables 为 ${typeName(tables)}）`, en: `(tables is ${typeName(tables)})` });
  }
  for (const key of Object.keys(input)) {
    if (!TOP_KEYS.has(key)) {
      notes.push({
        kind: "unknown-field",
        table: "meta",
        row: key,
        message: { zh: `输入中的字段${q(key)}无法识别，已忽略`, en: `Field ${q(key)} of the input is not recognised; ignored` },
      });
    }
  }
  const { year, agency, declared } = readMeta(input, notes);
  const rows = collectRows(tables, notes);
  const choice = chooseFormat(declared, year, collectEvidence(rows));
  if (!choice.format) return fail("format-undetermined", [...notes, ...choice.notes]);
  const format = choice.format;
  notes.unshift(...choice.notes);
  const reading: Reading = {
    format,
    layout: layoutOf(format),
    other: layoutOf(format === "2019" ? "2021" : "2019"),
    report: skeleton(format),
    notes,
    assigned: new Set(),
    accounted: new Set(),
    seenRows: new Set(),
    labelNotes: new Set(),
  };
  reading.report.year = year;
  reading.report.agency = agency;
  for (const row of rows) readRow(reading, row);
  for (const spec of reading.layout.rows) {
    const title = rowTitle(spec);
    if (!reading.seenRows.has(spec.pointer)) {
      notes.push({
        kind: "missing-row",
        table: spec.table,
        pointer: spec.pointer,
        message: { zh: `表${spec.table}缺少行“${title.zh}”，其单元格记为 null`, en: `Table ${spec.table} lacks the row “${title.en}”; its cells are null` },
      });
      continue;
    }
    for (const column of spec.columns) {
      if (reading.assigned.has(column.pointer) || reading.accounted.has(column.pointer)) continue;
      const cell = cellTitle(column.entry);
      notes.push({
        kind: "missing-column",
        table: spec.table,
        column: column.label.zh,
        pointer: column.pointer,
        message: { zh: `${cell.zh}：该列未出现，记为 null`, en: `${cell.en}: the column is absent; null` },
      });
    }
  }
  const text = readText(input, notes);
  const report = { ...reading.report, ...(text ? { text } : {}) };
  const checked = LenientReport.safeParse(report);
  if (!checked.success) {
    return fail("internal-error", notes, {
      zh: `（结果未通过 LenientReport：${clip(checked.error.issues[0]?.message ?? "", 120)}）`,
      en: `(the result failed LenientReport: ${clip(checked.error.issues[0]?.message ?? "", 120)})`,
    });
  }
  return { success: true, data: checked.data, notes };
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
