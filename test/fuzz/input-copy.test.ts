// The input copy of every safe entry point (src/safe.ts): the common case is copied by recursion and
// values deeper than its limit by the frame stack. Both must read the same thing, once, and name the
// same place when a read throws — on both sides of the limit.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPlain } from "../../src/safe.js";

/** `{ a: { a: … { a: leaf } } }`, `depth` objects deep. */
function nested(depth: number, leaf: unknown): Record<string, unknown> {
  let value: unknown = leaf;
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value as Record<string, unknown>;
}

const pointer = (depth: number) => "/a".repeat(depth);

describe("the input copy", () => {
  // 64 is the recursion limit: depths below, at and above it, and far beyond.
  const DEPTHS = [1, 2, 63, 64, 65, 66, 200, 3000];

  it.each(DEPTHS)("a getter that throws %i levels down is named by its JSON Pointer", (depth) => {
    const holder = nested(depth - 1, {});
    let at: Record<string, unknown> = holder;
    for (let level = 1; level < depth; level += 1) at = at.a as Record<string, unknown>;
    Object.defineProperty(at, "a", { enumerable: true, get: () => { throw new Error("no"); } });
    expect(readPlain(holder)).toEqual({ ok: false, unreadable: { path: pointer(depth), detail: "no" } });
  });

  it.each(DEPTHS)("a getter %i levels down is read once, and its value copied", (depth) => {
    let reads = 0;
    const holder = nested(depth - 1, {});
    let at: Record<string, unknown> = holder;
    for (let level = 1; level < depth; level += 1) at = at.a as Record<string, unknown>;
    Object.defineProperty(at, "a", { enumerable: true, get: () => { reads += 1; return 7; } });
    const copy = readPlain(holder);
    expect(copy.ok).toBe(true);
    let value = copy.ok ? copy.value : undefined;
    for (let level = 0; level < depth; level += 1) value = (value as Record<string, unknown>).a;
    expect(value).toBe(7);
    expect(reads).toBe(1);
  });

  it.each(DEPTHS)("a cycle and a shared object %i levels down stay a cycle and one object", (depth) => {
    const shared = { n: 1 };
    const holder = nested(depth - 1, {});
    let at: Record<string, unknown> = holder;
    for (let level = 1; level < depth; level += 1) at = at.a as Record<string, unknown>;
    at.a = { self: null, one: shared, two: shared };
    (at.a as Record<string, unknown>).self = at.a;
    const copy = readPlain(holder);
    let value = copy.ok ? copy.value : undefined;
    for (let level = 0; level < depth; level += 1) value = (value as Record<string, unknown>).a;
    const inner = value as Record<string, unknown>;
    expect(inner.self).toBe(inner);
    expect(inner.one).toBe(inner.two);
    expect(inner.one).not.toBe(shared);
    expect(inner.one).toEqual({ n: 1 });
  });

  it("an array at any depth is read up to 1,000 items, and a revoked Proxy is named by its place", () => {
    const long = Array.from({ length: 1500 }, (_, index) => index);
    for (const depth of [1, 100]) {
      const copy = readPlain(nested(depth, long));
      let value = copy.ok ? copy.value : undefined;
      for (let level = 0; level < depth; level += 1) value = (value as Record<string, unknown>).a;
      expect(value).toEqual(long.slice(0, 1000));
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      const result = readPlain(nested(depth, proxy));
      expect(result.ok ? "" : result.unreadable.path).toBe(pointer(depth));
    }
  });

  it("copies any JSON value to an equal, separate value (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        const copy = readPlain(value);
        expect(copy.ok).toBe(true);
        expect(copy.ok ? copy.value : undefined).toStrictEqual(value);
        if (value !== null && typeof value === "object") expect(copy.ok ? copy.value : undefined).not.toBe(value);
      }),
      { numRuns: 300 },
    );
  });
});
