// How the rule reader derives blank printed totals (src/rules/reader.ts, issue 10, fourth
// session): the corner （七）总计 × 总计 from its row and from its column, the terms the reader
// returns for a derived total or a sum, and a cell the table does not have.
import { describe, expect, it } from "vitest";
import { check } from "../../src/rules/check.js";
import { cellRef } from "../../src/rules/layout.js";
import { Reader } from "../../src/rules/reader.js";
import type { Finding } from "../../src/rules/types.js";
import { clone, setAt, zeroReport } from "../support/reports.js";

type Json = Record<string, unknown>;
const blankable = (format: "2019" | "2021") => clone(zeroReport(format)) as Json;
const ofRule = (findings: readonly Finding[], id: string) => findings.filter((finding) => finding.ruleId === id);

describe("the corner （七）总计 × 总计, blank, is derived from its row and from its column, and the two meet", () => {
  // 5 received. Along its row the corner is 自然人 4 + 商业企业 blank (itself derived from a column
  // with a blank cell: at least 0), so at least 4. Along its column it is the outcome rows' 总计,
  // where （一）予以公开's blank 总计 is derived exactly from its row: 4. Together: exactly 4.
  const report = () => {
    const value = blankable("2021");
    setAt(value, ["applications", "received", "naturalPerson"], 5);
    setAt(value, ["applications", "received", "total"], 5);
    setAt(value, ["applications", "outcomes", "disclosed", "naturalPerson"], 4);
    setAt(value, ["applications", "outcomes", "disclosed", "total"], null);
    setAt(value, ["applications", "outcomes", "withheld", "stateSecret", "commercialEnterprise"], null);
    setAt(value, ["applications", "outcomes", "total", "naturalPerson"], 4);
    setAt(value, ["applications", "outcomes", "total", "commercialEnterprise"], null);
    setAt(value, ["applications", "outcomes", "total", "total"], null);
    return value;
  };

  it("so the 总计 column's balance is decided exactly: 5 ≠ 4", () => {
    const total = ofRule(check(report(), { lang: "en" }), "t3.balance").find((finding) => finding.paths[0] === "/applications/received/total");
    expect(total).toMatchObject({ severity: "error", expected: 5, actual: 4 });
    expect(total?.message).toBe(
      "III. Applications received and handled (total column): received 5 + carried over 0 = 5, should equal (7) total 4 (blank, derived from its parts) + carried forward 0 = 4; difference 1",
    );
    // The finding names the cells of both derivations, the row's blank 商业企业 among them.
    expect(total?.paths).toContain("/applications/outcomes/total/commercialEnterprise");
    expect(total?.paths).toContain("/applications/outcomes/disclosed/total");
    expect(total?.paths).toContain("/applications/outcomes/disclosed/naturalPerson");
  });

  it("and the reader's term for the corner is exact, derived, with each cell once", () => {
    const reader = new Reader(report(), "2021", "unknown");
    const corner = reader.layout.cell(reader.layout.outcomesTotal, "total");
    const term = reader.cell(corner);
    expect(term.value).toEqual({ lo: 4, hi: 4 });
    expect(term.derived).toEqual([corner]);
    expect(term.blanks).toEqual([]);
    expect(term.cells[0]).toBe(corner.pointer);
    expect(new Set(term.cells).size).toBe(term.cells.length);
  });
});

describe("a derived term lists each cell it read once", () => {
  it("even when the row and the column derivations both read a cell (予以公开 × 自然人)", () => {
    const report = blankable("2021");
    for (const path of [
      ["outcomes", "total", "total"],
      ["outcomes", "total", "naturalPerson"],
      ["outcomes", "disclosed", "total"],
    ])
      setAt(report, ["applications", ...path], null);
    const reader = new Reader(report, "2021", "unknown");
    const term = reader.cell(reader.layout.cell(reader.layout.outcomesTotal, "total"));
    expect(term.value).toEqual({ lo: 0, hi: 0 });
    expect(term.cells.filter((path) => path === "/applications/outcomes/disclosed/naturalPerson")).toHaveLength(1);
    expect(new Set(term.cells).size).toBe(term.cells.length);
  });
});

describe("a sum of cells as the reader returns it", () => {
  it("names the blank totals it derived, and only those", () => {
    const report = blankable("2021");
    setAt(report, ["applications", "received", "naturalPerson"], 2);
    setAt(report, ["applications", "received", "total"], null);
    const reader = new Reader(report, "2021", "unknown");
    const received = reader.layout.cell(reader.layout.received, "total");
    const over = reader.layout.cell(reader.layout.carriedOver, "total");
    const sum = reader.sum([received, over], { zh: "合计", en: "sum" });
    expect(sum.value).toEqual({ lo: 2, hi: 2 });
    expect(sum.derived).toEqual([received]);
    expect(sum.blanks).toEqual([]);
    expect(sum.self).toBeUndefined();
    expect(reader.sum([over, over], { zh: "合计", en: "sum" }).derived).toEqual([]);
  });
});

describe("a cell the table does not have", () => {
  it("reads as blank, never derived and never a crash (（三）不予公开 is a group heading with no 总计)", () => {
    const reader = new Reader(blankable("2021"), "2021", "unknown");
    const heading = cellRef("2021", ["applications", "outcomes", "withheld", "total"], { zh: "（三）", en: "(3)" });
    const term = reader.cell(heading);
    expect(term.value).toEqual({ lo: 0, hi: Number.POSITIVE_INFINITY });
    expect(term.blanks).toEqual([heading]);
    expect(term.derived).toEqual([]);
  });
});
