// What a relational finding says, asserted through `check` and `checkSeries` (issue 10: these
// are the surviving mutants of the rule engine's relation, interval and reader modules).
import { describe, expect, it } from "vitest";
import { check, checkSeries } from "../../src/rules/check.js";
import type { Finding } from "../../src/rules/types.js";
import { clone, setAt, zeroReport } from "../support/reports.js";

type Json = Record<string, unknown>;
const blankable = (format: "2019" | "2021") => clone(zeroReport(format)) as Json;
const ofRule = (findings: readonly Finding[], id: string) => findings.filter((finding) => finding.ruleId === id);
const only = (findings: readonly Finding[]) => {
  expect(findings).toHaveLength(1);
  return findings[0] as Finding;
};

const RECEIVED = ["applications", "received"];
const APPLICANT_LIST_EN =
  "total = natural persons + commercial enterprises + research institutions + public-welfare organisations + legal service agencies + other organisations";
const APPLICANT_LIST_ZH = "总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他";
const RECEIVED_PATHS = [
  "/applications/received/total",
  "/applications/received/naturalPerson",
  "/applications/received/commercialEnterprise",
  "/applications/received/researchInstitution",
  "/applications/received/publicWelfareOrganization",
  "/applications/received/legalServiceAgency",
  "/applications/received/otherOrganization",
];

describe("an upper bound (2019 本年新公开数量 ≤ 对外公开总数量)", () => {
  const report = (published: number | null, total: number | null) => {
    const value = blankable("2019");
    setAt(value, ["proactive", "regulations", "published"], published);
    setAt(value, ["proactive", "regulations", "totalPublished"], total);
    return value;
  };
  const run = (value: Json, options: Parameters<typeof check>[1] = {}) => ofRule(check(value, options), "t2.published-within-total");

  it("holds at equality and fails one above, with the excess in both languages", () => {
    expect(run(report(3, 3))).toEqual([]);
    expect(only(run(report(5, 3), { lang: "en" }))).toEqual({
      ruleId: "t2.published-within-total",
      severity: "warning",
      paths: ["/proactive/regulations/published", "/proactive/regulations/totalPublished"],
      message: "II. Proactive disclosure (Article 20 item (1) › rules (规章)): newly published this year 5, should not exceed total published 3; excess 2",
      expected: 3,
      actual: 5,
    });
    expect(only(run(report(5, 3))).message).toBe("二、主动公开政府信息情况（第二十条第（一）项 / 规章）：本年新公开数量 5，应不大于对外公开总数量 3，超出 2");
  });

  it("with one side blank cannot be decided, and names the blank cell with ≤", () => {
    expect(only(run(report(null, 3), { lang: "en" }))).toEqual({
      ruleId: "t2.published-within-total",
      severity: "info",
      paths: ["/proactive/regulations/published", "/proactive/regulations/totalPublished"],
      message:
        "II. Proactive disclosure (Article 20 item (1) › rules (规章)): cannot decide (newly published this year ≤ total published) because Article 20 item (1) › rules (规章) — newly published this year is blank",
      assessable: false,
    });
    // A blank limit is unknown too, even with nothing published (0 ≤ anything ≥ 0 holds).
    expect(run(report(0, null))).toEqual([]);
    expect(only(run(report(4, null))).assessable).toBe(false);
  });

  it("under blanks: \"zero\" reads the blank as 0 and says so after the message", () => {
    expect(only(run(report(4, null), { lang: "en", blanks: "zero" }))).toEqual({
      ruleId: "t2.published-within-total",
      severity: "warning",
      paths: ["/proactive/regulations/published", "/proactive/regulations/totalPublished"],
      message:
        'II. Proactive disclosure (Article 20 item (1) › rules (规章)): newly published this year 4, should not exceed total published 0 (blank read as 0); excess 4 (option blanks: "zero": blank cells read as 0: Article 20 item (1) › rules (规章) — total published)',
      expected: 0,
      actual: 4,
    });
    expect(only(run(report(4, null), { blanks: "zero" })).message).toBe(
      '二、主动公开政府信息情况（第二十条第（一）项 / 规章）：本年新公开数量 4，应不大于对外公开总数量 0（空白按 0 计），超出 4（按选项 blanks: "zero"，空白格按 0 计：第二十条第（一）项 / 规章 · 对外公开总数量）',
    );
  });
});

describe("an undecided equality names its blank cells: three at most, then a count", () => {
  const withBlanks = (count: number) => {
    const report = blankable("2021");
    for (const key of ["naturalPerson", "commercialEnterprise", "researchInstitution", "publicWelfareOrganization"].slice(0, count)) {
      setAt(report, [...RECEIVED, key], null);
    }
    return report;
  };
  const en = (count: number) => only(ofRule(check(withBlanks(count), { lang: "en" }), "t3.applicant-total"));
  const zh = (count: number) => only(ofRule(check(withBlanks(count)), "t3.applicant-total"));
  const prefixEn = `III. Applications received and handled (1. New applications received this year): cannot decide (${APPLICANT_LIST_EN}) because `;
  const prefixZh = `三、收到和处理政府信息公开申请情况（一、本年新收政府信息公开申请数量）：无法判断（${APPLICANT_LIST_ZH}），因为`;
  const cellEn = (column: string) => `1. New applications received this year — ${column}`;
  const cellZh = (column: string) => `一、本年新收政府信息公开申请数量 · ${column}`;

  it("one blank: “is blank” / 为空", () => {
    expect(en(1)).toEqual({ ruleId: "t3.applicant-total", severity: "info", paths: RECEIVED_PATHS, message: `${prefixEn}${cellEn("natural persons")} is blank`, assessable: false });
    expect(zh(1).message).toBe(`${prefixZh}${cellZh("自然人")}为空`);
  });

  it("three blanks: all named, “are blank”", () => {
    expect(en(3).message).toBe(
      `${prefixEn}${cellEn("natural persons")}; ${cellEn("commercial enterprises")}; ${cellEn("research institutions")} are blank`,
    );
    expect(zh(3).message).toBe(`${prefixZh}${cellZh("自然人")}、${cellZh("商业企业")}、${cellZh("科研机构")}为空`);
  });

  it("four blanks: three named and the rest counted", () => {
    expect(en(4).message).toBe(
      `${prefixEn}${cellEn("natural persons")}; ${cellEn("commercial enterprises")}; ${cellEn("research institutions")} and 1 more cells are blank`,
    );
    expect(zh(4).message).toBe(`${prefixZh}${cellZh("自然人")}、${cellZh("商业企业")}、${cellZh("科研机构")} 等 4 格为空`);
  });
});

describe("an equality decided from a bound", () => {
  it("the expected side's lower bound above the printed value: expected is the bound, the difference “at least”", () => {
    // 一、本年新收 blank + 二、上年结转 10 ≥ 10, but （七）总计 3 + 四、结转 0 = 3.
    const report = blankable("2021");
    setAt(report, ["applications", "carriedOver", "naturalPerson"], 10);
    setAt(report, ["applications", "carriedOver", "total"], 10);
    setAt(report, [...RECEIVED, "naturalPerson"], null);
    for (const row of [["outcomes", "disclosed"], ["outcomes", "total"]]) {
      setAt(report, ["applications", ...row, "naturalPerson"], 3);
      setAt(report, ["applications", ...row, "total"], 3);
    }
    const [column, total] = ofRule(check(report, { lang: "en" }), "t3.balance");
    expect(column).toEqual({
      ruleId: "t3.balance",
      severity: "error",
      paths: [
        "/applications/received/naturalPerson",
        "/applications/carriedOver/naturalPerson",
        "/applications/outcomes/total/naturalPerson",
        "/applications/carriedForward/naturalPerson",
      ],
      message:
        "III. Applications received and handled (natural persons column): received blank + carried over 10 = at least 10, should equal (7) total 3 + carried forward 0 = 3; difference at least 7",
      expected: 10,
      actual: 3,
    });
    // The 总计 column is printed in full: an exact difference, not a bound.
    expect(total?.message).toBe(
      "III. Applications received and handled (total column): received 0 + carried over 10 = 10, should equal (7) total 3 + carried forward 0 = 3; difference 7",
    );
    expect(ofRule(check(report), "t3.balance")[0]?.message).toBe(
      "三、收到和处理政府信息公开申请情况（自然人列）：一、本年新收 空白 + 二、上年结转 10 = 至少 10，应等于（七）总计 3 + 四、结转下年度继续办理 0 = 3，相差 至少 7",
    );
  });

  it("the printed side's lower bound above the expected value: actual is the bound (table 四)", () => {
    const report = blankable("2021");
    setAt(report, ["reviewAndLitigation", "review", "upheld"], null);
    setAt(report, ["reviewAndLitigation", "review", "corrected"], 4);
    setAt(report, ["reviewAndLitigation", "review", "total"], 3);
    expect(only(ofRule(check(report, { lang: "en" }), "t4.total"))).toEqual({
      ruleId: "t4.total",
      severity: "error",
      paths: [
        "/reviewAndLitigation/review/total",
        "/reviewAndLitigation/review/upheld",
        "/reviewAndLitigation/review/corrected",
        "/reviewAndLitigation/review/other",
        "/reviewAndLitigation/review/pending",
      ],
      message:
        "IV. Administrative reconsideration and litigation (administrative reconsideration): total 3, should equal upheld blank + corrected 4 + other result 0 + pending 0 = at least 4; difference at least 1",
      expected: 4,
      actual: 3,
    });
    // At the bound itself it cannot be decided.
    setAt(report, ["reviewAndLitigation", "review", "corrected"], 3);
    expect(only(ofRule(check(report), "t4.total")).assessable).toBe(false);
  });

  it("a series equality with a blank on the printed side (2021 现行有效件数)", () => {
    const previous = blankable("2021");
    const current = blankable("2021");
    previous.year = 2022;
    current.year = 2023;
    setAt(current, ["proactive", "regulations", "repealed"], null);
    setAt(current, ["proactive", "regulations", "inForce"], 5);
    const findings = checkSeries([previous, current], { lang: "en" });
    expect(only(ofRule(findings, "series.in-force"))).toEqual({
      ruleId: "series.in-force",
      severity: "warning",
      paths: ["/1/proactive/regulations/inForce", "/1/proactive/regulations/repealed", "/0/proactive/regulations/inForce", "/1/proactive/regulations/issued"],
      message:
        "2022→2023 II. Proactive disclosure (rules (规章)): 2023 currently in force 5 + 2023 repealed this year blank = at least 5, should equal 2022 currently in force 0 + 2023 issued this year 0 = 0; difference at least 5",
      expected: 0,
      actual: 5,
    });
  });
});

describe("numbers in messages", () => {
  it("sums that are equal up to floating-point rounding hold; a failing sum is printed without float noise", () => {
    const report = blankable("2021");
    setAt(report, [...RECEIVED, "naturalPerson"], 0.1);
    setAt(report, [...RECEIVED, "commercialEnterprise"], 0.2);
    setAt(report, [...RECEIVED, "total"], 0.3);
    expect(ofRule(check(report), "t3.applicant-total")).toEqual([]);
    setAt(report, [...RECEIVED, "total"], 1);
    const finding = only(ofRule(check(report, { lang: "en" }), "t3.applicant-total"));
    expect(finding.message).toBe(
      "III. Applications received and handled (1. New applications received this year): total 1, should equal natural persons 0.1 + commercial enterprises 0.2 + research institutions 0 + public-welfare organisations 0 + legal service agencies 0 + other organisations 0 = 0.3; difference 0.7",
    );
    expect(finding.actual).toBe(1);
    expect(finding.expected).toBeCloseTo(0.3, 12);
  });

  it("an imbalance of a fraction fails (the rounding allowance is far below any printed digit)", () => {
    const report = blankable("2021");
    setAt(report, [...RECEIVED, "naturalPerson"], 0.001);
    expect(only(ofRule(check(report, { lang: "en" }), "t3.applicant-total")).message).toMatch(/; difference 0\.001$/);
  });
});

describe("blank totals under each policy", () => {
  const report = () => {
    const value = blankable("2021");
    setAt(value, [...RECEIVED, "naturalPerson"], 2);
    setAt(value, [...RECEIVED, "total"], null);
    return value;
  };

  it("unknown: the rule that checks the blank 总计 cannot decide; others derive it from its parts", () => {
    const findings = check(report(), { lang: "en" });
    expect(only(ofRule(findings, "t3.applicant-total"))).toEqual({
      ruleId: "t3.applicant-total",
      severity: "info",
      paths: RECEIVED_PATHS,
      message: `III. Applications received and handled (1. New applications received this year): cannot decide (${APPLICANT_LIST_EN}) because 1. New applications received this year — total is blank`,
      assessable: false,
    });
    const total = ofRule(findings, "t3.balance").find((finding) => finding.paths[0] === "/applications/received/total");
    expect(total).toMatchObject({ severity: "error", expected: 2, actual: 0 });
    expect(total?.paths).toEqual([...RECEIVED_PATHS, "/applications/carriedOver/total", "/applications/outcomes/total/total", "/applications/carriedForward/total"]);
    expect(total?.message).toBe(
      "III. Applications received and handled (total column): received 2 (blank, derived from its parts) + carried over 0 = 2, should equal (7) total 0 + carried forward 0 = 0; difference 2",
    );
    expect(ofRule(check(report()), "t3.balance").find((finding) => finding.paths[0] === "/applications/received/total")?.message).toBe(
      "三、收到和处理政府信息公开申请情况（总计列）：一、本年新收 2（空白，按分项推算） + 二、上年结转 0 = 2，应等于（七）总计 0 + 四、结转下年度继续办理 0 = 0，相差 2",
    );
  });

  it("zero: every blank is 0, totals included, and the message says which", () => {
    const findings = check(report(), { lang: "en", blanks: "zero" });
    expect(only(ofRule(findings, "t3.applicant-total"))).toEqual({
      ruleId: "t3.applicant-total",
      severity: "error",
      paths: RECEIVED_PATHS,
      message:
        'III. Applications received and handled (1. New applications received this year): total 0 (blank read as 0), should equal natural persons 2 + commercial enterprises 0 + research institutions 0 + public-welfare organisations 0 + legal service agencies 0 + other organisations 0 = 2; difference 2 (option blanks: "zero": blank cells read as 0: 1. New applications received this year — total)',
      expected: 2,
      actual: 0,
    });
    // The 总计 column balances with the blank read as 0 (0 + 0 = 0 + 0); only the natural-person column fails.
    expect(ofRule(findings, "t3.balance").map((finding) => finding.paths[0])).toEqual(["/applications/received/naturalPerson"]);
  });

  it("a blank total bounded by its parts (some parts blank too) is a lower bound, said so", () => {
    const value = report();
    setAt(value, [...RECEIVED, "commercialEnterprise"], null);
    const total = ofRule(check(value, { lang: "en" }), "t3.balance").find((finding) => finding.paths[0] === "/applications/received/total");
    expect(total).toMatchObject({ severity: "error", expected: 2, actual: 0 });
    expect(total?.message).toBe(
      "III. Applications received and handled (total column): received at least 2 (blank, bounded by its filled parts) + carried over 0 = at least 2, should equal (7) total 0 + carried forward 0 = 0; difference at least 2",
    );
    expect(ofRule(check(value), "t3.balance").find((finding) => finding.paths[0] === "/applications/received/total")?.message).toContain(
      "一、本年新收 至少 2（空白，按已填分项推算）",
    );
  });
});
