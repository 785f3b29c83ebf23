/** A path into a report as property keys. */
export type PathSegments = readonly (string | number)[];

/**
 * Encodes path segments as a JSON Pointer (RFC 6901).
 *
 * @example
 * ```ts
 * toPointer(["applications", "received", "naturalPerson"]);
 * //=> "/applications/received/naturalPerson"
 * ```
 */
export function toPointer(path: PathSegments): string {
  let pointer = "";
  for (const segment of path) {
    const text = String(segment);
    // Most keys hold neither character, and the two replacements were most of the time spent here.
    pointer += text.includes("~") || text.includes("/") ? `/${text.replace(/~/g, "~0").replace(/\//g, "~1")}` : `/${text}`;
  }
  return pointer;
}

/**
 * Decodes a JSON Pointer into path segments.
 *
 * @example
 * ```ts
 * fromPointer("/reviewAndLitigation/review/total");
 * //=> ["reviewAndLitigation", "review", "total"]
 * ```
 */
export function fromPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * The value at a path of property keys, or `undefined` when the path leaves the data (a
 * missing key, a non-object on the way). Only own properties are followed, so a key such as
 * `__proto__` or `constructor` never reaches a prototype. The one path reader of the package.
 *
 * @example
 * ```ts
 * getAt({ review: { total: 3 } }, ["review", "total"]);
 * //=> 3
 * ```
 */
export function getAt(value: unknown, keys: PathSegments): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * Writes a value at a path of property keys, creating plain objects where the path has none
 * (or has a non-object). Mutates `target`; an empty path writes nothing. The one path writer
 * of the package.
 *
 * @example
 * ```ts
 * const report = {};
 * setAt(report, ["applications", "received", "total"], 5);
 * report;
 * //=> { applications: { received: { total: 5 } } }
 * ```
 */
export function setAt(target: object, keys: PathSegments, value: unknown): void {
  if (keys.length === 0) return;
  let current = target as Record<string | number, unknown>;
  const last = keys.length - 1;
  for (let index = 0; index < last; index += 1) {
    const key = keys[index] as string | number;
    const next = Object.hasOwn(current, key) ? current[key] : undefined;
    if (typeof next !== "object" || next === null) {
      const created: Record<string, unknown> = {};
      writeOwn(current, key, created);
      current = created;
    } else current = next as Record<string | number, unknown>;
  }
  writeOwn(current, keys[last] as string | number, value);
}

/**
 * Writes an own, enumerable, writable data property. A plain assignment does exactly that, except
 * for `__proto__`, which assignment would turn into a prototype: that key is defined instead (as
 * `JSON.parse` makes it). The one own-key writer of the package (the path writer, the input copy).
 *
 * @example
 * ```ts
 * const target: Record<string, unknown> = {};
 * writeOwn(target, "__proto__", 1);
 * Object.keys(target);
 * //=> ["__proto__"]
 * ```
 */
export function writeOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}
