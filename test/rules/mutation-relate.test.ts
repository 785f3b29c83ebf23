// The relation engine (src/rules/relation.ts) beyond what the built-in rules exercise today
// (issue 10, fourth session): relations on any interval, sums past 2^53, the blank-cell list of
// an undecided relation, and the memo of message templates.
import { afterEach, describe, expect, it, vi } from "vitest";
import { check } from "../../src/rules/check.js";
import type { Interval } from "../../src/rules/interval.js";
import type { Term } from "../../src/rules/reader.js";
import { fill, type RelationSpec, relate } from "../../src/rules/relation.js";
import type { Finding } from "../../src/rules/types.js";
import { clone, setAt, zeroReport } from "../support/reports.js";

type Json = Record<string, unknown>;
const blankable = (format: "2019" | "2021") => clone(zeroReport(format)) as Json;
const ofRule = (findings: readonly Finding[], id: string) => findings.filter((finding) => finding.ruleId === id);
const only = (findings: readonly Finding[]) => {
  expect(findings).toHaveLength(1);
  return findings[0] as Finding;
};

describe("relate on any interval (the engine's contract, wider than the ranges the reader builds today)", () => {
  // A term that is a sum (no `self`): printed as its label and its range.
  const term = (name: string, value: Interval): Term => ({ label: { zh: name, en: name }, value, cells: [`/${name}`], blanks: [], derived: [], zeroed: [] });
  const exactly = (name: string, value: number) => term(name, { lo: value, hi: value });
  const spec = (left: Term, right: Term, overrides: Partial<RelationSpec> = {}): RelationSpec => ({
    ruleId: "t4.total",
    severity: "error",
    lang: "en",
    text: () => ({ context: "ctx", template: "{left} | {right} | {diff}" }),
    left: [left],
    right: [right],
    op: "eq",
    expected: "right",
    tolerance: 0,
    ...overrides,
  });

  it("a bounded range is printed lo–hi, and the finding measures from its nearest end", () => {
    // 2–5 cannot equal 9: the closest the two sides come is 5 against 9.
    const finding = relate(spec(term("a", { lo: 2, hi: 5 }), exactly("b", 9)));
    expect(finding).toEqual({ ruleId: "t4.total", severity: "error", paths: ["/a", "/b"], message: "a 2–5 | b 9 | at least 4", expected: 9, actual: 5 });
    // Expected and actual are the two nearest ends, whichever side is the range and whichever is expected.
    expect(relate(spec(term("a", { lo: 2, hi: 5 }), exactly("b", 9), { expected: "left" }))).toMatchObject({ expected: 5, actual: 9 });
    expect(relate(spec(exactly("a", 3), term("b", { lo: 7, hi: 8 }), { expected: "left" }))).toMatchObject({
      message: "a 3 | b 7–8 | at least 4",
      expected: 3,
      actual: 7,
    });
    expect(relate(spec(exactly("a", 3), term("b", { lo: 7, hi: 8 })))).toMatchObject({ expected: 7, actual: 3 });
    expect(relate(spec(term("a", { lo: 2, hi: 5 }), exactly("b", 9), { lang: "zh" }))?.message).toBe("a 2–5 | b 9 | 至少 4");
  });

  it("a range open below is printed “at most”, in both languages", () => {
    const left = term("a", { lo: Number.NEGATIVE_INFINITY, hi: 5 });
    expect(relate(spec(left, exactly("b", 9)))).toMatchObject({ message: "a at most 5 | b 9 | at least 4", expected: 9, actual: 5 });
    expect(relate(spec(left, exactly("b", 9), { lang: "zh" }))?.message).toBe("a 至多 5 | b 9 | 至少 4");
  });

  it("ranges that meet cannot be decided, and a side unbounded both ways never fails", () => {
    expect(relate(spec(term("a", { lo: 2, hi: 5 }), exactly("b", 5)))).toMatchObject({ severity: "info", assessable: false });
    expect(relate(spec(term("a", { lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY }), exactly("b", -7)))).toMatchObject({
      assessable: false,
    });
  });
});

describe("sums that could leave the range where doubles add exactly", () => {
  // 2^53 − 1 in two cells of one row: their sum is past 2^53 − 1, where 1 more or less can vanish.
  const report = () => {
    const value = blankable("2021");
    setAt(value, ["applications", "received", "naturalPerson"], Number.MAX_SAFE_INTEGER);
    setAt(value, ["applications", "received", "total"], Number.MAX_SAFE_INTEGER);
    return value;
  };

  it("are not decided: an info finding, assessable: false, naming every cell of the relation", () => {
    expect(only(ofRule(check(report(), { lang: "en" }), "t3.applicant-total"))).toEqual({
      ruleId: "t3.applicant-total",
      severity: "info",
      paths: [
        "/applications/received/total",
        "/applications/received/naturalPerson",
        "/applications/received/commercialEnterprise",
        "/applications/received/researchInstitution",
        "/applications/received/publicWelfareOrganization",
        "/applications/received/legalServiceAgency",
        "/applications/received/otherOrganization",
      ],
      message:
        "III. Applications received and handled (1. New applications received this year): cannot decide exactly (total = natural persons + commercial enterprises + research institutions + public-welfare organisations + legal service agencies + other organisations) because the sums exceed 2^53−1 (9007199254740991), beyond which floating-point addition is inexact",
      assessable: false,
    });
  });

  it("nor is the balance of either column they sit in, though doubles would call it broken", () => {
    const balance = ofRule(check(report()), "t3.balance");
    expect(balance.map((finding) => [finding.paths[0], finding.severity, finding.assessable])).toEqual([
      ["/applications/received/naturalPerson", "info", false],
      ["/applications/received/total", "info", false],
    ]);
    expect(balance[1]?.message).toMatch(/^三、收到和处理政府信息公开申请情况（总计列）：无法精确判断（一、本年新收 \+ 二、上年结转 = （七）总计 \+ 四、结转下年度继续办理）/);
  });
});

describe("the blank cells of an undecided relation", () => {
  it("name a cell once when two derivations read it, and say “is” for one cell", () => {
    // （七）总计 × 总计 blank: derived from （七）总计's six columns (its natural-person cell blank,
    // derived from that column's outcome rows) and from the outcome rows' 总计 (（一）予以公开's
    // blank, derived from its row). Both derivations meet at one blank cell: 予以公开 × 自然人.
    const report = blankable("2021");
    for (const path of [
      ["outcomes", "total", "total"],
      ["outcomes", "total", "naturalPerson"],
      ["outcomes", "disclosed", "total"],
      ["outcomes", "disclosed", "naturalPerson"],
    ])
      setAt(report, ["applications", ...path], null);
    const total = ofRule(check(report, { lang: "en" }), "t3.balance").find((finding) => finding.paths[0] === "/applications/received/total");
    expect(total?.assessable).toBe(false);
    expect(total?.message).toBe(
      "III. Applications received and handled (total column): cannot decide (received + carried over = (7) total + carried forward) because 3. Outcomes this year › (1) Disclosed — natural persons is blank",
    );
  });

  it("past sixteen, still three named and the rest counted (a column left blank throughout)", () => {
    const report = blankable("2021");
    for (const row of [["received"], ["carriedOver"], ["carriedForward"], ["outcomes", "total"]]) setAt(report, ["applications", ...row, "naturalPerson"], null);
    const applications = report.applications as Json;
    const outcomes = applications.outcomes as Record<string, Json>;
    for (const row of Object.values(outcomes)) {
      if ("naturalPerson" in row) row.naturalPerson = null;
      else for (const child of Object.values(row) as Json[]) child.naturalPerson = null;
    }
    const column = ofRule(check(report, { lang: "en" }), "t3.balance").find((finding) => finding.paths[0] === "/applications/received/naturalPerson");
    // Received, carried over, the 21 outcome rows of （七）总计's derivation and carried forward.
    expect(column?.message).toBe(
      "III. Applications received and handled (natural persons column): cannot decide (received + carried over = (7) total + carried forward) because 1. New applications received this year — natural persons; 2. Applications carried over from last year — natural persons; 3. Outcomes this year › (1) Disclosed — natural persons and 21 more cells are blank",
    );
    expect(ofRule(check(report), "t3.balance")[0]?.message).toMatch(/ 等 24 格为空$/);
  });
});

describe("message templates are split once and remembered, within a bound", () => {
  // Counted, never timed: fill splits a template at its placeholders only when it is not remembered.
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const splits = () => vi.spyOn(String.prototype, "split");
  let fresh = 0;
  const template = () => `memo ${(fresh += 1)} {a}`;

  it("a template filled again is not split again, even after another one", () => {
    const [first, second] = [template(), template()];
    const split = splits();
    expect(fill(first, { a: 1 })).toBe(`${first.slice(0, -3)}1`);
    expect(fill(first, { a: 2 })).toBe(`${first.slice(0, -3)}2`);
    expect(fill(second, { a: 3 })).toBe(`${second.slice(0, -3)}3`);
    expect(fill(first, { a: 4 })).toBe(`${first.slice(0, -3)}4`);
    expect(split).toHaveBeenCalledTimes(2);
  });

  it("after 2,000 other templates a template is forgotten (series messages carry years: open-ended)", () => {
    const first = template();
    fill(first, { a: 0 });
    for (let count = 0; count < 2000; count += 1) fill(template(), { a: count });
    const split = splits();
    expect(fill(first, { a: 1 })).toBe(`${first.slice(0, -3)}1`);
    expect(split).toHaveBeenCalledTimes(1);
  });
});
