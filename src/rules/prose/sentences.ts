// Splitting a prose section into paragraphs, sentences and clauses by offsets into the section
// text (UTF-16 code units, as JavaScript indexes strings; every CJK character of these reports is
// one unit). Nothing here allocates: the reader walks the text with these tests and slices only
// the few clauses that hold a figure.

/** A piece of a section's text with its offsets in the section. */
export interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just after the last character. */
  readonly end: number;
  readonly text: string;
}

/**
 * Whether a UTF-16 code unit is whitespace, exactly as the RegExp class `\s` matches it
 * (ASCII whitespace, NBSP, the Unicode space separators, line and paragraph separators, the
 * ideographic space U+3000 and the BOM).
 *
 * @example
 * ```ts
 * isSpace("\u3000".charCodeAt(0));
 * //=> true
 * ```
 */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const isQuote = (code: number) => code === 0x201d || code === 0x2019 || code === 0x22; // ” ’ "

/**
 * Where a sentence ends when its closing punctuation is at `at`: the offset after the
 * punctuation (and after a closing quote that follows 。！？), or -1 when `at` closes no
 * sentence. `to` is the end of the paragraph (a quote is looked for only before it).
 * Sentences end at 。！？；;!?, but ；;!? followed by a closing quote end none.
 *
 * @example
 * ```ts
 * sentenceEndAt("好。”他说", 1, 5);
 * //=> 3
 * ```
 */
export function sentenceEndAt(text: string, at: number, to: number): number {
  const code = text.charCodeAt(at);
  const quoted = at + 1 < to && isQuote(text.charCodeAt(at + 1));
  if (code === 0x3002 || code === 0xff01 || code === 0xff1f) return quoted ? at + 2 : at + 1; // 。！？
  if (code === 0xff1b || code === 0x3b || code === 0x21 || code === 0x3f) return quoted ? -1 : at + 1; // ；;!?
  return -1;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Whether the character at `at` separates two clauses: a full-width comma, or an ASCII comma
 * that is not a thousands separator (`1,234`: three digits and no fourth). `to` is the end of
 * the sentence (digits are looked for only before it).
 *
 * @example
 * ```ts
 * [isClauseBreak("1,234件", 1, 6), isClauseBreak("共5件，办结", 3, 6)];
 * //=> [false, true]
 * ```
 */
export function isClauseBreak(text: string, at: number, to: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 0xff0c) return true; // ，
  if (code !== 0x2c) return false;
  const thousands =
    at + 3 < to && isDigit(text.charCodeAt(at + 1)) && isDigit(text.charCodeAt(at + 2)) && isDigit(text.charCodeAt(at + 3)) && !(at + 4 < to && isDigit(text.charCodeAt(at + 4)));
  return !thousands;
}
