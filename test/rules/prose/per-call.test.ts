// The figure rules share one reading of the prose and one table reader per check call. These
// tests pin down that the sharing never outlives the call: a report object edited between two
// calls is read again (text and table alike), and the result equals a fresh copy's.
import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/fixtures/index.js";
import { check } from "../../../src/index.js";

const proseIds = (report: unknown) => check(report).filter((finding) => finding.ruleId.startsWith("text.")).map((finding) => finding.ruleId);

function reportWithSentence(sentence: string) {
  const report = JSON.parse(JSON.stringify(buildReport({ format: "2021", seed: 7 })));
  report.text = { ...report.text, overview: sentence };
  return report;
}

describe("prose rules: sharing is per call", () => {
  it("reads the text again when the same object's text changes between calls", () => {
    const report = reportWithSentence("");
    const received = report.applications.received.total as number;
    report.text.overview = `全年共收到政府信息公开申请${received}件。`;
    expect(proseIds(report)).toEqual([]);
    report.text.overview = `全年共收到政府信息公开申请${received + 5}件。`;
    expect(proseIds(report)).toEqual(["text.received"]);
    expect(proseIds(report)).toEqual(proseIds(structuredClone(report)));
  });

  it("reads the table again when the same object's cell changes between calls", () => {
    const report = reportWithSentence("");
    const received = report.applications.received.total as number;
    report.text.overview = `全年共收到政府信息公开申请${received + 3}件。`;
    expect(proseIds(report)).toEqual(["text.received"]);
    // The printed total now says what the text says: one reading of the table agrees.
    report.applications.received.total = received + 3;
    expect(proseIds(report)).not.toContain("text.received");
    expect(check(report)).toEqual(check(structuredClone(report)));
  });

  it("calls on different reports, alternating, each read their own report (the shared reading is the current call's)", () => {
    const one = reportWithSentence("全年共收到政府信息公开申请1件，已办结2件。");
    const two = reportWithSentence("全年共收到政府信息公开申请3件。");
    const expected = [proseIds(structuredClone(one)), proseIds(structuredClone(two))];
    for (let round = 0; round < 3; round += 1) expect([proseIds(one), proseIds(two)]).toEqual(expected);
    expect(expected[0]).not.toEqual(expected[1]);
  });

  it("gives the same findings under both blank policies when the table is complete", () => {
    const report = reportWithSentence("全年共收到政府信息公开申请1件，已办结2件。");
    const unknown = check(report).filter((finding) => finding.ruleId.startsWith("text."));
    const zero = check(report, { blanks: "zero" }).filter((finding) => finding.ruleId.startsWith("text."));
    expect(zero).toEqual(unknown);
    expect(unknown.length).toBeGreaterThan(0);
  });
});
