// The one path writer and reader of the package (src/layout/pointer.ts): own data properties only.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellLabel, cellsOf, labelText } from "../../src/layout/cells.js";
import { fromPointer, getAt, setAt, toPointer } from "../../src/layout/pointer.js";

describe("toPointer and fromPointer", () => {
  it("escape ~ and / (RFC 6901) and round-trip any keys; a key without them is written as it is", () => {
    expect(toPointer(["a/b", "~1", "x~/y", 3, ""])).toBe("/a~1b/~01/x~0~1y/3/");
    expect(toPointer([])).toBe("");
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom("~", "/", "~1", "/~0", "a~b/c"), fc.nat())), (keys) => {
        const pointer = toPointer(keys);
        expect(pointer).toBe(keys.map((key) => `/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`).join(""));
        expect(fromPointer(pointer)).toEqual(keys.map(String));
      }),
    );
  });
});

describe("cellLabel", () => {
  it("is labelText, for every cell of both formats in both languages, asked twice", () => {
    for (const format of ["2019", "2021"] as const) {
      for (const { meta } of cellsOf(format)) {
        for (const lang of ["zh", "en"] as const) {
          expect(cellLabel(meta.cell, lang)).toBe(labelText(meta.cell, lang));
          expect(cellLabel(meta.cell, lang)).toBe(labelText(meta.cell, lang));
        }
      }
    }
  });
});

describe("setAt", () => {
  it("creates the objects on the way, replacing non-objects, and writes own enumerable writable data", () => {
    const target: Record<string, unknown> = { a: 5 };
    setAt(target, ["a", "b", "c"], 1);
    expect(target).toEqual({ a: { b: { c: 1 } } });
    expect(Object.getOwnPropertyDescriptor((target.a as { b: object }).b, "c")).toEqual({ value: 1, writable: true, enumerable: true, configurable: true });
    setAt(target, ["a", "b", "c"], 2);
    expect(getAt(target, ["a", "b", "c"])).toBe(2);
    setAt(target, [], 3);
    expect(target).toEqual({ a: { b: { c: 2 } } });
  });

  it("`__proto__` on the way or at the end is an own key, never the prototype", () => {
    const target: Record<string, unknown> = {};
    setAt(target, ["__proto__", "polluted"], true);
    setAt(target, ["row", "__proto__"], { polluted: true });
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(target.row)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(target)).toEqual(["__proto__", "row"]);
    expect(getAt(target, ["__proto__", "polluted"])).toBe(true);
    expect(getAt(target, ["row", "__proto__", "polluted"])).toBe(true);
    expect(JSON.parse(JSON.stringify(target))).toEqual(JSON.parse('{"__proto__":{"polluted":true},"row":{"__proto__":{"polluted":true}}}'));
  });

  it("writes array items by index", () => {
    const target = { list: [0, 0] };
    setAt(target, ["list", 1], 9);
    expect(target.list).toEqual([0, 9]);
  });
});

describe("getAt", () => {
  it("follows own keys only: inherited keys and non-objects on the way are undefined", () => {
    const inherited = Object.create({ total: 3 }) as object;
    expect(getAt({ a: inherited }, ["a", "total"])).toBeUndefined();
    expect(getAt({ a: 1 }, ["a", "b"])).toBeUndefined();
    expect(getAt({}, ["constructor"])).toBeUndefined();
    expect(getAt({ a: { b: 0 } }, ["a", "b"])).toBe(0);
  });
});
