import { describe, expect, it } from "vitest";
import { check } from "../../src/rules/check.js";
import { clone, consistentReport, setAt, zeroReport } from "../support/reports.js";
import { expectOneFinding, findingsOf } from "./expect-finding.js";

describe.each(["2019", "2021"] as const)("t4.total (format %s)", (format) => {
  it("passes on consistent groups", () => {
    expect(findingsOf(consistentReport(format, 3), "t4.total")).toEqual([]);
  });

  it("fails on the group whose 总计 differs, naming the group", () => {
    const report = clone(zeroReport(format));
    setAt(report, ["reviewAndLitigation", "litigationDirect", "upheld"], 21);
    setAt(report, ["reviewAndLitigation", "litigationDirect", "corrected"], 2);
    setAt(report, ["reviewAndLitigation", "litigationDirect", "total"], 22);
    expectOneFinding(report, {
      ruleId: "t4.total",
      expected: 23,
      actual: 22,
      paths: ["total", "upheld", "corrected", "other", "pending"].map((key) => `/reviewAndLitigation/litigationDirect/${key}`),
      zh: "四、政府信息公开行政复议、行政诉讼情况（行政诉讼 / 未经复议直接起诉）：总计 22，应等于结果维持 21 + 结果纠正 2 + 其他结果 0 + 尚未审结 0 = 23，相差 1",
      en: "IV. Administrative reconsideration and litigation (administrative litigation › litigation without prior reconsideration): total 22, should equal upheld 21 + corrected 2 + other result 0 + pending 0 = 23; difference 1",
    });
  });

  it("blank parts with a printed total: not assessable unless the filled parts exceed it", () => {
    const report = clone(zeroReport(format));
    setAt(report, ["reviewAndLitigation", "review", "upheld"], null);
    setAt(report, ["reviewAndLitigation", "review", "corrected"], 3);
    setAt(report, ["reviewAndLitigation", "review", "total"], 3);
    expectOneFinding(report, { ruleId: "t4.total", assessable: false });
    setAt(report, ["reviewAndLitigation", "review", "total"], 2);
    expectOneFinding(report, { ruleId: "t4.total", expected: 3, actual: 2 });
  });
});

describe("t2.published-within-total (2019 only)", () => {
  it("warns when 本年新公开数量 exceeds 对外公开总数量", () => {
    const report = clone(zeroReport("2019"));
    setAt(report, ["proactive", "normativeDocuments", "published"], 5);
    setAt(report, ["proactive", "normativeDocuments", "totalPublished"], 3);
    expectOneFinding(report, {
      ruleId: "t2.published-within-total",
      severity: "warning",
      expected: 3,
      actual: 5,
      paths: ["/proactive/normativeDocuments/published", "/proactive/normativeDocuments/totalPublished"],
      zh: "二、主动公开政府信息情况（第二十条第（一）项 / 规范性文件）：本年新公开数量 5，应不大于对外公开总数量 3，超出 2",
      en: "II. Proactive disclosure (Article 20 item (1) › normative documents): newly published this year 5, should not exceed total published 3; excess 2",
    });
  });

  it("does not apply to the 2021 format", () => {
    expect(check(zeroReport("2021")).filter((finding) => finding.ruleId === "t2.published-within-total")).toEqual([]);
  });

  it("is not assessable when a blank leaves it open, decided when it cannot matter", () => {
    const report = clone(zeroReport("2019"));
    setAt(report, ["proactive", "regulations", "totalPublished"], null);
    // 0 ≤ any count: decided even with the total blank.
    expect(findingsOf(report, "t2.published-within-total")).toEqual([]);
    setAt(report, ["proactive", "regulations", "published"], 3);
    expectOneFinding(report, { ruleId: "t2.published-within-total", assessable: false });
  });
});

describe("meta.format-year", () => {
  it("warns when a 2021 report uses the 2019 format", () => {
    const report = clone(zeroReport("2019"));
    report.year = 2022;
    expectOneFinding(report, {
      ruleId: "meta.format-year",
      severity: "warning",
      paths: ["/format", "/year"],
      zh: "报告年度 2022 应使用 2021 格式，实际为 2019 格式",
      en: "Report year 2022 should use the 2021 format, but the report is in the 2019 format",
    });
  });
  it("warns when a 2020 report uses the 2021 format, and for years before 2019", () => {
    const report = clone(zeroReport("2021"));
    report.year = 2020;
    expectOneFinding(report, { ruleId: "meta.format-year", severity: "warning" });
    report.year = 2018;
    const finding = expectOneFinding(report, { ruleId: "meta.format-year", severity: "warning" });
    expect(finding.message).toContain("早于两种格式");
  });
  it("passes on matching years and is not assessable without a year", () => {
    expect(findingsOf(zeroReport("2019"), "meta.format-year")).toEqual([]);
    const report = clone(zeroReport("2021")) as Record<string, unknown>;
    report.year = null;
    expectOneFinding(report, { ruleId: "meta.format-year", assessable: false, paths: ["/year", "/format"] });
  });
});

describe("text.fees-statement (2021)", () => {
  it("accepts the wordings real reports use", () => {
    for (const other of ["本年度未收取信息处理费。", "2023年,兰山区不存在因信息处理收取相关费用的情况。", "本机关未收费。"]) {
      const report = clone(zeroReport("2021"));
      report.text = { ...report.text, other };
      expect(findingsOf(report, "text.fees-statement"), other).toEqual([]);
    }
  });
  it("warns when section 六 does not mention the fees", () => {
    const report = clone(zeroReport("2021"));
    report.text = { ...report.text, other: "无。" };
    expectOneFinding(report, {
      ruleId: "text.fees-statement",
      severity: "warning",
      paths: ["/text/other"],
      zh: "六、其他需要报告的事项 未提及收取信息处理费情况（2021 格式要求在此报告，未收取也应说明）",
    });
  });
  it("is not assessable without section 六, and does not apply to 2019", () => {
    const report = clone(zeroReport("2021"));
    delete report.text;
    expectOneFinding(report, { ruleId: "text.fees-statement", assessable: false });
    const old = clone(zeroReport("2019"));
    old.text = { other: "无。" };
    expect(findingsOf(old, "text.fees-statement")).toEqual([]);
  });
});

describe("text.overview-length (2021)", () => {
  it("gives info past 1,000 characters, not counting whitespace", () => {
    const report = clone(zeroReport("2021"));
    report.text = { ...report.text, overview: `${"字".repeat(1000)}\n  \n` };
    expect(findingsOf(report, "text.overview-length")).toEqual([]);
    report.text = { ...report.text, overview: "字 ".repeat(1001) };
    expectOneFinding(report, {
      ruleId: "text.overview-length",
      severity: "info",
      expected: 1000,
      actual: 1001,
      zh: "一、总体情况 共 1001 字（不计空白），超过原则上一千字的篇幅要求",
      en: "Section I has 1001 characters (whitespace not counted), over the guideline of about 1,000",
    });
  });
  it("is not assessable without section 一", () => {
    const report = clone(zeroReport("2021"));
    report.text = {};
    expectOneFinding(report, { ruleId: "text.overview-length", assessable: false });
  });
});

describe("check says when it inferred the format", () => {
  it("a 2019-shaped report without format is checked as 2019, and a finding says so", () => {
    const report = clone(zeroReport("2019")) as Record<string, unknown>;
    delete report.format;
    setAt(report, ["applications", "received", "naturalPerson"], 1);
    setAt(report, ["applications", "received", "total"], 1);
    const findings = check(report, { lang: "en" });
    expect(findings.find((finding) => finding.ruleId === "meta.format-year")).toEqual({
      ruleId: "meta.format-year",
      severity: "warning",
      paths: ["/format"],
      message: "The report format is missing; the tables were checked as the 2019 format, inferred from their rows",
    });
    // The 2019 layout was used: its single （六）其他处理 row is read.
    setAt(report, ["applications", "outcomes", "otherHandling", "naturalPerson"], 1);
    setAt(report, ["applications", "outcomes", "otherHandling", "total"], 1);
    setAt(report, ["applications", "outcomes", "total", "naturalPerson"], 1);
    setAt(report, ["applications", "outcomes", "total", "total"], 1);
    expect(check(report).map((finding) => finding.ruleId)).toEqual(["meta.format-year"]);
  });

  it("a 2021-shaped report with a wrong format is checked as 2021, and a finding says so", () => {
    const report = clone(zeroReport("2021")) as Record<string, unknown>;
    report.format = "2022";
    const findings = check(report);
    expect(findings).toEqual([
      { ruleId: "meta.format-year", severity: "warning", paths: ["/format"], message: "报告格式 \"2022\" 无效，按表格结构推断为 2021 格式进行检查" },
    ]);
    setAt(report, ["applications", "outcomes", "otherHandling", "other", "naturalPerson"], 1);
    expect(check(report).map((finding) => finding.ruleId)).toEqual(["t3.outcomes-total", "t3.applicant-total", "meta.format-year"]);
  });
});
