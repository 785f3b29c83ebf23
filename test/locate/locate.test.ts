import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildLenientReport, buildReport, buildSeries } from "../../src/fixtures/index.js";
import type { Report2019, Report2021 } from "../../src/schema/report.js";
import { locateErrors, locateSeriesErrors, type Suggestion } from "../../src/locate/index.js";
import { reportModel } from "../../src/locate/model.js";
import { check, checkSeries } from "../../src/rules/check.js";
import { RULE_IDS } from "../../src/rules/catalogue.js";
import { fromPointer } from "../../src/schema/pointer.js";
import { clone, getAt, setAt } from "../support/reports.js";

const formats = ["2019", "2021"] as const;
const example = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, "../../examples/reports", `${name}.json`), "utf8"));

/** Applies a suggestion (changes and fills) to a copy of the report. */
function apply(report: unknown, suggestion: Suggestion): Record<string, unknown> {
  const copy = clone(report) as Record<string, unknown>;
  for (const cell of [...suggestion.changes, ...suggestion.fills]) setAt(copy, fromPointer(cell.pointer), cell.suggested);
  return copy;
}

/** Failed arithmetic relations (t2 is a warning, t3/t4 errors); undecidable ones excluded. */
const errors = (report: unknown) => check(report).filter((finding) => /^t[234]\./.test(finding.ruleId) && finding.assessable !== false);

/** Cells of tables 二, 三 and 四 that the relations read, per format. */
const cellsOf = (format: "2019" | "2021") => reportModel(format).cells.filter((cell) => reportModel(format).cellRelations[reportModel(format).cells.indexOf(cell)]?.length);

describe("locateErrors: laws", () => {
  it.each(formats)("a valid report gets no suggestion (%s)", (format) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        expect(locateErrors(buildReport({ format, seed }))).toEqual({ success: true, data: [], status: "consistent", failing: [], maxCells: 3 });
      }),
      { numRuns: 100 },
    );
  });

  it.each(formats)("every suggestion, applied, makes every relation hold (%s, one to three cells changed)", (format) => {
    const cells = cellsOf(format);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.array(fc.record({ cell: fc.constantFrom(...cells), value: fc.integer({ min: 0, max: 500 }) }), { minLength: 1, maxLength: 3 }),
        (seed, corruptions) => {
          const report = clone(buildReport({ format, seed }));
          for (const { cell, value } of corruptions) setAt(report, cell.path, value);
          const result = locateErrors(report, { limit: 20 });
          if (!result.success) {
            expect(result.error.code).toBe("too-many-changes");
            return;
          }
          if (result.status === "consistent") {
            expect(errors(report)).toEqual([]);
            return;
          }
          expect(errors(report).length).toBeGreaterThan(0);
          const size = result.data[0]?.changes.length;
          for (const suggestion of result.data) {
            expect(suggestion.changes.length).toBe(size); // all of the minimal size
            expect(suggestion.changes.length).toBeLessThanOrEqual(corruptions.length);
            expect(errors(apply(report, suggestion))).toEqual([]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each(formats)("on lenient reports, a suggestion applied leaves no error (%s)", (format) => {
    const cells = cellsOf(format).filter((cell) => cell.table === "三" || cell.table === "四");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.constantFrom(...cells), fc.integer({ min: 1, max: 50 }), (seed, cell, delta) => {
        const report = clone(buildLenientReport({ format, seed }));
        const value = getAt(report, cell.path);
        if (typeof value !== "number") return;
        setAt(report, cell.path, value + delta);
        const result = locateErrors(report);
        expect(result.success).toBe(true);
        if (!result.success) return;
        if (errors(report).length > 0) expect(result.status).toBe("located");
        for (const suggestion of result.data) expect(errors(apply(report, suggestion))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("is deterministic and does not touch its input", () => {
    const report = clone(buildReport({ format: "2019", seed: 9 }));
    setAt(report, ["applications", "outcomes", "disclosed", "naturalPerson"], 77);
    const before = JSON.stringify(report);
    const first = locateErrors(report, { lang: "en" });
    expect(locateErrors(report, { lang: "en" })).toEqual(first);
    expect(JSON.stringify(report)).toBe(before);
  });

  it("never throws on data", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = locateErrors(input);
        expect(typeof result.success).toBe("boolean");
        expect(typeof locateSeriesErrors(input as never).success).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});

describe("locateErrors: what it says", () => {
  it("names a mistyped cell and restores its value", () => {
    const report = clone(buildReport({ format: "2021", seed: 1 }));
    const path = ["applications", "outcomes", "total", "naturalPerson"];
    const original = getAt(report, path) as number;
    setAt(report, path, original + 10);
    const result = locateErrors(report);
    expect(result.success && result.status).toBe("located");
    if (!result.success) return;
    expect(result.data).toHaveLength(1);
    const [first] = result.data;
    expect(first?.changes).toEqual([
      { pointer: "/applications/outcomes/total/naturalPerson", label: { zh: "（七）总计 · 自然人", en: "(7) Total · natural persons" }, printed: original + 10, suggested: original, kind: expect.any(String) },
    ]);
    expect(first?.relations.map((relation) => relation.ruleId)).toEqual(["t3.balance", "t3.outcomes-total", "t3.applicant-total"]);
    expect(first?.message).toBe(`可能有误：（七）总计 · 自然人 印为 ${original + 10}，若为 ${original} 则 3 条关系成立`);
    const english = locateErrors(report, { lang: "en" });
    expect(english.success && english.data[0]?.message).toBe(
      `Possibly wrong: (7) Total · natural persons printed as ${original + 10}; if it were ${original}, 3 relations would hold`,
    );
  });

  it("ranks a one-digit slip above an arbitrary change when table 四 cannot tell which cell is wrong", () => {
    const report = clone(buildReport({ format: "2021", seed: 2 }));
    setAt(report, ["reviewAndLitigation", "review"], { upheld: 31, corrected: 9, other: 3, pending: 1, total: 43 });
    const result = locateErrors(report);
    expect(result.success).toBe(true);
    if (!result.success) return;
    // 31 → 30 is one digit; so is 43 → 44; the others are arbitrary.
    expect(result.data.map((suggestion) => [suggestion.changes[0]?.pointer, suggestion.changes[0]?.suggested, suggestion.changes[0]?.kind])).toEqual([
      ["/reviewAndLitigation/review/upheld", 30, "digit"],
      ["/reviewAndLitigation/review/total", 44, "digit"],
      ["/reviewAndLitigation/review/corrected", 8, "arbitrary"],
      ["/reviewAndLitigation/review/other", 2, "arbitrary"],
      ["/reviewAndLitigation/review/pending", 0, "arbitrary"],
    ]);
  });

  it("recognises a transposition, a neighbour's value and a total printed as 0", () => {
    const base = buildReport({ format: "2019", seed: 4, overrides: { applications: { received: { naturalPerson: 35, commercialEnterprise: 12 } } } });
    const kindAfter = (path: string[], value: number) => {
      const report = clone(base);
      setAt(report, path, value);
      const result = locateErrors(report);
      return result.success ? result.data[0]?.changes.map((change) => [change.pointer, change.kind]) : result.error.code;
    };
    expect(kindAfter(["applications", "received", "naturalPerson"], 53)).toEqual([["/applications/received/naturalPerson", "transposition"]]);
    expect(kindAfter(["applications", "received", "naturalPerson"], 12)).toEqual([["/applications/received/naturalPerson", "neighbour"]]);
    expect(kindAfter(["applications", "received", "total"], 0)).toEqual([["/applications/received/total", "blank-total"]]);
  });

  it("says when no change of at most maxCells cells explains the failures", () => {
    const report = clone(buildReport({ format: "2021", seed: 3 }));
    setAt(report, ["applications", "received", "naturalPerson"], 901);
    setAt(report, ["applications", "carriedForward", "commercialEnterprise"], 902);
    const result = locateErrors(report, { maxCells: 1, lang: "en" });
    expect(result).toMatchObject({ success: false, error: { code: "too-many-changes" }, maxCells: 1 });
    expect(!result.success && result.error.message).toMatch(/^no change of at most 1 cell makes every relation hold \(\d+ relations fail\)$/);
    expect(locateErrors(report).success).toBe(true);
  });

  it("returns invalid-options and not-a-report instead of throwing", () => {
    expect(locateErrors({}, { maxCells: 0 })).toMatchObject({ success: false, error: { code: "invalid-options" } });
    expect(locateErrors({}, { lang: "fr" as never })).toMatchObject({ success: false, error: { code: "invalid-options" } });
    expect(locateErrors("report")).toMatchObject({ success: false, error: { code: "not-a-report", message: "输入不是报告对象" } });
    expect(locateSeriesErrors([{ year: 2020 }, { year: 2020 }])).toMatchObject({ success: false, error: { code: "not-a-report" } });
  });

  it("covers the relations of the rules, and only those", () => {
    for (const format of formats) {
      const ids = new Set(reportModel(format).relations.map((relation) => relation.ruleId));
      for (const id of ids) expect(RULE_IDS).toContain(id);
      expect([...ids].sort()).toEqual(format === "2019" ? ["t2.published-within-total", "t3.applicant-total", "t3.balance", "t3.outcomes-total", "t4.total"] : ["t3.applicant-total", "t3.balance", "t3.outcomes-total", "t4.total"]);
    }
  });
});

describe("locateErrors on the bundled examples", () => {
  it("finds nothing to change in the reports that add up (000, 002, 004)", () => {
    for (const name of ["000", "002", "004"]) expect(locateErrors(example(name))).toMatchObject({ success: true, status: "consistent", data: [] });
  });

  it("003 临淄区 2019: two cells in one row, the 自然人 cell and its 总计, four equally likely rows", () => {
    const result = locateErrors(example("003"));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.failing.map((relation) => `${relation.ruleId} ${relation.label.zh}`)).toEqual(["t3.balance 自然人列", "t3.outcomes-total 自然人列"]);
    expect(result.data.slice(0, 4).map((suggestion) => suggestion.changes.map((change) => `${change.pointer} ${change.printed}→${change.suggested}`))).toEqual([
      ["/applications/received/naturalPerson 35→43", "/applications/received/total 35→43"],
      ["/applications/carriedOver/naturalPerson 0→8", "/applications/carriedOver/total 0→8"],
      ["/applications/outcomes/unableToProvide/notHeld/naturalPerson 26→18", "/applications/outcomes/unableToProvide/notHeld/total 26→18"],
      ["/applications/carriedForward/naturalPerson 8→0", "/applications/carriedForward/total 8→0"],
    ]);
    for (const suggestion of result.data) expect(errors(apply(example("003"), suggestion))).toEqual([]);
  });
});

describe("locateSeriesErrors", () => {
  it("locates a wrong 结转下年度 in year Y from its own balance and the next year's 上年结转", () => {
    const [first, second] = clone(buildSeries({ years: [2020, 2021], seed: 11 })) as [Report2019, Report2021];
    expect(checkSeries([first, second]).filter((finding) => finding.severity === "error")).toEqual([]);
    expect(locateSeriesErrors([second, first])).toMatchObject({ success: true, status: "consistent" });
    const value = first.applications.carriedForward.naturalPerson;
    setAt(first, ["applications", "carriedForward", "naturalPerson"], value + 5);
    setAt(first, ["applications", "carriedForward", "total"], first.applications.carriedForward.total + 5);
    const result = locateSeriesErrors([second, first]);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.failing.map((relation) => relation.ruleId)).toContain("series.carry-over");
    expect(result.data[0]?.changes.map((change) => [change.pointer, change.suggested])).toEqual([
      ["/1/applications/carriedForward/naturalPerson", value],
      ["/1/applications/carriedForward/total", first.applications.carriedForward.total - 5],
    ]);
    expect(result.data[0]?.changes[0]?.label.zh).toBe("2020 年 四、结转下年度继续办理 · 自然人");
  });

  it("locates a wrong 上年结转 in year Y+1", () => {
    const [first, second] = clone(buildSeries({ years: [2022, 2023], seed: 13 })) as [Report2021, Report2021];
    expect(locateSeriesErrors([first, second])).toMatchObject({ success: true, status: "consistent" });
    setAt(second, ["applications", "carriedOver", "naturalPerson"], second.applications.carriedOver.naturalPerson + 30);
    const result = locateSeriesErrors([first, second], { lang: "en" });
    expect(result.success && result.data[0]?.changes.map((change) => change.pointer)).toEqual(["/1/applications/carriedOver/naturalPerson"]);
  });
});
