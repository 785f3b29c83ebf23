import { describe, expect, it } from "vitest";
import { breakRule, buildLenientReport, buildReport, buildSeries, breakSeriesRule, ruleIdsFor } from "../../src/fixtures/index.js";
import { rules } from "../../src/rules/catalogue.js";
import { check, checkSeries, runReportRules } from "../../src/rules/check.js";
import { t2PublishedWithinTotal, t3Balance, textOverviewLength } from "../../src/rules/report-rules.js";
import type { RunnableReportRule } from "../../src/rules/rule.js";
import type { Finding } from "../../src/rules/types.js";
import { clone, setAt, zeroReport } from "../support/reports.js";
import seed003 from "../fixtures/seeds/003.json" with { type: "json" };

/** A record's cell pattern as a regular expression: `{row}` may span segments, `{Y}`/`{Y-1}`/`{i}` are indexes. */
function patternOf(cell: string): RegExp {
  const source = cell
    .split(/(\{[^}]+\})/)
    .map((part) => {
      if (part === "{row}") return ".+";
      if (part === "{Y}" || part === "{Y-1}" || part === "{i}") return "\\d+";
      if (/^\{[^}]+\}$/.test(part)) return "[^/]+";
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`);
}

function expectPathsDeclared(findings: readonly Finding[]): number {
  let checked = 0;
  for (const finding of findings) {
    const rule = rules.find((entry) => entry.id === finding.ruleId);
    expect(rule, finding.ruleId).toBeDefined();
    const patterns = (rule?.cells ?? []).map(patternOf);
    for (const path of finding.paths) {
      expect(patterns.some((pattern) => pattern.test(path)), `${finding.ruleId}: ${path} is not among its record's cells ${rule?.cells.join(", ")}`).toBe(true);
      checked += 1;
    }
  }
  return checked;
}

describe("every finding's paths are among its record's cells", () => {
  it("for each breakable single-report rule, strict and with blanks, in both formats", () => {
    let checked = 0;
    for (const format of ["2019", "2021"] as const) {
      for (let seed = 0; seed < 20; seed += 1) {
        const report = buildReport({ format, seed });
        for (const id of ruleIdsFor(format)) checked += expectPathsDeclared(check(breakRule(report, id, { seed })));
        checked += expectPathsDeclared(check(buildLenientReport({ format, seed })));
      }
    }
    checked += expectPathsDeclared(check(seed003));
    expect(checked).toBeGreaterThan(100);
  });

  it("for blank totals derived from their parts (rows, the （七）总计 column and the corner)", () => {
    const report = clone(zeroReport("2021")) as Record<string, unknown>;
    setAt(report, ["applications", "received", "naturalPerson"], 3);
    setAt(report, ["applications", "received", "total"], null);
    setAt(report, ["applications", "outcomes", "total", "total"], null);
    setAt(report, ["reviewAndLitigation", "review", "total"], null);
    const findings = check(report);
    expect(findings.length).toBeGreaterThan(0);
    expectPathsDeclared(findings);
  });

  it("for each series rule and the series input step", () => {
    let checked = 0;
    for (let seed = 0; seed < 5; seed += 1) {
      const series = buildSeries({ years: [2019, 2020, 2021, 2022], seed });
      for (const id of ["series.carry-over", "series.in-force", "series.repeal-bound", "series.items", "series.published-total", "series.input"] as const)
        checked += expectPathsDeclared(checkSeries(breakSeriesRule(series, id)));
      checked += expectPathsDeclared(checkSeries([series[0], series[3]]));
      checked += expectPathsDeclared(checkSeries([series[0], { ...series[1], year: 2019 }]));
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe("the engine runs a rule from its record", () => {
  // 2021, 自然人 column: received 1 more than the balance allows.
  const unbalanced = () => {
    const report = clone(zeroReport("2021")) as Record<string, unknown>;
    setAt(report, ["applications", "received", "naturalPerson"], 1);
    setAt(report, ["applications", "received", "total"], 1);
    setAt(report, ["applications", "outcomes", "disclosed", "naturalPerson"], 0);
    return report;
  };

  it("takes the id and severity of the record", () => {
    const renamed: RunnableReportRule = { ...t3Balance, id: "custom.balance" as RunnableReportRule["id"], severity: "warning" };
    const findings = runReportRules([renamed], unbalanced());
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ["custom.balance", "warning"],
      ["custom.balance", "warning"],
    ]);
  });

  it("uses the record's tolerance (equality, upper bound and text length)", () => {
    expect(runReportRules([t3Balance], unbalanced())).toHaveLength(2);
    expect(runReportRules([{ ...t3Balance, tolerance: 1 }], unbalanced())).toEqual([]);
    expect(runReportRules([{ ...t3Balance, tolerance: 0.5 }], unbalanced())).toHaveLength(2);

    const report2019 = clone(zeroReport("2019")) as Record<string, unknown>;
    setAt(report2019, ["proactive", "regulations", "published"], 3);
    setAt(report2019, ["proactive", "regulations", "totalPublished"], 2);
    expect(runReportRules([t2PublishedWithinTotal], report2019)).toHaveLength(1);
    expect(runReportRules([{ ...t2PublishedWithinTotal, tolerance: 1 }], report2019)).toEqual([]);

    const long = clone(zeroReport("2021")) as Record<string, unknown>;
    setAt(long, ["text", "overview"], "字".repeat(1001));
    expect(runReportRules([textOverviewLength], long)).toHaveLength(1);
    expect(runReportRules([{ ...textOverviewLength, tolerance: 1 }], long)).toEqual([]);
  });

  it("fills the record's message template, so a changed template changes the finding", () => {
    const message = { zh: "【{column}】{left} ≠ {right}（{diff}）", en: "[{column}] {left} != {right} ({diff})" };
    const findings = runReportRules([{ ...t3Balance, message }], unbalanced(), { lang: "en" });
    expect(findings[0]?.message).toBe("[natural persons] received 1 + carried over 0 = 1 != (7) total 0 + carried forward 0 = 0 (1)");
  });

  it("the catalogue's records are the rules' own data: no function or implementation detail in them", async () => {
    const { ruleCatalogue } = await import("../../src/rules/catalogue.js");
    for (const info of ruleCatalogue()) {
      expect(Object.keys(info)).not.toContain("run");
      expect(Object.keys(info)).not.toContain("form");
    }
  });
});
