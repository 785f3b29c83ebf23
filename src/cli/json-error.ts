/**
 * Locates a JSON syntax error: `JSON.parse` in Node 20 does not always say
 * where (`Unexpected token 'x', "…" is not valid JSON`), so on failure the
 * text is scanned once more by a small iterative scanner (no recursion: a
 * deeply nested file cannot overflow the stack).
 */

/** Where and why a JSON text is invalid. */
export interface JsonSyntaxError {
  /** Offset in UTF-16 code units. */
  readonly offset: number;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in characters (code points). */
  readonly column: number;
  /** What was expected, as a key of {@link JSON_PROBLEMS}. */
  readonly problem: JsonProblem;
  /** The offending line, for a caret display. */
  readonly lineText: string;
}

/** Why a JSON text is invalid, in both languages. */
export const JSON_PROBLEMS = {
  "unexpected-end": { zh: "JSON 意外结束（括号或引号未闭合？）", en: "unexpected end of JSON (an unclosed bracket or quote?)" },
  "unexpected-character": { zh: "此处不应出现该字符", en: "unexpected character" },
  "expected-key": { zh: "应为用双引号括起的属性名", en: "expected a property name in double quotes" },
  "expected-colon": { zh: "属性名后应为冒号 :", en: "expected ':' after the property name" },
  "expected-comma": { zh: "应为逗号或右括号（多了或少了逗号？）", en: "expected ',' or a closing bracket (a missing or extra comma?)" },
  "trailing-data": { zh: "JSON 值结束后还有多余内容", en: "unexpected data after the JSON value" },
  "bad-string": { zh: "字符串无效（未转义的控制字符或无效的转义）", en: "invalid string (an unescaped control character or a bad escape)" },
  "bad-number": { zh: "数字无效", en: "invalid number" },
  empty: { zh: "文件为空", en: "the file is empty" },
} as const;

/** A reason a JSON text is invalid. */
export type JsonProblem = keyof typeof JSON_PROBLEMS;

/** An open bracket and the ones around it (a persistent stack: pushing and popping copy nothing). */
interface Frame {
  readonly open: "{" | "[";
  readonly below: Frame | undefined;
}

/** What the scanner expects next. */
type State = "value" | "value-or-end" | "key-or-end" | "key" | "colon" | "after";

/** Where the scan is: the next character to read, what it expects there, and the open brackets. */
interface Scan {
  readonly index: number;
  readonly state: State;
  readonly stack: Frame | undefined;
}

/** A scan that cannot go on: where, and why. */
interface Failure {
  readonly offset: number;
  readonly problem: JsonProblem;
}

/** One step: from the character at `index` (not whitespace) to the next scan, or a failure. */
type Step = (text: string, index: number, stack: Frame | undefined) => Scan | Failure;

function skipWhitespace(text: string, from: number): number {
  let index = from;
  for (;;) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return index;
    index += 1;
  }
}

/** The end of the string starting at `start` (a `"`), or `-1 - offset` of the first bad character. */
function scanString(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x22) return index + 1;
    if (code < 0x20) return -1 - index;
    if (code === 0x5c) {
      const next = text[index + 1];
      if (next === undefined) return -1 - text.length;
      if ('"\\/bfnrt'.includes(next)) index += 2;
      else if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) index += 6;
      else return -1 - index;
      continue;
    }
    index += 1;
  }
  return -1 - text.length;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ["true", "false", "null"];

/** A string at `index`, then `state`. */
function string(text: string, index: number, stack: Frame | undefined, state: State): Scan | Failure {
  const end = scanString(text, index);
  if (end >= 0) return { index: end, state, stack };
  return { offset: -1 - end, problem: end === -1 - text.length ? "unexpected-end" : "bad-string" };
}

/** A closing bracket: the frame is popped, a value is complete. */
function close(index: number, stack: Frame | undefined): Scan {
  return { index: index + 1, state: "after", stack: stack?.below };
}

/** A scalar value (number or literal) at `index`. */
function scalar(text: string, index: number, stack: Frame | undefined): Scan | Failure {
  const char = text[index] as string;
  if (char === "-" || (char >= "0" && char <= "9")) {
    NUMBER.lastIndex = index;
    const match = NUMBER.exec(text);
    if (!match || match[0] === "-") return { offset: index, problem: "bad-number" };
    return { index: index + match[0].length, state: "after", stack };
  }
  const literal = LITERALS.find((word) => text.startsWith(word, index));
  if (literal) return { index: index + literal.length, state: "after", stack };
  return { offset: index, problem: "unexpected-character" };
}

function value(text: string, index: number, stack: Frame | undefined): Scan | Failure {
  const char = text[index];
  if (char === "{" || char === "[") return { index: index + 1, state: char === "{" ? "key-or-end" : "value-or-end", stack: { open: char, below: stack } };
  if (char === '"') return string(text, index, stack, "after");
  return scalar(text, index, stack);
}

function key(text: string, index: number, stack: Frame | undefined): Scan | Failure {
  if (text[index] !== '"') return { offset: index, problem: "expected-key" };
  return string(text, index, stack, "colon");
}

function after(text: string, index: number, stack: Frame | undefined): Scan | Failure {
  if (stack === undefined) return { offset: index, problem: "trailing-data" };
  const char = text[index];
  if (char === ",") return { index: index + 1, state: stack.open === "{" ? "key" : "value", stack };
  if (char === (stack.open === "{" ? "}" : "]")) return close(index, stack);
  return { offset: index, problem: "expected-comma" };
}

/** What each state accepts. */
const STEPS: Record<State, Step> = {
  value,
  "value-or-end": (text, index, stack) => (text[index] === "]" ? close(index, stack) : value(text, index, stack)),
  key,
  "key-or-end": (text, index, stack) => (text[index] === "}" ? close(index, stack) : key(text, index, stack)),
  colon: (text, index, stack) => (text[index] === ":" ? { index: index + 1, state: "value", stack } : { offset: index, problem: "expected-colon" }),
  after,
};

/**
 * Finds the first syntax error of a JSON text, or `undefined` when it is valid.
 *
 * @example
 * ```ts
 * findJsonError('{\n  "a": ,\n}');
 * //=> { offset: 9, line: 2, column: 8, problem: "unexpected-character", lineText: '  "a": ,' }
 * ```
 */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  let scan: Scan = { index: 0, state: "value", stack: undefined };
  for (;;) {
    const index = skipWhitespace(text, scan.index);
    if (index >= text.length) {
      if (scan.state === "after" && scan.stack === undefined) return undefined;
      return locate(text, text.length, text.trim() === "" ? "empty" : "unexpected-end");
    }
    const step = STEPS[scan.state](text, index, scan.stack);
    if ("problem" in step) return locate(text, step.offset, step.problem);
    scan = step;
  }
}

function locate(text: string, offset: number, problem: JsonProblem): JsonSyntaxError {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let lineEnd = text.indexOf("\n", offset);
  if (lineEnd < 0) lineEnd = text.length;
  let line = 1;
  for (let at = text.indexOf("\n"); at >= 0 && at < lineStart; at = text.indexOf("\n", at + 1)) line += 1;
  const column = [...text.slice(lineStart, offset)].length + 1;
  return { offset, line, column, problem, lineText: text.slice(lineStart, lineEnd).replace(/\r$/, "") };
}
