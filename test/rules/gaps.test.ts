// Behaviour that mutation testing found untested (issue 10); each test fails on a surviving mutant.
import { describe, expect, it } from "vitest";
import { check } from "../../src/rules/check.js";
import { atMost, equal, exact, UNKNOWN_COUNT } from "../../src/rules/interval.js";
import { clone, setAt, zeroReport } from "../support/reports.js";

const blankable = (format: "2019" | "2021") => clone(zeroReport(format)) as Record<string, unknown>;
const ofRule = (findings: ReturnType<typeof check>, id: string) => findings.filter((finding) => finding.ruleId === id);

describe("blank totals are derived from their parts", () => {
  it("a blank row 总计 is derived from its six columns (exactly), so an imbalance is an error", () => {
    const report = blankable("2021");
    setAt(report, ["applications", "received", "naturalPerson"], 2);
    setAt(report, ["applications", "received", "total"], null);
    const balance = ofRule(check(report, { lang: "en" }), "t3.balance");
    const total = balance.find((finding) => finding.paths.includes("/applications/received/total"));
    expect(total).toMatchObject({ severity: "error", expected: 2, actual: 0 });
    expect(total?.assessable).toBeUndefined();
    expect(total?.message).toContain("received 2 (blank, derived from its parts)");
  });

  it("a blank row 总计 that matches its columns passes", () => {
    const report = blankable("2021");
    for (const row of ["received", "carriedForward"]) {
      setAt(report, ["applications", row, "naturalPerson"], 2);
      setAt(report, ["applications", row, "total"], null);
    }
    expect(ofRule(check(report), "t3.balance")).toEqual([]);
  });

  it("the corner （七）总计 × 总计 is derived from its row and its column, intersected: the exact side wins", () => {
    // Row: （七）总计's six columns are printed (sum 5). Column: one outcome row's 总计 is blank, so the
    // column gives only a lower bound. The intersection is exactly 5 and the total column balances.
    const report = blankable("2021");
    setAt(report, ["applications", "received", "naturalPerson"], 5);
    setAt(report, ["applications", "received", "total"], 5);
    setAt(report, ["applications", "outcomes", "disclosed", "naturalPerson"], 5);
    setAt(report, ["applications", "outcomes", "disclosed", "total"], null);
    setAt(report, ["applications", "outcomes", "total", "naturalPerson"], 5);
    setAt(report, ["applications", "outcomes", "total", "total"], null);
    expect(ofRule(check(report), "t3.balance")).toEqual([]);
    // The other way round: the column exact (all outcome 总计 printed), the row inexact (a blank column).
    const other = blankable("2021");
    setAt(other, ["applications", "received", "naturalPerson"], 5);
    setAt(other, ["applications", "received", "total"], 5);
    setAt(other, ["applications", "outcomes", "disclosed", "naturalPerson"], 5);
    setAt(other, ["applications", "outcomes", "disclosed", "total"], 5);
    setAt(other, ["applications", "outcomes", "total", "naturalPerson"], null);
    setAt(other, ["applications", "outcomes", "total", "total"], null);
    expect(ofRule(check(other), "t3.balance").filter((finding) => finding.paths.includes("/applications/outcomes/total/total"))).toEqual([]);
  });
});

describe("relations decided from bounds", () => {
  it("an equality fails when the left side's lower bound already exceeds the right side", () => {
    expect(equal({ lo: 10, hi: Number.POSITIVE_INFINITY }, exact(3))).toBe("fails");
    expect(equal(exact(3), { lo: 10, hi: Number.POSITIVE_INFINITY })).toBe("fails");
    expect(equal({ lo: 3, hi: Number.POSITIVE_INFINITY }, exact(3))).toBe("unknown");
    expect(equal(UNKNOWN_COUNT, exact(0))).toBe("unknown");
  });

  it("at-most: equal bounds hold, a lower bound equal to the limit is unknown, one above it fails", () => {
    expect(atMost(exact(3), exact(3))).toBe("holds");
    expect(atMost(exact(4), exact(3))).toBe("fails");
    expect(atMost({ lo: 3, hi: Number.POSITIVE_INFINITY }, exact(3))).toBe("unknown");
    expect(atMost({ lo: 4, hi: Number.POSITIVE_INFINITY }, exact(3))).toBe("fails");
    expect(atMost(exact(2), { lo: 2, hi: Number.POSITIVE_INFINITY })).toBe("holds");
  });

  it("a report imbalance provable only from a lower bound is an error, not “not assessable”", () => {
    const report = blankable("2021");
    setAt(report, ["applications", "received", "naturalPerson"], 9);
    setAt(report, ["applications", "received", "total"], 9);
    setAt(report, ["applications", "carriedForward", "naturalPerson"], null);
    const [finding] = ofRule(check(report), "t3.balance").filter((entry) => entry.paths.includes("/applications/carriedForward/naturalPerson"));
    // 9 + 0 = 0 + (≥ 0): unknown. Now make the right side's lower bound exceed the left.
    expect(finding?.assessable).toBe(false);
    setAt(report, ["applications", "received", "naturalPerson"], 0);
    setAt(report, ["applications", "received", "total"], 0);
    setAt(report, ["applications", "outcomes", "disclosed", "naturalPerson"], 4);
    setAt(report, ["applications", "outcomes", "disclosed", "total"], 4);
    setAt(report, ["applications", "outcomes", "total", "naturalPerson"], 4);
    setAt(report, ["applications", "outcomes", "total", "total"], 4);
    const proven = ofRule(check(report), "t3.balance").find((entry) => entry.paths.includes("/applications/carriedForward/naturalPerson"));
    expect(proven).toMatchObject({ severity: "error", expected: 0, actual: 4 });
    expect(proven?.assessable).toBeUndefined();
  });
});

describe("the rules read only finite numbers", () => {
  it.each([["12"], [Number.POSITIVE_INFINITY], [Number.NaN]])("%j in a cell is blank (not assessable), never a number", (value) => {
    const report = blankable("2021");
    setAt(report, ["applications", "received", "naturalPerson"], value);
    const findings = ofRule(check(report), "t3.balance");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", assessable: false });
  });

  it("the same in table 四 (its fast path checks every part)", () => {
    const report = blankable("2021");
    setAt(report, ["reviewAndLitigation", "review", "upheld"], "1");
    setAt(report, ["reviewAndLitigation", "review", "total"], 1);
    const [finding] = ofRule(check(report), "t4.total");
    expect(finding).toMatchObject({ severity: "info", assessable: false });
  });
});

describe("the table-三 fast paths never skip a relation that fails", () => {
  // Each case holds under a plausible slip of the fast-path arithmetic (a sign, a row, a column), so
  // only a correct fast path (or none) reports it.
  it.each([
    [{ received: 1, carriedOver: 1, total: 0, carriedForward: 0 }],
    [{ received: 0, carriedOver: 0, total: 2, carriedForward: 2 }],
    [{ received: 0, carriedOver: 2, total: 2, carriedForward: 2 }],
    [{ received: 3, carriedOver: 0, total: 0, carriedForward: 0 }],
  ])("t3.balance on %o", (cells) => {
    const report = blankable("2019");
    for (const [row, value] of Object.entries(cells)) {
      const path = row === "total" ? ["applications", "outcomes", "total"] : ["applications", row];
      setAt(report, [...path, "researchInstitution"], value);
      setAt(report, [...path, "total"], value);
    }
    if (cells.total > 0) {
      setAt(report, ["applications", "outcomes", "disclosed", "researchInstitution"], cells.total);
      setAt(report, ["applications", "outcomes", "disclosed", "total"], cells.total);
    }
    const columns = ofRule(check(report), "t3.balance").map((finding) => finding.paths[0]);
    expect(columns).toEqual(["/applications/received/researchInstitution", "/applications/received/total"]);
  });

  it("t3.outcomes-total counts every outcome row, the last one too, in every column", () => {
    for (const format of ["2019", "2021"] as const) {
      const report = blankable(format);
      const last = format === "2019" ? ["otherHandling"] : ["otherHandling", "other"];
      setAt(report, ["applications", "outcomes", ...last, "otherOrganization"], 1);
      setAt(report, ["applications", "outcomes", ...last, "total"], 1);
      const findings = ofRule(check(report), "t3.outcomes-total");
      expect(findings.map((finding) => finding.paths[0])).toEqual([
        "/applications/outcomes/total/otherOrganization",
        "/applications/outcomes/total/total",
      ]);
    }
  });

  it("t3.applicant-total adds the six columns, not the 总计 itself", () => {
    const report = blankable("2021");
    setAt(report, ["applications", "carriedForward", "legalServiceAgency"], 1);
    setAt(report, ["applications", "carriedForward", "total"], 2);
    const findings = ofRule(check(report), "t3.applicant-total");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ expected: 1, actual: 2 });
  });
});
