import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Lang } from "../schema/registry.js";
import { findJsonError, JSON_PROBLEMS } from "./json-error.js";

/** Files larger than this are not read (a report is a few kilobytes). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Why a file could not be used, from a fixed list. */
export type FileErrorCode =
  | "not-found"
  | "permission-denied"
  | "is-directory"
  | "read-error"
  | "too-large"
  | "not-utf8"
  | "json-syntax"
  | "too-deep"
  | "not-a-report"
  | "labeled-tables"
  | "internal-error";

/** A file that could not be read, parsed or recognised; reported per file, never thrown. */
export interface FileError {
  /** What went wrong. */
  readonly code: FileErrorCode;
  /** A message in the requested language, naming the file (and line:column for JSON syntax). */
  readonly message: string;
  /** 1-based line of a JSON syntax error. */
  readonly line?: number;
  /** 1-based column of a JSON syntax error. */
  readonly column?: number;
  /** The offending line with a caret under the column (human output only). */
  readonly excerpt?: string;
}

/** A parsed JSON file. */
export type LoadedJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: FileError };

const t = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);

/** Turns a file-system error into a {@link FileError}. */
export function fileSystemError(error: unknown, file: string, lang: Lang): FileError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return { code: "not-found", message: t(lang, `${file}：文件或文件夹不存在`, `${file}: no such file or folder`) };
  if (code === "EACCES" || code === "EPERM")
    return { code: "permission-denied", message: t(lang, `${file}：没有读取权限`, `${file}: permission denied`) };
  if (code === "EISDIR") return { code: "is-directory", message: t(lang, `${file}：是文件夹`, `${file}: is a folder`) };
  return {
    code: "read-error",
    message: t(lang, `${file}：无法读取（${code ?? String(error)}）`, `${file}: cannot be read (${code ?? String(error)})`),
  };
}

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
 * Reads and parses one JSON file without throwing: a missing or unreadable
 * file, a file that is not UTF-8, a syntax error (with line:column) or a
 * value too deep for the parser each become a {@link FileError}.
 *
 * @example
 * ```ts
 * readJsonFile("broken.json", "en");
 * //=> { ok: false, error: { code: "json-syntax", message: "broken.json:3:5: expected a property name in double quotes", line: 3, column: 5, … } }
 * ```
 */
export function readJsonFile(file: string, lang: Lang, cwd = "."): LoadedJson {
  let bytes: Buffer;
  try {
    const size = statSync(resolve(cwd, file)).size;
    if (size > MAX_FILE_BYTES)
      return {
        ok: false,
        error: {
          code: "too-large",
          message: t(
            lang,
            `${file}：文件过大（${size} 字节，上限 ${MAX_FILE_BYTES} 字节），未读取`,
            `${file}: too large (${size} bytes, limit ${MAX_FILE_BYTES}); not read`,
          ),
        },
      };
    bytes = readFileSync(resolve(cwd, file));
  } catch (error) {
    return { ok: false, error: fileSystemError(error, file, lang) };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    // The byte where decoding first fails: the length of the text before the first replacement character.
    const loose = new TextDecoder("utf-8").decode(bytes);
    const at = Buffer.byteLength(loose.slice(0, Math.max(0, loose.indexOf("\uFFFD"))));
    return {
      ok: false,
      error: {
        code: "not-utf8",
        message: utf16
          ? t(lang, `${file}：文件是 UTF-16 编码，请转换为 UTF-8`, `${file}: the file is UTF-16; convert it to UTF-8`)
          : t(
              lang,
              `${file}：不是有效的 UTF-8（约第 ${at + 1} 字节）；如为 GBK 编码，可用 iconv -f GBK -t UTF-8 转换`,
              `${file}: not valid UTF-8 (near byte ${at + 1}); if it is GBK, convert it with iconv -f GBK -t UTF-8`,
            ),
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (error instanceof RangeError)
      return {
        ok: false,
        error: { code: "too-deep", message: t(lang, `${file}：JSON 嵌套过深或过大，无法解析`, `${file}: the JSON is too deeply nested or too large to parse`) },
      };
    const found = findJsonError(text);
    if (!found)
      return {
        ok: false,
        error: { code: "json-syntax", message: t(lang, `${file}：JSON 语法错误（${(error as Error).message}）`, `${file}: invalid JSON (${(error as Error).message})`) },
      };
    return {
      ok: false,
      error: {
        code: "json-syntax",
        message: `${file}:${found.line}:${found.column}: ${t(lang, "JSON 语法错误：", "invalid JSON: ")}${JSON_PROBLEMS[found.problem][lang]}`,
        line: found.line,
        column: found.column,
        excerpt: caret(found.lineText, found.column),
      },
    };
  }
}

/** One path found by {@link walk}: a file to check, or a path that could not be listed. */
export type WalkEntry = { readonly file: string; readonly error?: undefined } | { readonly file: string; readonly error: FileError };

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Expands the command line's paths lazily, in a deterministic order: a file
 * is yielded as given; a folder is walked recursively, entries sorted by name
 * (code point order), keeping only `.json` files and skipping dotfiles and
 * `node_modules`. Only the folders on the current branch are held, never the
 * whole list. A path that cannot be listed is yielded with its error.
 *
 * @example
 * ```ts
 * [...walk(["examples"], "en")].map((entry) => entry.file);
 * //=> ["examples/labeled/000.json", …, "examples/reports/004.json"]
 * ```
 */
export function* walk(paths: readonly string[], lang: Lang, cwd = "."): Generator<WalkEntry> {
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(resolve(cwd, path)).isDirectory();
    } catch (error) {
      yield { file: path, error: fileSystemError(error, path, lang) };
      continue;
    }
    if (!isFolder) yield { file: path };
    else yield* walkFolder(path, lang, new Set(), cwd);
  }
}

function* walkFolder(folder: string, lang: Lang, seen: Set<string>, cwd: string): Generator<WalkEntry> {
  let entries: Dirent[];
  try {
    const real = realpathSync(resolve(cwd, folder));
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    entries = readdirSync(resolve(cwd, folder), { withFileTypes: true }).sort(byName);
  } catch (error) {
    yield { file: folder, error: fileSystemError(error, folder, lang) };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(folder, entry.name);
    let folderEntry = entry.isDirectory();
    let fileEntry = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(resolve(cwd, path));
        folderEntry = target.isDirectory();
        fileEntry = target.isFile();
      } catch {
        continue; // a dangling link is not a report
      }
    }
    if (folderEntry) yield* walkFolder(path, lang, seen, cwd);
    else if (fileEntry && entry.name.toLowerCase().endsWith(".json")) yield { file: path };
  }
}
