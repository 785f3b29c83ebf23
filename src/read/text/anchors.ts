/**
 * Anchoring the row labels of a layout in page text: every label of the
 * layout, in its fixed order, found in the squeezed stream. Exact matches are
 * chained by a weighted longest increasing sequence (labels in prose before or
 * after the tables cannot break the order); labels still missing are looked
 * for between their neighbours, tolerating truncation and missing characters.
 */
import { LABEL_ALIASES, layoutOf, type RowSpec } from "../../labeled/labels.js";
import type { Label, TableId } from "../../layout/labels.js";
import type { Format } from "../../schema/report.js";
import { type Stream, squeezeLabel } from "./stream.js";

/** One label of the layout: a block title of table 二, a group label or a data row. */
export interface Mark {
  readonly kind: "title" | "group" | "row";
  readonly table: TableId;
  /** Position in the layout's order. */
  readonly order: number;
  readonly label: Label;
  /** Squeezed bodies (without numbering), the official one first, then aliases. */
  readonly bodies: readonly string[];
  /** The numbering printed before the body (`一`, `三`, `1`), if the official label has one. */
  readonly numbering?: string;
  /** The official label ends with a bracketed note (部分公开（区分处理的…）). */
  readonly annotated: boolean;
  /** For data rows. */
  readonly row?: RowSpec;
  /** Squeezed path labels of the groups above it. */
  readonly parents: readonly string[];
}

/** A label found in the stream. */
export interface Anchor {
  readonly mark: Mark;
  /** Stream offsets: numbering included, annotation included. */
  readonly start: number;
  readonly end: number;
  /** Found by the tolerant search (truncated, characters missing). */
  readonly fuzzy: boolean;
  /** The body used was an alias. */
  readonly alias: boolean;
  /** Traditional characters were mapped in the label. */
  readonly traditional: boolean;
}

function splitNumbering(label: string): { numbering?: string; body: string } {
  const paren = /^\(([一二三四五六七八九十]+|\d+)\)(.*)$/u.exec(label);
  if (paren) return { numbering: paren[1] as string, body: paren[2] as string };
  const plain = /^([一二三四五六七八九十]+|\d+)[、.](.*)$/u.exec(label);
  if (plain) return { numbering: plain[1] as string, body: plain[2] as string };
  return { body: label };
}

function stripNote(body: string): { base: string; annotated: boolean } {
  const open = body.indexOf("(");
  if (open > 0 && body.endsWith(")")) return { base: body.slice(0, open), annotated: true };
  return { base: body, annotated: false };
}

const marksCache = new Map<Format, readonly Mark[]>();

/**
 * The labels of tables 二 and 三 of a format, in printed order.
 *
 * @example
 * ```ts
 * marksOf("2021").find((mark) => mark.kind === "row")?.bodies;
 * //=> ["规章"]
 * ```
 */
export function marksOf(format: Format): readonly Mark[] {
  const cached = marksCache.get(format);
  if (cached) return cached;
  const marks: Mark[] = [];
  const seen = new Set<string>();
  for (const row of layoutOf(format).rows) {
    if (row.table === "四") continue;
    for (let depth = 0; depth < row.path.length; depth++) {
      const label = row.path[depth] as Label;
      const key = `${row.table}|${row.path
        .slice(0, depth + 1)
        .map((part) => part.zh)
        .join("/")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const isRow = depth === row.path.length - 1;
      const squeezed = squeezeLabel(label.zh);
      const { numbering, body } = splitNumbering(squeezed);
      const { base, annotated } = stripNote(body);
      const bodies = [base];
      if (isRow) {
        for (const alias of LABEL_ALIASES) {
          if (alias.on !== "row" || alias.table !== row.table || !alias.formats.includes(format)) continue;
          if (!alias.targets.includes(label)) continue;
          const aliasBody = stripNote(splitNumbering(squeezeLabel(alias.text)).body).base;
          if (!bodies.includes(aliasBody)) bodies.push(aliasBody);
        }
      }
      const kind = row.table === "二" && depth === 0 ? "title" : isRow ? "row" : "group";
      marks.push({
        kind,
        table: row.table,
        order: marks.length,
        label,
        bodies: kind === "title" ? [squeezed] : bodies,
        ...(numbering !== undefined && kind !== "title" ? { numbering } : {}),
        annotated,
        ...(isRow ? { row } : {}),
        parents: row.path.slice(0, depth).map((part) => squeezeLabel(part.zh)),
      });
    }
  }
  marksCache.set(format, marks);
  return marks;
}

/** Where the numbering before a body starts, or `undefined` when the expected numbering is not printed there. */
function numberingStart(text: string, bodyStart: number, numbering: string): number | undefined {
  let at = bodyStart;
  const mark = text[at - 1];
  if (mark === "、" || mark === "." || mark === ")" || mark === ",") at--;
  const from = at - numbering.length;
  if (from < 0 || text.slice(from, at) !== numbering) return undefined;
  return text[from - 1] === "(" ? from - 1 : from;
}

/** Bodies this short are only accepted with their numbering (`3.其他`, `(七)总计`). */
const SHORT_BODY = 2;
/** At most this many exact occurrences of one label are considered. */
const MAX_OCCURRENCES = 400;
/** Gaps longer than this are not searched with the tolerant matcher. */
const MAX_FUZZY_GAP = 4000;

interface Occurrence {
  readonly mark: Mark;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
  readonly alias: boolean;
}

function extendAnnotation(text: string, end: number, mark: Mark): number {
  if (!mark.annotated || text[end] !== "(") return end;
  const close = text.indexOf(")", end);
  // A note never holds the row's values: a wrapped label can print them inside its brackets.
  return close !== -1 && close - end <= 40 && !/\d/u.test(text.slice(end, close)) ? close + 1 : end;
}

function occurrencesOf(text: string, mark: Mark): Occurrence[] {
  const found: Occurrence[] = [];
  const taken: [number, number][] = [];
  for (let alt = 0; alt < mark.bodies.length; alt++) {
    const body = mark.bodies[alt] as string;
    if (body.length === 0) continue;
    let from = 0;
    let kept = 0;
    while (kept < MAX_OCCURRENCES) {
      const index = text.indexOf(body, from);
      if (index === -1) break;
      from = index + 1;
      const bodyEnd = index + body.length;
      if (taken.some(([start, end]) => index < end && bodyEnd > start)) continue;
      let start = index;
      let weight = body.length;
      if (mark.numbering !== undefined) {
        const numbered = numberingStart(text, index, mark.numbering);
        if (numbered !== undefined) {
          start = numbered;
          weight += 2;
        } else if (body.length <= SHORT_BODY) continue;
      }
      const end = extendAnnotation(text, bodyEnd, mark);
      taken.push([index, bodyEnd]);
      found.push({ mark, start, end, weight, alias: alt > 0 });
      kept++;
    }
  }
  return found;
}

/** Fenwick tree over label order holding the best chain ending at or before each label. */
class PrefixMax {
  private readonly score: Float64Array;
  private readonly id: Int32Array;
  constructor(size: number) {
    this.score = new Float64Array(size + 1);
    this.id = new Int32Array(size + 1).fill(-1);
  }
  update(order: number, score: number, id: number): void {
    for (let index = order + 1; index < this.score.length; index += index & -index) {
      if (score > (this.score[index] as number)) {
        this.score[index] = score;
        this.id[index] = id;
      }
    }
  }
  /** Best over labels with order < `order`. */
  query(order: number): { score: number; id: number } {
    let score = 0;
    let id = -1;
    for (let index = order; index > 0; index -= index & -index) {
      if ((this.score[index] as number) > score) {
        score = this.score[index] as number;
        id = this.id[index] as number;
      }
    }
    return { score, id };
  }
}

function chain(occurrences: readonly Occurrence[], size: number): Occurrence[] {
  const byStart = [...occurrences].sort((a, b) => a.start - b.start || b.weight - a.weight);
  const byEnd = byStart.map((_, index) => index).sort((a, b) => (byStart[a] as Occurrence).end - (byStart[b] as Occurrence).end);
  const best = new Float64Array(byStart.length);
  const previous = new Int32Array(byStart.length).fill(-1);
  const tree = new PrefixMax(size);
  let pending = 0;
  let top = -1;
  for (let index = 0; index < byStart.length; index++) {
    const occurrence = byStart[index] as Occurrence;
    while (pending < byEnd.length && (byStart[byEnd[pending] as number] as Occurrence).end <= occurrence.start) {
      const done = byEnd[pending] as number;
      tree.update((byStart[done] as Occurrence).mark.order, best[done] as number, done);
      pending++;
    }
    const before = tree.query(occurrence.mark.order);
    best[index] = before.score + occurrence.weight;
    previous[index] = before.id;
    if (top === -1 || (best[index] as number) > (best[top] as number)) top = index;
  }
  const result: Occurrence[] = [];
  for (let index = top; index !== -1; index = previous[index] as number) result.push(byStart[index] as Occurrence);
  return result.reverse();
}

/** The longest stretch of `text` from `from` that is a subsequence of `body` (greedy). */
function subsequenceLength(text: string, from: number, limit: number, body: string): number {
  let position = from;
  let j = 0;
  while (position < limit && j < body.length) {
    if (text[position] === body[j]) position++;
    j++;
  }
  return position - from;
}

function fuzzyIn(text: string, mark: Mark, from: number, to: number): Occurrence | undefined {
  const body = mark.bodies[0] as string;
  if (body.length < 4 || to - from > MAX_FUZZY_GAP) return undefined;
  const need = Math.max(4, Math.ceil(body.length * 0.6));
  let best: Occurrence | undefined;
  let bestLength = 0;
  const first = body[0] as string;
  for (let index = text.indexOf(first, from); index !== -1 && index < to; index = text.indexOf(first, index + 1)) {
    const length = subsequenceLength(text, index, to, body);
    if (length < need || length <= bestLength) continue;
    let start = index;
    if (mark.numbering !== undefined) {
      const numbered = numberingStart(text, index, mark.numbering);
      if (numbered !== undefined && numbered >= from) start = numbered;
    }
    best = { mark, start, end: extendAnnotation(text, index + length, mark), weight: length, alias: false };
    bestLength = length;
  }
  return best;
}

/**
 * Finds the labels of a format's tables 二 and 三 in the stream, in order.
 *
 * @example
 * ```ts
 * const anchors = anchorLabels(buildStream("一、本年新收政府信息公开申请数量\t1\n二、上年结转政府信息公开申请数量\t0"), "2021");
 * anchors.map((anchor) => anchor.mark.row?.pointer);
 * //=> ["/applications/received", "/applications/carriedOver"]
 * ```
 */
export function anchorLabels(stream: Stream, format: Format): Anchor[] {
  const marks = marksOf(format);
  const text = stream.text;
  const occurrences = marks.flatMap((mark) => occurrencesOf(text, mark));
  const chained: { occurrence: Occurrence; fuzzy: boolean }[] = chain(occurrences, marks.length).map((occurrence) => ({ occurrence, fuzzy: false }));
  // Labels still missing: looked for between their found neighbours.
  for (const mark of marks) {
    if (chained.some((entry) => entry.occurrence.mark === mark)) continue;
    let after = -1;
    for (let index = 0; index < chained.length; index++) if ((chained[index] as { occurrence: Occurrence }).occurrence.mark.order < mark.order) after = index;
    const from = after === -1 ? 0 : (chained[after] as { occurrence: Occurrence }).occurrence.end;
    const next = chained[after + 1];
    if (after === -1 && !next) continue;
    // Before the first found label only a short stretch is searched: the table starts there.
    const to = next ? next.occurrence.start : Math.min(text.length, from + 400);
    const lower = after === -1 && next ? Math.max(0, to - 400) : from;
    const found = fuzzyIn(text, mark, lower, to);
    if (found) chained.splice(after + 1, 0, { occurrence: found, fuzzy: true });
  }
  return chained.map(({ occurrence, fuzzy }) => {
    let traditional = false;
    for (let index = occurrence.start; index < occurrence.end && !traditional; index++) traditional = stream.traditional[index] === 1;
    return { mark: occurrence.mark, start: occurrence.start, end: occurrence.end, fuzzy, alias: occurrence.alias, traditional };
  });
}
