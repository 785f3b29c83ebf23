/**
 * Option checking shared by every entry point: an invalid option is a
 * programmer error, thrown as a `TypeError` that names the function, the
 * option and the allowed values (data problems are returned, never thrown).
 */

function shown(value: unknown): string {
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (value === undefined) return "undefined";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Throws the package's TypeError for an invalid option. */
export function optionError(where: string, option: string, allowed: string, value: unknown): TypeError {
  return new TypeError(`zfxxgk: ${where}: option "${option}" must be ${allowed}; got ${shown(value)}`);
}

/** The options object itself: `undefined` (defaults) or an object. */
export function optionsObject<Options extends object>(where: string, options: Options | undefined): Partial<Options> {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options))
    throw new TypeError(`zfxxgk: ${where}: options must be an object; got ${shown(options)}`);
  return options;
}

/** One of a fixed list of strings (or the default when `undefined`). */
export function oneOf<Value extends string>(where: string, option: string, value: unknown, allowed: readonly Value[], fallback: Value): Value;
export function oneOf<Value extends string>(where: string, option: string, value: unknown, allowed: readonly Value[]): Value | undefined;
export function oneOf<Value extends string>(where: string, option: string, value: unknown, allowed: readonly Value[], fallback?: Value): Value | undefined {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as Value;
  throw optionError(where, option, allowed.map((item) => JSON.stringify(item)).join(" | "), value);
}

/** A boolean (or the default when `undefined`). */
export function flag(where: string, option: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === "boolean") return value;
  throw optionError(where, option, "true or false", value);
}

/** A whole number ≥ `minimum`, or `Infinity` (or the default when `undefined`). */
export function count(where: string, option: string, value: unknown, minimum: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === "number" && (value === Number.POSITIVE_INFINITY || (Number.isSafeInteger(value) && value >= minimum))) return value;
  throw optionError(where, option, `a whole number ≥ ${minimum} (or Infinity)`, value);
}

/** The message languages. */
export const LANGS = ["zh", "en"] as const;
/** The two formats. */
export const FORMATS = ["2019", "2021"] as const;
/** The severities, lowest last. */
export const SEVERITIES = ["error", "warning", "info"] as const;
