/**
 * The kinds of input the command line reads. A reader of another kind plugs
 * in with one entry in {@link LOADERS}, e.g.
 * `{ kind: "html", extensions: [".html", ".htm"], load: ({ bytes, lang }) => readHtml(…) }`:
 * a folder walk then picks those files up, `-` sniffs them, and `check`
 * checks what they return (a report or labelled tables) like any JSON file.
 */
import { decodeText, type InputLoader, type InputSource, type LoadResult } from "./inputs.js";
import { findJsonError, JSON_PROBLEMS } from "./json-error.js";
import { READ_LOADERS } from "./read-loaders.js";

function caret(lineText: string, column: number): string {
  // Keep long lines readable: show at most 60 characters either side of the column.
  const chars = [...lineText];
  const from = Math.max(0, column - 1 - 60);
  const shown = chars.slice(from, column - 1 + 60).join("").replace(/\t/g, " ");
  const prefix = from > 0 ? "…" : "";
  const width = [...chars.slice(from, column - 1).join("")].reduce((sum, char) => sum + (/[\u1100-\uffef]/.test(char) ? 2 : 1), 0);
  return `${prefix}${shown}\n${" ".repeat(width + prefix.length)}^`;
}

/**
 * Parses JSON text without throwing: a syntax error comes with line:column
 * and a caret excerpt; a value too deep for the parser is `too-deep`.
 *
 * @example
 * ```ts
 * parseJsonText('{"a": ,}', "a.json", "en");
 * //=> { success: false, error: { code: "json-syntax", message: "a.json:1:7: invalid JSON: unexpected character", line: 1, column: 7, excerpt: … } }
 * ```
 */
export function parseJsonText(text: string, name: string, lang: "zh" | "en"): LoadResult {
  const say = (zh: string, en: string) => (lang === "zh" ? zh : en);
  try {
    return { success: true, data: JSON.parse(text) };
  } catch (error) {
    if (error instanceof RangeError)
      return { success: false, error: { code: "too-deep", message: say(`${name}：JSON 嵌套过深或过大，无法解析`, `${name}: the JSON is too deeply nested or too large to parse`) } };
    const found = findJsonError(text);
    if (!found)
      return {
        success: false,
        error: { code: "json-syntax", message: say(`${name}：JSON 语法错误（${(error as Error).message}）`, `${name}: invalid JSON (${(error as Error).message})`) },
      };
    return {
      success: false,
      error: {
        code: "json-syntax",
        message: `${name}:${found.line}:${found.column}: ${say("JSON 语法错误：", "invalid JSON: ")}${JSON_PROBLEMS[found.problem][lang]}`,
        line: found.line,
        column: found.column,
        excerpt: caret(found.lineText, found.column),
      },
    };
  }
}

/** JSON: a canonical report or labelled tables. */
export const jsonLoader: InputLoader = {
  kind: "json",
  extensions: [".json"],
  sniff: (bytes) => {
    for (const byte of bytes.subarray(0, 64)) {
      if (byte === 0x7b || byte === 0x5b) return true; // { [
      if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0xef && byte !== 0xbb && byte !== 0xbf) return false;
    }
    return false;
  },
  load: (source: InputSource) => {
    const text = decodeText(source);
    return text.success ? parseJsonText(text.data, source.name, source.lang) : text;
  },
};

/** What a reader of `zfxxgk/read` returns, as far as the command line needs it. */
type ReaderResult =
  | { readonly success: true; readonly data: unknown; readonly notes: readonly { readonly kind: string; readonly message: { readonly zh: string; readonly en: string } }[] }
  | { readonly success: false; readonly error: { readonly code: string; readonly message: string }; readonly notes: readonly { readonly kind: string; readonly message: { readonly zh: string; readonly en: string } }[] };

/**
 * A loader for a reader of published pages that takes UTF-8 text (`fromText`,
 * an HTML reader…): the bytes are decoded (UTF-16 and invalid UTF-8 are
 * errors for the file), the reader runs with the output language, and its
 * report, notes or error are used as they are.
 *
 * @example
 * ```ts
 * import { fromText } from "../read/index.js";
 * const LOADERS = [jsonLoader, textReaderLoader("text", [".txt"], fromText)];
 * ```
 */
export function textReaderLoader(
  kind: string,
  extensions: readonly string[],
  read: (text: string, options: { lang: "zh" | "en" }) => ReaderResult,
  maxBytes?: number,
): InputLoader {
  return {
    kind,
    extensions,
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    load: (source) => {
      const text = decodeText(source);
      if (!text.success) return text;
      const result = read(text.data, { lang: source.lang });
      return result.success
        ? { success: true, data: result.data, notes: result.notes }
        : { success: false, error: { code: result.error.code, message: `${source.name}: ${result.error.message}` }, notes: result.notes };
    },
  };
}

/**
 * Every kind of input, in order of preference; the first is the default for a
 * file named on the command line whose ending no loader claims.
 */
export const LOADERS: readonly InputLoader[] = [jsonLoader, ...READ_LOADERS];
