/**
 * Reading the untyped input of `fromLabeledTables`: plain objects, own keys only,
 * and how values are named in notes.
 */
import { clip } from "./normalize.js";

/** An object of the input, read by own keys. */
export type Plain = Record<string, unknown>;

/** True for an object that is not an array (a table, a row, the input itself). */
export function isPlainObject(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value of an own key, or `undefined` (an inherited key is not read). */
export function own(object: Plain, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** The JSON type of a value, for notes (`null`, `array`, `number`…). */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** Printed text quoted (and clipped) for a note. */
export function q(text: string): string {
  return `“${clip(text)}”`;
}
