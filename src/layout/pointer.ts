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
  return path.map((segment) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
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
 * Reads the value at a path of pre-split keys, own properties only: `undefined`
 * when a key is missing (or only inherited) or a node on the way is not an object.
 *
 * @example
 * ```ts
 * getAt({ review: { total: 3 } }, ["review", "total"]);
 * //=> 3
 * ```
 */
export function getAt(root: unknown, keys: readonly string[]): unknown {
  let node = root;
  for (const key of keys) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Writes a value at a path of pre-split keys, replacing a missing (or only inherited)
 * or non-object node on the way with a new plain object.
 *
 * @example
 * ```ts
 * const report = {};
 * setAt(report, ["review", "total"], 3);
 * report;
 * //=> { review: { total: 3 } }
 * ```
 */
export function setAt(root: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let node = root;
  const last = keys.length - 1;
  for (let index = 0; index < last; index += 1) {
    const key = keys[index] as string;
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (next === null || typeof next !== "object") {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    } else node = next as Record<string, unknown>;
  }
  node[keys[last] as string] = value;
}
