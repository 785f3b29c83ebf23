import { describe, expect, it } from "vitest";
import { check } from "../../../src/rules/check.js";
import { assessProse } from "../../../src/rules/prose-rules.js";
import { setAt } from "../../support/reports.js";
import { baseReport, SENTENCES } from "./sentences.js";

const FORMATS = ["2019", "2021"] as const;
const cases = SENTENCES.flatMap((entry) => (entry.formats ?? FORMATS).map((format) => ({ ...entry, format })));

function withOverview(format: "2019" | "2021", text: string) {
  const report = baseReport(format);
  setAt(report, ["text", "overview"], text);
  return report;
}

describe("hand-written prose sentences against fixed tables", () => {
  it("the set has at least 60 sentences, with agreeing, contradicting and silent cases in both formats", () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(60);
    for (const format of FORMATS) {
      const mine = cases.filter((entry) => entry.format === format);
      expect(mine.some((entry) => (entry.contradicts ?? []).length > 0)).toBe(true);
      expect(mine.some((entry) => (entry.agrees ?? 0) > 0)).toBe(true);
      expect(mine.some((entry) => !entry.contradicts && !entry.agrees)).toBe(true);
    }
  });

  it.each(FORMATS)("the base report passes every rule (%s)", (format) => {
    expect(check(baseReport(format))).toEqual([]);
  });

  for (const entry of cases) {
    const expected = entry.found ?? entry.contradicts ?? [];
    it(`${entry.format} “${entry.text}” → ${expected.length ? expected.join(", ") : "no finding"}${entry.agrees ? `, ${entry.agrees} agreeing` : ""}`, () => {
      const report = withOverview(entry.format, entry.text);
      const findings = check(report);
      expect(findings.map((finding) => finding.ruleId).sort()).toEqual([...expected].sort());
      for (const finding of findings) {
        expect(finding.severity).toBe("warning");
        expect(finding.evidence?.quote).toBe(entry.text.slice(finding.evidence?.start, finding.evidence?.end));
        expect(finding.message).toContain(finding.evidence?.quote as string);
        expect(finding.paths.at(-1)).toBe("/text/overview");
        expect(check(report, { lang: "en" }).some((other) => other.ruleId === finding.ruleId && other.message.includes("the text gives"))).toBe(true);
      }
      expect(assessProse(report).filter((item) => item.outcome === "agrees")).toHaveLength(entry.agrees ?? 0);
    });
  }
});
