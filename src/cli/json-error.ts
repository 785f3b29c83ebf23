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

const WS = new Set([" ", "\t", "\n", "\r"]);

function scanString(text: string, start: number): number | -1 {
  // text[start] === '"'
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
  const stack: string[] = [];
  let state: "value" | "value-or-end" | "key-or-end" | "key" | "colon" | "after" = "value";
  let index = 0;
  const fail = (offset: number, problem: JsonProblem) => locate(text, offset, problem);
  for (;;) {
    while (index < text.length && WS.has(text[index] as string)) index += 1;
    if (index >= text.length) {
      if (state === "after" && stack.length === 0) return undefined;
      return fail(text.length, text.trim() === "" ? "empty" : "unexpected-end");
    }
    const char = text[index] as string;
    switch (state) {
      case "value":
      case "value-or-end": {
        if (state === "value-or-end" && char === "]") {
          stack.pop();
          index += 1;
          state = "after";
          break;
        }
        if (char === "{" || char === "[") {
          stack.push(char);
          index += 1;
          state = char === "{" ? "key-or-end" : "value-or-end";
          break;
        }
        if (char === '"') {
          const end = scanString(text, index);
          if (end < 0) return fail(-1 - end, end === -1 - text.length ? "unexpected-end" : "bad-string");
          index = end;
          state = "after";
          break;
        }
        if (char === "-" || (char >= "0" && char <= "9")) {
          NUMBER.lastIndex = index;
          const match = NUMBER.exec(text);
          if (!match || match[0] === "-") return fail(index, "bad-number");
          index += match[0].length;
          state = "after";
          break;
        }
        const literal = ["true", "false", "null"].find((word) => text.startsWith(word, index));
        if (literal) {
          index += literal.length;
          state = "after";
          break;
        }
        return fail(index, "unexpected-character");
      }
      case "key-or-end":
      case "key": {
        if (state === "key-or-end" && char === "}") {
          stack.pop();
          index += 1;
          state = "after";
          break;
        }
        if (char !== '"') return fail(index, "expected-key");
        const end = scanString(text, index);
        if (end < 0) return fail(-1 - end, end === -1 - text.length ? "unexpected-end" : "bad-string");
        index = end;
        state = "colon";
        break;
      }
      case "colon":
        if (char !== ":") return fail(index, "expected-colon");
        index += 1;
        state = "value";
        break;
      case "after": {
        const top = stack[stack.length - 1];
        if (top === undefined) return fail(index, "trailing-data");
        if (char === ",") {
          index += 1;
          state = top === "{" ? "key" : "value";
        } else if (char === (top === "{" ? "}" : "]")) {
          stack.pop();
          index += 1;
        } else return fail(index, "expected-comma");
        break;
      }
    }
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
