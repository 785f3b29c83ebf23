/**
 * Format detection for labelled tables: which labels point to which format,
 * and how a conflict is decided.
 */
import { formatForYear } from "../layout/formats.js";
import type { TableId } from "../layout/labels.js";
import type { Format } from "../schema/report.js";
import { BLANK_TEXTS } from "./cells.js";
import { type Layout, layoutOf, matchColumn, matchRow, type RowMatch } from "./labels.js";
import { dropNbspEntities, isSpace } from "./normalize.js";
import type { Note } from "./notes.js";

/** A printed label that exists in one format only. */
export interface Evidence {
  /** The format it points to. */
  readonly format: Format;
  /** The table it was printed in. */
  readonly table: TableId;
  /** The official label it was recognised as. */
  readonly label: string;
}

/** One row of the input, with its cells in input order. */
export interface InputRow {
  readonly table: TableId;
  readonly label: string;
  readonly cells: readonly (readonly [column: string, raw: unknown])[];
}

/**
 * True when a printed cell means "not reported".
 *
 * @example
 * ```ts
 * isBlankCell("&nbsp;");
 * //=> true
 * ```
 */
export function isBlankCell(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw !== "string") return false;
  const text = dropNbspEntities(raw.normalize("NFKC"));
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return BLANK_TEXTS.includes(text.slice(start, end));
}

function matchedLabel(match: RowMatch): string | undefined {
  if (match.kind === "row") return match.row.path[match.row.path.length - 1]?.zh;
  if (match.kind === "group") return match.label.zh;
  return undefined;
}

/**
 * Collects the labels that exist in only one format (rows of 二 and 三, columns of 二).
 * A label that is a data row in one format and a group in the other (（六）其他处理)
 * counts only when the row carries a value.
 *
 * @example
 * ```ts
 * collectEvidence([{ table: "二", label: "规章", cells: [["本年制发件数", "1"]] }]);
 * //=> [{ format: "2021", table: "二", label: "本年制发件数" }]
 * ```
 */
export function collectEvidence(rows: readonly InputRow[]): Evidence[] {
  const found = new Map<string, Evidence>();
  const add = (format: Format, table: TableId, label: string | undefined) => {
    if (label === undefined) return;
    const key = `${format}|${table}|${label}`;
    if (!found.has(key)) found.set(key, { format, table, label });
  };
  const l19 = layoutOf("2019");
  const l21 = layoutOf("2021");
  for (const row of rows) {
    if (row.table === "四") continue;
    const label = rowEvidence(l19, l21, row);
    if (label) add(label.format, row.table, label.label);
    if (row.table !== "二") continue;
    for (const [column] of row.cells) {
      const c19 = columnLabel(l19, column);
      const c21 = columnLabel(l21, column);
      if (c19 && !c21) add("2019", "二", c19);
      else if (c21 && !c19) add("2021", "二", c21);
    }
  }
  return [...found.values()];
}

/** The format a row label points to, if only one: known in one format only, or a row with a value in one and a group in the other. */
function rowEvidence(l19: Layout, l21: Layout, row: InputRow): { format: Format; label: string | undefined } | undefined {
  const m19 = matchRow(l19, row.table, row.label);
  const m21 = matchRow(l21, row.table, row.label);
  const known19 = m19.kind === "row" || m19.kind === "group";
  const known21 = m21.kind === "row" || m21.kind === "group";
  if (known19 && !known21) return { format: "2019", label: matchedLabel(m19) };
  if (known21 && !known19) return { format: "2021", label: matchedLabel(m21) };
  const hasValue = row.cells.some(([, raw]) => !isBlankCell(raw));
  if (m19.kind === "row" && m21.kind === "group" && hasValue) return { format: "2019", label: matchedLabel(m19) };
  if (m21.kind === "row" && m19.kind === "group" && hasValue) return { format: "2021", label: matchedLabel(m21) };
  return undefined;
}

function columnLabel(layout: Layout, column: string): string | undefined {
  const all = layout.allColumns.get("二");
  if (!all) return undefined;
  const match = matchColumn(all, layout.format, column);
  return match.kind === "column" ? match.columns.map((spec) => spec.label.zh).join("/") : undefined;
}

/** The outcome of choosing a format. */
export type FormatChoice =
  | { readonly format: Format; readonly notes: readonly Note[] }
  | { readonly format?: undefined; readonly notes: readonly Note[] };

const byYear = formatForYear;

function list(evidence: readonly Evidence[], format: Format): string {
  return evidence
    .filter((item) => item.format === format)
    .map((item) => `${item.table}:${item.label}`)
    .join("、");
}

function listEn(evidence: readonly Evidence[], format: Format): string {
  return evidence
    .filter((item) => item.format === format)
    .map((item) => `${item.table}:${item.label}`)
    .join(", ");
}

/**
 * Chooses the format: the one given; else the only format the labels point to;
 * on conflicting labels the year decides (≤ 2020 → 2019), then table 三, then
 * the majority (a tie → 2021); with no label evidence the year decides; with
 * neither there is no format.
 *
 * @example
 * ```ts
 * chooseFormat(undefined, 2020, []).format;
 * //=> "2019"
 * ```
 */
export function chooseFormat(declared: Format | undefined, year: number | null, evidence: readonly Evidence[]): FormatChoice {
  const for19 = evidence.filter((item) => item.format === "2019");
  const for21 = evidence.filter((item) => item.format === "2021");
  if (declared) {
    const against = declared === "2019" ? for21 : for19;
    if (against.length === 0) return { format: declared, notes: [] };
    const other = declared === "2019" ? "2021" : "2019";
    return {
      format: declared,
      notes: [
        {
          kind: "format-conflict",
          table: "meta",
          raw: declared,
          message: {
            zh: `输入给出格式 ${declared}，但以下标签属于 ${other} 格式：${list(evidence, other)}；按 ${declared} 读取，这些单元格见其他注记`,
            en: `The input gives format ${declared}, but these labels belong to format ${other}: ${listEn(evidence, other)}; read as ${declared}, see the other notes for those cells`,
          },
        },
      ],
    };
  }
  if (for19.length > 0 && for21.length === 0) return detected("2019", evidence);
  if (for21.length > 0 && for19.length === 0) return detected("2021", evidence);
  if (for19.length > 0 && for21.length > 0) {
    let format: Format;
    let why: { zh: string; en: string };
    const in3for19 = for19.some((item) => item.table === "三");
    const in3for21 = for21.some((item) => item.table === "三");
    if (year !== null) {
      format = byYear(year);
      why = { zh: `按报告年度 ${year} 取 ${format} 格式`, en: `the report year ${year} gives format ${format}` };
    } else if (in3for19 !== in3for21) {
      format = in3for21 ? "2021" : "2019";
      why = { zh: `按表三的标签取 ${format} 格式`, en: `table 三's labels give format ${format}` };
    } else {
      format = for19.length > for21.length ? "2019" : "2021";
      why = { zh: `按多数标签取 ${format} 格式`, en: `most labels point to format ${format}` };
    }
    return {
      format,
      notes: [
        {
          kind: "format-conflict",
          table: "meta",
          message: {
            zh: `标签同时指向两种格式——2019：${list(evidence, "2019")}；2021：${list(evidence, "2021")}。${why.zh}，另一格式的单元格保存在注记中`,
            en: `Labels point to both formats — 2019: ${listEn(evidence, "2019")}; 2021: ${listEn(evidence, "2021")}. ${why.en}; cells of the other format are kept in notes`,
          },
        },
      ],
    };
  }
  if (year !== null) {
    const format = byYear(year);
    return {
      format,
      notes: [
        {
          kind: "format-detected",
          table: "meta",
          message: {
            zh: `标签不能区分格式，按报告年度 ${year} 取 ${format} 格式（2019–2020 年度用 2019 格式）`,
            en: `The labels do not tell the format apart; the report year ${year} gives format ${format} (report years up to 2020 use format 2019)`,
          },
        },
      ],
    };
  }
  return { notes: [] };
}

function detected(format: Format, evidence: readonly Evidence[]): FormatChoice {
  return {
    format,
    notes: [
      {
        kind: "format-detected",
        table: "meta",
        message: {
          zh: `依据标签判定为 ${format} 格式：${list(evidence, format)}`,
          en: `Detected format ${format} from the labels: ${listEn(evidence, format)}`,
        },
      },
    ],
  };
}
