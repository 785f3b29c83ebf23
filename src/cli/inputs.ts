/**
 * The command line's input layer: which paths to read (files, folders, glob
 * patterns, `-` for standard input), reading only regular files with a size
 * cap, and a pluggable list of loaders (bytes of one kind → a value to check).
 *
 * Adding a kind of input is one entry in `LOADERS` (./loaders.ts): a loader
 * names its extensions and turns bytes into a report, labelled tables or an
 * error, in the `{ success, data, error }` shape of the library.
 */
import { closeSync, constants, type Dirent, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Lang } from "../schema/registry.js";

/** Why a file could not be used, from a fixed list. */
export type FileErrorCode =
  | "not-found"
  | "permission-denied"
  | "is-directory"
  | "not-regular-file"
  | "dangling-symlink"
  | "symlink-loop"
  | "no-match"
  | "read-error"
  | "too-large"
  | "not-utf8"
  | "json-syntax"
  | "too-deep"
  | "not-a-report"
  | "labeled-tables"
  | "empty-report"
  | "internal-error"
  | (string & {});

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

/** A note a loader attaches to what it read (the labelled-table and reader notes have this shape). */
export interface LoaderNote {
  /** What happened, from the loader's fixed list. */
  readonly kind: string;
  /** What happened, in Chinese and English. */
  readonly message: { readonly zh: string; readonly en: string };
}

/** What a loader returns: the value read (a report or labelled tables), or why not. */
export type LoadResult =
  | { readonly success: true; readonly data: unknown; readonly notes?: readonly LoaderNote[] }
  | { readonly success: false; readonly error: FileError; readonly notes?: readonly LoaderNote[] };

/** The bytes of one input, handed to a loader. */
export interface InputSource {
  /** The path as the user gave or the walk found it (`-` for standard input), for messages. */
  readonly name: string;
  /** The whole content (at most the loader's `maxBytes`). */
  readonly bytes: Uint8Array;
  /** Language of error messages. */
  readonly lang: Lang;
}

/**
 * A kind of input file the command line can read.
 *
 * @example
 * ```ts
 * const htmlLoader: InputLoader = { kind: "html", extensions: [".html", ".htm"], load: ({ bytes, lang }) => readHtml(new TextDecoder().decode(bytes), { lang }) };
 * ```
 */
export interface InputLoader {
  /** A short name (`json`, `html`…), shown in `--json` output as `input` when the value is a report. */
  readonly kind: string;
  /** File name endings (lower case, with the dot) a folder walk picks up for this loader. */
  readonly extensions: readonly string[];
  /** Larger files are an error for that file (default {@link DEFAULT_MAX_BYTES}). */
  readonly maxBytes?: number;
  /** Whether these bytes look like this kind (for `-` and files with an unknown ending). */
  readonly sniff?: (bytes: Uint8Array) => boolean;
  /** Turns the bytes into a report or labelled tables; never throws (a throw becomes an internal error). */
  readonly load: (source: InputSource) => LoadResult | Promise<LoadResult>;
}

/**
 * Files larger than this are not read. A report is a few kilobytes and labelled
 * tables with their text a few hundred; parsing JSON takes up to about 15 times
 * the file's size in memory, so the cap also bounds a run's memory.
 */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

const t = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);

/** Turns a file-system error into a {@link FileError}. */
export function fileSystemError(error: unknown, file: string, lang: Lang): FileError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return { code: "not-found", message: t(lang, `${file}：文件或文件夹不存在`, `${file}: no such file or folder`) };
  if (code === "EACCES" || code === "EPERM") return { code: "permission-denied", message: t(lang, `${file}：没有读取权限`, `${file}: permission denied`) };
  if (code === "EISDIR") return { code: "is-directory", message: t(lang, `${file}：是文件夹`, `${file}: is a folder`) };
  if (code === "ELOOP") return { code: "symlink-loop", message: t(lang, `${file}：符号链接循环，未跟随`, `${file}: a symbolic link loop; not followed`) };
  return { code: "read-error", message: t(lang, `${file}：无法读取（${code ?? String(error)}）`, `${file}: cannot be read (${code ?? String(error)})`) };
}

/** A listed entry whose name is not valid UTF-8: it is there, but not under the decoded name. */
function undecodableName(file: string, lang: Lang): FileError {
  return {
    code: "read-error",
    message: t(
      lang,
      `${file}：文件名不是有效的 UTF-8（无法解码的字节显示为 �），无法按此名称打开；请重命名该文件`,
      `${file}: the file name is not valid UTF-8 (undecodable bytes shown as �) and cannot be opened by it; rename the file`,
    ),
  };
}

function existsAt(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function notRegular(file: string, what: string, lang: Lang): FileError {
  return {
    code: "not-regular-file",
    message: t(lang, `${file}：不是普通文件（${KIND_ZH[what] ?? what}），未读取`, `${file}: not a regular file (${what}); not read`),
  };
}

const KIND_ZH: Record<string, string> = {
  FIFO: "命名管道",
  socket: "套接字",
  "character device": "字符设备",
  "block device": "块设备",
  folder: "文件夹",
  "something else": "其他",
};

function kindOfStats(stats: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isDirectory(): boolean }): string {
  if (stats.isFIFO()) return "FIFO";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice()) return "character device";
  if (stats.isBlockDevice()) return "block device";
  if (stats.isDirectory()) return "folder";
  return "something else";
}

/** An error for a file over the cap (`size` when known). */
export function tooLargeError(file: string, size: number | undefined, limit: number, lang: Lang): FileError {
  const bytes = size === undefined ? t(lang, `超过 ${limit} 字节`, `over ${limit} bytes`) : t(lang, `${size} 字节`, `${size} bytes`);
  return {
    code: "too-large",
    message: t(lang, `${file}：文件过大（${bytes}，上限 ${limit} 字节），未读取`, `${file}: too large (${bytes}, limit ${limit}); not read`),
  };
}

/** Bytes read from a file or standard input, or why not. */
export type ReadBytes = { readonly success: true; readonly data: Uint8Array } | { readonly success: false; readonly error: FileError };

/**
 * Reads a regular file of at most `maxBytes`, never blocking on anything else:
 * the file is opened non-blocking and checked with `fstat` before a byte is
 * read, so a FIFO, `/dev/zero` or `/dev/urandom` is reported as "not a regular
 * file" at once; a file growing past the cap while read is "too large". A
 * number is a descriptor already opened (by {@link walk}); it is closed here.
 *
 * @example
 * ```ts
 * readRegularFile("/dev/zero", "/dev/zero", 1024, "en");
 * //=> { success: false, error: { code: "not-regular-file", message: "/dev/zero: not a regular file (character device); not read" } }
 * ```
 */
export function readRegularFile(path: string | number, display: string, maxBytes: number, lang: Lang): ReadBytes {
  const opened = typeof path === "number" ? { fd: path } : openForReading(path);
  if ("error" in opened) return { success: false, error: fileSystemError(opened.error, display, lang) };
  const { fd } = opened;
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      if (stats.isDirectory()) return { success: false, error: fileSystemError({ code: "EISDIR" }, display, lang) };
      return { success: false, error: notRegular(display, kindOfStats(stats), lang) };
    }
    if (stats.size > maxBytes) return { success: false, error: tooLargeError(display, stats.size, maxBytes, lang) };
    return readToEnd(fd, stats.size, maxBytes, display, lang);
  } catch (error) {
    return { success: false, error: fileSystemError(error, display, lang) };
  } finally {
    closeSync(fd);
  }
}

/** Opens a path for reading without blocking (O_NONBLOCK: a FIFO would otherwise wait for a writer). */
function openForReading(path: string): { readonly fd: number } | { readonly error: unknown } {
  try {
    return { fd: openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)) };
  } catch (error) {
    return { error };
  }
}

/**
 * Reads to the end, at most maxBytes + 1. The first read asks for one byte more
 * than `fstat` said: a shorter read of a regular file is its end, so a file
 * takes one buffer and one read. A file in /proc reports size 0, and a file may
 * grow: then the reads go on in 64 KiB pieces.
 */
function readToEnd(fd: number, size: number, maxBytes: number, display: string, lang: Lang): ReadBytes {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const wanted = total === 0 && size > 0 ? size + 1 : Math.max(size - total, 64 * 1024);
    const chunk = Buffer.allocUnsafe(Math.min(wanted, maxBytes + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) return { success: false, error: tooLargeError(display, undefined, maxBytes, lang) };
    if (size > 0 && total === read && read < chunk.length) break;
  }
  return { success: true, data: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total) };
}

/** An error for standard input larger than the cap. */
export function stdinTooLarge(maxBytes: number, lang: Lang): FileError {
  return tooLargeError(t(lang, "-（标准输入）", "- (standard input)"), undefined, maxBytes, lang);
}

/** One strict decoder for every file (`decode` without `stream` keeps no state between calls). */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes UTF-8 text (a leading byte order mark is dropped); UTF-16 and other
 * encodings are errors that say how to convert.
 *
 * @example
 * ```ts
 * decodeText({ name: "a.json", bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), lang: "en" });
 * //=> { success: true, data: "{}" }
 * ```
 */
export function decodeText(source: InputSource): { readonly success: true; readonly data: string } | { readonly success: false; readonly error: FileError } {
  const { bytes, name, lang } = source;
  // A byte order mark, or ASCII text with every other byte zero (UTF-16 without a mark).
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) ||
    (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0);
  if (utf16)
    return { success: false, error: { code: "not-utf8", message: t(lang, `${name}：文件是 UTF-16 编码，请转换为 UTF-8`, `${name}: the file is UTF-16; convert it to UTF-8`) } };
  try {
    return { success: true, data: UTF8.decode(bytes) };
  } catch {
    // The byte where decoding first fails: the length of the text before the first replacement character.
    const loose = new TextDecoder("utf-8").decode(bytes);
    const at = Buffer.byteLength(loose.slice(0, Math.max(0, loose.indexOf("\uFFFD"))));
    return {
      success: false,
      error: {
        code: "not-utf8",
        message: t(
          lang,
          `${name}：不是有效的 UTF-8（约第 ${at + 1} 字节）；如为 GBK 编码，可用 iconv -f GBK -t UTF-8 转换`,
          `${name}: not valid UTF-8 (near byte ${at + 1}); if it is GBK, convert it with iconv -f GBK -t UTF-8`,
        ),
      },
    };
  }
}

/** Finds the loader for a file name by its ending, or undefined. */
export function loaderByName(name: string, loaders: readonly InputLoader[]): InputLoader | undefined {
  const lower = name.toLowerCase();
  return loaders.find((loader) => loader.extensions.some((ending) => lower.endsWith(ending)));
}

/**
 * The loader for an input: by its file name's ending, else the first whose
 * `sniff` accepts the bytes, else the first loader (JSON).
 */
export function loaderFor(name: string, bytes: Uint8Array | undefined, loaders: readonly InputLoader[]): InputLoader {
  return (
    (name === "-" ? undefined : loaderByName(name, loaders)) ??
    (bytes ? loaders.find((loader) => loader.sniff?.(bytes)) : undefined) ??
    (loaders[0] as InputLoader)
  );
}

/** The largest file any loader reads. */
export function largestCap(loaders: readonly InputLoader[]): number {
  return Math.max(...loaders.map((loader) => loader.maxBytes ?? DEFAULT_MAX_BYTES));
}

// ─── Which paths ────────────────────────────────────────────────────────────

/** Why a walk passed over a path (it is still reported and counted). */
export type SkipReason = "hidden" | "other-kind" | "not-regular-file" | "dangling-symlink" | "symlink-loop" | "already-walked";

/** One path of a run, as {@link walk} yields it. */
export type WalkEntry =
  /** A file to read; `link` when it was reached through a symbolic link (followed); `fd` when it is already open (a path named on the command line): whoever takes the entry reads and closes it. */
  | { readonly kind: "file"; readonly file: string; readonly link?: "followed"; readonly fd?: number }
  /** Standard input (`-`). */
  | { readonly kind: "stdin"; readonly file: "-" }
  /** A path passed over on purpose (a folder walk's dotfiles, other kinds of files, special files, broken links). */
  | { readonly kind: "skipped"; readonly file: string; readonly reason: SkipReason; readonly message: string }
  /** A symbolic link to a folder, followed. */
  | { readonly kind: "followed-folder"; readonly file: string; readonly message: string }
  /** A path named on the command line that cannot be used. */
  | { readonly kind: "error"; readonly file: string; readonly error: FileError };

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

const GLOB = /[*?[{]/;

/**
 * Expands the command line's paths lazily, in a deterministic order. `-` is
 * standard input; a file is yielded as given (a symbolic link followed); a
 * folder is walked recursively, names sorted by code point; a path that does
 * not exist but holds `*`, `?`, `[…]` or `{a,b}` is a glob pattern (`**` for
 * any depth). In a walk, files of a kind no loader reads, dotfiles and
 * `node_modules`, FIFOs, sockets and devices, dangling links and link loops
 * are each yielded as `skipped` with the reason; nothing is passed over
 * without a word. Only the folders on the current branch are held.
 *
 * @example
 * ```ts
 * [...walk(["examples"], "en", [jsonLoader])].map((entry) => entry.file);
 * //=> ["examples/README.md", "examples/labeled/000.json", …, "examples/series/2021.json"]
 * ```
 */
export function* walk(paths: readonly string[], lang: Lang, loaders: readonly InputLoader[], cwd = "."): Generator<WalkEntry> {
  for (const path of paths) {
    if (path === "-") yield { kind: "stdin", file: "-" };
    else yield* walkNamed(path, lang, loaders, cwd);
  }
}

/**
 * A path named on the command line: opened, then `fstat`ed (one look at the
 * file system, not a `stat` by path before the open). A regular file is
 * yielded with its open descriptor; a folder is walked; a missing path with
 * glob characters is a pattern.
 */
function* walkNamed(path: string, lang: Lang, loaders: readonly InputLoader[], cwd: string): Generator<WalkEntry> {
  const opened = openForReading(resolve(cwd, path));
  if ("error" in opened) {
    const code = (opened.error as NodeJS.ErrnoException).code;
    if (code === "EISDIR") yield* walkFolder(path, lang, loaders, new Set(), new Set(), cwd);
    else if (code === "ENOENT" && GLOB.test(path)) yield* expandGlob(path, lang, loaders, cwd);
    else if (code === "ENOENT" && isLink(resolve(cwd, path)))
      yield { kind: "error", file: path, error: { code: "dangling-symlink", message: t(lang, `${path}：符号链接指向不存在的目标，未跟随`, `${path}: a dangling symbolic link; not followed`) } };
    else yield { kind: "error", file: path, error: specialFileError(resolve(cwd, path), path, lang) ?? fileSystemError(opened.error, path, lang) };
    return;
  }
  let stats: ReturnType<typeof fstatSync>;
  try {
    stats = fstatSync(opened.fd);
  } catch (error) {
    closeSync(opened.fd);
    yield { kind: "error", file: path, error: fileSystemError(error, path, lang) };
    return;
  }
  if (stats.isFile()) {
    yield { kind: "file", file: path, fd: opened.fd };
    return;
  }
  closeSync(opened.fd);
  if (stats.isDirectory()) yield* walkFolder(path, lang, loaders, new Set(), new Set(), cwd);
  else yield { kind: "error", file: path, error: notRegular(path, kindOfStats(stats), lang) };
}

/** A socket (which cannot be opened) or another special file, by `stat`: only after an open failed. */
function specialFileError(path: string, file: string, lang: Lang): FileError | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() || stats.isDirectory() ? undefined : notRegular(file, kindOfStats(stats), lang);
  } catch {
    return undefined;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function skipped(file: string, reason: SkipReason, lang: Lang, detail?: string): WalkEntry {
  const messages: Record<SkipReason, [string, string]> = {
    hidden: ["以 . 开头或为 node_modules", "a dotfile or node_modules"],
    "other-kind": ["不是可读取的文件类型", "not a kind of file that is read"],
    "not-regular-file": [`不是普通文件（${KIND_ZH[detail ?? ""] ?? detail}）`, `not a regular file (${detail})`],
    "dangling-symlink": ["符号链接指向不存在的目标，未跟随", "a dangling symbolic link; not followed"],
    "symlink-loop": ["符号链接循环（指向自身或上级文件夹），未跟随", "a symbolic link loop (to itself or a folder above it); not followed"],
    "already-walked": ["指向已遍历过的文件夹的符号链接，未再跟随", "a symbolic link to a folder already walked; not followed again"],
  };
  const [zh, en] = messages[reason];
  return { kind: "skipped", file, reason, message: t(lang, zh, en) };
}

/**
 * Walks one folder. `above` holds the real paths of the folders on the current
 * branch (a link to one of them is a loop); `seen` every folder walked (a link
 * to one of them is not followed again, so links cannot multiply the work).
 */
function* walkFolder(folder: string, lang: Lang, loaders: readonly InputLoader[], above: Set<string>, seen: Set<string>, cwd: string): Generator<WalkEntry> {
  let entries: Dirent[];
  let real: string;
  try {
    real = realpathSync(resolve(cwd, folder));
    if (above.has(real)) {
      yield skipped(folder, "symlink-loop", lang);
      return;
    }
    entries = readdirSync(resolve(cwd, folder), { withFileTypes: true }).sort(byName);
  } catch (error) {
    yield { kind: "error", file: folder, error: fileSystemError(error, folder, lang) };
    return;
  }
  above.add(real);
  seen.add(real);
  yield* walkEntries(folder, entries, lang, loaders, above, seen, cwd);
  above.delete(real);
}

/** One symbolic link met in a folder walk: followed to a file or folder once, or reported. */
function* walkLink(path: string, name: string, lang: Lang, loaders: readonly InputLoader[], above: Set<string>, seen: Set<string>, cwd: string): Generator<WalkEntry> {
    let target: ReturnType<typeof statSync>;
    try {
      target = statSync(resolve(cwd, path));
    } catch (error) {
      yield skipped(path, (error as NodeJS.ErrnoException).code === "ELOOP" ? "symlink-loop" : "dangling-symlink", lang);
      return;
    }
    if (target.isDirectory()) {
      let real: string | undefined;
      try {
        real = realpathSync(resolve(cwd, path));
      } catch {
        real = undefined;
      }
      if (real === undefined || above.has(real)) {
        yield skipped(path, "symlink-loop", lang);
        return;
      }
      if (seen.has(real)) {
        yield skipped(path, "already-walked", lang);
        return;
      }
      yield { kind: "followed-folder", file: path, message: t(lang, "指向文件夹的符号链接，已跟随", "a symbolic link to a folder; followed") };
      yield* walkFolder(path, lang, loaders, above, seen, cwd);
    } else if (!target.isFile()) yield skipped(path, "not-regular-file", lang, kindOfStats(target));
    else if (loaderByName(name, loaders)) yield { kind: "file", file: path, link: "followed" };
    else yield skipped(path, "other-kind", lang);
}

function* walkEntries(folder: string, entries: readonly Dirent[], lang: Lang, loaders: readonly InputLoader[], above: Set<string>, seen: Set<string>, cwd: string): Generator<WalkEntry> {
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.name.startsWith(".") || entry.name === "node_modules") {
      yield skipped(path, "hidden", lang);
      continue;
    }
    // A name that is not valid UTF-8 is listed with U+FFFD in place of its bad bytes, and cannot be opened by that name.
    if (entry.name.includes("\uFFFD") && !existsAt(resolve(cwd, path))) {
      yield { kind: "error", file: path, error: undecodableName(path, lang) };
      continue;
    }
    if (entry.isSymbolicLink()) {
      yield* walkLink(path, entry.name, lang, loaders, above, seen, cwd);
      continue;
    }
    if (entry.isDirectory()) yield* walkFolder(path, lang, loaders, above, seen, cwd);
    else if (entry.isFile()) yield loaderByName(entry.name, loaders) ? { kind: "file", file: path } : skipped(path, "other-kind", lang);
    else yield skipped(path, "not-regular-file", lang, direntKind(entry));
  }
}

function direntKind(entry: Dirent): string {
  return kindOfStats(entry);
}

// ─── Glob patterns ──────────────────────────────────────────────────────────

/**
 * A regular expression for one path segment of a glob: `*` and `?` (never
 * across `/`), `[abc]`/`[!abc]` and `{a,b}`.
 *
 * @example
 * ```ts
 * segmentPattern("*.{json,htm}").test("2021.json");
 * //=> true
 * ```
 */
export function segmentPattern(segment: string): RegExp {
  let source = "";
  let braces = 0;
  for (let index = 0; index < segment.length; index += 1) {
    const char = segment[index] as string;
    if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "[") {
      const end = segment.indexOf("]", index + 2);
      if (end < 0) source += "\\[";
      else {
        let body = segment.slice(index + 1, end);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        source += `[${body.replace(/\\/g, "\\\\")}]`;
        index = end;
      }
    } else if (char === "{") {
      braces += 1;
      source += "(?:";
    } else if (char === "}" && braces > 0) {
      braces -= 1;
      source += ")";
    } else if (char === "," && braces > 0) source += "|";
    else source += char.replace(/[.+^$()|\\\]}]/g, "\\$&");
  }
  return new RegExp(`^${source}${")".repeat(braces)}$`, "u");
}

function* expandGlob(pattern: string, lang: Lang, loaders: readonly InputLoader[], cwd: string): Generator<WalkEntry> {
  const normal = pattern.replace(/\\/g, "/");
  const absolute = normal.startsWith("/");
  const segments = normal.split("/").filter((segment) => segment !== "" && segment !== ".");
  const firstGlob = segments.findIndex((segment) => GLOB.test(segment));
  const base = (absolute ? "/" : "") + segments.slice(0, firstGlob).join("/");
  let matched = 0;
  for (const path of matchSegments(base, segments.slice(firstGlob), cwd)) {
    matched += 1;
    yield* walk([path], lang, loaders, cwd);
  }
  if (matched === 0)
    yield {
      kind: "error",
      file: pattern,
      error: { code: "no-match", message: t(lang, `${pattern}：没有匹配的文件或文件夹`, `${pattern}: matches no file or folder`) },
    };
}

function* matchSegments(base: string, segments: readonly string[], cwd: string): Generator<string> {
  const [segment, ...rest] = segments;
  if (segment === undefined) {
    yield base === "" ? "." : base;
    return;
  }
  const here = (name: string) => (base === "" ? name : base.endsWith("/") ? `${base}${name}` : `${base}/${name}`);
  let entries: Dirent[];
  try {
    entries = readdirSync(resolve(cwd, base === "" ? "." : base), { withFileTypes: true }).sort(byName);
  } catch {
    return;
  }
  if (segment === "**") {
    // Zero folders, then one more folder (not through links, not into dotfolders).
    yield* matchSegments(base, rest, cwd);
    for (const entry of entries)
      if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules") yield* matchSegments(here(entry.name), segments, cwd);
    return;
  }
  if (!GLOB.test(segment)) {
    if (entries.some((entry) => entry.name === segment)) yield* matchSegments(here(segment), rest, cwd);
    return;
  }
  const pattern = segmentPattern(segment);
  for (const entry of entries) {
    if (entry.name.startsWith(".") && !segment.startsWith(".")) continue;
    if (!pattern.test(entry.name)) continue;
    if (rest.length === 0) yield here(entry.name);
    else if (entry.isDirectory() || entry.isSymbolicLink()) yield* matchSegments(here(entry.name), rest, cwd);
  }
}
