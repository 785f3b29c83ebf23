/**
 * Label normalisation for labelled tables: every printed variant of a label
 * (full/half width, spaces and line breaks, numbering styles, quotes) is
 * reduced to one comparable form. Linear time; no regular expressions run on
 * the input.
 */

import { nfkc as nfkcBounded } from "../nfkc.js";

/** Characters dropped from labels: every space ({@link isSpace}), the other zero-width characters and quote marks. */
export function isDropped(code: number): boolean {
  return (
    isSpace(code) ||
    (code >= 0x200c && code <= 0x200f) ||
    code === 0x2060 ||
    // quote marks: " ' “ ” ‘ ’ 「 」 『 』
    code === 0x22 ||
    code === 0x27 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    (code >= 0x300c && code <= 0x300f)
  );
}

/**
 * True for any whitespace a cell or label may carry (incl. no-break and ideographic space).
 *
 * @example
 * ```ts
 * isSpace(0x3000);
 * //=> true
 * ```
 */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Removes every literal `&nbsp;` entity (case-insensitive) in one pass.
 *
 * @example
 * ```ts
 * dropNbspEntities("&nbsp;12&NBSP;");
 * //=> "12"
 * ```
 */
export function dropNbspEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  const parts: string[] = [];
  let start = 0;
  let index = text.indexOf("&", 0);
  while (index >= 0) {
    if (text.slice(index, index + 6).toLowerCase() === "&nbsp;") {
      parts.push(text.slice(start, index));
      start = index + 6;
      index = text.indexOf("&", start);
    } else {
      index = text.indexOf("&", index + 1);
    }
  }
  parts.push(text.slice(start));
  return parts.join("");
}

const CHINESE_NUMERALS = "一二三四五六七八九十";

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Canonical numbering at the start of one label segment:
 * `1.` `1．` `1、` `(1)` `（1）` `1)` → `1.`; `一.` `一．` → `一、`; `（一）` → `(一)`.
 * Expects a squeezed (NFKC) segment.
 *
 * @example
 * ```ts
 * canonicalNumbering("(1)属于国家秘密");
 * //=> "1.属于国家秘密"
 * ```
 */
export function canonicalNumbering(segment: string): string {
  if (segment.length === 0) return segment;
  const first = segment.charCodeAt(0);
  // (1) / (一)
  if (first === 0x28) {
    let end = 1;
    while (end < segment.length && isDigit(segment.charCodeAt(end))) end++;
    if (end > 1 && segment.charCodeAt(end) === 0x29) return `${segment.slice(1, end)}.${segment.slice(end + 1)}`;
    return segment;
  }
  if (isDigit(first)) {
    let end = 1;
    while (end < segment.length && isDigit(segment.charCodeAt(end))) end++;
    const mark = segment[end];
    if (mark === "." || mark === "、" || mark === ")") return `${segment.slice(0, end)}.${segment.slice(end + 1)}`;
    return segment;
  }
  if (CHINESE_NUMERALS.includes(segment[0] ?? "")) {
    let end = 1;
    while (end < segment.length && CHINESE_NUMERALS.includes(segment[end] ?? "")) end++;
    if (segment[end] === ".") return `${segment.slice(0, end)}、${segment.slice(end + 1)}`;
  }
  return segment;
}

/**
 * NFKC (full width → half width), drops `&nbsp;`, whitespace, line breaks,
 * zero-width characters and quote marks. Slashes and brackets are kept.
 *
 * @example
 * ```ts
 * squeeze("（二） 部分公开\n（区分处理的，只计这一情形）");
 * //=> "(二)部分公开(区分处理的,只计这一情形)"
 * ```
 */
export function squeeze(text: string): string {
  const nfkc = dropNbspEntities(nfkcBounded(text));
  const out: string[] = [];
  let start = 0;
  for (let index = 0; index < nfkc.length; index++) {
    if (isDropped(nfkc.charCodeAt(index))) {
      if (index > start) out.push(nfkc.slice(start, index));
      start = index + 1;
    }
  }
  if (start < nfkc.length) out.push(nfkc.slice(start));
  return out.join("");
}

const OPENERS = "([【";
const CLOSERS = ")]】";

/**
 * Splits a squeezed label path on `/` outside brackets (`本年增/减` stays whole
 * only when its caller tries the unsplit label first), dropping empty segments.
 *
 * @example
 * ```ts
 * splitPath("规章(设区的市/州)/本年增/减");
 * //=> ["规章(设区的市/州)", "本年增", "减"]
 * ```
 */
export function splitPath(squeezed: string): string[] {
  const segments: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < squeezed.length; index++) {
    const char = squeezed[index] as string;
    if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char)) depth = Math.max(0, depth - 1);
    else if (char === "/" && depth === 0) {
      if (index > start) segments.push(squeezed.slice(start, index));
      start = index + 1;
    }
  }
  if (start < squeezed.length) segments.push(squeezed.slice(start));
  return segments;
}

/**
 * Normalises a whole printed label (one segment, no path splitting).
 *
 * @example
 * ```ts
 * normalizeLabel("1．属于国家秘密");
 * //=> "1.属于国家秘密"
 * normalizeLabel("（1）属于国家秘密");
 * //=> "1.属于国家秘密"
 * ```
 */
export function normalizeLabel(label: string): string {
  return canonicalNumbering(squeeze(label));
}

/** A label with a trailing bracketed note removed. */
export interface Stripped {
  /** The label without the note. */
  readonly base: string;
  /** The note, without its brackets. */
  readonly annotation: string;
}

/**
 * Removes one trailing bracketed note (`规章(设区的市…提供相关数据)` → `规章`).
 * Returns `undefined` when the label does not end in a balanced bracket group
 * or nothing would be left.
 *
 * @example
 * ```ts
 * stripAnnotation("规章(设区的市应提供)");
 * //=> { base: "规章", annotation: "设区的市应提供" }
 * ```
 */
export function stripAnnotation(label: string): Stripped | undefined {
  const last = label[label.length - 1];
  if (last === undefined) return undefined;
  const closerIndex = CLOSERS.indexOf(last);
  if (closerIndex < 0) return undefined;
  let depth = 0;
  for (let index = label.length - 1; index >= 0; index--) {
    const char = label[index] as string;
    if (CLOSERS.includes(char)) depth++;
    else if (OPENERS.includes(char)) {
      depth--;
      if (depth === 0) {
        if (index === 0) return undefined;
        return { base: label.slice(0, index), annotation: label.slice(index + 1, -1) };
      }
    }
  }
  return undefined;
}

/**
 * The unit named by a (squeezed) header note such as `单位:万元`, `万元` or `单位:元`.
 *
 * @example
 * ```ts
 * unitOfAnnotation("单位:元");
 * //=> "元"
 * ```
 */
export function unitOfAnnotation(annotation: string): "元" | "万元" | undefined {
  const text = annotation.startsWith("单位:") ? annotation.slice(3) : annotation;
  if (text === "元") return "元";
  if (text === "万元") return "万元";
  return undefined;
}

/**
 * Shortens a printed text for a message (the full text stays in `raw`).
 *
 * @example
 * ```ts
 * clip("一二三", 2);
 * //=> "一二…"
 * ```
 */
export function clip(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
