import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport, buildSeries } from "../../src/fixtures/index.js";
import { suggestForSeries } from "../../src/locate/attach.js";
import { check, checkSeries } from "../../src/rules/check.js";
import { validateReport } from "../../src/rules/with-rules.js";
import { clone, setAt } from "../support/reports.js";

const seed003 = () => JSON.parse(readFileSync(join(import.meta.dirname, "../../examples/reports/003.json"), "utf8"));

describe("validateReport with { suggest }", () => {
  it("leaves findings as they are without the option, and a valid report gets none", () => {
    expect(validateReport(seed003()).findings.some((finding) => "suggestions" in finding)).toBe(false);
    expect(check(seed003()).some((finding) => "suggestions" in finding)).toBe(false);
    expect(validateReport(buildReport({ seed: 1 }), { suggest: true }).findings.filter((finding) => finding.severity !== "info")).toEqual([]);
  });

  it("attaches to each failing arithmetic finding the suggestions that change one of its cells", () => {
    const { findings } = validateReport(seed003(), { suggest: true });
    const failing = findings.filter((finding) => finding.severity === "error");
    expect(failing.map((finding) => finding.ruleId)).toEqual(["t3.balance", "t3.balance"]);
    for (const finding of failing) {
      expect(finding.suggestions?.length).toBeGreaterThan(0);
      for (const suggestion of finding.suggestions ?? []) expect(suggestion.changes.some((change) => finding.paths.includes(change.pointer))).toBe(true);
    }
    expect(failing[0]?.suggestions?.[0]?.message).toBe(
      "可能有误：一、本年新收政府信息公开申请数量 · 自然人 印为 35、一、本年新收政府信息公开申请数量 · 总计 印为 35，若分别为 43、43 则 3 条关系成立（空白的 （七）总计 · 自然人 即为 35、（七）总计 · 总计 即为 35）",
    );
    // Undecidable findings get none.
    expect(findings.filter((finding) => finding.assessable === false).every((finding) => finding.suggestions === undefined)).toBe(true);
  });

  it("passes through validateReport, in the requested language", () => {
    const result = validateReport(seed003(), { suggest: { limit: 1 }, lang: "en" });
    const [first] = result.findings.filter((finding) => finding.severity === "error");
    expect(first?.suggestions).toHaveLength(1);
    expect(first?.suggestions?.[0]?.message).toMatch(/^Possibly wrong: 1\. New applications received this year · natural persons printed as 35; /);
  });

  it("gives [] when no small change explains the failures, and throws on a wrong option like check does", () => {
    const report = clone(buildReport({ format: "2021", seed: 3 }));
    setAt(report, ["applications", "received", "naturalPerson"], 901);
    setAt(report, ["applications", "carriedForward", "commercialEnterprise"], 902);
    const findings = validateReport(report, { suggest: { maxCells: 1 } }).findings.filter((finding) => finding.severity === "error");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => Array.isArray(finding.suggestions) && finding.suggestions.length === 0)).toBe(true);
    expect(() => validateReport(report, { suggest: { maxCells: 9 } })).toThrow(TypeError);
    expect(() => validateReport(report, { suggest: "yes" as never })).toThrow(TypeError);
  });

  it("the CLI's series bridge names the wrong carry-over", () => {
    const series = clone(buildSeries({ years: [2021, 2022], seed: 5 }));
    const later = series[1] as { applications: { carriedOver: { naturalPerson: number } } };
    setAt(later as never, ["applications", "carriedOver", "naturalPerson"], later.applications.carriedOver.naturalPerson + 40);
    const findings = suggestForSeries(series, checkSeries(series), "zh", true).filter((finding) => finding.ruleId === "series.carry-over");
    expect(findings).toHaveLength(1);
    expect(findings[0]?.suggestions?.[0]?.changes.map((change) => change.pointer)).toEqual(["/1/applications/carriedOver/naturalPerson"]);
  });
});
