import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCell } from "../../src/labeled/cells.js";

const count = { kind: "count" } as const;
const signed = { kind: "signed" } as const;
const money = { kind: "money", headerUnit: "万元" } as const;
const amount = { kind: "amount" } as const;

const kindsOf = (raw: unknown, context: Parameters<typeof readCell>[1]) => readCell(raw, context).notes.map((note) => note.kind);

describe("readCell: counts", () => {
  it.each([
    ["12", 12],
    [" 12 ", 12],
    ["1,234", 1234],
    ["12,345,678", 12345678],
    ["１２", 12],
    ["１，２３４", 1234],
    ["3项", 3],
    ["3 件", 3],
    ["7个", 7],
    ["\u00a012\u00a0", 12],
    ["&nbsp;5", 5],
    ["0", 0],
    [12, 12],
  ])("%j → %j without notes", (raw, value) => {
    const reading = readCell(raw, count);
    expect(reading.value).toBe(value);
    expect(reading.notes).toEqual([]);
  });

  it.each(["", "—", "-", "/", "无", "&nbsp;", "\u00a0", "  ", "——", "－", "／", null, undefined])("%j → null + blank-cell", (raw) => {
    expect(readCell(raw, count).value).toBeNull();
    expect(kindsOf(raw, count)).toEqual(["blank-cell"]);
  });

  it.each([
    ["-3", "invalid-number"],
    ["+2", "invalid-number"],
    ["增加 3 项", "invalid-number"],
    ["1.5", "invalid-number"],
    ["12.0", "invalid-number"],
    ["99999999999999999", "invalid-number"],
    ["3万", "unit-conflict"],
    ["5元", "unit-conflict"],
    ["约12", "unparsed-cell"],
    ["12人", "unparsed-cell"],
    ["1 234", "unparsed-cell"],
    ["1,23", "unparsed-cell"],
    ["1234,567", "unparsed-cell"],
    ["1.", "unparsed-cell"],
    ["abc", "unparsed-cell"],
    ["3/5", "unparsed-cell"],
    ["++3", "unparsed-cell"],
    [true, "unparsed-cell"],
    [{}, "unparsed-cell"],
    [Number.NaN, "unparsed-cell"],
  ])("%j → null + %s", (raw, kind) => {
    expect(readCell(raw, count).value).toBeNull();
    expect(kindsOf(raw, count)).toEqual([kind]);
  });

  it("quotes the printed text in unparsed notes", () => {
    expect(readCell("见附件", count).notes[0]?.message.zh).toContain("见附件");
  });
});

describe("readCell: signed 本年增/减", () => {
  it.each([
    ["增加 3 项", 3, ["signed-text"]],
    ["减少38项", -38, ["signed-text"]],
    ["减少 38 项", -38, ["signed-text"]],
    ["增 6390", 6390, ["signed-text"]],
    ["减 21", -21, ["signed-text"]],
    ["+2", 2, []],
    ["-18", -18, []],
    ["−7", -7, []],
    ["－15", -15, []],
    ["0", 0, []],
    ["减 0", 0, ["signed-text"]],
  ])("%j → %j", (raw, value, kinds) => {
    const reading = readCell(raw, signed);
    expect(reading.value).toBe(value);
    expect(Object.is(reading.value, -0)).toBe(false);
    expect(reading.notes.map((note) => note.kind)).toEqual(kinds);
  });

  it("rejects decimals and double signs", () => {
    expect(kindsOf("-1.5", signed)).toEqual(["invalid-number"]);
    expect(kindsOf("增加-3", signed)).toEqual(["unparsed-cell"]);
  });
});

describe("readCell: 2021 本年收费金额（单位：万元）", () => {
  it.each([
    ["323.479", 323.479, []],
    ["24252.311082", 24252.311082, []],
    ["26.22 万元", 26.22, []],
    ["1127.9789 万", 1127.9789, ["unit-converted"]],
    ["251000元", 25.1, ["unit-converted", "unit-conflict"]],
    ["75394432.52元", 7539.443252, ["unit-converted", "unit-conflict"]],
    ["5元", 0.0005, ["unit-converted", "unit-conflict"]],
    ["0元", 0, ["unit-converted", "unit-conflict"]],
  ])("%j → %j", (raw, value, kinds) => {
    const reading = readCell(raw, money);
    expect(reading.value).toBe(value);
    expect(reading.notes.map((note) => note.kind)).toEqual(kinds);
  });

  it("converts bare numbers under a header in 元, without a conflict", () => {
    const reading = readCell("251000", { kind: "money", headerUnit: "元" });
    expect(reading.value).toBe(25.1);
    expect(reading.notes.map((note) => note.kind)).toEqual(["unit-converted"]);
  });

  it("rejects negative and count-unit amounts", () => {
    expect(kindsOf("-3", money)).toEqual(["invalid-number"]);
    expect(kindsOf("3项", money)).toEqual(["unit-conflict"]);
  });
});

describe("readCell: 2019 采购总金额 keeps its unit", () => {
  it.each([
    ["26.22 万元", { value: 26.22, unit: "万元" }, []],
    ["19.7万", { value: 19.7, unit: "万元" }, ["unit-converted"]],
    ["251000元", { value: 251000, unit: "元" }, []],
    ["75394432.52元", { value: 75394432.52, unit: "元" }, []],
  ])("%j → %j", (raw, value, kinds) => {
    const reading = readCell(raw, amount);
    expect(reading.value).toEqual(value);
    expect(reading.notes.map((note) => note.kind)).toEqual(kinds);
  });

  it("a bare number is null with unit-missing, unless the header names the unit", () => {
    expect(readCell("17", amount).value).toBeNull();
    expect(kindsOf("17", amount)).toEqual(["unit-missing"]);
    expect(readCell("17", { kind: "amount", headerUnit: "万元" }).value).toEqual({ value: 17, unit: "万元" });
  });

  it("a cell unit contradicting the header keeps the cell's unit and says so", () => {
    const reading = readCell("5元", { kind: "amount", headerUnit: "万元" });
    expect(reading.value).toEqual({ value: 5, unit: "元" });
    expect(reading.notes.map((note) => note.kind)).toEqual(["unit-conflict"]);
  });
});

describe("readCell: laws", () => {
  const fullWidth = (text: string) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
  const grouped = (n: number) => n.toLocaleString("en-US");
  const countForms = (n: number) => [String(n), ` ${n} `, grouped(n), fullWidth(String(n)), `${n}项`, `${n} 件`, `${n}个`, fullWidth(grouped(n))];

  it("round-trips every safe integer in every printed count form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        for (const form of countForms(n)) expect(readCell(form, count).value).toBe(n);
      }),
    );
  });

  it("round-trips every signed change in every printed form", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const magnitude = Math.abs(n);
        const forms =
          n >= 0
            ? [String(n), `+${n}`, `增加 ${n} 项`, `增加${n}项`, `增 ${n}`, fullWidth(`+${n}`), `+${grouped(n)}`]
            : [String(n), `减少 ${magnitude} 项`, `减少${magnitude}项`, `减 ${magnitude}`, `−${magnitude}`, fullWidth(`-${magnitude}`), `-${grouped(magnitude)}`];
        for (const form of forms) expect(readCell(form, signed).value).toBe(n);
      }),
    );
  });

  it("元 → 万元 is exact decimal arithmetic", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (yuan, fen) => {
        const text = `${yuan}.${String(fen).padStart(2, "0")}元`;
        const expected = Number(`${yuan}.${String(fen).padStart(2, "0")}e-4`);
        expect(readCell(text, money).value).toBe(expected);
      }),
    );
  });

  it("never throws and always gives a number, an amount or null", () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(count, signed, money, amount), (raw, context) => {
        const reading = readCell(raw, context);
        expect(reading.value === null || typeof reading.value === "number" || typeof reading.value === "object").toBe(true);
        if (reading.value === null) expect(reading.notes.length).toBeGreaterThan(0);
      }),
    );
  });

  it("reads 1 MB cells (digits, junk, spaces) without trouble", () => {
    const digits = "9".repeat(1_000_000);
    expect(kindsOf(digits, count)).toEqual(["invalid-number"]);
    expect(kindsOf(digits, money)).toEqual(["invalid-number"]);
    expect(kindsOf(`1${",000".repeat(250_000)}`, count)).toEqual(["invalid-number"]);
    expect(kindsOf(" ".repeat(1_000_000), count)).toEqual(["blank-cell"]);
    expect(kindsOf(`${"增".repeat(500_000)}1`, signed)).toEqual(["unparsed-cell"]);
    expect(kindsOf(`1${" ".repeat(1_000_000)}项`, count)).toEqual([]);
    expect(kindsOf("&nbsp;".repeat(200_000), count)).toEqual(["blank-cell"]);
  });
});

// Gaps found by mutation testing (issue 10): each case fails on a surviving mutant.
describe("readCell: an unknown never becomes 0 or Infinity", () => {
  it.each(["–", "―", "無", " — ", "  ―  "])("the blank marker %j → null + blank-cell", (raw) => {
    const reading = readCell(raw, count);
    expect(reading.value).toBeNull();
    expect(reading.notes.map((note) => note.kind)).toEqual(["blank-cell"]);
  });

  it.each([
    ["项", count],
    ["+", count],
    ["+", signed],
    ["元", amount],
    ["万元", money],
  ] as const)("a lone %j (%o) is unparsed, never 0", (raw, context) => {
    const reading = readCell(raw, context);
    expect(reading.value).toBeNull();
    expect(reading.notes.map((note) => note.kind)).toEqual(["unparsed-cell"]);
  });

  it.each([
    [`1${"0".repeat(400)}`, count],
    [`1${"0".repeat(400)}元`, amount],
    [`1${"0".repeat(400)}`, money],
  ] as const)("a number too large for a float (%#) is null with a note, not Infinity", (raw, context) => {
    const reading = readCell(raw, context);
    expect(reading.value).toBeNull();
    expect(reading.notes.length).toBeGreaterThan(0);
  });

  it("“5万元” under a 万元 header is 5 with no unit-conflict note", () => {
    expect(readCell("5万元", money)).toEqual({ value: 5, notes: [] });
  });
});
