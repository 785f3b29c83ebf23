// The one path writer and reader of the package (src/layout/pointer.ts): own data properties only.
import { describe, expect, it } from "vitest";
import { getAt, setAt } from "../../src/layout/pointer.js";

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
