// Zod-free: the labelled-table reader and the page readers use it.
import type { Note, NoteTable } from "./labeled/notes.js";

/** A run of combining marks longer than this is cut to this length before normalising. */
export const MAX_MARK_RUN = 32;

const LONG_MARK_RUN = new RegExp(`(\\p{M}{${MAX_MARK_RUN}})\\p{M}+`, "gu");
const HAS_LONG_MARK_RUN = new RegExp(`\\p{M}{${MAX_MARK_RUN + 1}}`, "u");
const MARK_RUN = /\p{M}+/gu;

/**
 * `text.normalize("NFKC")` in time linear in the text: NFKC reorders each run of combining marks,
 * which takes time quadratic in the run's length (50,000 alternating marks take seconds). No
 * printed label or cell has more than a few marks on one character, so a longer run is cut to
 * {@link MAX_MARK_RUN} marks first; any other text is normalised exactly as before.
 * {@link markRunNotes} tells the user where that happened.
 *
 * @example
 * ```ts
 * nfkc("１２件");
 * //=> "12件"
 * nfkc("a" + "\u0301".repeat(1_000_000)).length;
 * //=> 33
 * ```
 */
export function nfkc(text: string): string {
  return text.replace(LONG_MARK_RUN, "$1").normalize("NFKC");
}

/**
 * Whether {@link nfkc} cuts something of this text (a run of more than {@link MAX_MARK_RUN} combining marks).
 *
 * @example
 * ```ts
 * cutsMarks("1" + "\u0301".repeat(33));
 * //=> true
 * cutsMarks("é");
 * //=> false
 * ```
 */
export function cutsMarks(text: string): boolean {
  return HAS_LONG_MARK_RUN.test(text);
}

/** The length, in characters, of the longest run of combining marks. */
function longestRun(text: string): number {
  let longest = 0;
  for (const [run] of text.matchAll(MARK_RUN)) {
    // Characters, not UTF-16 units: a mark outside the BMP is two units, the second a low surrogate.
    let count = 0;
    for (let index = 0; index < run.length; index++) if ((run.charCodeAt(index) & 0xfc00) !== 0xdc00) count++;
    longest = Math.max(longest, count);
  }
  return longest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function ownValue(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** The text as nfkc cuts it, clipped, in quotes: a label of a million marks is not repeated in a message. */
function quoted(text: string): string {
  const cut = text.replace(LONG_MARK_RUN, "$1");
  return `“${cut.length <= 40 ? cut : `${cut.slice(0, 40)}…`}”`;
}

type Where = { readonly part: "row" | "column" | "cell"; readonly table: NoteTable; readonly row: string; readonly column?: string };

function markNote(where: Where, text: string): Note {
  const run = longestRun(text);
  const { part, table, row, column } = where;
  const name = table === "meta" ? { zh: "报告年度", en: "the report year" } : part === "row"
    ? { zh: `表${table}的行标签`, en: `table ${table}, a row label` }
    : part === "column"
      ? { zh: `表${table}行${quoted(row)}的列标签`, en: `table ${table}, row ${quoted(row)}, a column label` }
      : { zh: `表${table}行${quoted(row)}列${quoted(column ?? "")}的单元格`, en: `table ${table}, the cell of row ${quoted(row)}, column ${quoted(column ?? "")}` };
  return {
    kind: "marks-cut",
    table,
    row,
    ...(column === undefined ? {} : { column }),
    raw: text,
    message: {
      zh: `${name.zh}${quoted(text)}有 ${run} 个连续的组合附加符号，规范化前截为 ${MAX_MARK_RUN} 个`,
      en: `${name.en} ${quoted(text)}: a run of ${run} combining marks was cut to ${MAX_MARK_RUN} before normalising`,
    },
  };
}

function rowNotes(table: NoteTable, row: string, cells: unknown, notes: Note[]): void {
  if (cutsMarks(row)) notes.push(markNote({ part: "row", table, row }, row));
  if (typeof cells === "string" && cutsMarks(cells)) notes.push(markNote({ part: "cell", table, row }, cells));
  if (!isObject(cells)) return;
  for (const [column, cell] of Object.entries(cells)) {
    if (cutsMarks(column)) notes.push(markNote({ part: "column", table, row, column }, column));
    if (typeof cell === "string" && cutsMarks(cell)) notes.push(markNote({ part: "cell", table, row, column }, cell));
  }
}

/**
 * A `marks-cut` note for every label and cell text of labelled tables (and a year given as text)
 * that {@link nfkc} cuts, naming it: what the reader matched or read is not the whole text.
 * One pass over the input, linear in its size; an input of another shape gives no note.
 *
 * @example
 * ```ts
 * markRunNotes({ tables: { 四: { 行政复议: { 总计: "1" + "\u0301".repeat(40) } } } }).map((note) => [note.kind, note.row, note.column]);
 * //=> [["marks-cut", "行政复议", "总计"]]
 * markRunNotes({ tables: { 四: { 行政复议: { 总计: "1" } } } });
 * //=> []
 * ```
 */
export function markRunNotes(input: unknown): Note[] {
  const notes: Note[] = [];
  if (!isObject(input)) return notes;
  const year = ownValue(input, "year");
  if (typeof year === "string" && cutsMarks(year)) notes.push(markNote({ part: "cell", table: "meta", row: "year" }, year));
  const tables = ownValue(input, "tables");
  if (!isObject(tables)) return notes;
  for (const table of ["二", "三", "四"] as const) {
    const rows = ownValue(tables, table);
    if (isObject(rows)) for (const [row, cells] of Object.entries(rows)) rowNotes(table, row, cells, notes);
  }
  return notes;
}
