// The cell reader's notes and edge cases that mutation testing found unasserted (issue 10).
// Every note is user-visible (fromLabeledTables prefixes it with the cell's location), so its
// wording in both languages is asserted, not only its kind.
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type CellContext, rawText, readCell } from "../../src/labeled/cells.js";

const count = { kind: "count" } as const;
const signed = { kind: "signed" } as const;
const money = { kind: "money", headerUnit: "万元" } as const;
const amount = { kind: "amount" } as const;

const note = (kind: string, zh: string, en: string) => ({ kind, message: { zh, en } });
const nullWith = (kind: string, zh: string, en: string) => ({ value: null, notes: [note(kind, zh, en)] });
const TOO_LONG = `1${"0".repeat(400)}`;
const CLIPPED = `“${TOO_LONG.slice(0, 60)}…”`;

describe("readCell: each note, in both languages", () => {
  it.each<[unknown, CellContext, unknown]>([
    [null, count, nullWith("blank-cell", "单元格为空（null），记为 null", "the cell is empty (null); null")],
    [undefined, count, nullWith("blank-cell", "单元格为空（null），记为 null", "the cell is empty (null); null")],
    ["", count, nullWith("blank-cell", "印为空白，记为 null（未报告，不当作 0）", "printed blank; null (not reported, not taken as 0)")],
    [" — ", count, nullWith("blank-cell", "印为“ — ”，记为 null（未报告，不当作 0）", "printed “ — ”; null (not reported, not taken as 0)")],
    ["abc", count, nullWith("unparsed-cell", "“abc”无法读为数值，记为 null", "“abc” cannot be read as a number; null")],
    [true, count, nullWith("unparsed-cell", "“true”无法读为数值，记为 null", "“true” cannot be read as a number; null")],
    [{ a: 1 }, count, nullWith("unparsed-cell", "“{\"a\":1}”无法读为数值，记为 null", "“{\"a\":1}” cannot be read as a number; null")],
    ["1.5", count, nullWith("invalid-number", "“1.5”是小数，但该列是整数，记为 null", "“1.5” is a decimal in an integer column; null")],
    ["+2", count, nullWith("invalid-number", "“+2”带正负号，但该列是非负计数，记为 null", "“+2” is signed in a column of counts (≥ 0); null")],
    [
      "99999999999999999",
      count,
      nullWith("invalid-number", "“99999999999999999”超出安全整数范围，记为 null", "“99999999999999999” is beyond the safe integer range; null"),
    ],
    ["3万", count, nullWith("unit-conflict", "“3万”带金额单位，但该列是计数，记为 null", "“3万” carries a money unit in a count column; null")],
    ["3元", signed, nullWith("unit-conflict", "“3元”带金额单位，但该列是计数，记为 null", "“3元” carries a money unit in a count column; null")],
    ["3项", money, nullWith("unit-conflict", "“3项”带计数单位，但该列是金额，记为 null", "“3项” carries a count unit in a money column; null")],
    ["3件", amount, nullWith("unit-conflict", "“3件”带计数单位，但该列是金额，记为 null", "“3件” carries a count unit in a money column; null")],
    ["-3", money, nullWith("invalid-number", "“-3”带正负号，但金额不能为负，记为 null", "“-3” is signed; an amount cannot be negative; null")],
    ["+3元", amount, nullWith("invalid-number", "“+3元”带正负号，但金额不能为负，记为 null", "“+3元” is signed; an amount cannot be negative; null")],
    [
      "17",
      amount,
      nullWith("unit-missing", "“17”未注明单位（元或万元），表头也未注明，记为 null", "“17” names no unit (元 or 万元) and neither does the header; null"),
    ],
    [`${TOO_LONG}元`, amount, nullWith("invalid-number", `${CLIPPED}超出数值范围，记为 null`, `${CLIPPED} is out of range; null`)],
    [TOO_LONG, money, nullWith("invalid-number", `${CLIPPED}超出数值范围，记为 null`, `${CLIPPED} is out of range; null`)],
    ["增 6390", signed, { value: 6390, notes: [note("signed-text", "“增 6390”读为 6390", "“增 6390” read as 6390")] }],
    ["减少 38 项", signed, { value: -38, notes: [note("signed-text", "“减少 38 项”读为 -38", "“减少 38 项” read as -38")] }],
    ["19.7万", amount, { value: { value: 19.7, unit: "万元" }, notes: [note("unit-converted", "“19.7万”中的“万”读为万元", '"万" in “19.7万” read as 万元')] }],
    ["1127.9789 万", money, { value: 1127.9789, notes: [note("unit-converted", "“1127.9789 万”中的“万”读为万元", '"万" in “1127.9789 万” read as 万元')] }],
    [
      "5元",
      { kind: "amount", headerUnit: "万元" },
      {
        value: { value: 5, unit: "元" },
        notes: [note("unit-conflict", "“5元”的单位（元）与表头（万元）不符，按单元格的单位保存", "“5元”: the cell's unit (元) contradicts the header (万元); the cell's unit is kept")],
      },
    ],
    [
      "5万元",
      { kind: "amount", headerUnit: "元" },
      {
        value: { value: 5, unit: "万元" },
        notes: [note("unit-conflict", "“5万元”的单位（万元）与表头（元）不符，按单元格的单位保存", "“5万元”: the cell's unit (万元) contradicts the header (元); the cell's unit is kept")],
      },
    ],
    [
      "251000元",
      money,
      {
        value: 25.1,
        notes: [
          note("unit-converted", "“251000元”按元换算为 25.1 万元", "“251000元” converted from 元 to 25.1 万元"),
          note(
            "unit-conflict",
            "“251000元”的单位（元）与表头（万元）不符，可能相差一万倍；按单元格的单位换算",
            "“251000元”: the cell's unit (元) contradicts the header (万元), a possible 10,000× error; converted by the cell's unit",
          ),
        ],
      },
    ],
    [
      "5万元",
      { kind: "money", headerUnit: "元" },
      {
        value: 5,
        notes: [
          note(
            "unit-conflict",
            "“5万元”的单位（万元）与表头（元）不符，可能相差一万倍；按单元格的单位换算",
            "“5万元”: the cell's unit (万元) contradicts the header (元), a possible 10,000× error; converted by the cell's unit",
          ),
        ],
      },
    ],
    ["5", { kind: "money", headerUnit: "元" }, { value: 0.0005, notes: [note("unit-converted", "“5”按元换算为 0.0005 万元", "“5” converted from 元 to 0.0005 万元")] }],
    // The converted figure in the note is the exact decimal: no trailing point when the fraction is all zeros,
    // no leading zeros kept from the printed cell.
    ["10000", { kind: "money", headerUnit: "元" }, { value: 1, notes: [note("unit-converted", "“10000”按元换算为 1 万元", "“10000” converted from 元 to 1 万元")] }],
    [
      "0012345",
      { kind: "money", headerUnit: "元" },
      { value: 1.2345, notes: [note("unit-converted", "“0012345”按元换算为 1.2345 万元", "“0012345” converted from 元 to 1.2345 万元")] },
    ],
  ])("%j (%o)", (raw, context, expected) => {
    expect(readCell(raw, context)).toEqual(expected);
  });

  it("quotes long text clipped to 60 characters, and non-text input as JSON", () => {
    const long = "x".repeat(70);
    expect(readCell(long, count).notes[0]?.message.en).toBe(`“${"x".repeat(60)}…” cannot be read as a number; null`);
    expect(readCell("x".repeat(60), count).notes[0]?.message.en).toBe(`“${"x".repeat(60)}” cannot be read as a number; null`);
    expect(readCell([1, "a"], count).notes[0]?.message.en).toBe('“[1,"a"]” cannot be read as a number; null');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(readCell(circular, count).notes[0]?.message.en).toBe("“[object Object]” cannot be read as a number; null");
    expect(readCell(() => 1, count).notes[0]?.message.en).toBe("“[object Function]” cannot be read as a number; null");
    expect(readCell(Symbol("s"), count).notes[0]?.message.en).toBe("“Symbol(s)” cannot be read as a number; null");
    expect(readCell(Number.POSITIVE_INFINITY, count).notes[0]?.message.en).toBe("“Infinity” cannot be read as a number; null");
  });
});

describe("readCell: units between cell and header", () => {
  const kinds = (raw: string, context: CellContext) => readCell(raw, context).notes.map((entry) => entry.kind);

  it("a money column without a header unit reads 万元, so a 元 cell is converted and flagged", () => {
    expect(readCell("5", { kind: "money" })).toEqual({ value: 5, notes: [] });
    expect(readCell("5元", { kind: "money" }).value).toBe(0.0005);
    expect(kinds("5元", { kind: "money" })).toEqual(["unit-converted", "unit-conflict"]);
    expect(readCell("5元", { kind: "money" }).notes[1]?.message.en).toContain("contradicts the header (万元)");
  });

  it("万 is read as 万元 in every column of money, and conflicts only with a 元 header", () => {
    expect(readCell("5万", { kind: "amount", headerUnit: "万元" }).value).toEqual({ value: 5, unit: "万元" });
    expect(kinds("5万", { kind: "amount", headerUnit: "万元" })).toEqual(["unit-converted"]);
    expect(kinds("5万", { kind: "amount", headerUnit: "元" })).toEqual(["unit-converted", "unit-conflict"]);
    expect(readCell("5万", { kind: "money", headerUnit: "元" }).value).toBe(5);
    expect(kinds("5万", { kind: "money", headerUnit: "元" })).toEqual(["unit-converted", "unit-conflict"]);
  });

  it("a bare amount takes the header's unit without a note", () => {
    expect(readCell("5", { kind: "amount", headerUnit: "元" })).toEqual({ value: { value: 5, unit: "元" }, notes: [] });
  });

  it("one sign only: a second sign after a sign word is not read", () => {
    for (const text of ["增加+3", "减少-3", "增+3", "+-3", "-−3"]) expect(kinds(text, signed), text).toEqual(["unparsed-cell"]);
  });
});

describe("readCell: numbers as printed", () => {
  it.each<[string, CellContext, unknown]>([
    ["007", count, 7],
    ["000", count, 0],
    ["0,012", count, 12],
    ["1,234.5", money, 1234.5],
    ["0.500", money, 0.5],
    ["010.50 万元", money, 10.5],
    ["3 项 ", count, 3],
    ["增加  3", signed, 3],
    ["减 0", signed, 0],
    ["12345元", money, 1.2345],
    ["1234元", money, 0.1234],
    ["10000元", money, 1],
    ["0.5元", money, 0.00005],
    ["100000000元", money, 10000],
    ["2.50万", { kind: "amount" }, { value: 2.5, unit: "万元" }],
    ["1,000元", { kind: "amount" }, { value: 1000, unit: "元" }],
  ])("%j (%o) → %j", (raw, context, value) => {
    expect(readCell(raw, context).value).toEqual(value);
  });

  it.each<[string, CellContext]>([
    [".5", money],
    ["1,2345", count],
    ["12,34", count],
    ["1,234,56", count],
    ["1.2.3", money],
    ["1.x", money],
    ["3 项项", count],
    ["3 美元", money],
    ["增", signed],
    ["减少", signed],
    ["-", signed],
    ["3-", signed],
    ["1,", count],
    [",123", count],
  ])("%j (%o) is not a number", (raw, context) => {
    const reading = readCell(raw, context);
    expect(reading.value).toBeNull();
    expect(reading.notes.map((entry) => entry.kind)).not.toContain("signed-text");
    expect(reading.notes.length).toBe(1);
  });

  it("a sign and a negative zero: 减 0 and -0 are 0, never -0", () => {
    for (const text of ["减 0", "-0", "−0", "减少 0 项"]) {
      const value = readCell(text, signed).value;
      expect(value, text).toBe(0);
      expect(Object.is(value, -0), text).toBe(false);
    }
  });

  it("grouped digits read the same as plain digits (law)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 15 }), (n) => {
        const grouped = n.toLocaleString("en-US");
        expect(readCell(grouped, count).value).toBe(n);
        expect(readCell(`${grouped}元`, { kind: "amount" }).value).toEqual({ value: n, unit: "元" });
      }),
      { numRuns: 50 },
    );
  });

  it("元 and 万元 amounts of a money column differ by exactly 10,000 (law)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 9999 }), (whole, fraction) => {
        const wan = `${whole}.${String(fraction).padStart(4, "0")}`;
        const yuan = `${whole}${String(fraction).padStart(4, "0")}`;
        expect(readCell(`${yuan}元`, money).value).toBe(Number(wan));
        expect(readCell(`${wan}万元`, money).value).toBe(Number(wan));
      }),
      { numRuns: 50 },
    );
  });
});

describe("readCell: zero amounts and JSON numbers", () => {
  it("a zero in 元 is converted to 0 万元, and the note prints it as 0", () => {
    const yuan = { kind: "money", headerUnit: "元" } as const;
    expect(readCell("0元", money)).toEqual({
      value: 0,
      notes: [
        note("unit-converted", "“0元”按元换算为 0 万元", "“0元” converted from 元 to 0 万元"),
        note(
          "unit-conflict",
          "“0元”的单位（元）与表头（万元）不符，可能相差一万倍；按单元格的单位换算",
          "“0元”: the cell's unit (元) contradicts the header (万元), a possible 10,000× error; converted by the cell's unit",
        ),
      ],
    });
    expect(readCell("000", yuan)).toEqual({ value: 0, notes: [note("unit-converted", "“000”按元换算为 0 万元", "“000” converted from 元 to 0 万元")] });
    expect(readCell("0.5", yuan)).toEqual({ value: 0.00005, notes: [note("unit-converted", "“0.5”按元换算为 0.00005 万元", "“0.5” converted from 元 to 0.00005 万元")] });
    expect(readCell("0.0", yuan).notes[0]?.message.en).toBe("“0.0” converted from 元 to 0 万元");
  });

  it("a JSON number is read as its decimal text; a number that is not finite is not read", () => {
    expect(readCell(12, count)).toEqual({ value: 12, notes: [] });
    expect(readCell(0, signed)).toEqual({ value: 0, notes: [] });
    expect(readCell(-3, signed)).toEqual({ value: -3, notes: [] });
    expect(readCell(1.5, count)).toEqual(nullWith("invalid-number", "“1.5”是小数，但该列是整数，记为 null", "“1.5” is a decimal in an integer column; null"));
    expect(readCell(251000, { kind: "money", headerUnit: "元" }).value).toBe(25.1);
    expect(readCell(Number.NaN, count)).toEqual(nullWith("unparsed-cell", "“NaN”无法读为数值，记为 null", "“NaN” cannot be read as a number; null"));
    expect(readCell(10n, count)).toEqual(nullWith("unparsed-cell", "“10”无法读为数值，记为 null", "“10” cannot be read as a number; null"));
  });
});

describe("rawText: any input value as text for a note, never throwing", () => {
  it.each<[unknown, string]>([
    ["abc", "abc"],
    ["", ""],
    [null, "null"],
    [undefined, "undefined"],
    [12, "12"],
    [true, "true"],
    [10n, "10"],
    [Symbol("s"), "Symbol(s)"],
    [{ a: 1 }, '{"a":1}'],
    [[1, "a"], '[1,"a"]'],
    [() => 1, "[object Function]"],
    [{ a: 1n }, "[object Object]"],
    [{ toJSON: () => undefined }, "[object Object]"],
  ])("%o → %j", (raw, text) => {
    expect(rawText(raw)).toBe(text);
  });

  it("an object that cannot be printed at all is named by its type, and the cell is still read (as unparsed)", () => {
    // No prototype (so no toString) and a toJSON that throws: JSON.stringify and String() both throw.
    const hostile = Object.assign(Object.create(null) as object, {
      toJSON() {
        throw new Error("no");
      },
    });
    expect(rawText(hostile)).toBe("[object Object]");
    expect(readCell(hostile, count)).toEqual(nullWith("unparsed-cell", "“[object Object]”无法读为数值，记为 null", "“[object Object]” cannot be read as a number; null"));
    expect(rawText({ long: "x".repeat(300) })).toBe(`${'{"long":"'}${"x".repeat(191)}…`);
  });
});

describe("readCell: plain digits in a count column are read without normalising", () => {
  // The commonest cell (plain ASCII digits, at most 15 so always a safe integer) skips NFKC; any
  // other cell is normalised first. Both give the same reading: only the work differs.
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function normalisations(read: () => unknown): number {
    const spy = vi.spyOn(String.prototype, "normalize");
    read();
    const calls = spy.mock.calls.length;
    spy.mockRestore();
    return calls;
  }

  it.each<[string, CellContext, number]>([
    ["7", count, 0],
    ["0", signed, 0],
    ["123456789012345", count, 0],
    ["1234567890123456", count, 1],
    ["12 ", count, 1],
    ["1２", count, 1],
    ["", count, 1],
    ["12", money, 1],
    ["12", amount, 1],
  ])("%j (%o): %i normalisation(s)", (text, context, expected) => {
    expect(normalisations(() => readCell(text, context))).toBe(expected);
  });

  it("the fast path reads what the general path reads (law)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,15}$/), fc.constantFrom(count, signed), (digits, context) => {
        expect(readCell(digits, context)).toEqual(readCell(`${digits} `, context));
      }),
      { numRuns: 100 },
    );
  });
});
