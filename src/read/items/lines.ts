/**
 * Positioned text items → cleaned pieces and printed lines. Rows are rebuilt
 * from positions only: items are grouped into lines by their vertical centre,
 * tolerant of the small baseline jitter between a row's label and its values
 * (different fonts sit on slightly different baselines).
 */

/** One positioned text item, as a PDF library returns it (pdf.js `getTextContent()` after converting `transform`). */
export interface TextItem {
  /** The item's text. */
  readonly str: string;
  /** Left edge, in the page's user units. */
  readonly x: number;
  /** Baseline; larger is higher on the page (PDF user space). */
  readonly y: number;
  readonly width: number;
  /** Glyph height (about the font size). */
  readonly height: number;
  /** Page number, 1-based. */
  readonly page: number;
}

/** A non-blank stretch of an item's text with its box. */
export interface Piece {
  readonly text: string;
  /** Text with every space removed (labels are compared without spaces). */
  readonly compact: string;
  readonly page: number;
  readonly x0: number;
  readonly x1: number;
  /** Vertical centre. */
  readonly yc: number;
  /** Baseline as given. */
  readonly y: number;
  readonly h: number;
  /** Index of the line it belongs to (set by {@link buildLines}). */
  line: number;
}

/** Piece sorted into one printed line. */
export interface Line {
  readonly page: number;
  readonly yc: number;
  /** Smallest piece height on the line. */
  readonly h: number;
  readonly pieces: readonly Piece[];
  /** Position in reading order. */
  readonly order: number;
}

const NUMBER = /^[-−–+]?\d[\d,，]*(?:[.．]\d+)?$/u;
const BLANK_MARKS = new Set(["-", "—", "－", "–", "——", "―", "/", "／", "\\", "*", "×", "无", "無"]);
/** Sign words and units a PDF may set as items of their own beside a number. */
const VALUE_WORDS = new Set(["增加", "减少", "增", "减", "项", "件", "个", "万元", "元"]);
const ANNOTATED = /^[-−–+]?\d[\d,，]*(?:[.．]\d+)?[（(][^（()）]*[)）]$/u;
/** A number with a sign word or a unit, as cells print them (`26.22万元`, `增加 3 项`, `95件`). */
const WORDED = /^(?:增加|减少|增|减)?\s*[-−–+]?\d[\d,，]*(?:[.．]\d+)?\s*(?:万元|万|元|项|件|个)?$/u;
const ANNOTATION_ONLY = /^[（(][^（()）]*[)）]$/u;
/** Limits that keep hostile input cheap. */
const MAX_ITEMS = 200_000;
const MAX_TEXT = 2_000;

/** True for a printed number. */
export function isNumber(text: string): boolean {
  return NUMBER.test(text);
}

/** True for what a value cell may print: a number, a blank mark, an annotated number or an annotation. */
export function isValueText(text: string): boolean {
  return NUMBER.test(text) || WORDED.test(text) || BLANK_MARKS.has(text) || VALUE_WORDS.has(text) || ANNOTATED.test(text) || ANNOTATION_ONLY.test(text);
}

function finite(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * Cleans raw items into pieces: drops blank and malformed items, and splits an
 * item that holds several whitespace-separated numbers (`1 0 0`) into one piece
 * per token, placed proportionally along the item.
 */
export function piecesOf(items: readonly unknown[]): { pieces: Piece[]; skipped: number } {
  const pieces: Piece[] = [];
  let skipped = 0;
  const count = Math.min(items.length, MAX_ITEMS);
  skipped += items.length - count;
  for (let index = 0; index < count; index++) {
    const item = items[index] as Partial<TextItem> | null | undefined;
    if (!item || typeof item !== "object" || typeof item.str !== "string") {
      skipped++;
      continue;
    }
    const { x, y, width, height, page } = item;
    if (!finite(x) || !finite(y) || !finite(width) || !finite(height) || !finite(page)) {
      skipped++;
      continue;
    }
    const str = item.str.length > MAX_TEXT ? item.str.slice(0, MAX_TEXT) : item.str;
    const trimmed = str.trim();
    if (trimmed === "") continue;
    const h = Math.abs(height) > 0 ? Math.abs(height) : 1;
    const w = Math.max(0, width);
    const tokens = [...trimmed.matchAll(/\S+/gu)];
    const split = tokens.length > 1 && !isValueText(trimmed) && tokens.some((token) => isNumber(token[0]));
    const lead = str.indexOf(trimmed);
    const parts = split ? tokens.map((token) => ({ text: token[0], at: lead + (token.index ?? 0) })) : [{ text: trimmed, at: lead }];
    const perChar = str.length > 0 ? w / str.length : 0;
    for (const part of parts) {
      const x0 = split || lead > 0 ? x + part.at * perChar : x;
      const x1 = split ? x0 + part.text.length * perChar : x + w;
      pieces.push({
        text: part.text,
        compact: part.text.replace(/\s+/gu, ""),
        page: Math.trunc(page),
        x0,
        x1: Math.max(x0, x1),
        yc: y + h / 2,
        y,
        h,
        line: -1,
      });
    }
  }
  return { pieces, skipped };
}

/** Groups pieces into lines per page (pages ascending, top to bottom), each line left to right. */
export function buildLines(pieces: Piece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => a.page - b.page || b.yc - a.yc || a.x0 - b.x0);
  const lines: { page: number; yc: number; sum: number; h: number; pieces: Piece[] }[] = [];
  for (const piece of sorted) {
    const last = lines[lines.length - 1];
    if (last && last.page === piece.page && Math.abs(last.yc - piece.yc) <= 0.4 * Math.min(piece.h, last.h)) {
      last.pieces.push(piece);
      last.sum += piece.yc;
      last.h = Math.min(last.h, piece.h);
      // The line's centre is the first piece's: a running mean would let a long line drift.
      continue;
    }
    lines.push({ page: piece.page, yc: piece.yc, sum: piece.yc, h: piece.h, pieces: [piece] });
  }
  return lines.map((line, order) => {
    const ordered = line.pieces.sort((a, b) => a.x0 - b.x0);
    for (const piece of ordered) piece.line = order;
    return { page: line.page, yc: line.sum / ordered.length, h: line.h, pieces: ordered, order };
  });
}

/** A decorated page number line (`- 3 -`, `第 3 页`, `3/5`): never a table row. */
export const DECORATED_PAGE_NUMBER = /^\s*(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[/／,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4})\s*$/u;

/** A page number line, decorated or bare (`3`): dropped from the rebuilt text. */
const PAGE_NUMBER = /^[-－—–\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[-－—–\s]*$/u;

/** The text of a line, pieces joined left to right (a space where a gap is wider than half a character). */
export function lineText(line: Line): string {
  let text = "";
  let previous: Piece | undefined;
  for (const piece of line.pieces) {
    if (previous && piece.x0 - previous.x1 > 0.5 * Math.min(piece.h, previous.h)) text += " ";
    text += piece.text;
    previous = piece;
  }
  return text;
}

interface Margins {
  readonly left: number;
  readonly right: number;
}

/** Per page: the left and right edges of full-width (prose) lines. */
function marginsOf(lines: readonly Line[]): Map<number, Margins> {
  const byPage = new Map<number, Line[]>();
  for (const line of lines) {
    const list = byPage.get(line.page) ?? [];
    list.push(line);
    byPage.set(line.page, list);
  }
  const margins = new Map<number, Margins>();
  for (const [page, pageLines] of byPage) {
    const spans = pageLines.map((line) => ({ x0: line.pieces[0]?.x0 ?? 0, x1: Math.max(...line.pieces.map((piece) => piece.x1)) }));
    const widest = Math.max(...spans.map((span) => span.x1 - span.x0));
    const wide = spans.filter((span) => span.x1 - span.x0 >= 0.8 * widest);
    margins.set(page, { left: Math.min(...wide.map((span) => span.x0)), right: Math.max(...wide.map((span) => span.x1)) });
  }
  return margins;
}

/**
 * The document's text rebuilt line by line (pages in order, page numbers dropped), for the
 * title, year, agency and prose sections. A line that runs to the right margin continues into
 * the next line when that one starts at the left margin (no indent): print's line wrapping is
 * undone, paragraphs stay.
 */
export function pageText(lines: readonly Line[]): string {
  const margins = marginsOf(lines);
  const out: string[] = [];
  let previous: { line: Line; full: boolean } | undefined;
  for (const line of lines) {
    const text = lineText(line);
    if (PAGE_NUMBER.test(text)) continue;
    const margin = margins.get(line.page) as Margins;
    const x0 = line.pieces[0]?.x0 ?? 0;
    const x1 = Math.max(...line.pieces.map((piece) => piece.x1));
    const flush = x0 <= margin.left + 0.5 * line.h;
    if (previous?.full && flush && Math.abs(previous.line.h - line.h) <= 0.2 * line.h && out.length > 0) out[out.length - 1] += text;
    else out.push(text);
    previous = { line, full: x1 >= margin.right - 1.5 * line.h && line.pieces.length > 0 };
  }
  return out.join("\n");
}
