/**
 * The one place where every reader ends: cell texts placed by JSON Pointer
 * become labelled tables with official labels, `fromLabeledTables` reads
 * them, and the result carries provenance, notes and what was detected.
 */
import { fromLabeledTables, type LabeledTable, type LabeledTables } from "../../labeled/index.js";
import type { Bilingual } from "../../layout/labels.js";
import { type ColumnSpec, layoutOf, type RowSpec } from "../../labeled/labels.js";
import type { Format } from "../../schema/report.js";
import { READ_ERRORS } from "./notes.js";
import type { Detected, DetectedTable, InputKind, Provenance, ReadErrorCode, ReadNote, ReadOptions, ReadResult } from "./types.js";

/** One cell's printed text, placed by a reader at a JSON Pointer of the format. */
export interface CellText {
  /** JSON Pointer of the cell in the report (`/applications/received/naturalPerson`). */
  readonly pointer: string;
  /** The cell's text exactly as printed (blank, `—`, `0&nbsp;`, `22（其中修订16件）`…). */
  readonly text: string;
  /** Where the text came from. */
  readonly source: Provenance;
  /** The printed column header, when it carries information the official label lacks (a unit: `采购总金额（元）`). */
  readonly columnLabel?: string;
}

/** Prose sections as printed. */
export interface SectionTexts {
  readonly 一?: string;
  readonly 五?: string;
  readonly 六?: string;
}

/** What a reader extracted from a document, before assembly. */
export interface Extraction {
  readonly input: InputKind;
  /** The format the printed labels point to, or `null`. */
  readonly format: Format | null;
  /** The labels (or facts) that decided the format. */
  readonly formatEvidence: readonly string[];
  readonly year?: number | null;
  readonly yearSource?: Detected["yearSource"];
  readonly agency?: string | null;
  readonly agencySource?: Detected["agencySource"];
  readonly text?: SectionTexts;
  /** Every cell the reader placed. */
  readonly cells: readonly CellText[];
  /** The reader's own notes. */
  readonly notes: readonly ReadNote[];
  readonly tables: readonly DetectedTable[];
  /** Pointers whose value was chosen with `assist: "arithmetic"`. */
  readonly assisted?: readonly string[];
  /** `src` of images standing where the tables should be (for `tables-are-images`). */
  readonly images?: readonly string[];
}

interface Placement {
  readonly row: RowSpec;
  readonly column: ColumnSpec;
}

const placements = new Map<Format, ReadonlyMap<string, Placement>>();

/**
 * Where each cell pointer of a format sits in the labelled tables (row spec and column spec).
 *
 * @example
 * ```ts
 * placementOf("2021", "/reviewAndLitigation/review/total")?.column.label.zh;
 * //=> "总计"
 * ```
 */
export function placementOf(format: Format, pointer: string): Placement | undefined {
  let map = placements.get(format);
  if (!map) {
    const built = new Map<string, Placement>();
    for (const row of layoutOf(format).rows) for (const column of row.columns) built.set(column.pointer, { row, column });
    placements.set(format, built);
    map = built;
  }
  return map.get(pointer);
}

/**
 * The labelled-table row label of a row spec: its printed labels joined with "/".
 *
 * @example
 * ```ts
 * const row = layoutOf("2021").rows.find((spec) => spec.pointer === "/applications/outcomes/withheld/stateSecret")!;
 * rowLabelOf(row);
 * //=> "三、本年度办理结果/（三）不予公开/1.属于国家秘密"
 * ```
 */
export function rowLabelOf(row: RowSpec): string {
  return row.path.map((label) => label.zh).join("/");
}

/**
 * The format the report year calls for: 2019 and 2020 use "2019", later years "2021".
 *
 * @example
 * ```ts
 * formatOfYear(2020);
 * //=> "2019"
 * ```
 */
export function formatOfYear(year: number): Format {
  return year <= 2020 ? "2019" : "2021";
}

function message(code: ReadErrorCode, lang: "zh" | "en", detail?: Bilingual): { message: string; messages: Bilingual } {
  const base = READ_ERRORS[code];
  const messages = detail ? { zh: `${base.zh}${detail.zh}`, en: `${base.en} ${detail.en}` } : { zh: base.zh, en: base.en };
  return { message: messages[lang], messages };
}

/**
 * A failed read, in the one result shape of the readers.
 *
 * @example
 * ```ts
 * const result = readFailure("no-report-found", { input: "text", format: null, formatEvidence: [], tables: [] });
 * result.success || result.error.code;
 * //=> "no-report-found"
 * ```
 */
export function readFailure(
  code: ReadErrorCode,
  detected: Detected,
  options: { readonly lang?: "zh" | "en"; readonly notes?: readonly ReadNote[]; readonly images?: readonly string[]; readonly detail?: Bilingual } = {},
): ReadResult {
  return {
    success: false,
    error: { code, ...message(code, options.lang ?? "zh", options.detail), ...(options.images ? { images: options.images } : {}) },
    notes: options.notes ?? [],
    detected,
  };
}

/**
 * Turns a reader's extraction into the readers' result: places every cell in labelled tables
 * under its official labels, reads them with `fromLabeledTables`, and attaches provenance.
 *
 * @example
 * ```ts
 * const result = assemble({
 *   input: "text", format: "2021", formatEvidence: ["本年制发件数"], year: 2023, agency: "某局", tables: [], notes: [],
 *   cells: [{ pointer: "/reviewAndLitigation/review/total", text: "1", source: { kind: "text", start: 0, end: 1, text: "1" } }],
 * });
 * result.success && result.data.reviewAndLitigation.review.total;
 * //=> 1
 * ```
 */
export function assemble(extraction: Extraction, options: ReadOptions = {}): ReadResult {
  const lang = options.lang ?? "zh";
  const year = options.year ?? extraction.year ?? null;
  const agency = options.agency ?? extraction.agency ?? null;
  const evidence = [...extraction.formatEvidence];
  let format: Format | null = options.format ?? extraction.format;
  if (options.format) evidence.unshift("option: format");
  else if (!format && year !== null) {
    format = formatOfYear(year);
    evidence.push(`year: ${year}`);
  }
  const detected: Detected = {
    input: extraction.input,
    format,
    formatEvidence: evidence,
    ...(options.year !== undefined ? { yearSource: "option" as const } : extraction.yearSource ? { yearSource: extraction.yearSource } : {}),
    ...(options.agency !== undefined ? { agencySource: "option" as const } : extraction.agencySource ? { agencySource: extraction.agencySource } : {}),
    tables: extraction.tables,
  };
  if (extraction.cells.length === 0) {
    if (extraction.images && extraction.images.length > 0) {
      return readFailure("tables-are-images", detected, { lang, notes: extraction.notes, images: extraction.images });
    }
    return readFailure("no-report-found", detected, { lang, notes: extraction.notes });
  }
  if (!format) return readFailure("format-undetermined", detected, { lang, notes: extraction.notes });

  const notes: ReadNote[] = [...extraction.notes];
  const provenance: Record<string, Provenance> = {};
  const tables: Record<"二" | "三" | "四", Record<string, Record<string, string>>> = { 二: {}, 三: {}, 四: {} };
  for (const cell of extraction.cells) {
    const placement = placementOf(format, cell.pointer);
    if (!placement) {
      notes.push({
        kind: "values-unplaced",
        raw: cell.text,
        source: cell.source,
        message: {
          zh: `“${cell.text}”不属于 ${format} 格式的任何单元格（${cell.pointer}），未采用`,
          en: `“${cell.text}” belongs to no cell of the ${format} format (${cell.pointer}); not used`,
        },
      });
      continue;
    }
    if (provenance[cell.pointer]) {
      notes.push({
        kind: "duplicate-cell",
        table: placement.row.table,
        pointer: cell.pointer,
        raw: cell.text,
        source: cell.source,
        message: {
          zh: `${placement.column.entry.meta.title}：已读取过一次，此处的“${cell.text}”未采用`,
          en: `${placement.column.entry.pointer}: already read once; “${cell.text}” here was not used`,
        },
      });
      continue;
    }
    provenance[cell.pointer] = cell.source;
    const row = rowLabelOf(placement.row);
    const table = tables[placement.row.table];
    const cells = table[row] ?? {};
    table[row] = cells;
    cells[cell.columnLabel ?? placement.column.label.zh] = cell.text;
  }

  const text = extraction.text ?? {};
  const labeled: LabeledTables = {
    format,
    ...(year !== null ? { year } : {}),
    ...(agency !== null ? { agency } : {}),
    tables: Object.fromEntries(Object.entries(tables).filter(([, rows]) => Object.keys(rows).length > 0)) as {
      二?: LabeledTable;
      三?: LabeledTable;
      四?: LabeledTable;
    },
    ...(text.一 || text.五 || text.六
      ? { text: { ...(text.一 ? { 一: text.一 } : {}), ...(text.五 ? { 五: text.五 } : {}), ...(text.六 ? { 六: text.六 } : {}) } }
      : {}),
  };
  const read = fromLabeledTables(labeled, { lang });
  for (const note of read.notes) {
    const source = note.pointer !== undefined ? provenance[note.pointer] : undefined;
    notes.push(source ? { ...note, source } : note);
  }
  if (!read.success) return readFailure("internal-error", detected, { lang, notes, detail: read.error.messages });
  return {
    success: true,
    data: read.data,
    notes,
    labeled,
    provenance,
    detected,
    assisted: extraction.assisted ?? [],
  };
}
