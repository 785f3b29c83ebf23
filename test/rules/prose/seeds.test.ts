import { describe, expect, it } from "vitest";
import { check } from "../../../src/rules/check.js";
import { assessProse } from "../../../src/rules/prose-rules.js";
import { SEED_FIGURES, SEEDS, seedReport } from "./seed-reports.js";

describe("prose figures of the five seeds (test/fixtures/prose/seed-figures.json, read by hand)", () => {
  for (const seed of SEEDS) {
    const report = seedReport(seed);
    const assessed = assessProse(report);
    const recorded = SEED_FIGURES.filter((entry) => entry.seed === seed);

    it(`${seed}: every recorded figure has the recorded outcome`, () => {
      const remaining = [...assessed];
      for (const entry of recorded) {
        const index = remaining.findIndex(
          (item) => item.figure === entry.figure && item.sentence.includes(entry.sentence) && (entry.quantity === null ? item.quantity === undefined : item.quantity === entry.quantity),
        );
        expect(index, `${entry.figure} in “${entry.sentence}” (${entry.quantity})`).toBeGreaterThanOrEqual(0);
        const [item] = remaining.splice(index, 1);
        expect(item?.outcome, `${entry.figure} in “${entry.sentence}”`).toBe(entry.outcome);
      }
    });

    it(`${seed}: every figure the rules read is recorded (nothing compared unseen)`, () => {
      const read = assessed.filter((item) => item.quantity !== undefined);
      const recordedRead = recorded.filter((entry) => entry.quantity !== null);
      expect(read.map((item) => `${item.quantity}:${item.figure}`).sort()).toEqual(recordedRead.map((entry) => `${entry.quantity}:${entry.figure}`).sort());
    });

    it(`${seed}: the text.* findings are exactly the recorded contradictions`, () => {
      const findings = check(report).filter((finding) => finding.evidence !== undefined);
      const contradictions = recorded.filter((entry) => entry.outcome === "contradicts");
      expect(findings).toHaveLength(contradictions.length);
      for (const finding of findings) expect(finding.severity).toBe("warning");
    });
  }

  it("003: 申请办结数33件 against a blank （七）总计 whose printed parts give at least 35", () => {
    const report = seedReport("003") as { text: { overview: string } };
    const [finding] = check(report).filter((item) => item.ruleId === "text.completed");
    expect(finding).toMatchObject({ ruleId: "text.completed", severity: "warning", actual: 33, paths: ["/applications/outcomes/total/total", "/text/overview"] });
    expect(finding?.expected).toBeUndefined(); // the table gives a bound, not a value
    const evidence = finding?.evidence;
    expect(evidence?.section).toBe("overview");
    expect(report.text.overview.slice(evidence?.start, evidence?.end)).toBe(evidence?.quote);
    expect(evidence?.quote).toContain("申请办结数33件");
    expect(finding?.message).toContain("（七）总计 · 总计为 至少 35");
    expect(check(report, { lang: "en" }).find((item) => item.ruleId === "text.completed")?.message).toContain("the text gives applications completed as 33");
  });
});
