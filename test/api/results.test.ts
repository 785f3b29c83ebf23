// The public API's one result convention (zod's), one behaviour for invalid
// options, and the consistency points of issue 11 / 17.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import { afterEach, describe, expect, it } from "vitest";
import { buildReport } from "../../src/fixtures/index.js";
import {
  cellsOf,
  check,
  checkSeries,
  describeCell,
  fromLabeledTables,
  migrate,
  parseReport,
  Report,
  RULE_IDS,
  rules,
  validateReport,
  withRules,
} from "../../src/index.js";

const ROOT = join(import.meta.dirname, "../..");
const seed = (id: string): unknown => JSON.parse(readFileSync(join(ROOT, "test/fixtures/seeds", `${id}.json`), "utf8"));

describe("one result shape: { success, data } | { success, error: { code, message } }", () => {
  it("parseReport", () => {
    expect(parseReport(seed("004"))).toEqual({ success: true, data: seed("004") });
    const failed = parseReport({ format: "2022" }, { lang: "en" });
    expect(failed.success).toBe(false);
    expect(failed.error).toMatchObject({ code: "invalid-report", issues: [{ path: "/format" }] });
    expect(failed.error?.message).toBe('The report is not valid: report format: must be "2019" or "2021", got "2022"');
    expect(Object.keys(failed)).toEqual(["success", "error"]);
  });

  it("validateReport: findings on both sides; the error says which code failed", () => {
    const good = validateReport(seed("004"), { rules: { "text.overview-length": "off" } });
    expect(good.success && good.data.year).toBe(2023);
    expect(good.findings).toEqual([]);
    const bad = validateReport(seed("003"), { lang: "en" });
    expect(bad.success).toBe(false);
    expect(bad.error?.code).toBe("rules-failed");
    expect(bad.error?.issues).toEqual([]);
    expect(bad.error?.failing.map((finding) => finding.ruleId)).toContain("t3.balance");
    expect(bad.error?.message).toMatch(/^A rule failed: \[t3\.balance\] /);
    expect(bad.findings.length).toBeGreaterThan(0);
    expect(validateReport("x").error).toMatchObject({ code: "not-a-report", failing: [] });
  });

  it("migrate: data + losses on success, error on failure", () => {
    const moved = migrate(seed("000"), "2021");
    expect(moved.success && moved.data.format).toBe("2021");
    expect(moved.success && moved.losses.length).toBeGreaterThan(0);
    const failed = migrate("not a report", "2021", { lang: "en" });
    expect(failed).toEqual({
      success: false,
      error: {
        code: "not-a-report",
        message: 'The input is not a report: expected an object, got string "not a report"',
        issues: [{ code: "not-a-report", path: "", message: 'The input is not a report: expected an object, got string "not a report"' }],
      },
    });
  });

  it("fromLabeledTables: data + notes on success, error with a code (and notes) on failure", () => {
    const read = fromLabeledTables({ year: 2023, tables: {} });
    expect(read.success && read.data.format).toBe("2021");
    expect(read.notes.length).toBeGreaterThan(0);
    const failed = fromLabeledTables({ tables: {} }, { lang: "en" });
    expect(failed.success).toBe(false);
    expect(failed.error?.code).toBe("format-undetermined");
    expect(failed.error?.message).toBe(failed.error?.messages.en);
  });
});

describe("input that is not a report at all", () => {
  it.each([["not a report"], [null], [{}], [42], [[]], [{ tables: {} }]])("check(%j) is one error finding saying so", (input) => {
    const findings = check(input);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "report.input", severity: "error", paths: [""] });
    expect(findings[0]?.message).toMatch(/^输入不是报告：/);
    expect(check(input, { lang: "en" })[0]?.message).toMatch(/^The input is not a report: /);
    expect(parseReport(input).error?.code).toBe("not-a-report");
  });

  it("an object with any report key is a report (its problems are the rules' and the schema's)", () => {
    expect(check({ format: "2021" }).some((finding) => finding.ruleId === "report.input")).toBe(false);
    expect(parseReport({ format: "2021" }).error?.code).toBe("invalid-report");
  });

  it("report.input can be turned off like any rule", () => {
    expect(check("x", { rules: { "report.input": "off" } }).some((finding) => finding.ruleId === "report.input")).toBe(false);
  });
});

describe("invalid options are a TypeError naming the option and its allowed values, everywhere", () => {
  const report = seed("004");
  const cases: [string, () => unknown, string][] = [
    ["parseReport lang", () => parseReport(report, { lang: "fr" as "en" }), 'zfxxgk: parseReport: option "lang" must be "zh" | "en"; got "fr"'],
    ["parseReport maxIssues", () => parseReport(report, { maxIssues: Number.NaN }), 'zfxxgk: parseReport: option "maxIssues" must be a whole number ≥ 1 (or Infinity); got NaN'],
    ["parseReport format", () => parseReport(report, { format: "2020" as "2021" }), 'zfxxgk: parseReport: option "format" must be "2019" | "2021"; got "2020"'],
    ["parseReport lenient", () => parseReport(report, { lenient: "yes" as unknown as true }), 'zfxxgk: parseReport: option "lenient" must be true or false; got "yes"'],
    ["check lang", () => check(report, { lang: "fr" as "en" }), 'zfxxgk: check: option "lang" must be "zh" | "en"; got "fr"'],
    ["checkSeries blanks", () => checkSeries([report], { blanks: "nil" as "zero" }), 'zfxxgk: checkSeries: option "blanks" must be "unknown" | "zero"; got "nil"'],
    ["validateReport failOn", () => validateReport(report, { failOn: "bogus" as "error" }), 'zfxxgk: validateReport: option "failOn" must be "error" | "warning" | "info"; got "bogus"'],
    ["validateReport lang", () => validateReport(report, { lang: "fr" as "en" }), 'zfxxgk: validateReport: option "lang" must be "zh" | "en"; got "fr"'],
    ["withRules failOn", () => withRules({ failOn: "bogus" as "error" }), 'zfxxgk: withRules: option "failOn" must be "error" | "warning" | "info"; got "bogus"'],
    ["migrate to", () => migrate(report, "2020" as "2021"), 'zfxxgk: migrate: option "to" must be "2019" | "2021"; got "2020"'],
    ["migrate lang", () => migrate(report, "2019", { lang: "fr" as "en" }), 'zfxxgk: migrate: option "lang" must be "zh" | "en"; got "fr"'],
    ["fromLabeledTables lang", () => fromLabeledTables({ tables: {} }, { lang: "fr" as "en" }), 'zfxxgk: fromLabeledTables: option "lang" must be "zh" | "en"; got "fr"'],
    ["cellsOf", () => cellsOf("2022" as "2021"), 'zfxxgk: cellsOf: option "format" must be "2019" | "2021"; got "2022"'],
    ["describeCell", () => describeCell("2020" as "2021", "/year"), 'zfxxgk: describeCell: option "format" must be "2019" | "2021"; got "2020"'],
    ["buildReport", () => buildReport({ format: "2020" as "2021" }), 'zfxxgk: buildReport: option "format" must be "2019" | "2021"; got "2020"'],
    ["options not an object", () => parseReport(report, "en" as never), 'zfxxgk: parseReport: options must be an object; got "en"'],
  ];
  it.each(cases)("%s", (_, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it("valid options and defaults still work (maxIssues Infinity, undefined values)", () => {
    expect(parseReport(report, { maxIssues: Number.POSITIVE_INFINITY, lang: undefined }).success).toBe(true);
    expect(cellsOf("2021")).toBe(cellsOf("2021"));
  });
});

describe("RuleId", () => {
  it("RULE_IDS is the catalogue, in order", () => {
    expect([...RULE_IDS]).toEqual(rules.map((rule) => rule.id));
  });
});

describe('blanks: "zero" reads a blank cell the same way in every rule', () => {
  it("seed 003: the blank （七）总计 is 0 in t3.balance and in t3.outcomes-total", () => {
    const findings = check(seed("003"), { blanks: "zero", lang: "en" }).filter(
      (finding) => ["t3.balance", "t3.outcomes-total"].includes(finding.ruleId) && finding.paths.includes("/applications/outcomes/total/naturalPerson"),
    );
    expect(findings.map((finding) => finding.ruleId)).toEqual(["t3.balance", "t3.outcomes-total"]);
    for (const finding of findings) {
      expect(finding.message).toContain("(7) total 0 (blank read as 0)");
      expect(finding.message).not.toMatch(/derived/);
    }
  });
});

describe("schema messages follow zod's configured locale", () => {
  afterEach(() => {
    z.config(z.locales.zhCN());
  });
  it("Chinese by default, English after z.config(z.locales.en())", () => {
    const bad = { ...(seed("004") as object), year: "2023" };
    expect(Report.safeParse(bad).error?.issues[0]?.message).toBe("报告年度：应为数字，实际为文本 \"2023\"");
    z.config(z.locales.en());
    expect(Report.safeParse(bad).error?.issues[0]?.message).toBe('report year: must be a number, got string "2023"');
    z.config(z.locales.zhCN());
    expect(Report.safeParse(bad).error?.issues[0]?.message).toBe("报告年度：应为数字，实际为文本 \"2023\"");
  });
});

const built = existsSync(join(ROOT, "dist/arbitraries/index.js"));
describe.skipIf(!built)("zfxxgk/arbitraries under node -e (dist/)", () => {
  it("imports from a CommonJS eval, where a global __filename is \"[eval]\"", () => {
    const out = execFileSync(process.execPath, ["-e", 'import("zfxxgk/arbitraries").then((m) => console.log(typeof m.strictReport))'], { cwd: ROOT, encoding: "utf8" });
    expect(out.trim()).toBe("function");
  });
});
