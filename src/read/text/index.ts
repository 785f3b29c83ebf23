/**
 * `fromText`: reads a published report from its page text — one cell per
 * line, tab-separated rows, markdown tables, or cells run together with no
 * separator — by anchoring every row label of the layout in its fixed order.
 * Never guesses: a run of digits that splits more than one way stays `null`.
 */
import type { CellKind } from "../../labeled/cells.js";
import {
  APPLICATION_ROWS,
  ARTICLE_20_BLOCKS,
  type Bilingual,
  LITIGATION_GROUP,
  OUTCOME_COLUMNS,
  OUTCOME_ROWS,
  PROACTIVE_COLUMNS_2019,
  PROACTIVE_COLUMNS_2021,
  PROACTIVE_ROWS,
  REVIEW_GROUPS,
  SECTIONS,
  type TableId,
} from "../../layout/labels.js";
import { check } from "../../rules/check.js";
import type { CheckOptions, Finding } from "../../rules/types.js";
import type { Format } from "../../schema/report.js";
import { assemble, type CellText, formatOfYear, readFailure } from "../core/assemble.js";
import { pageMetaFields, readPageMeta } from "../core/meta.js";
import type { DetectedTable, ReadNote, ReadOptions, ReadResult, ReadSuccess } from "../core/types.js";
import { type Anchor, anchorLabels, marksOf } from "./anchors.js";
import { type LabelTest, pieceOf, placeRow, type RowSums, type Slot, slotsOf, splitAnnotation, type TextShape } from "./cells.js";
import { buildStream, originalEnd, originalStart, type Stream, squeezeLabel } from "./stream.js";
import { layoutOf } from "../../labeled/labels.js";

export { splitAnnotation } from "./cells.js";

const C19 = PROACTIVE_COLUMNS_2019;
const C21 = PROACTIVE_COLUMNS_2021;

/** Printed words that only one format's tables carry. */
const FORMAT_WORDS: Record<Format, readonly string[]> = {
  "2019": [C19.made, C19.published, C19.totalPublished, C19.itemsLastYear, PROACTIVE_ROWS.otherServices, PROACTIVE_ROWS.procurement, C19.projects, C19.amount].map(
    (label) => label.zh,
  ),
  // 现行有效件 and 本年收费金额: the 2021 column labels without their printed tails (数, （单位：万元）).
  "2021": [C21.issued.zh, C21.repealed.zh, "现行有效件", C21.decisions.zh, "本年收费金额", "逾期不补正", "逾期未按收费通知"],
};

/** Where a row's values end at the latest: the next table's heading, header or note. */
const STOP_WORDS = [
  "收到和处理政府信息公开申请",
  "本列数据",
  "申请人情况",
  "第二十条",
  "信息内容",
  `政府信息公开${REVIEW_GROUPS.review.zh}`,
  REVIEW_GROUPS.review.zh,
  LITIGATION_GROUP.zh,
  "存在的主要问题",
  "其他需要报告",
  "需要报告的其他事项",
].map(squeezeLabel);

/** The header words of table 四, consumed before its data row. */
const REVIEW_HEADER = [
  SECTIONS.reviewAndLitigation.zh,
  // The heading without its numbering 四、.
  SECTIONS.reviewAndLitigation.zh.slice(2),
  REVIEW_GROUPS.litigationDirect.zh,
  REVIEW_GROUPS.litigationAfterReview.zh,
  REVIEW_GROUPS.review.zh,
  LITIGATION_GROUP.zh,
  OUTCOME_COLUMNS.upheld.zh,
  OUTCOME_COLUMNS.corrected.zh,
  OUTCOME_COLUMNS.other.zh,
  OUTCOME_COLUMNS.pending.zh,
  OUTCOME_COLUMNS.total.zh,
]
  .map(squeezeLabel)
  .sort((a, b) => b.length - a.length);

/** The longest stretch (in squeezed characters) read after the last label of a table. */
const MAX_TAIL = 300;

const IMAGE = /!\[[^\]\n]{0,200}\]\(([^)\n]{0,500})\)|<img\b[^>]{0,500}?src\s*=\s*["']?([^"'\s>]{0,500})|\[(?:图片|圖片|image)\]/giu;

let knownLabels: Set<string> | undefined;
let knownText: string | undefined;

/** Every printed label of both layouts (squeezed, numbering dropped): repeated from a merged cell, it is not a value. */
function isKnownLabel(text: string): boolean {
  if (!knownLabels) {
    knownLabels = new Set(REVIEW_HEADER);
    for (const format of ["2019", "2021"] as const) {
      for (const mark of marksOf(format)) for (const body of mark.bodies) knownLabels.add(body);
      for (const row of layoutOf(format).rows) for (const column of row.columns) knownLabels.add(squeezeLabel(column.label.zh));
    }
  }
  const squeezed = squeezeLabel(text);
  // Digits are only allowed as the numbering of a label (`1.`, `(2)`): anything else with digits is a value.
  if (/\d/u.test(squeezed.replace(/^\(?\d{1,2}[).、]/u, ""))) return false;
  // A unit printed in its own field belongs to the value before it.
  if (/^(?:\(?(?:单位:?)?(?:万元|元|万|项|件|个|条|次)\)?)$/u.test(squeezed)) return false;
  const body = squeezed.replace(/^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+[、.]|\(?\d{1,2}[).、])/u, "");
  if (knownLabels.has(body) || knownLabels.has(body.replace(/\(.*\)$/u, ""))) return true;
  // A piece of a label wrapped over lines (`办理结果` of 三、本年度办理结果).
  knownText ??= [...knownLabels].join("\n");
  return body.length >= 2 && knownText.includes(body);
}

function labelTest(label: string): LabelTest {
  const piece = pieceOf(label);
  return (text) => piece(text) || isKnownLabel(text);
}

function message(zh: string, en: string): Bilingual {
  return { zh, en };
}

function textSource(slot: Slot) {
  return { kind: "text" as const, start: slot.start, end: slot.end, text: slot.text };
}

function detectFormat(stream: Stream, from: number, to: number): { format: Format | null; evidence: string[] } {
  const area = stream.text.slice(Math.max(0, from), to);
  const found: Record<Format, string[]> = { "2019": [], "2021": [] };
  for (const format of ["2019", "2021"] as const) for (const word of FORMAT_WORDS[format]) if (area.includes(word)) found[format].push(word);
  // 本年处理决定数量 contains 处理决定数量; 2019 words are checked as whole words above.
  if (found["2019"].length > found["2021"].length) return { format: "2019", evidence: found["2019"] };
  if (found["2021"].length > found["2019"].length) return { format: "2021", evidence: found["2021"] };
  return { format: null, evidence: [] };
}

function detectShape(page: string, from: number, to: number): TextShape {
  const area = page.slice(from, to);
  const lines = area.split("\n");
  const pipes = lines.filter((line) => /^\s*\|.*\|/u.test(line)).length;
  if (pipes >= 3) return { kind: "grid", separator: "|", blankLines: "empty", gap: 0 };
  const tabs = lines.filter((line) => /\S[ \u3000\u00a0]*\t[\t ]*\S/u.test(line) || /\S[ \u3000\u00a0]*\t+[ \u00a0]*$/u.test(line)).length;
  if (tabs >= 3) return { kind: "grid", separator: "\t", blankLines: "empty", gap: 0 };
  const whitespace = lines.filter((line) => line.length > 0 && /^[ \t\u3000\u00a0\r]+$/u.test(line)).length;
  if (whitespace >= 3) return { kind: "lines", separator: "\t", blankLines: "whitespace", gap: 0 };
  // The usual number of empty lines between two cells.
  const runs = new Map<number, number>();
  let run = -1;
  for (const line of lines) {
    if (line.trim() === "") {
      if (run >= 0) run++;
      continue;
    }
    if (run >= 0) runs.set(run, (runs.get(run) ?? 0) + 1);
    run = 0;
  }
  let gap = 0;
  let most = -1;
  for (const [length, count] of runs) if (count > most || (count === most && length < gap)) [gap, most] = [length, count];
  return { kind: "lines", separator: "\t", blankLines: "empty", gap: Math.min(gap, 3) };
}

function firstStop(stream: Stream, from: number, to: number): number {
  const area = stream.text.slice(from, to);
  let stop = to;
  for (const word of STOP_WORDS) {
    const index = area.indexOf(word);
    if (index !== -1 && from + index < stop) stop = from + index;
  }
  if (stop < to) {
    // The numbering of the heading that stops the row (`三、`, `(四)`) is not a value.
    const heading = /(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))$/u.exec(stream.text.slice(Math.max(from, stop - 4), stop));
    if (heading) stop -= heading[0].length;
  }
  return stop;
}

/** Past the closing quote or bracket of a label (dropped from the stream) to where its values start. */
function valuesStart(page: string, at: number): number {
  let index = at;
  for (;;) {
    let next = index;
    while (next < page.length && next - index < 8 && /[ \u3000\u00a0]/u.test(page[next] as string)) next++;
    if (next < page.length && /[”"'’」』*_`]/u.test(page[next] as string)) index = next + 1;
    else return index;
  }
}

function sumsOf(table: TableId, size: number): RowSums {
  if (table === "三" && size === 7) return [[0, 1, 2, 3, 4, 5, 6]];
  if (table === "四" && size === 15) return [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11, 12, 13, 14]];
  return [];
}

interface RowTarget {
  readonly table: TableId;
  readonly label: string;
  readonly pointers: readonly string[];
  readonly kinds: readonly CellKind[];
  readonly columnLabels: readonly (string | undefined)[];
}

interface Collected {
  readonly cells: CellText[];
  readonly notes: ReadNote[];
  readonly assisted: string[];
}

interface PendingRow {
  readonly slots: readonly Slot[];
  readonly target: RowTarget;
  readonly at: number;
}

/** A run-together row with fewer digits than cells proves that blank cells print as nothing in this document. */
function blanksVanish(rows: readonly PendingRow[]): boolean {
  return rows.some(({ slots, target }) => {
    if (slots.length === 0 || slots.length >= target.kinds.length) return false;
    if (!slots.every((slot) => /^[-+0-9.]+$/u.test(slot.text))) return false;
    const digits = slots.reduce((count, slot) => count + slot.text.replace(/[^0-9]/gu, "").length, 0);
    return digits < target.kinds.length;
  });
}

function readRow(page: string, slots: readonly Slot[], target: RowTarget, options: ReadOptions, at: number, into: Collected, vanish: boolean): number {
  const read = placeRow(page, slots, target.kinds, sumsOf(target.table, target.kinds.length), options.assist === "arithmetic", at, vanish);
  const first = target.pointers[0] as string;
  const rowPointer = first.slice(0, first.lastIndexOf("/"));
  if (read.kind === "ambiguous-run") {
    const shown = read.candidates.slice(0, 12).map((candidate) => candidate.join(" | "));
    into.notes.push({
      kind: "ambiguous-run",
      table: target.table,
      row: target.label,
      pointer: rowPointer,
      raw: read.raw.text,
      source: textSource(read.raw),
      message: message(
        `${target.label}：连写的数字“${read.raw.text}”可拆分为 ${read.more ? "至少 " : ""}${read.candidates.length} 种${read.candidates.length > 0 ? `（${shown.join("；")}${read.candidates.length > 12 ? "；…" : ""}）` : ""}，本行各格留空`,
        `${target.label}: the run “${read.raw.text}” splits into the row's cells in ${read.more ? "at least " : ""}${read.candidates.length} ways${read.candidates.length > 0 ? ` (${shown.join("; ")}${read.candidates.length > 12 ? "; …" : ""})` : ""}; the cells stay null`,
      ),
    });
    return 0;
  }
  if (read.kind === "unplaced") {
    const why = {
      "too-many": ["数值多于本行的格数", "more values than the row has cells"],
      "too-few": ["数值少于本行的格数，空格位置不明", "fewer values than the row has cells, and the blanks cannot be placed"],
      "blank-position": ["空白格的位置有多种可能", "the blank cells could sit in more than one place"],
      text: ["无法拆分为本行各格", "cannot be split into the row's cells"],
      "blanks-vanish": [
        "连写的数字无法拆分：本文档中空白格不留痕迹（有的行数字位数少于格数）",
        "cannot be split: in this document blank cells leave no trace (some rows have fewer digits than cells)",
      ],
      "sum-mismatch": [
        "连写的数字只有一种拆分，但拆出的总计不等于分项之和（可能有空白格），不采用",
        "splits only one way, but that split's total is not the sum of its parts (blank cells may hide in the run); not used",
      ],
    }[read.reason];
    into.notes.push({
      kind: "values-unplaced",
      table: target.table,
      row: target.label,
      pointer: rowPointer,
      raw: read.raw.text,
      source: textSource(read.raw),
      message: message(`${target.label}：“${read.raw.text}”${why[0]}，本行各格留空`, `${target.label}: “${read.raw.text}”: ${why[1]}; the cells stay null`),
    });
    return 0;
  }
  if (read.split === "arithmetic") {
    into.notes.push({
      kind: "split-by-arithmetic",
      table: target.table,
      row: target.label,
      pointer: rowPointer,
      raw: read.cells.map((cell) => cell.text).join(""),
      source: textSource({ text: page.slice((read.cells[0] as Slot).start, (read.cells[read.cells.length - 1] as Slot).end), start: (read.cells[0] as Slot).start, end: (read.cells[read.cells.length - 1] as Slot).end }),
      message: message(
        `${target.label}：按总计等于分项之和，从 ${read.candidates?.length ?? 0} 种拆分中选取了 ${read.cells.map((cell) => cell.text).join(" | ")}`,
        `${target.label}: of ${read.candidates?.length ?? 0} splits, ${read.cells.map((cell) => cell.text).join(" | ")} is the one whose total equals the sum of its parts`,
      ),
    });
    into.assisted.push(...target.pointers);
  }
  read.cells.forEach((cell, index) => {
    const pointer = target.pointers[index] as string;
    let text = cell.text;
    const annotated = splitAnnotation(text);
    if (annotated) {
      text = annotated.value;
      into.notes.push({
        kind: "cell-annotation",
        table: target.table,
        pointer,
        raw: cell.text,
        source: textSource(cell),
        message: message(`${target.label}：“${cell.text}”读作 ${annotated.value}，括注“${annotated.note}”照录`, `${target.label}: “${cell.text}” read as ${annotated.value}; the note “${annotated.note}” is quoted`),
      });
    }
    const columnLabel = target.columnLabels[index];
    into.cells.push({ pointer, text, source: textSource(cell), ...(columnLabel ? { columnLabel } : {}) });
  });
  return read.cells.length;
}

/** A printed unit in a header (`采购总金额（元）`, `（单位：元）`) that differs from the template. */
function headerUnit(header: string): "元" | "万元" | undefined {
  if (/单位:?万元|\(万元\)/u.test(header)) return "万元";
  if (/单位:?元|\(元\)/u.test(header)) return "元";
  return undefined;
}

function imagesIn(page: string): string[] {
  const images: string[] = [];
  IMAGE.lastIndex = 0;
  for (let match = IMAGE.exec(page); match && images.length < 100; match = IMAGE.exec(page)) {
    const src = match[1] ?? match[2];
    images.push(src ? src : match[0]);
  }
  return images;
}

function readReview(page: string, stream: Stream, from: number, shape: TextShape, options: ReadOptions, pending: PendingRow[]): DetectedTable | undefined {
  const text = stream.text;
  let start = text.indexOf(squeezeLabel(REVIEW_GROUPS.review.zh), from);
  let at = start;
  let words = 0;
  // The header: a run of its words (markdown separator rows between them skipped); the first such run of five or more.
  for (let tries = 0; start !== -1 && tries < 8; tries++) {
    at = start;
    words = 0;
    for (;;) {
      while (at < text.length && (text[at] === "-" || text[at] === ":") && (text[at + 1] === "-" || text[at + 1] === ":" || text[at - 1] === "-")) at++;
      const word = REVIEW_HEADER.find((candidate) => text.startsWith(candidate, at));
      if (!word) break;
      at += word.length;
      words++;
    }
    if (words >= 5) break;
    start = text.indexOf(squeezeLabel(REVIEW_GROUPS.review.zh), start + 1);
  }
  if (start === -1 || words < 5) return undefined;
  const stop = firstStop(stream, at, Math.min(text.length, at + MAX_TAIL));
  const heading = /[五六][、.]/u.exec(text.slice(at, stop));
  const end = heading ? at + heading.index : stop;
  const pageFrom = originalEnd(stream, at);
  const pageTo = originalStart(stream, end);
  const layout = layoutOf(options.format ?? "2021").rows.filter((row) => row.table === "四");
  const columns = layout.flatMap((row) => row.columns);
  const slots = slotsOf(page, pageFrom, pageTo, shape, isKnownLabel);
  pending.push({
    slots,
    target: { table: "四", label: `${REVIEW_GROUPS.review.zh}、${LITIGATION_GROUP.zh}`, pointers: columns.map((column) => column.pointer), kinds: columns.map((column) => column.kind), columnLabels: [] },
    at: pageFrom,
  });
  return { holds: "四", source: `text ${originalStart(stream, start)}–${pageTo}`, rows: 1, role: "read" };
}

/**
 * Reads a published report from its page text (copied, scraped, or extracted from a PDF).
 *
 * @example
 * ```ts
 * const page = [
 *   "某县2023年政府信息公开工作年度报告",
 *   "四、政府信息公开行政复议、行政诉讼情况",
 *   "行政复议\t行政诉讼",
 *   "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉",
 *   "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
 *   "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
 * ].join("\n");
 * const result = fromText(page, { format: "2021" });
 * result.success && result.data.reviewAndLitigation.review.total;
 * //=> 1
 * ```
 */
export function fromText(page: string, options: ReadOptions = {}): ReadResult {
  const lang = options.lang ?? "zh";
  if (typeof page !== "string") return readFailure("invalid-input", { input: "text", format: null, formatEvidence: [], tables: [] }, { lang });
  try {
    return readText(page, options);
  } catch (error) {
    return readFailure("internal-error", { input: "text", format: null, formatEvidence: [], tables: [] }, {
      lang,
      detail: { zh: String(error), en: String(error) },
    });
  }
}

function readText(page: string, options: ReadOptions): ReadResult {
  const stream = buildStream(page);
  const meta = readPageMeta(page);
  const notes: ReadNote[] = [];
  const collected: Collected = { cells: [], notes, assisted: [] };

  // Anchor both layouts; the printed header words decide the format.
  const candidates = (options.format ? [options.format] : (["2019", "2021"] as const)).map((format) => ({ format, anchors: usable(anchorLabels(stream, format)) }));
  const spanOf = (anchors: readonly Anchor[]) => (anchors.length > 0 ? [(anchors[0] as Anchor).start, (anchors[anchors.length - 1] as Anchor).end] : [0, 0]) as [number, number];
  let format: Format | null = options.format ?? null;
  let evidence: string[] = [];
  if (!format) {
    const all = candidates.flatMap((candidate) => candidate.anchors);
    const from = Math.min(...all.map((anchor) => anchor.start), stream.text.length);
    const to = Math.max(...all.map((anchor) => anchor.end), 0);
    const detected = detectFormat(stream, from - 200, to + 50);
    format = detected.format;
    evidence = detected.evidence;
    if (!format) {
      const year = options.year ?? meta.year;
      if (year !== null) format = formatOfYear(year);
    }
  }
  const anchors = (candidates.find((candidate) => candidate.format === format) ?? candidates[0])?.anchors ?? [];
  const readFormat = format ?? "2021";
  const year = options.year ?? meta.year;
  if (format && !options.format && evidence.length > 0 && year !== null && formatOfYear(year) !== format) {
    notes.push({
      kind: "format-mismatch",
      table: "meta",
      raw: evidence.join("、"),
      message: message(`${year} 年报告印的是 ${format} 格式的表格（${evidence.join("、")}），按印刷的格式读取`, `The ${year} report prints ${format}-format tables (${evidence.join(", ")}); read as printed`),
    });
  }

  const [tableFrom, tableTo] = spanOf(anchors);
  const shape = detectShape(page, originalStart(stream, tableFrom), originalEnd(stream, Math.min(stream.text.length, tableTo + MAX_TAIL * 4)));
  const tables: DetectedTable[] = [];
  const marks = marksOf(readFormat);
  const found = new Set(anchors.map((anchor) => anchor.mark));
  let traditional = false;
  const tableRows: Record<TableId, number> = { 二: 0, 三: 0, 四: 0 };
  const pending: PendingRow[] = [];
  const tableSpan: Partial<Record<TableId, [number, number]>> = {};
  anchors.forEach((anchor, index) => {
    const next = anchors[index + 1];
    const limit = next ? next.start : Math.min(stream.text.length, anchor.end + MAX_TAIL);
    const end = firstStop(stream, anchor.end, limit);
    const pageFrom = valuesStart(page, originalEnd(stream, anchor.end));
    const pageTo = originalStart(stream, end);
    const { mark } = anchor;
    traditional ||= anchor.traditional;
    const printed = page.slice(originalStart(stream, anchor.start), originalEnd(stream, anchor.end));
    const span = tableSpan[mark.table];
    tableSpan[mark.table] = [Math.min(span?.[0] ?? Infinity, originalStart(stream, anchor.start)), Math.max(span?.[1] ?? 0, pageTo)];
    if (anchor.fuzzy || anchor.alias) {
      notes.push({
        kind: "label-fuzzy",
        table: mark.table,
        row: printed,
        raw: printed,
        ...(mark.row ? { pointer: mark.row.pointer } : {}),
        source: { kind: "text", start: originalStart(stream, anchor.start), end: originalEnd(stream, anchor.end), text: printed },
        message: message(`“${printed.trim()}”识别为“${mark.label.zh}”`, `“${printed.trim()}” recognised as “${mark.label.zh}”`),
      });
    }
    const label = squeezeLabel(mark.label.zh);
    if (mark.kind === "title") return;
    if (mark.kind === "group") {
      const slots = slotsOf(page, pageFrom, pageTo, shape, labelTest(label)).filter((slot) => slot.text !== "");
      if (slots.length === 0) return;
      const raw = page.slice((slots[0] as Slot).start, (slots[slots.length - 1] as Slot).end);
      const single = readFormat === "2021" && label.includes("其他处理") && !marks.some((other) => other.parents.includes(label) && found.has(other));
      notes.push({
        kind: single ? "single-other-handling" : "values-unplaced",
        table: mark.table,
        row: printed,
        raw,
        source: { kind: "text", start: (slots[0] as Slot).start, end: (slots[slots.length - 1] as Slot).end, text: raw },
        message: single
          ? message(
              `${OUTCOME_ROWS.otherHandling.zh}只印了一行（“${raw}”），无法拆分到三个子行，子行各格留空`,
              `${OUTCOME_ROWS.otherHandling.zh} is printed as one row (“${raw}”); it cannot be split into the three sub-rows, which stay null`,
            )
          : message(`“${printed.trim()}”是分组标签，其后的“${raw}”未采用`, `“${printed.trim()}” is a group label; “${raw}” after it was not used`),
      });
      return;
    }
    const row = mark.row;
    if (!row) return;
    let columnLabels: (string | undefined)[] = [];
    if (mark.table === "二") {
      // The block's header (between its title and its first row) may print a unit the template does not.
      const title = anchors.slice(0, index).reverse().find((other) => other.mark.kind === "title");
      const header = title ? stream.text.slice(title.end, anchors[anchors.indexOf(title) + 1]?.start ?? title.end) : "";
      const unit = headerUnit(header);
      columnLabels = row.columns.map((column) => {
        if (!unit || (column.kind !== "money" && column.kind !== "amount")) return undefined;
        if (column.unit === unit) return undefined;
        return `${column.base}（单位：${unit}）`;
      });
    }
    pending.push({
      slots: slotsOf(page, pageFrom, pageTo, shape, labelTest(label)),
      target: { table: row.table, label: mark.label.zh, pointers: row.columns.map((column) => column.pointer), kinds: row.columns.map((column) => column.kind), columnLabels },
      at: pageFrom,
    });
  });
  if (traditional) {
    notes.push({ kind: "traditional-characters", table: "meta", message: message("表格标签为繁体字，已按简体识别", "The table labels are printed in traditional characters; recognised as simplified") });
  }

  // Table 四: its header, then one data row.
  const afterTables = anchors.length > 0 ? (anchors[anchors.length - 1] as Anchor).end : 0;
  const review = readReview(page, stream, afterTables, shape, { ...options, format: readFormat }, pending);
  if (review) tables.push(review);
  const vanish = blanksVanish(pending);
  for (const row of pending) {
    if (readRow(page, row.slots, row.target, options, row.at, collected, vanish) > 0 && row.target.table !== "四") tableRows[row.target.table]++;
  }

  for (const table of ["二", "三"] as const) {
    const span = tableSpan[table];
    if (!span) continue;
    tables.unshift({ holds: table, source: `text ${span[0]}–${span[1]}`, rows: tableRows[table], role: "read" });
    for (const mark of marks) {
      if (mark.table !== table || mark.kind !== "row" || found.has(mark) || !mark.row) continue;
      if (readFormat === "2021" && mark.parents.some((parent) => parent.includes("其他处理")) && notes.some((note) => note.kind === "single-other-handling")) continue;
      notes.push({
        kind: "row-missing",
        table,
        row: mark.label.zh,
        pointer: mark.row.pointer,
        message: message(`没有找到“${mark.label.zh}”一行，该行各格为 null`, `The row “${mark.label.zh}” was not found; its cells are null`),
      });
    }
  }
  // A second copy of a table (a page printing the report twice): reported, not merged.
  const copies: [TableId, string, string][] = [
    ["二", squeezeLabel(ARTICLE_20_BLOCKS["1"].zh), squeezeLabel(ARTICLE_20_BLOCKS["5"].zh)],
    // The row labels without their numbering 一、 and 二、.
    ["三", squeezeLabel(APPLICATION_ROWS.received.zh.slice(2)), squeezeLabel(APPLICATION_ROWS.carriedOver.zh.slice(2))],
  ];
  for (const [table, first, second] of copies) {
    const span = tableSpan[table];
    if (!span) continue;
    const after = anchors.filter((anchor) => anchor.mark.table === table).pop();
    if (!after) continue;
    const again = stream.text.indexOf(first, after.end);
    if (again === -1) continue;
    const next = stream.text.indexOf(second, again + first.length);
    if (next === -1 || next - again > 400) continue;
    const start = originalStart(stream, again);
    tables.push({ holds: table, source: `text ${start}–${originalEnd(stream, next + second.length)}`, rows: 0, role: "duplicate" });
    notes.push({
      kind: "extra-table",
      table,
      message: message(`表${table}在偏移 ${start} 处又出现一份，未合并，只读第一份`, `Table ${table} appears again at offset ${start}; not merged, only the first copy was read`),
    });
  }
  tables.sort((a, b) => Number(a.source.split(" ")[1]?.split("–")[0]) - Number(b.source.split(" ")[1]?.split("–")[0]));

  const images = collected.cells.length === 0 && (meta.sectionStarts.一 !== undefined || /[二三][、.]\s*(?:主动公开|收到和处理)/u.test(page)) ? imagesIn(page) : [];
  if (images.length > 0) {
    notes.push({
      kind: "image-in-table",
      raw: images.join(" "),
      message: message(`表格位置上是图片（${images.join("、")}），无法读取`, `Images stand where the tables should be (${images.join(", ")}); they cannot be read`),
    });
  }
  return assemble(
    {
      input: "text",
      format,
      formatEvidence: evidence,
      ...pageMetaFields(meta),
      cells: collected.cells,
      notes,
      tables,
      assisted: collected.assisted,
      images,
    },
    options,
  );
}

/** Drops what is too thin to be a table: table 二 needs a block title or three rows, table 三 three labels. */
function usable(anchors: readonly Anchor[]): Anchor[] {
  const of = (table: TableId) => anchors.filter((anchor) => anchor.mark.table === table);
  const two = of("二");
  const keepTwo = two.some((anchor) => anchor.mark.kind === "title") || two.length >= 3;
  const keepThree = of("三").length >= 3;
  return anchors.filter((anchor) => (anchor.mark.table === "二" ? keepTwo : keepThree));
}

/**
 * Runs the rule checks on a read report, with every finding that rests on a
 * cell chosen by `assist: "arithmetic"` turned into `assessable: false` (the
 * check must not confirm the assumption the cell was read with).
 *
 * @example
 * ```ts
 * const page = "一、本年新收政府信息公开申请数量320000032二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开320000032";
 * const result = fromText(page, { format: "2021", assist: "arithmetic" });
 * result.success && checkRead(result).filter((finding) => finding.paths.includes("/applications/received/total")).map((finding) => finding.assessable);
 * //=> [false, false]
 * ```
 */
export function checkRead(result: ReadSuccess, options?: CheckOptions): Finding[] {
  if (result.assisted.length === 0) return check(result.data, options);
  // The assisted cells are withheld from the rules (read as blank), so no relation is confirmed by them.
  const data = structuredClone(result.data) as unknown as Record<string, unknown>;
  for (const pointer of result.assisted) {
    const path = pointer.split("/").slice(1);
    let node: Record<string, unknown> | undefined = data;
    for (const key of path.slice(0, -1)) node = node?.[key] as Record<string, unknown> | undefined;
    if (node) node[path[path.length - 1] as string] = null;
  }
  const findings = check(data, options);
  const assisted = new Set(result.assisted);
  return findings.map((finding) =>
    finding.paths.some((path) => assisted.has(path)) ? { ...finding, severity: "info" as const, assessable: false as const } : finding,
  );
}
