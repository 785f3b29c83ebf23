/**
 * The tables of the labelled-table input: collected into rows, each row read
 * (`readRow`), the cells filled into the report's tables, and every row and
 * column of the format that the input does not print noted as missing.
 */
import type { TableId } from "../layout/labels.js";
import { setAt } from "../layout/pointer.js";
import type { Format } from "../schema/report.js";
import { rawText, readCell } from "./cells.js";
import type { InputRow } from "./detect.js";
import { isPlainObject, own, type Plain, q, typeName } from "./input.js";
import { type Layout, layoutOf } from "./labels.js";
import type { Note } from "./notes.js";
import { cellTitle, type RowContext, type RowEvent, readRow, rowTitle } from "./read-row.js";

const TABLES: readonly TableId[] = ["二", "三", "四"];

/** The rows of tables 二, 三 and 四 in input order, and notes for what is not a table or a row. */
export function collectRows(tables: Plain): { readonly rows: InputRow[]; readonly notes: Note[] } {
  const rows: InputRow[] = [];
  const notes: Note[] = [];
  for (const key of Object.keys(tables)) {
    if ((TABLES as readonly string[]).includes(key)) continue;
    notes.push({
      kind: "unknown-table",
      raw: key,
      message: { zh: `tables 中的${q(key)}无法识别（只认“二”“三”“四”），已忽略`, en: `Table ${q(key)} is not recognised (only 二, 三, 四); ignored` },
    });
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
      if (isPlainObject(cells)) {
        rows.push({ table, label, cells: Object.keys(cells).map((column) => [column, cells[column]] as const) });
        continue;
      }
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
    }
  }
  return { rows, notes };
}

const skeletons = new Map<Format, Plain>();

/** The report of a format with every table cell `null` (built once per format, copied per reading). */
function skeleton(format: Format): Plain {
  let built = skeletons.get(format);
  if (!built) {
    built = { format, year: null, agency: null };
    for (const row of layoutOf(format).rows) for (const column of row.columns) setAt(built, column.entry.path, null);
    skeletons.set(format, built);
  }
  return copyTree(built);
}

function copyTree(node: Plain): Plain {
  const out: Plain = {};
  for (const key of Object.keys(node)) {
    const value = node[key];
    out[key] = value !== null && typeof value === "object" ? copyTree(value as Plain) : value;
  }
  return out;
}

/** Notes for the rows of the format the input does not print, and the columns of printed rows it leaves out. */
function missingNotes(layout: Layout, seen: ReadonlySet<string>, filled: ReadonlySet<string>): Note[] {
  const notes: Note[] = [];
  for (const spec of layout.rows) {
    if (!seen.has(spec.pointer)) {
      const title = rowTitle(spec);
      notes.push({
        kind: "missing-row",
        table: spec.table,
        pointer: spec.pointer,
        message: { zh: `表${spec.table}缺少行“${title.zh}”，其单元格记为 null`, en: `Table ${spec.table} lacks the row “${title.en}”; its cells are null` },
      });
      continue;
    }
    for (const column of spec.columns) {
      if (filled.has(column.pointer)) continue;
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
  return notes;
}

/**
 * Reads the rows into the tables of a report of `format`: the report (metadata
 * `null`, every cell `null` unless read) and the notes, in input order, then the
 * missing rows and columns.
 */
export function readRows(format: Format, rows: readonly InputRow[]): { readonly report: Plain; readonly notes: Note[] } {
  const context: RowContext = { format, layout: layoutOf(format), other: layoutOf(format === "2019" ? "2021" : "2019") };
  const report = skeleton(format);
  const notes: Note[] = [];
  const assigned = new Set<string>();
  const accounted = new Set<string>();
  const seen = new Set<string>();
  const once = new Set<string>();
  const fill = (event: Extract<RowEvent, { type: "cell" }>) => {
    const { spec, raw, table, row, column } = event;
    if (assigned.has(spec.pointer)) {
      const title = cellTitle(spec.entry);
      notes.push({
        kind: "duplicate-cell",
        table,
        row,
        column,
        raw: rawText(raw),
        pointer: spec.pointer,
        message: {
          zh: `${title.zh}：已由前面的标签填入，此处的${q(rawText(raw))}未采用`,
          en: `${title.en}: already filled from an earlier label; ${q(rawText(raw))} here was not used`,
        },
      });
      return;
    }
    assigned.add(spec.pointer);
    accounted.add(spec.pointer);
    const unit = event.headerUnit ?? (spec.kind === "money" ? spec.unit : undefined);
    const cell = readCell(raw, { kind: spec.kind, ...(unit ? { headerUnit: unit } : {}) });
    setAt(report, spec.entry.path, cell.value);
    if (cell.notes.length === 0) return;
    const title = cellTitle(spec.entry);
    for (const cellNote of cell.notes) {
      notes.push({
        kind: cellNote.kind,
        table,
        row,
        column,
        raw: rawText(raw),
        pointer: spec.pointer,
        message: { zh: `${title.zh}：${cellNote.message.zh}`, en: `${title.en}: ${cellNote.message.en}` },
      });
    }
  };
  for (const row of rows) {
    for (const event of readRow(context, row)) {
      if (event.type === "cell") fill(event);
      else if (event.type === "seen") seen.add(event.pointer);
      else if (event.type === "accounted") accounted.add(event.pointer);
      else if (event.once === undefined || !once.has(event.once)) {
        if (event.once !== undefined) once.add(event.once);
        notes.push(event.note);
      }
    }
  }
  notes.push(...missingNotes(context.layout, seen, accounted));
  return { report, notes };
}
