import { describe, expect, it } from "vitest";
import { check } from "../../src/rules/check.js";
import { clone, consistentReport, setAt, zeroReport } from "../support/reports.js";
import { expectOneFinding, findingsOf } from "./expect-finding.js";

const A = "/applications";

describe.each(["2019", "2021"] as const)("t3.balance (format %s)", (format) => {
  it("passes when 一 + 二 = （七）总计 + 四 in every column", () => {
    expect(findingsOf(consistentReport(format, 7), "t3.balance")).toEqual([]);
  });

  it("fails in the column that does not balance, with both sides in the message", () => {
    const report = clone(zeroReport(format));
    // 自然人: 35 + 0 vs 35 + 8; the row totals follow so only t3.balance breaks.
    for (const row of ["received", "outcomes/disclosed", "outcomes/total"]) {
      setAt(report, ["applications", ...row.split("/"), "naturalPerson"], 35);
      setAt(report, ["applications", ...row.split("/"), "total"], 35);
    }
    setAt(report, ["applications", "carriedForward", "naturalPerson"], 8);
    setAt(report, ["applications", "carriedForward", "total"], 8);
    expect(check(report).map((finding) => finding.ruleId)).toEqual(["t3.balance", "t3.balance"]);
    const [natural] = findingsOf(report, "t3.balance");
    expect(natural).toBeDefined();
    expect(natural?.paths).toEqual([
      `${A}/received/naturalPerson`,
      `${A}/carriedOver/naturalPerson`,
      `${A}/outcomes/total/naturalPerson`,
      `${A}/carriedForward/naturalPerson`,
    ]);
    expect(natural?.expected).toBe(35);
    expect(natural?.actual).toBe(43);
    expect(natural?.message).toBe(
      "三、收到和处理政府信息公开申请情况（自然人列）：一、本年新收 35 + 二、上年结转 0 = 35，应等于（七）总计 35 + 四、结转下年度继续办理 8 = 43，相差 8",
    );
    expect(natural?.en).toBe(
      "III. Applications received and handled (natural persons column): received 35 + carried over 0 = 35, should equal (7) total 35 + carried forward 8 = 43; difference 8",
    );
  });

  it("derives a blank （七）总计 from its parts when all are filled", () => {
    const report = clone(consistentReport(format, 11)) as Record<string, unknown>;
    setAt(report, ["applications", "outcomes", "total", "commercialEnterprise"], null);
    // Still balanced: the derived total equals the printed parts' sum.
    expect(findingsOf(report, "t3.balance")).toEqual([]);
    // Break the balance: the finding says the total was blank and derived.
    const { received, carriedOver } = (report as { applications: Record<string, Record<string, number>> }).applications;
    const before = received?.commercialEnterprise as number;
    setAt(report, ["applications", "received", "commercialEnterprise"], before + 2);
    setAt(report, ["applications", "received", "total"], (received?.total as number) + 2);
    // 商业企业 column and 总计 column both break; the first is the one with the derived total.
    const [finding, totalColumn] = findingsOf(report, "t3.balance");
    expect(totalColumn?.paths[0]).toBe(`${A}/received/total`);
    expect(finding?.expected).toBe(before + 2 + (carriedOver?.commercialEnterprise as number));
    if (!finding) throw new Error("no finding");
    expect(finding.message).toContain("（七）总计");
    expect(finding.message).toContain("（空白，按分项推算）");
    expect(finding.paths).toContain(`${A}/outcomes/total/commercialEnterprise`);
    expect(finding.paths).toContain(`${A}/outcomes/disclosed/commercialEnterprise`);
  });

  it("proves an imbalance from a lower bound when a blank total has blank parts (seed 003 case)", () => {
    const report = clone(zeroReport(format)) as Record<string, unknown>;
    setAt(report, ["applications", "received", "naturalPerson"], 35);
    setAt(report, ["applications", "received", "total"], 43); // the 总计 column balances: 43 = 35 + 8
    setAt(report, ["applications", "outcomes", "disclosed", "naturalPerson"], 35);
    setAt(report, ["applications", "outcomes", "disclosed", "total"], 35);
    setAt(report, ["applications", "outcomes", "withheld", "stateSecret", "naturalPerson"], null);
    setAt(report, ["applications", "outcomes", "total", "naturalPerson"], null);
    setAt(report, ["applications", "outcomes", "total", "total"], 35);
    setAt(report, ["applications", "carriedForward", "naturalPerson"], 8);
    setAt(report, ["applications", "carriedForward", "total"], 43 - 35);
    const finding = expectOneFinding(report, {
      ruleId: "t3.balance",
      expected: 35,
      actual: 43,
      zh: "三、收到和处理政府信息公开申请情况（自然人列）：一、本年新收 35 + 二、上年结转 0 = 35，应等于（七）总计 至少 35（空白，按已填分项推算） + 四、结转下年度继续办理 8 = 至少 43，相差 至少 8",
      en: "III. Applications received and handled (natural persons column): received 35 + carried over 0 = 35, should equal (7) total at least 35 (blank, bounded by its filled parts) + carried forward 8 = at least 43; difference at least 8",
    });
    expect(finding.paths).toContain(`${A}/outcomes/withheld/stateSecret/naturalPerson`);
  });

  it("is not assessable (info) when a blank leaves both sides able to meet", () => {
    const report = clone(zeroReport(format)) as Record<string, unknown>;
    setAt(report, ["applications", "carriedOver", "researchInstitution"], null);
    expectOneFinding(report, {
      ruleId: "t3.balance",
      assessable: false,
      zh: "三、收到和处理政府信息公开申请情况（科研机构列）：无法判断（一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理），因为二、上年结转政府信息公开申请数量 · 科研机构为空",
      en: "III. Applications received and handled (research institutions column): cannot decide (received + carried over = (7) total + carried forward) because 2. Applications carried over from last year — research institutions is blank",
    });
  });

  it("reads blanks as 0 with { blanks: \"zero\" } and says so", () => {
    const report = clone(zeroReport(format)) as Record<string, unknown>;
    setAt(report, ["applications", "carriedOver", "researchInstitution"], null);
    expect(findingsOf(report, "t3.balance", { blanks: "zero" })).toEqual([]);
    setAt(report, ["applications", "received", "researchInstitution"], 1);
    const finding = expectOneFinding(report, { ruleId: "t3.balance", expected: 1, actual: 0 }, { blanks: "zero" });
    expect(finding.message).toContain("二、上年结转 0（空白按 0 计）");
    expect(finding.message).toContain("按选项 blanks: \"zero\"，空白格按 0 计：二、上年结转政府信息公开申请数量 · 科研机构");
  });
});

describe.each(["2019", "2021"] as const)("t3.outcomes-total (format %s)", (format) => {
  const otherRow = format === "2021" ? ["otherHandling", "unpaidFee"] : ["otherHandling"];

  it("fails when （七）总计 differs from the outcome rows, naming the groups", () => {
    const report = clone(zeroReport(format)) as Record<string, unknown>;
    setAt(report, ["applications", "outcomes", ...otherRow, "legalServiceAgency"], 2);
    setAt(report, ["applications", "outcomes", ...otherRow, "total"], 2);
    const [finding, totalColumn] = findingsOf(report, "t3.outcomes-total");
    expect(finding?.expected).toBe(2);
    expect(finding?.actual).toBe(0);
    // The row's 总计 is 2 too, so the 总计 column breaks the same way: same rule, second finding.
    expect(totalColumn?.paths[0]).toBe(`${A}/outcomes/total/total`);
    if (!finding) throw new Error("no finding");
    const six = format === "2021" ? "Σ（六）其他处理 2" : "（六）其他处理 2";
    expect(finding.message).toBe(
      `三、收到和处理政府信息公开申请情况（法律服务机构列）：（七）总计 0，应等于（一）予以公开 0 + （二）部分公开 0 + Σ（三）不予公开 0 + Σ（四）无法提供 0 + Σ（五）不予处理 0 + ${six} = 2，相差 2`,
    );
    expect(finding.paths).toContain(`${A}/outcomes/total/legalServiceAgency`);
    expect(finding.paths).toContain(`${A}/outcomes/${otherRow.join("/")}/legalServiceAgency`);
    expect(finding.paths).toHaveLength(format === "2021" ? 1 + 2 + 8 + 3 + 5 + 3 : 1 + 2 + 8 + 3 + 5 + 1);
  });

  it("does not derive the total it checks: a blank （七）总计 is not assessable", () => {
    const report = clone(zeroReport(format)) as Record<string, unknown>;
    setAt(report, ["applications", "outcomes", "total", "otherOrganization"], null);
    const [finding] = findingsOf(report, "t3.outcomes-total");
    expect(finding?.assessable).toBe(false);
    expect(finding?.severity).toBe("info");
    expect(finding?.message).toContain("三、本年度办理结果 / （七）总计 · 其他为空");
  });

  it("still fails when filled parts already exceed the printed total", () => {
    const report = clone(zeroReport(format)) as Record<string, unknown>;
    setAt(report, ["applications", "outcomes", "disclosed", "naturalPerson"], 5);
    setAt(report, ["applications", "outcomes", "disclosed", "total"], 5);
    setAt(report, ["applications", "outcomes", "partiallyDisclosed", "naturalPerson"], null);
    setAt(report, ["applications", "outcomes", "total", "naturalPerson"], 3);
    const found = findingsOf(report, "t3.outcomes-total").filter((finding) => finding.assessable !== false);
    expect(found[0]?.expected).toBe(5);
    expect(found[0]?.actual).toBe(3);
    expect(found[0]?.message).toContain("（二）部分公开 空白");
  });
});

describe.each(["2019", "2021"] as const)("t3.applicant-total (format %s)", (format) => {
  it("fails on the row whose 总计 differs from its six columns", () => {
    const report = clone(zeroReport(format)) as Record<string, unknown>;
    setAt(report, ["applications", "outcomes", "notProcessed", "repeated", "total"], 3);
    // Keep （七）总计's total column consistent so only this rule breaks.
    setAt(report, ["applications", "outcomes", "total", "total"], 3);
    setAt(report, ["applications", "received", "total"], 3);
    setAt(report, ["applications", "outcomes", "total", "naturalPerson"], 0);
    const found = findingsOf(report, "t3.applicant-total");
    const repeated = found.find((finding) => finding.paths[0] === `${A}/outcomes/notProcessed/repeated/total`);
    expect(repeated).toBeDefined();
    expect(repeated?.expected).toBe(0);
    expect(repeated?.actual).toBe(3);
    expect(repeated?.message).toBe(
      "三、收到和处理政府信息公开申请情况（三、本年度办理结果 / （五）不予处理 / 2.重复申请）：总计 3，应等于自然人 0 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 0，相差 3",
    );
    expect(repeated?.en).toBe(
      "III. Applications received and handled (3. Outcomes this year › (5) Not processed › 2. Repeated application): total 3, should equal natural persons 0 + commercial enterprises 0 + research institutions 0 + public-welfare organisations 0 + legal service agencies 0 + other organisations 0 = 0; difference 3",
    );
    expect(repeated?.paths).toHaveLength(7);
  });

  it("reports a blank 总计 as not assessable, never as passing", () => {
    const report = clone(zeroReport(format)) as Record<string, unknown>;
    setAt(report, ["applications", "carriedForward", "total"], null);
    const found = findingsOf(report, "t3.applicant-total");
    expect(found).toHaveLength(1);
    expect(found[0]?.assessable).toBe(false);
    expect(found[0]?.paths[0]).toBe(`${A}/carriedForward/total`);
  });
});
