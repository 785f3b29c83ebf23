import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromLabeledTables } from "../../src/labeled/index.js";
import { LABEL_ALIASES } from "../../src/labeled/labels.js";
import { cellsOf } from "../../src/schema/describe.js";
import { LenientReport } from "../../src/schema/report.js";
import { notesOf, readOk } from "./helpers.js";

function assertSound(input: unknown): void {
  const result = fromLabeledTables(input);
  if (result.success) expect(LenientReport.safeParse(result.data).success).toBe(true);
  else {
    expect(result.data).toBeUndefined();
    expect(typeof result.error.code).toBe("string");
  }
}

const labels = [
  ...new Set(
    [...cellsOf("2019"), ...cellsOf("2021")].flatMap((cell) => [
      ...cell.meta.cell.rows.map((row) => row.zh),
      cell.meta.cell.rows.map((row) => row.zh).join("/"),
      cell.meta.cell.column?.zh ?? "",
    ]),
  ),
  ...LABEL_ALIASES.map((alias) => alias.text),
];
const cellText = fc.oneof(
  fc.constantFrom("", "—", "-", "/", "无", "&nbsp;", "增加 3 项", "减少38项", "+2", "-18", "26.22 万元", "251000元", "1127.9789 万", "1,234", "１２", "1.5", "12"),
  fc.string(),
  fc.integer().map(String),
  fc.anything(),
);
const label = fc.oneof(fc.constantFrom(...labels), fc.string());
const row = fc.dictionary(label, cellText, { maxKeys: 8 });
const table = fc.dictionary(label, fc.oneof(row, fc.anything()), { maxKeys: 10 });
const labelledInput = fc.record(
  {
    format: fc.oneof(fc.constantFrom("2019", "2021"), fc.anything()),
    year: fc.oneof(fc.integer({ min: 1990, max: 2030 }), fc.anything()),
    agency: fc.oneof(fc.string(), fc.anything()),
    tables: fc.record({ 二: table, 三: table, 四: table }, { requiredKeys: [] }),
    text: fc.oneof(fc.dictionary(fc.constantFrom("一", "五", "六", "七"), fc.oneof(fc.string(), fc.anything())), fc.anything()),
  },
  { requiredKeys: ["tables"] },
);

describe("fromLabeledTables never throws and successful results always pass LenientReport", () => {
  it("random JSON values", () => {
    fc.assert(fc.property(fc.jsonValue(), assertSound), { numRuns: 300 });
  });

  it("anything at all", () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withBoxedValues: true }), assertSound), {
      numRuns: 300,
    });
  });

  it("random labelled tables built from real labels, aliases, noise and odd cells", () => {
    fc.assert(fc.property(labelledInput, assertSound), { numRuns: 300 });
  });

  it("random labelled tables with a format always succeed", () => {
    fc.assert(
      fc.property(labelledInput, fc.constantFrom("2019", "2021"), (input, format) => {
        const result = fromLabeledTables({ ...input, format });
        expect(result.success).toBe(true);
        if (result.success) expect(LenientReport.safeParse(result.data).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a string", "tables"],
    ["an array", [{ tables: {} }]],
    ["a function", () => 1],
    ["a symbol", Symbol("x")],
    ["a bigint", 10n],
    ["no tables", { year: 2019 }],
    ["tables as an array", { tables: [] }],
  ])("%s → success:false invalid-input", (_, input) => {
    const result = fromLabeledTables(input);
    expect(result).toMatchObject({ success: false, error: { code: "invalid-input" } });
    expect(result.error?.message).toBe(result.error?.messages.zh);
    expect(fromLabeledTables(input, { lang: "en" }).error?.message).toMatch(/^The input is not an object/);
  });

  it("objects whose getters or proxies throw → success:false unreadable-input at the path, never a throw", () => {
    const getter = { get tables(): unknown { throw new Error("boom"); } };
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error("trap"); }, get: () => { throw new Error("trap"); } });
    expect(fromLabeledTables(getter)).toMatchObject({ success: false, error: { code: "unreadable-input", path: "/tables" } });
    expect(fromLabeledTables({ tables: proxy }).success).toBe(false);
    const hostile = { get message(): string { throw new Error("again"); } };
    const throwsHostile = { get tables(): unknown { throw hostile; } };
    expect(fromLabeledTables(throwsHostile)).toMatchObject({ success: false, error: { code: "unreadable-input", path: "/tables" } });
  });

  it("prototype-looking labels are just unknown labels", () => {
    const input = JSON.parse('{"year":2019,"tables":{"二":{"__proto__":{"constructor":"1"},"constructor":{"toString":"2"}},"__proto__":{}}}');
    const { notes } = readOk(input);
    expect(notesOf(notes, "unknown-row").map((note) => note.row)).toEqual(["__proto__", "constructor"]);
    expect(notesOf(notes, "unknown-table").map((note) => note.raw)).toEqual(["__proto__"]);
  });

  it("a 1 MB label and 1 MB cells give a result with notes", () => {
    const big = "规".repeat(1_000_000);
    const { report, notes } = readOk({
      format: "2019",
      year: 2019,
      tables: {
        二: { [big]: { 本年新制作数量: "1" }, 规章: { [big]: "1", 本年新制作数量: "9".repeat(1_000_000), 本年新公开数量: `${"(".repeat(500_000)}1` } },
        三: { [`${"/".repeat(500_000)}${")".repeat(500_000)}`]: { 自然人: "1" } },
      },
    });
    expect(report.format === "2019" && report.proactive.regulations.made).toBeNull();
    expect(notesOf(notes, "unknown-row")).toHaveLength(2);
    expect(notesOf(notes, "unknown-column")).toHaveLength(1);
    expect(notesOf(notes, "invalid-number")).toHaveLength(1);
    expect(notesOf(notes, "unparsed-cell")).toHaveLength(1);
    expect(notesOf(notes, "unknown-row")[0]?.message.zh.length).toBeLessThan(400);
  });
});
