/**
 * The boundary of every safe entry point (zod-free: `check` reaches it).
 *
 * Input is read once, like `JSON.stringify` reads it: own enumerable string
 * keys only (inherited keys and Symbol keys are ignored), each value read once
 * (getters run once), into plain objects and arrays. What the library then
 * works on is plain data: no Proxy trap, getter or prototype can run again, and
 * every entry point sees the same keys. A read that throws (a getter, a Proxy
 * trap, a revoked Proxy) is reported as `unreadable-input` with the JSON
 * Pointer of the value that could not be read. BigInt, Symbol and function
 * values are kept as values (they are simply not numbers); cycles and shared
 * references are kept as they are (like `structuredClone`), at any depth.
 */
import { writeOwn } from "./layout/pointer.js";
import type { Lang } from "./schema/registry.js";

/** Why the input could not be read, and where (a JSON Pointer; `""` is the input itself). */
export interface Unreadable {
  readonly path: string;
  /** The message of what was thrown, clipped; `""` when it could not be printed. */
  readonly detail: string;
}

/**
 * Of an array, only the first items are copied. No report, series item or labelled table has an
 * array, so such an array is always reported as a wrong value and only its start is ever shown:
 * a million zeros in a cell costs no more than a thousand.
 */
export const MAX_ITEMS = 1000;

/**
 * A series (the input of `checkSeries`) longer than this is refused. Series checks are linear in
 * the number of reports, and one call may hold a year of many organs (a national sweep is about
 * 100,000 reports), so the bound is generous; it only stops unbounded input.
 */
export const MAX_SERIES = 200_000;

/**
 * An object with more keys than this is refused (`unreadable-input` at its path) rather than read:
 * a report's objects have at most a dozen keys and a labelled table a few dozen rows, and naming
 * 250,000 unknown keys one by one would take seconds.
 */
export const MAX_KEYS = 10_000;

class UnreadableError {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {}
}

const escapeKey = (key: string | number) => String(key).replaceAll("~", "~0").replaceAll("/", "~1");

/** What a thrown value says, clipped; never throws (the thrown value may itself be hostile). */
export function detailOf(error: unknown): string {
  try {
    const text = error instanceof Error ? String(error.message) : typeof error === "string" ? error : "";
    return text.length > 120 ? `${text.slice(0, 119)}…` : text;
  } catch {
    return "";
  }
}

// Copies made here, already plain: an entry point called by another (validateReport → check) does not copy twice.
const PLAIN = new WeakSet<object>();

// A value to copy, where its copy goes, and how it was reached (the path is built only when a read fails:
// building it for every value would be quadratic in the depth).
interface Frame {
  readonly source: object;
  readonly target: unknown[] | Record<string, unknown>;
  readonly parent: Frame | undefined;
  readonly key: string | number;
}

function pathOf(frame: Frame | undefined, key?: string | number): string {
  const keys: (string | number)[] = key === undefined ? [] : [key];
  for (let at = frame; at?.parent !== undefined; at = at.parent) keys.push(at.key);
  return keys.reverse().map((item) => `/${escapeKey(item)}`).join("");
}

function shell(value: object, parent: Frame | undefined, key: string | number): unknown[] | Record<string, unknown> {
  try {
    return Array.isArray(value) ? [] : {};
  } catch (error) {
    throw new UnreadableError(parent === undefined ? "" : pathOf(parent, key), detailOf(error));
  }
}

function copyFrame(frame: Frame, seen: Map<object, unknown>, work: Frame[], series: boolean): void {
  const { source, target } = frame;
  let key: string | number | undefined;
  const child = (item: unknown, at: string | number): unknown => {
    if (item === null || typeof item !== "object") return item;
    const known = seen.get(item);
    if (known !== undefined) return known;
    const copy = shell(item, frame, at);
    seen.set(item, copy);
    work.push({ source: item, target: copy, parent: frame, key: at });
    return copy;
  };
  try {
    if (Array.isArray(target)) {
      const length = Number((source as unknown[]).length);
      const top = series && frame.parent === undefined;
      if (top && length > MAX_SERIES) throw new UnreadableError("", `a series of ${length} reports: at most ${MAX_SERIES} are read`);
      const copied = top ? length : Math.min(length, MAX_ITEMS);
      for (let index = 0; index < copied; index += 1) {
        key = index;
        target.push(child((source as unknown[])[index], index));
      }
      return;
    }
    const names = Object.keys(source);
    if (names.length > MAX_KEYS) throw new UnreadableError(pathOf(frame), `an object of ${names.length} keys: at most ${MAX_KEYS} are read`);
    for (const name of names) {
      key = name;
      const value = child((source as Record<string, unknown>)[name], name);
      writeOwn(target as Record<string, unknown>, name, value);
    }
  } catch (error) {
    if (error instanceof UnreadableError) throw error;
    // Reading the keys failed (no key yet), or reading one value did.
    throw new UnreadableError(pathOf(frame, key), detailOf(error));
  }
}

// The common case is copied by recursion, which is about twice as fast as the frame stack below (no
// frame object or closure per value). Below this depth the frame stack takes over, so any depth is read
// without growing the call stack.
const RECURSION_DEPTH = 64;

const pointerOf = (keys: readonly (string | number)[], key?: string | number): string =>
  (key === undefined ? keys : [...keys, key]).map((item) => `/${escapeKey(item)}`).join("");

/** A frame for the stack copy of a value met at `keys` by the recursive copy (its parents carry the path). */
function frameAt(source: object, target: unknown[] | Record<string, unknown>, keys: readonly (string | number)[]): Frame {
  let frame: Frame = { source, target, parent: undefined, key: "" };
  for (const key of keys) frame = { source, target, parent: frame, key };
  return frame;
}

function copyChild(item: unknown, at: string | number, seen: Map<object, unknown>, keys: (string | number)[], deferred: Frame[]): unknown {
  if (item === null || typeof item !== "object") return item;
  const known = seen.get(item);
  if (known !== undefined) return known;
  keys.push(at);
  try {
    let copy: unknown[] | Record<string, unknown>;
    try {
      copy = Array.isArray(item) ? [] : {};
    } catch (error) {
      throw new UnreadableError(pointerOf(keys), detailOf(error));
    }
    seen.set(item, copy);
    if (keys.length > RECURSION_DEPTH) deferred.push(frameAt(item, copy, keys));
    else copyInto(item, copy, seen, keys, false, deferred);
    return copy;
  } finally {
    keys.pop();
  }
}

/** The recursive copy of `source` into `target`: the same reads, limits and errors as `copyFrame`. */
function copyInto(
  source: object,
  target: unknown[] | Record<string, unknown>,
  seen: Map<object, unknown>,
  keys: (string | number)[],
  series: boolean,
  deferred: Frame[],
): void {
  let key: string | number | undefined;
  try {
    if (Array.isArray(target)) {
      const length = Number((source as unknown[]).length);
      if (series && length > MAX_SERIES) throw new UnreadableError("", `a series of ${length} reports: at most ${MAX_SERIES} are read`);
      const copied = series ? length : Math.min(length, MAX_ITEMS);
      for (let index = 0; index < copied; index += 1) {
        key = index;
        target.push(copyChild((source as unknown[])[index], index, seen, keys, deferred));
      }
      return;
    }
    const names = Object.keys(source);
    if (names.length > MAX_KEYS) throw new UnreadableError(pointerOf(keys), `an object of ${names.length} keys: at most ${MAX_KEYS} are read`);
    for (const name of names) {
      key = name;
      const value = copyChild((source as Record<string, unknown>)[name], name, seen, keys, deferred);
      writeOwn(target as Record<string, unknown>, name, value);
    }
  } catch (error) {
    if (error instanceof UnreadableError) throw error;
    // Reading the keys failed (no key yet), or reading one value did.
    throw new UnreadableError(pointerOf(keys, key), detailOf(error));
  }
}

/**
 * The input as plain data (own enumerable string keys, each value read once),
 * or the place where reading it threw.
 */
export function readPlain(input: unknown, series = false): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly unreadable: Unreadable } {
  if (input === null || typeof input !== "object") return { ok: true, value: input };
  if (PLAIN.has(input)) return { ok: true, value: input };
  try {
    const seen = new Map<object, unknown>();
    const root = shell(input, undefined, "");
    seen.set(input, root);
    const work: Frame[] = [];
    copyInto(input, root, seen, [], series, work);
    for (let frame = work.pop(); frame !== undefined; frame = work.pop()) copyFrame(frame, seen, work, series);
    PLAIN.add(root);
    return { ok: true, value: root };
  } catch (error) {
    if (error instanceof UnreadableError) return { ok: false, unreadable: { path: error.path, detail: error.detail } };
    return { ok: false, unreadable: { path: "", detail: detailOf(error) } };
  }
}

/** The package's own programmer errors (invalid options) pass through the boundary; nothing else does. */
function isOptionError(error: unknown): boolean {
  try {
    return error instanceof TypeError && error.message.startsWith("zfxxgk: ");
  } catch {
    return false;
  }
}

/** The message of an unreadable input, in both languages. */
export function unreadableMessage(unreadable: Unreadable): { readonly zh: string; readonly en: string } {
  const { path, detail } = unreadable;
  return {
    zh: `输入无法读取：读取 ${path === "" ? "输入本身" : path} 时出错${detail ? `（${detail}）` : ""}；请传入普通的 JSON 数据`,
    en: `The input cannot be read: reading ${path === "" ? "the input itself" : path} failed${detail ? ` (${detail})` : ""}; pass plain JSON data`,
  };
}

/** The `lang` option, read without trusting the options object (it is validated by the entry point itself). */
export function langOf(options: unknown): Lang {
  try {
    return (options as { lang?: unknown } | undefined)?.lang === "en" ? "en" : "zh";
  } catch {
    return "zh";
  }
}

/**
 * Runs a safe entry point on the plain copy of its input; what cannot be read,
 * and anything thrown on the way but an invalid option, becomes `unreadable(…)`.
 * Invalid options still throw first, even when the input is also unreadable.
 */
export function guarded<Out>(input: unknown, run: (plain: unknown) => Out, unreadable: (problem: Unreadable) => Out, series = false): Out {
  const plain = readPlain(input, series);
  if (!plain.ok) {
    // Options are checked before data, as everywhere: run once on an empty input to let an invalid option throw.
    try {
      run(null);
    } catch (error) {
      if (isOptionError(error)) throw error;
    }
    return unreadable(plain.unreadable);
  }
  try {
    return run(plain.value);
  } catch (error) {
    if (isOptionError(error)) throw error;
    return unreadable({ path: "", detail: detailOf(error) });
  }
}

/** The error of a result-returning entry point whose input could not be read. */
export interface UnreadableInputError {
  readonly code: "unreadable-input";
  readonly message: string;
  /** JSON Pointer of the value that could not be read (`""`: the input itself). */
  readonly path: string;
  /** One issue, at {@link path}, with the same message. */
  readonly issues: readonly [{ readonly code: "unreadable-input"; readonly path: string; readonly message: string }];
}

/** The `unreadable-input` error in the requested language. */
export function unreadableError(problem: Unreadable, lang: Lang): UnreadableInputError {
  const message = unreadableMessage(problem)[lang];
  return { code: "unreadable-input", message, path: problem.path, issues: [{ code: "unreadable-input", path: problem.path, message }] };
}

/** The one error finding of `check` (`report.input`) or `checkSeries` (`series.input`) whose input could not be read. */
export function unreadableFinding<Id extends "report.input" | "series.input">(ruleId: Id, problem: Unreadable, lang: Lang) {
  return { ruleId, severity: "error" as const, paths: [problem.path], message: unreadableMessage(problem)[lang] };
}
