// The prose reader as it was before it worked on offsets (src/rules/prose/sentences.ts at 8ae5008), frozen:
// test/rules/prose/fast-reader.test.ts proves the fast reader reads exactly what this one read.
// Test-only reference; do not edit except to keep it compiling.
// Splitting a prose section into paragraphs, sentences and clauses, keeping
// offsets into the section text (UTF-16 code units, as JavaScript indexes
// strings; every CJK character of these reports is one unit).

/** A piece of a section's text with its offsets in the section. */
export interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just after the last character. */
  readonly end: number;
  readonly text: string;
}

function pieces(text: string, offset: number, boundary: RegExp, keepBoundary: boolean): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // `boundary` is a module constant with the g flag; start it from the beginning.
  const pattern = boundary;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  const push = (from: number, to: number) => {
    // Trim whitespace on both sides, keeping offsets exact.
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a] as string)) a += 1;
    while (b > a && /\s/.test(text[b - 1] as string)) b -= 1;
    if (b > a) spans.push({ start: offset + a, end: offset + b, text: text.slice(a, b) });
  };
  for (match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const end = keepBoundary ? match.index + match[0].length : match.index;
    push(start, end);
    start = match.index + match[0].length;
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  push(start, text.length);
  return spans;
}

const PARAGRAPH = /\r?\n/g;
const SENTENCE_END = /[。！？；;!?](?![”’"])|[。！？][”’"]/g;
const CLAUSE_BREAK = /，|,(?!\d{3}(?!\d))/g;

/** Paragraphs: text between line breaks. */
export function paragraphs(text: string): Span[] {
  return pieces(text, 0, PARAGRAPH, false);
}

/** Sentences of a paragraph, each with its closing punctuation (。！？；). */
export function sentences(paragraph: Span): Span[] {
  return pieces(paragraph.text, paragraph.start, SENTENCE_END, true);
}

/** Clauses of a sentence, split at commas (not at a thousands separator: `1,234`); the comma is not kept. */
export function clauses(sentence: Span): Span[] {
  return pieces(sentence.text, sentence.start, CLAUSE_BREAK, false);
}
