// How the rule reader reads cells, asserted through `check` and `checkSeries` (issue 10):
// blank totals derived along a column, signed blanks, malformed rows and inherited keys.
import { describe, expect, it } from "vitest";
import { check, checkSeries } from "../../src/rules/check.js";
import type { Finding } from "../../src/rules/types.js";
import { clone, setAt, zeroReport } from "../support/reports.js";

type Json = Record<string, unknown>;
const blankable = (format: "2019" | "2021") => clone(zeroReport(format)) as Json;
const ofRule = (findings: readonly Finding[], id: string) => findings.filter((finding) => finding.ruleId === id);
const brief = (findings: readonly Finding[]) => findings.map((finding) => [finding.ruleId, finding.severity, finding.paths[0]]);

describe("a blank （七）总计 cell of one column is derived from that column's outcome rows", () => {
  const report = () => {
    const value = blankable("2021");
    setAt(value, ["applications", "received", "naturalPerson"], 5);
    setAt(value, ["applications", "received", "total"], 5);
    setAt(value, ["applications", "outcomes", "disclosed", "naturalPerson"], 4);
    setAt(value, ["applications", "outcomes", "disclosed", "total"], 4);
    setAt(value, ["applications", "outcomes", "total", "naturalPerson"], null);
    setAt(value, ["applications", "outcomes", "total", "total"], 4);
    return value;
  };

  it("so the column's balance is decided exactly (5 ≠ 4), naming every outcome cell read", () => {
    const findings = check(report(), { lang: "en" });
    const [column] = ofRule(findings, "t3.balance");
    expect(column).toMatchObject({ severity: "error", expected: 5, actual: 4 });
    expect(column?.message).toBe(
      "III. Applications received and handled (natural persons column): received 5 + carried over 0 = 5, should equal (7) total 4 (blank, derived from its parts) + carried forward 0 = 4; difference 1",
    );
    const outcomeCells = column?.paths.filter((path) => path.startsWith("/applications/outcomes/") && !path.startsWith("/applications/outcomes/total/")) ?? [];
    // Every 2021 outcome row's natural-person cell: 1 + 1 + 8 + 3 + 5 + 3.
    expect(outcomeCells).toHaveLength(21);
    expect(outcomeCells.every((path) => path.endsWith("/naturalPerson"))).toBe(true);
  });

  it("while the rule that checks that cell cannot decide it", () => {
    const [finding] = ofRule(check(report(), { lang: "en" }), "t3.outcomes-total");
    expect(finding).toMatchObject({ severity: "info", assessable: false });
    expect(finding?.message).toMatch(/because 3\. Outcomes this year › \(7\) Total — natural persons is blank$/);
  });
});

describe("a blank outcome row 总计 is derived from its six columns for the column-total rule", () => {
  it("and its imbalance against （七）总计 is an error, its own row-total relation undecided", () => {
    const report = blankable("2021");
    setAt(report, ["applications", "outcomes", "disclosed", "naturalPerson"], 2);
    setAt(report, ["applications", "outcomes", "disclosed", "total"], null);
    const findings = check(report, { lang: "en" });
    const outcomes = ofRule(findings, "t3.outcomes-total");
    expect(outcomes.map((finding) => [finding.paths[0], finding.severity, finding.expected, finding.actual])).toEqual([
      ["/applications/outcomes/total/naturalPerson", "error", 2, 0],
      ["/applications/outcomes/total/total", "error", 2, 0],
    ]);
    expect(outcomes[1]?.message).toContain("(1) disclosed 2 (blank, derived from its parts) + (2) partially disclosed 0");
    expect(brief(ofRule(findings, "t3.applicant-total"))).toEqual([["t3.applicant-total", "info", "/applications/outcomes/disclosed/total"]]);
  });
});

describe("a cell read twice through two derivations is named once", () => {
  it("the corner （七）总计 × 总计 derived from a blank （七）总计 cell and a blank outcome 总计 that share a cell", () => {
    const report = blankable("2021");
    setAt(report, ["applications", "received", "naturalPerson"], 5);
    setAt(report, ["applications", "received", "total"], 5);
    setAt(report, ["applications", "outcomes", "total", "total"], null);
    setAt(report, ["applications", "outcomes", "total", "naturalPerson"], null);
    setAt(report, ["applications", "outcomes", "disclosed", "total"], null);
    const total = ofRule(check(report), "t3.balance").find((finding) => finding.paths[0] === "/applications/received/total");
    expect(total).toMatchObject({ severity: "error", expected: 5, actual: 0 });
    const paths = total?.paths ?? [];
    // /applications/outcomes/disclosed/naturalPerson is read by both derivations.
    expect(paths.filter((path) => path === "/applications/outcomes/disclosed/naturalPerson")).toHaveLength(1);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe("a blank signed cell (本年增/减) may be negative", () => {
  it("so a decrease next to a blank change is undecided, not an error", () => {
    const previous = blankable("2019");
    const current = blankable("2019");
    previous.year = 2019;
    current.year = 2020;
    setAt(previous, ["proactive", "licensing", "itemsLastYear"], 10);
    setAt(previous, ["proactive", "licensing", "itemsChange"], null);
    setAt(current, ["proactive", "licensing", "itemsLastYear"], 5);
    const [finding] = ofRule(checkSeries([previous, current], { lang: "en" }), "series.items");
    expect(finding).toEqual({
      ruleId: "series.items",
      severity: "info",
      paths: ["/1/proactive/licensing/itemsLastYear", "/0/proactive/licensing/itemsLastYear", "/0/proactive/licensing/itemsChange"],
      message:
        "2019→2020 II. Proactive disclosure (administrative licensing): cannot decide (2020 items last year = 2019 items last year + 2019 change this year) because Article 20 item (5) › administrative licensing — change this year is blank",
      assessable: false,
    });
  });
});

describe("malformed input is blank, never a number and never a crash", () => {
  it("a row that is null leaves all its cells blank", () => {
    const report = blankable("2021");
    (report.applications as Json).received = null;
    const findings = check(report, { lang: "en" }).filter((finding) => finding.ruleId.startsWith("t3."));
    expect(findings.every((finding) => finding.severity === "info" && finding.assessable === false)).toBe(true);
    expect(brief(ofRule(findings, "t3.applicant-total"))).toEqual([["t3.applicant-total", "info", "/applications/received/total"]]);
    expect(ofRule(findings, "t3.balance")).toHaveLength(7);
  });

  it("a section that is a string or a number is blank too", () => {
    for (const junk of ["12", 12]) {
      const report = blankable("2021");
      report.applications = junk;
      const findings = check(report).filter((finding) => finding.ruleId.startsWith("t3."));
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((finding) => finding.assessable === false)).toBe(true);
    }
  });

  it("a value inherited from a prototype is not the report's", () => {
    const report = blankable("2021");
    const received = Object.create({ naturalPerson: 3 }) as Json;
    Object.assign(received, (report.applications as Json).received);
    delete received.naturalPerson;
    (report.applications as Json).received = received;
    const findings = check(report).filter((finding) => finding.ruleId.startsWith("t3."));
    expect(brief(findings)).toEqual([
      ["t3.balance", "info", "/applications/received/naturalPerson"],
      ["t3.applicant-total", "info", "/applications/received/total"],
    ]);
  });
});
