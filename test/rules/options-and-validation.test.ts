import { describe, expect, it } from "vitest";
import { RULE_IDS, ruleCatalogue, rules } from "../../src/rules/catalogue.js";
import { check } from "../../src/rules/check.js";
import { validateReport, withRules } from "../../src/rules/with-rules.js";
import { clone, setAt, zeroReport } from "../support/reports.js";

function unbalanced() {
  const report = clone(zeroReport("2021"));
  setAt(report, ["applications", "received", "naturalPerson"], 1);
  setAt(report, ["applications", "received", "total"], 1);
  return report; // t3.balance fails in 自然人 and 总计 columns
}

describe("check options", () => {
  it("disables a rule or changes its severity by id", () => {
    expect(check(unbalanced(), { rules: { "t3.balance": "off" } })).toEqual([]);
    expect(check(unbalanced(), { rules: { "t3.balance": "warning" } }).map((finding) => finding.severity)).toEqual(["warning", "warning"]);
  });

  it("throws a TypeError naming the id for an unknown rule id or a bad value", () => {
    // @ts-expect-error a misspelt rule id does not compile
    expect(() => check(unbalanced(), { rules: { "t3.balanse": "off" } })).toThrow(
      /^zfxxgk: check: option "rules" must be an object whose keys are rule ids \(t3\.balance, .*\); got "t3\.balanse"$/,
    );
    expect(() => check(unbalanced(), { rules: { "t3.balance": "fatal" as never } })).toThrow(
      new TypeError('zfxxgk: check: option "rules["t3.balance"]" must be "off" | "error" | "warning" | "info"; got "fatal"'),
    );
    expect(() => check(unbalanced(), { lang: "fr" as never })).toThrow(new TypeError('zfxxgk: check: option "lang" must be "zh" | "en"; got "fr"'));
    expect(() => check(unbalanced(), { blanks: "nil" as never })).toThrow(new TypeError('zfxxgk: check: option "blanks" must be "unknown" | "zero"; got "nil"'));
  });

  it("never throws on data: any value gives findings (or none), not an exception", () => {
    for (const value of [null, undefined, 42, "report", [], {}, { format: "2021" }, { applications: "x" }, { format: "2019", year: "2020" }]) {
      expect(() => check(value)).not.toThrow();
    }
    expect(check({ format: "2021" }).length).toBeGreaterThan(0); // every relation is unknown, said as not assessable
  });

  it("still checks the rules whose cells are fine when other parts are malformed", () => {
    const report = unbalanced() as Record<string, unknown>;
    report.proactive = "broken";
    (report.reviewAndLitigation as Record<string, unknown>).review = { upheld: "x" };
    const failing = check(report).filter((finding) => finding.assessable !== false);
    expect(failing.map((finding) => finding.ruleId)).toEqual(["t3.balance", "t3.balance"]);
  });
});

describe("one call for structure and rules", () => {
  it("validateReport returns structural issues and rule findings together", () => {
    const report = unbalanced() as Record<string, unknown>;
    setAt(report, ["reviewAndLitigation", "review", "upheld"], -1);
    const result = validateReport(report, { lang: "en" });
    expect(result.success).toBe(false);
    expect(result.data).toBeUndefined();
    expect(result.error?.code).toBe("invalid-report");
    expect(result.error?.issues.map((issue) => issue.path)).toEqual(["/reviewAndLitigation/review/upheld"]);
    // Rules read numbers as given: the invalid -1 also unbalances 行政复议 (0 ≠ -1).
    expect(result.findings.filter((finding) => finding.assessable !== false).map((finding) => finding.ruleId)).toEqual([
      "t3.balance",
      "t3.balance",
      "t4.total",
    ]);
  });

  it("validateReport succeeds on a valid report and fails only at or above failOn", () => {
    expect(validateReport(zeroReport("2019")).success).toBe(true);
    expect(validateReport(unbalanced(), { rules: { "t3.balance": "warning" } }).success).toBe(true);
    expect(validateReport(unbalanced(), { rules: { "t3.balance": "warning" }, failOn: "warning" }).success).toBe(false);
  });

  it("withRules() is a zod schema whose safeParse carries rule findings as issues", () => {
    const schema = withRules();
    const ok = schema.safeParse(zeroReport("2021"));
    expect(ok.success).toBe(true);
    expect(ok.data).toEqual(zeroReport("2021"));
    const bad = schema.safeParse(unbalanced());
    expect(bad.success).toBe(false);
    const issues = bad.error?.issues ?? [];
    expect(issues.map((issue) => [issue.code, issue.path.join("/"), (issue as { params?: { ruleId?: string } }).params?.ruleId])).toEqual([
      ["custom", "applications/received/naturalPerson", "t3.balance"],
      ["custom", "applications/received/total", "t3.balance"],
    ]);
    expect(issues[0]?.message).toContain("三、收到和处理政府信息公开申请情况（自然人列）");
  });
});

describe("the rule catalogue", () => {
  const fixed = [
    "t3.balance",
    "t3.outcomes-total",
    "t3.applicant-total",
    "t4.total",
    "t2.published-within-total",
    "meta.format-year",
    "text.fees-statement",
    "text.overview-length",
    "series.carry-over",
    "series.in-force",
    "series.repeal-bound",
    "series.items",
    "series.published-total",
  ];
  it("contains every id fixed by model.md §3 with its severity", () => {
    for (const id of fixed) expect(RULE_IDS).toContain(id);
    const severities = Object.fromEntries(rules.map((rule) => [rule.id, rule.severity]));
    expect(severities).toMatchObject({
      "t3.balance": "error",
      "t3.outcomes-total": "error",
      "t3.applicant-total": "error",
      "t4.total": "error",
      "t2.published-within-total": "warning",
      "meta.format-year": "warning",
      "text.fees-statement": "warning",
      "text.overview-length": "info",
      "series.carry-over": "error",
      "series.in-force": "warning",
      "series.repeal-bound": "error",
      "series.items": "warning",
      "series.published-total": "info",
    });
  });
  it("has complete bilingual records and serialises without functions", () => {
    const catalogue = ruleCatalogue();
    // Checked before the JSON round trip, which would drop a function anyway.
    for (const info of catalogue) {
      expect(Object.values(info).some((value) => typeof value === "function"), info.id).toBe(false);
      expect(Object.keys(info), info.id).not.toContain("run");
    }
    const json = JSON.parse(JSON.stringify(catalogue));
    expect(json).toEqual(catalogue);
    expect(json).toHaveLength(rules.length);
    for (const rule of json) {
      for (const field of ["title", "relation", "rationale", "message", "blanks"]) {
        expect(rule[field].zh, `${rule.id}.${field}.zh`).toMatch(/\S/);
        expect(rule[field].en, `${rule.id}.${field}.en`).toMatch(/\S/);
      }
      expect(rule.cells.length).toBeGreaterThan(0);
    }
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });
});
