/**
 * Reading one row of a labelled table against the chosen format. Pure: a row
 * gives a list of events in input order — notes, cells to fill, rows seen,
 * cells accounted for — and `readRows` folds them into the report.
 */
import type { CellEntry } from "../layout/cells.js";
import { labelText } from "../layout/cells.js";
import type { TableId } from "../layout/labels.js";
import type { Format } from "../schema/report.js";
import { type MoneyUnit, rawText } from "./cells.js";
import { type InputRow, isBlankCell } from "./detect.js";
import { q } from "./input.js";
import { type ColumnMatch, type ColumnSpec, type Layout, matchColumn, matchRow, type Recognition, type RowMatch, type RowSpec } from "./labels.js";
import { clip } from "./normalize.js";
import type { Note, NoteMessage } from "./notes.js";

/** What reading a row asks of the report, in input order. */
export type RowEvent =
  /** A note; with `once`, only the first note of that id is kept (label notes repeat on every row). */
  | { readonly type: "note"; readonly note: Note; readonly once?: string }
  /** A cell to fill from printed text (unless an earlier label filled it). */
  | {
      readonly type: "cell";
      readonly table: TableId;
      readonly row: string;
      readonly column: string;
      readonly raw: unknown;
      readonly spec: ColumnSpec;
      readonly headerUnit: MoneyUnit | undefined;
    }
  /** A row of the format that the input prints. */
  | { readonly type: "seen"; readonly pointer: string }
  /** A cell the input names but could not be read (so it is not reported missing). */
  | { readonly type: "accounted"; readonly pointer: string };

/** The format a row is read against, and the other format (for cells printed from it). */
export interface RowContext {
  readonly format: Format;
  readonly layout: Layout;
  readonly other: Layout;
}

const cellTitles = new WeakMap<CellEntry, NoteMessage>();
const rowTitles = new WeakMap<RowSpec, NoteMessage>();

/** The printed label of a cell, in both languages (looked up once per cell). */
export function cellTitle(entry: CellEntry): NoteMessage {
  let title = cellTitles.get(entry);
  if (!title) {
    title = { zh: entry.meta.title, en: labelText(entry.meta.cell, "en") };
    cellTitles.set(entry, title);
  }
  return title;
}

/** The printed label path of a row, in both languages (looked up once per row). */
export function rowTitle(row: RowSpec): NoteMessage {
  let title = rowTitles.get(row);
  if (!title) {
    title = { zh: row.path.map((label) => label.zh).join(" / "), en: row.path.map((label) => label.en).join(" › ") };
    rowTitles.set(row, title);
  }
  return title;
}

const note = (value: Note, once?: string): RowEvent => (once === undefined ? { type: "note", note: value } : { type: "note", note: value, once });

function recognitionEvents(table: TableId, on: "row" | "column", printed: string, official: NoteMessage, recognition: Recognition, pointer: string | undefined): RowEvent[] {
  const where = on === "row" ? { row: printed } : { column: printed };
  const at = pointer !== undefined ? { pointer } : {};
  const events: RowEvent[] = [];
  const alias = recognition.alias;
  if (alias) {
    events.push(
      note(
        {
          kind: "alias-used",
          table,
          ...where,
          raw: printed,
          ...at,
          message: {
            zh: `${q(printed)}按别名读作“${official.zh}”（${alias.why.zh}）`,
            en: `${q(printed)} read as “${official.en}” through an alias (${alias.why.en})`,
          },
        },
        `alias|${table}|${on}|${printed}`,
      ),
    );
  }
  const annotation = recognition.annotation;
  if (annotation !== undefined) {
    events.push(
      note(
        {
          kind: "annotation-stripped",
          table,
          ...where,
          raw: printed,
          ...at,
          message: {
            zh: `${q(printed)}去掉括注“${clip(annotation)}”后读作“${official.zh}”`,
            en: `${q(printed)} read as “${official.en}” after removing the note “${clip(annotation)}”`,
          },
        },
        `annotation|${table}|${on}|${printed}`,
      ),
    );
  }
  return events;
}

/** Cells of a row (or a whole row) that belong to the other format: noted with their value, never placed. */
function notInFormat(context: RowContext, table: TableId, row: InputRow, otherRow: RowSpec | undefined): RowEvent[] {
  const otherFormat = context.other.format;
  const events: RowEvent[] = [];
  for (const [column, raw] of row.cells) {
    if (isBlankCell(raw)) continue;
    const match = otherRow ? matchColumn(otherRow, otherFormat, column) : undefined;
    const label = match?.kind === "column" ? match.columns.map((spec) => spec.entry.meta.title).join("、") : `${row.label} · ${column}`;
    events.push(
      note({
        kind: "cell-not-in-format",
        table,
        row: row.label,
        column,
        raw: rawText(raw),
        message: {
          zh: `“${clip(label, 80)}”属于 ${otherFormat} 格式，本报告按 ${context.format} 格式读取：数值${q(rawText(raw))}未放入报告`,
          en: `“${clip(label, 80)}” belongs to format ${otherFormat}; this report is read as ${context.format}: the value ${q(rawText(raw))} was not put into the report`,
        },
      }),
    );
  }
  if (events.length > 0) return events;
  return [
    note({
      kind: "cell-not-in-format",
      table,
      row: row.label,
      message: {
        zh: `行${q(row.label)}属于 ${otherFormat} 格式（本报告按 ${context.format} 格式读取），且未印数值`,
        en: `Row ${q(row.label)} belongs to format ${otherFormat} (this report is read as ${context.format}) and prints no value`,
      },
    }),
  ];
}

function cellsSummary(cells: InputRow["cells"]): string {
  const printed = cells.map(([column, raw]) => `${clip(column, 20)}=${clip(rawText(raw), 20)}`).join(", ");
  return clip(printed, 160);
}

function unknownRow(row: InputRow, prefixMismatch: boolean): RowEvent[] {
  const { table } = row;
  const cells = row.cells.length ? cellsSummary(row.cells) : "";
  return [
    note({
      kind: "unknown-row",
      table,
      row: row.label,
      raw: row.label,
      message: {
        zh: `表${table}的行标签${q(row.label)}无法识别${prefixMismatch ? "（行名可识别，但前缀与其上级行不符）" : ""}，该行未读取${cells ? `：${cells}` : ""}`,
        en: `Table ${table}: row label ${q(row.label)} is not recognised${prefixMismatch ? " (the row name is known but its prefix does not fit its parents)" : ""}; the row was not read${cells ? `: ${cells}` : ""}`,
      },
    }),
  ];
}

function ambiguousRow(row: InputRow, candidates: Extract<RowMatch, { kind: "ambiguous" }>["candidates"]): RowEvent[] {
  const { table } = row;
  return [
    note({
      kind: "ambiguous-label",
      table,
      row: row.label,
      raw: row.label,
      message: {
        zh: `表${table}的行标签${q(row.label)}可指 ${candidates.map((label) => label.zh).join("、")}，未读取`,
        en: `Table ${table}: row label ${q(row.label)} could be ${candidates.map((label) => label.en).join(", ")}; not read`,
      },
    }),
  ];
}

function groupRow(row: InputRow, path: Extract<RowMatch, { kind: "group" }>["path"]): RowEvent[] {
  const { table } = row;
  return row.cells
    .filter(([, raw]) => !isBlankCell(raw))
    .map(([column, raw]) =>
      note({
        kind: "group-row",
        table,
        row: row.label,
        column,
        raw: rawText(raw),
        message: {
          zh: `“${path.map((label) => label.zh).join(" / ")}”是分组标签，没有自己的单元格：${q(column)}列的${q(rawText(raw))}未放入报告`,
          en: `“${path.map((label) => label.en).join(" › ")}” is a group label without cells of its own: ${q(rawText(raw))} in column ${q(column)} was not put into the report`,
        },
      }),
    );
}

/** A column label naming several columns (a truncated label), decided once the row is read. */
interface Deferred {
  readonly column: string;
  readonly raw: unknown;
  readonly columns: readonly ColumnSpec[];
  readonly headerUnit: MoneyUnit | undefined;
}

/** Truncated labels are read by position only when they all name the same open columns, one each. */
function deferredColumns(row: InputRow, spec: RowSpec, deferred: readonly Deferred[], filledHere: ReadonlySet<string>): RowEvent[] {
  const { table } = row;
  const targets = deferred[0]?.columns ?? [];
  const sameTargets = deferred.every((item) => item.columns.length === targets.length && item.columns.every((column, index) => column === targets[index]));
  const open = targets.filter((column) => !filledHere.has(column.pointer));
  if (sameTargets && open.length === deferred.length) {
    return deferred.flatMap((item, index): RowEvent[] => {
      const target = open[index] as ColumnSpec;
      const title = cellTitle(target.entry);
      return [
        note({
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
        }),
        { type: "cell", table, row: row.label, column: item.column, raw: item.raw, spec: target, headerUnit: item.headerUnit },
      ];
    });
  }
  return deferred.flatMap((item): RowEvent[] => [
    ...item.columns.map((column): RowEvent => ({ type: "accounted", pointer: column.pointer })),
    note({
      kind: "ambiguous-label",
      table,
      row: row.label,
      column: item.column,
      raw: rawText(item.raw),
      message: {
        zh: `${rowTitle(spec).zh}：截断的列标签${q(item.column)}可指 ${item.columns.map((column) => column.label.zh).join("、")}，位置无法确定，${q(rawText(item.raw))}未读取`,
        en: `${rowTitle(spec).en}: truncated column label ${q(item.column)} could be ${item.columns.map((column) => column.label.en).join(" or ")} and position does not decide; ${q(rawText(item.raw))} was not read`,
      },
    }),
  ]);
}

function unknownColumn(context: RowContext, row: InputRow, spec: RowSpec, otherRow: RowSpec | undefined, column: string, raw: unknown): RowEvent[] {
  const { table } = row;
  const inOther = otherRow ? matchColumn(otherRow, context.other.format, column) : undefined;
  if (inOther?.kind === "column") return notInFormat(context, table, { table, label: row.label, cells: [[column, raw]] }, otherRow);
  return [
    note({
      kind: "unknown-column",
      table,
      row: row.label,
      column,
      raw: rawText(raw),
      message: {
        zh: `${rowTitle(spec).zh}：列标签${q(column)}无法识别，${q(rawText(raw))}未读取`,
        en: `${rowTitle(spec).en}: column label ${q(column)} is not recognised; ${q(rawText(raw))} was not read`,
      },
    }),
  ];
}

/** A row of the format: its recognition notes, then each column in input order, then truncated labels. */
function dataRow(context: RowContext, row: InputRow, match: Extract<RowMatch, { kind: "row" }>): RowEvent[] {
  const { table } = row;
  const spec = match.row;
  const events = recognitionEvents(table, "row", row.label, rowTitle(spec), match, spec.pointer);
  events.push({ type: "seen", pointer: spec.pointer });
  const otherMatch = matchRow(context.other, table, row.label);
  const otherRow = otherMatch.kind === "row" ? otherMatch.row : undefined;
  const deferred: Deferred[] = [];
  const filledHere = new Set<string>();
  for (const [column, raw] of row.cells) {
    const found: ColumnMatch = matchColumn(spec, context.format, column);
    if (found.kind === "unknown") {
      events.push(...unknownColumn(context, row, spec, otherRow, column, raw));
    } else if (found.columns.length > 1) {
      deferred.push({ column, raw, columns: found.columns, headerUnit: found.headerUnit });
    } else {
      const target = found.columns[0] as ColumnSpec;
      events.push(...recognitionEvents(table, "column", column, { zh: target.label.zh, en: target.label.en }, found, undefined));
      filledHere.add(target.pointer);
      events.push({ type: "cell", table, row: row.label, column, raw, spec: target, headerUnit: found.headerUnit });
    }
  }
  if (deferred.length > 0) events.push(...deferredColumns(row, spec, deferred, filledHere));
  return events;
}

/**
 * Reads one row of the input against the context's format: what it fills and
 * the notes it gives, in input order. A row of the other format is noted, not read.
 */
export function readRow(context: RowContext, row: InputRow): RowEvent[] {
  const match = matchRow(context.layout, row.table, row.label);
  if (match.kind === "unknown" || match.kind === "group") {
    const other = matchRow(context.other, row.table, row.label);
    if (other.kind === "row") return notInFormat(context, row.table, row, other.row);
  }
  switch (match.kind) {
    case "unknown":
      return unknownRow(row, match.prefixMismatch);
    case "ambiguous":
      return ambiguousRow(row, match.candidates);
    case "group":
      return groupRow(row, match.path);
    case "row":
      return dataRow(context, row, match);
  }
}
