import { expect } from "vitest";
import { check } from "../../src/rules/check.js";
import type { CheckOptions, Finding } from "../../src/rules/types.js";

/** What a test expects of the one finding a rule gives in a given place. */
export interface ExpectedFinding {
  readonly ruleId: string;
  readonly severity?: Finding["severity"];
  readonly paths?: readonly string[];
  readonly expected?: number;
  readonly actual?: number;
  readonly assessable?: false;
  readonly zh?: string;
  readonly en?: string;
}

/** Runs `check` in both languages and returns the findings of one rule, zh and en side by side. */
export function findingsOf(report: unknown, ruleId: string, options: CheckOptions = {}) {
  const zh = check(report, { ...options, lang: "zh" }).filter((finding) => finding.ruleId === ruleId);
  const en = check(report, { ...options, lang: "en" }).filter((finding) => finding.ruleId === ruleId);
  expect(en.map(({ message: _m, ...rest }) => rest)).toEqual(zh.map(({ message: _m, ...rest }) => rest));
  return zh.map((finding, index) => ({ ...finding, en: (en[index] as Finding).message }));
}

/** Asserts that `report` yields exactly one finding of the rule, matching `expected` field by field. */
export function expectOneFinding(report: unknown, expected: ExpectedFinding, options: CheckOptions = {}): Finding {
  const found = findingsOf(report, expected.ruleId, options);
  expect(found, `findings of ${expected.ruleId}: ${found.map((finding) => finding.message).join("\n")}`).toHaveLength(1);
  return expectFinding(found[0] as Finding & { en: string }, expected);
}

/** Asserts one finding field by field. */
export function expectFinding(finding: Finding & { en: string }, expected: ExpectedFinding): Finding {
  expect(finding.ruleId).toBe(expected.ruleId);
  expect(finding.severity).toBe(expected.severity ?? (expected.assessable === false ? "info" : "error"));
  if (expected.paths) expect([...finding.paths].sort()).toEqual([...expected.paths].sort());
  if ("expected" in expected) expect(finding.expected).toBe(expected.expected);
  if ("actual" in expected) expect(finding.actual).toBe(expected.actual);
  expect(finding.assessable).toBe(expected.assessable);
  if (expected.zh) expect(finding.message).toBe(expected.zh);
  if (expected.en) expect(finding.en).toBe(expected.en);
  return finding;
}

/** Only the findings that are real failures (not "not assessable"). */
export function failures(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.assessable !== false);
}
