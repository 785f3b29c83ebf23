// The number reader's fast paths (ASCII digits, text without full-width characters) read every
// number exactly as the general path did: compared with the frozen copy in ./slow/numerals.ts
// (the slow prose reader shares src/rules/prose/numerals.ts, so fast-reader.test.ts cannot
// tell a change here).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalsOf, parseChineseNumeral, parseNumber, toHalfWidth } from "../../../src/rules/prose/numerals.js";
import * as slow from "./slow/numerals.js";

/** Characters printed numbers are made of, and a few that are not. */
const numeral = fc.string({ unit: fc.constantFrom(..."0123456789０１２３４５６７８９,，.．万零〇一二两三四五六七八九十百千 \u3000x件"), maxLength: 14 });
const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 40 });

describe("the number reader reads what it read before its fast paths", () => {
  it("on printed numbers, digit runs and arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(numeral, digits, fc.string()), (text) => {
        expect(parseNumber(text)).toEqual(slow.parseNumber(text));
        expect(toHalfWidth(text)).toBe(slow.toHalfWidth(text));
        expect(decimalsOf(text)).toBe(slow.decimalsOf(text));
        expect(parseChineseNumeral(text)).toEqual(slow.parseChineseNumeral(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(["", "0", "00", "007", "12", "1,234", "1,2345", "１２", "1.2", "1.2万", "三", "十二", "一百零五", "两千", "零", "9".repeat(400)])("on %j", (text) => {
    expect(parseNumber(text)).toEqual(slow.parseNumber(text));
  });
});
