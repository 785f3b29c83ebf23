/**
 * From the stretch of page text after a row label to the row's cells: fields
 * split by tabs, line breaks or markdown pipes, blank fields kept as blank
 * cells, fillers at either end dropped only when that is unambiguous, and runs
 * of digits with no separator split only when they split one way.
 */
import type { CellKind } from "../../labeled/cells.js";
import { squeezeLabel } from "./stream.js";

/** How the table cells of a page are separated. */
export interface TextShape {
  /** `grid`: tab- or pipe-separated rows; `lines`: one cell per line. */
  readonly kind: "grid" | "lines";
  /** For grid: the cell separator. */
  readonly separator: "\t" | "|";
  /** For lines: blank cells are whitespace-only lines and empty lines only separate rows. */
  readonly blankLines: "whitespace" | "empty";
  /** For lines with `empty`: how many empty lines separate two cells. */
  readonly gap: number;
}

/** One field of a row: a cell's text with its offsets in the page. */
export interface Slot {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The cells of one row as read, or why they were not. */
export type RowRead =
  | { readonly kind: "cells"; readonly cells: readonly Slot[]; readonly split?: "unique" | "arithmetic"; readonly candidates?: readonly (readonly string[])[] }
  | { readonly kind: "ambiguous-run"; readonly candidates: readonly (readonly string[])[]; readonly more: boolean; readonly raw: Slot }
  | {
      readonly kind: "unplaced";
      readonly reason: "too-many" | "too-few" | "blank-position" | "text" | "blanks-vanish" | "sum-mismatch";
      readonly raw: Slot;
    };

const SEPARATOR_ROW = /^\s*:?-{2,}:?\s*$/u;
const NUMBER = /^[-+]?\d+(?:\.\d+)?$/u;

/** Full-width digits, signs and points as ASCII (one character for one: offsets stay valid). */
function narrowDigits(text: string): string {
  return text.replace(/[０-９．－＋]/gu, (char) => String.fromCharCode((char.codePointAt(0) as number) - 0xfee0));
}

function trimSlot(page: string, start: number, end: number): Slot {
  let from = start;
  let to = end;
  // Whitespace and markdown emphasis or heading marks around a cell are not its text.
  while (from < to && /[\s*#_`>|]/u.test(page[from] as string)) from++;
  while (to > from && /[\s*#_`|]/u.test(page[to - 1] as string)) to--;
  let text = page.slice(from, to);
  // `<br>` and `&nbsp;` written inside a cell are spaces.
  if (text.includes("<") || text.includes("&")) text = text.replace(/<br\s*\/?>|&nbsp;/giu, (markup) => " ".repeat(markup.length));
  return { text: narrowDigits(text), start: from, end: to };
}

function linesOf(page: string, start: number, end: number): Slot[] {
  const lines: Slot[] = [];
  let from = start;
  for (let index = start; index <= end; index++) {
    if (index === end || page[index] === "\n") {
      let to = index;
      if (to > from && page[to - 1] === "\r") to--;
      lines.push({ text: page.slice(from, to), start: from, end: to });
      from = index + 1;
    }
  }
  return lines;
}

function fieldsOf(page: string, line: Slot, separator: string): Slot[] {
  const fields: Slot[] = [];
  let from = line.start;
  for (let index = line.start; index <= line.end; index++) {
    if (index === line.end || page[index] === separator) {
      fields.push(trimSlot(page, from, index));
      from = index + 1;
    }
  }
  return fields;
}

/**
 * Splits a field of space-separated numbers (`0 0 3`) into one slot per number; pieces of the row's label
 * around them (a label wrapped around its values in PDF text) are dropped.
 */
function expand(slot: Slot, isLabel: LabelTest): Slot[] {
  if (!/[\s|]/u.test(slot.text)) return [slot];
  const tokens: Slot[] = [];
  // Pipes of a markdown row met outside a markdown table separate cells like spaces do.
  const pattern = /[^\s|]+/gu;
  for (let match = pattern.exec(slot.text); match; match = pattern.exec(slot.text)) {
    tokens.push({ text: match[0], start: slot.start + match.index, end: slot.start + match.index + match[0].length });
  }
  let first = 0;
  while (first < tokens.length && !NUMBER.test((tokens[first] as Slot).text) && isLabel((tokens[first] as Slot).text)) first++;
  let last = tokens.length;
  while (last > first && !NUMBER.test((tokens[last - 1] as Slot).text) && isLabel((tokens[last - 1] as Slot).text)) last--;
  const numbers = tokens.slice(first, last);
  if (numbers.length === 0 || !numbers.every((token) => NUMBER.test(token.text))) return [slot];
  return numbers;
}

/** Tells label text (a piece of the row's own label, or a label repeated from a merged cell) from cell text. */
export type LabelTest = (text: string) => boolean;

/**
 * A label test for a row: a piece of its own label (broken over two lines or pages) is not a value.
 *
 * @example
 * ```ts
 * pieceOf(squeezeLabel("二、上年结转政府信息公开申请数量"))("开申请数量");
 * //=> true
 * ```
 */
export function pieceOf(label: string): LabelTest {
  return (text) => {
    const squeezed = squeezeLabel(text);
    return squeezed.length > 0 && !/\d/u.test(squeezed) && label.includes(squeezed);
  };
}

/**
 * The fields after a row label, in order, blank fields included.
 *
 * @example
 * ```ts
 * slotsOf("规章\t0\t\t3\n", 2, 9, { kind: "grid", separator: "\t", blankLines: "empty", gap: 0 }, pieceOf("规章")).map((slot) => slot.text);
 * //=> ["0", "", "3"]
 * ```
 */
export function slotsOf(page: string, start: number, end: number, shape: TextShape, isLabel: LabelTest): Slot[] {
  const lines = linesOf(page, start, end);
  // The last line, when it does not end, is the start of the next label's line (its indent), not a cell.
  const last = lines[lines.length - 1];
  if (lines.length > 1 && last && last.end === end && page[end] !== "\n" && last.text.trim() === "") lines.pop();
  if (shape.kind === "grid") {
    const rows: Slot[][] = [];
    lines.forEach((line, index) => {
      let fields = fieldsOf(page, line, shape.separator);
      if (shape.separator === "|") {
        if (fields.length > 0 && fields.every((field) => field.text === "" || SEPARATOR_ROW.test(field.text)) && fields.some((field) => field.text !== "")) return;
        // Before the first pipe is the rest of the label's cell (first line) or nothing; after the last pipe, nothing.
        if (fields.length > 1 && (fields[fields.length - 1] as Slot).text === "") fields = fields.slice(0, -1);
        if (fields.length > 0 && (fields[0] as Slot).text === "") fields = fields.slice(1);
        else if (index === 0 && fields.length > 0 && isLabel((fields[0] as Slot).text)) fields = fields.slice(1);
      } else if (index === 0 && fields.length > 0 && ((fields[0] as Slot).text === "" || isLabel((fields[0] as Slot).text))) {
        fields = fields.slice(1);
      }
      fields = fields.filter((field) => field.text === "" || !isLabel(field.text));
      rows.push(fields);
    });
    const valued = rows.filter((fields) => fields.some((field) => field.text !== ""));
    const chosen = valued.length > 0 ? valued : rows.slice(0, 1);
    return chosen.flat().flatMap((slot) => expand(slot, isLabel));
  }
  const slots: Slot[] = [];
  const first = lines[0];
  const rest = lines.slice(1);
  if (first && first.text.trim() !== "" && !isLabel(first.text)) slots.push(...expand(trimSlot(page, first.start, first.end), isLabel));
  if (shape.blankLines === "whitespace") {
    for (const line of rest) {
      if (line.text === "") continue;
      const slot = trimSlot(page, line.start, line.end);
      if (slot.text !== "" && isLabel(slot.text)) continue;
      slots.push(...expand(slot, isLabel));
    }
    return slots;
  }
  // Empty lines: `gap` of them separate two cells; each further (gap + 1) stand for one blank cell.
  let empties = 0;
  const flush = (at: number) => {
    const blanks = (empties - shape.gap) / (shape.gap + 1);
    for (let count = 0; count < Math.floor(blanks) && count < 64; count++) slots.push({ text: "", start: at, end: at });
    empties = 0;
  };
  for (const line of rest) {
    const slot = trimSlot(page, line.start, line.end);
    if (slot.text === "") {
      empties++;
      continue;
    }
    if (isLabel(slot.text)) continue;
    flush(line.start);
    slots.push(...expand(slot, isLabel));
  }
  if (slots.length > 0) flush(end);
  return slots;
}

const TOKEN: Record<CellKind, RegExp> = {
  count: /^(?:0|[1-9]\d*)$/u,
  signed: /^[-+]?(?:0|[1-9]\d*)$/u,
  money: /^(?:0|[1-9]\d*)(?:\.\d+)?$/u,
  amount: /^(?:0|[1-9]\d*)(?:\.\d+)?$/u,
  text: /^$/u,
} as Record<CellKind, RegExp>;

/** At most this many split candidates are enumerated for one row. */
const MAX_CANDIDATES = 200;
/** At most this many steps are spent splitting one row (bounded work per label). */
const MAX_STEPS = 20_000;

function splitRuns(runs: readonly Slot[], kinds: readonly CellKind[]): { candidates: Slot[][]; more: boolean } {
  const candidates: Slot[][] = [];
  let steps = 0;
  let more = false;
  const current: Slot[] = [];
  const walk = (run: number, offset: number, column: number): void => {
    if (more) return;
    if (++steps > MAX_STEPS) {
      more = true;
      return;
    }
    const slot = runs[run];
    if (!slot) {
      if (column === kinds.length) {
        if (candidates.length >= MAX_CANDIDATES) more = true;
        else candidates.push([...current]);
      }
      return;
    }
    if (offset === slot.text.length) {
      walk(run + 1, 0, column);
      return;
    }
    if (column >= kinds.length) return;
    const pattern = TOKEN[kinds[column] as CellKind] ?? TOKEN.count;
    for (let end = offset + 1; end <= slot.text.length; end++) {
      const token = slot.text.slice(offset, end);
      if (!pattern.test(token)) {
        // A count never continues after a leading 0; longer tokens cannot become valid again.
        if (token.length > 1 && token[0] === "0" && kinds[column] !== "money" && kinds[column] !== "amount") break;
        continue;
      }
      current.push({ text: token, start: slot.start + offset, end: slot.start + end });
      walk(run, end, column + 1);
      current.pop();
      if (more) return;
    }
  };
  walk(0, 0, 0);
  return { candidates, more };
}

/** The arithmetic a row must satisfy for `assist: "arithmetic"`: groups of cells whose last is the sum of the others. */
export type RowSums = readonly (readonly number[])[];

function satisfies(cells: readonly Slot[], sums: RowSums): boolean {
  if (sums.length === 0) return false;
  return sums.every((group) => {
    const values = group.map((index) => Number(cells[index]?.text));
    const total = values[values.length - 1] as number;
    const parts = values.slice(0, -1).reduce((sum, value) => sum + value, 0);
    return Math.abs(parts - total) < 1e-9;
  });
}

const ANNOTATED = /^([-+]?\d+(?:\.\d+)?)\s*[（(]([^（()）]*)[)）]$/u;
const UNIT_NOTE = /^(?:单位[:：]?)?(?:万元|元|万|件|项|个|条)$/u;

/**
 * A cell text with a bracketed annotation (`22（其中修订16件）`): the number and the note; otherwise `undefined`.
 *
 * @example
 * ```ts
 * splitAnnotation("22（其中修订16件）");
 * //=> { value: "22", note: "其中修订16件" }
 * ```
 */
export function splitAnnotation(text: string): { value: string; note: string } | undefined {
  const match = ANNOTATED.exec(text.trim());
  if (!match || UNIT_NOTE.test((match[2] as string).trim())) return undefined;
  return { value: match[1] as string, note: match[2] as string };
}

function span(page: string, slots: readonly Slot[], fallback: number): Slot {
  if (slots.length === 0) return { text: "", start: fallback, end: fallback };
  const start = (slots[0] as Slot).start;
  const end = (slots[slots.length - 1] as Slot).end;
  return { text: page.slice(start, end), start, end };
}

/**
 * Places the fields after a row label into the row's cells — or says why not.
 *
 * @example
 * ```ts
 * const read = placeRow("0000000", [{ text: "0000000", start: 0, end: 7 }], ["count", "count", "count", "count", "count", "count", "count"], [], false);
 * read.kind === "cells" && read.cells.map((cell) => cell.text).join(",");
 * //=> "0,0,0,0,0,0,0"
 * ```
 */
export function placeRow(
  page: string,
  printedSlots: readonly Slot[],
  kinds: readonly CellKind[],
  sums: RowSums,
  arithmetic: boolean,
  at = 0,
  blanksVanish = false,
): RowRead {
  let slots = printedSlots;
  const size = kinds.length;
  const raw = span(page, slots, at);
  if (slots.length === size) return { kind: "cells", cells: slots };
  if (slots.length > size) {
    let leading = 0;
    while (leading < slots.length && (slots[leading] as Slot).text === "") leading++;
    let trailing = 0;
    while (trailing < slots.length - leading && (slots[slots.length - 1 - trailing] as Slot).text === "") trailing++;
    const excess = slots.length - size;
    const readings: Slot[][] = [];
    for (let drop = Math.max(0, excess - trailing); drop <= Math.min(leading, excess); drop++) readings.push(slots.slice(drop, drop + size));
    if (readings.length === 0) return { kind: "unplaced", reason: "too-many", raw };
    const first = readings[0] as Slot[];
    const same = readings.every((reading) => reading.every((slot, index) => slot.text === (first[index] as Slot).text));
    if (same) return { kind: "cells", cells: first };
    return { kind: "unplaced", reason: "blank-position", raw };
  }
  // Fewer fields than cells: runs of digits with no separator between cells.
  if (slots.length === 0) return { kind: "cells", cells: kinds.map(() => ({ text: "", start: at, end: at })) };
  if (slots.some((slot) => slot.text === "")) return { kind: "unplaced", reason: "too-few", raw };
  // A unit glued to the end of a run (`1726.22万元`) belongs to the row's last cell when that cell is an amount.
  let unit = "";
  const lastSlot = slots[slots.length - 1] as Slot;
  const glued = /^([-+0-9.]+)(万元|元|万)$/u.exec(lastSlot.text);
  const lastKind = kinds[kinds.length - 1];
  if (glued && (lastKind === "money" || lastKind === "amount")) {
    unit = glued[2] as string;
    const digits = glued[1] as string;
    slots = [...slots.slice(0, -1), { text: digits, start: lastSlot.start, end: lastSlot.start + digits.length }];
  }
  if (!slots.every((slot) => /^[-+0-9.]+$/u.test(slot.text))) return { kind: "unplaced", reason: "text", raw };
  // Where blank cells print as nothing, a run may hide any number of them: no split is safe.
  if (blanksVanish) return { kind: "unplaced", reason: "blanks-vanish", raw };
  const { candidates, more } = splitRuns(slots, kinds);
  if (candidates.length === 1 && !more) {
    const only = candidates[0] as Slot[];
    // The one split must also add up where the row has a total: otherwise blank cells may hide in the run.
    if (sums.length > 0 && !satisfies(only, sums)) return { kind: "unplaced", reason: "sum-mismatch", raw };
    if (unit) {
      const last = only[only.length - 1] as Slot;
      only[only.length - 1] = { text: `${last.text}${unit}`, start: last.start, end: last.end + unit.length };
    }
    return { kind: "cells", cells: only, split: "unique" };
  }
  if (candidates.length === 0 && !more) return { kind: "unplaced", reason: "too-few", raw };
  const texts = candidates.map((candidate) => candidate.map((slot) => slot.text));
  if (arithmetic && !more) {
    const fitting = candidates.filter((candidate) => satisfies(candidate, sums));
    if (fitting.length === 1) return { kind: "cells", cells: fitting[0] as Slot[], split: "arithmetic", candidates: texts };
  }
  return { kind: "ambiguous-run", candidates: texts, more, raw };
}
