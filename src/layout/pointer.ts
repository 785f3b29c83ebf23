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
