import { describe, expect, it } from "vitest";
import { checkSeries } from "../../src/rules/check.js";
import type { Report2019, Report2021 } from "../../src/schema/report.js";
import { clone, setAt, zeroReport } from "../support/reports.js";

/** One organ's 2019–2023 reports, made by hand, crossing the format change; consistent. */
function organSeries(): [Report2019, Report2019, Report2021, Report2021, Report2021] {
  const y2019 = clone(zeroReport("2019"));
  y2019.year = 2019;
  const y2020 = clone(zeroReport("2019"));
  const y2021 = clone(zeroReport("2021"));
  y2021.year = 2021;
  const y2022 = clone(zeroReport("2021"));
  y2022.year = 2022;
  const y2023 = clone(zeroReport("2021"));
  // 自然人 carried forward 2019 → 2020 → 2021 (across the format change) → 2022.
  const carry = (from: Record<string, unknown>, to: Record<string, unknown>, value: number) => {
    for (const key of ["naturalPerson", "total"]) {
      setAt(from, ["applications", "carriedForward", key], value);
      setAt(from, ["applications", "received", key], value);
      setAt(to, ["applications", "carriedOver", key], value);
      setAt(to, ["applications", "outcomes", "disclosed", key], value);
      setAt(to, ["applications", "outcomes", "total", key], value);
    }
  };
  carry(y2019, y2020, 2);
  carry(y2020, y2021, 3);
  // 2020 items: 2019 licensing 10 items + 4 = 14.
  setAt(y2019, ["proactive", "licensing", "itemsLastYear"], 10);
  setAt(y2019, ["proactive", "licensing", "itemsChange"], 4);
  setAt(y2020, ["proactive", "licensing", "itemsLastYear"], 14);
  // In force: 2021 17, 2022 17 + 6 − 2 = 21, 2023 21 + 1 − 0 = 22.
  setAt(y2021, ["proactive", "normativeDocuments", "inForce"], 17);
  setAt(y2022, ["proactive", "normativeDocuments", "issued"], 6);
  setAt(y2022, ["proactive", "normativeDocuments", "repealed"], 2);
  setAt(y2022, ["proactive", "normativeDocuments", "inForce"], 21);
  setAt(y2023, ["proactive", "normativeDocuments", "issued"], 1);
  setAt(y2023, ["proactive", "normativeDocuments", "inForce"], 22);
  return [y2019, y2020, y2021, y2022, y2023];
}

describe("checkSeries", () => {
  it("passes a consistent 2019–2023 series given in any order, across the format change", () => {
    const [a, b, c, d, e] = organSeries();
    expect(checkSeries([e, c, a, d, b])).toEqual([]);
  });

  it("finds one broken carry-over (2020 → 2021, across formats) and one broken in-force count", () => {
    const series = organSeries();
    setAt(series[2], ["applications", "carriedOver", "naturalPerson"], 4); // 2021 says 4, 2020 carried 3
    setAt(series[2], ["applications", "outcomes", "disclosed", "naturalPerson"], 4);
    setAt(series[2], ["applications", "outcomes", "total", "naturalPerson"], 4);
    setAt(series[2], ["applications", "carriedOver", "total"], 4);
    setAt(series[2], ["applications", "outcomes", "disclosed", "total"], 4);
    setAt(series[2], ["applications", "outcomes", "total", "total"], 4);
    setAt(series[4], ["proactive", "normativeDocuments", "inForce"], 30); // 2023: 21 + 1 − 0 = 22, prints 30
    const findings = checkSeries(series);
    expect(findings.map((finding) => `${finding.ruleId}@${finding.paths.join(",")}`)).toEqual([
      "series.carry-over@/2/applications/carriedOver/naturalPerson,/1/applications/carriedForward/naturalPerson",
      "series.carry-over@/2/applications/carriedOver/total,/1/applications/carriedForward/total",
      "series.in-force@/4/proactive/normativeDocuments/inForce,/4/proactive/normativeDocuments/repealed,/3/proactive/normativeDocuments/inForce,/4/proactive/normativeDocuments/issued",
    ]);
    const [carry, , inForce] = findings;
    expect(carry?.severity).toBe("error");
    expect(carry?.expected).toBe(3);
    expect(carry?.actual).toBe(4);
    expect(carry?.message).toBe(
      "2020→2021 年 三、收到和处理政府信息公开申请情况（自然人列）：2021 年 二、上年结转 4，应等于2020 年 四、结转下年度继续办理 3，相差 1",
    );
    expect(inForce?.severity).toBe("warning");
    expect(inForce?.expected).toBe(22);
    expect(inForce?.actual).toBe(30);
    expect(checkSeries(series, { lang: "en" })[2]?.message).toBe(
      "2022→2023 II. Proactive disclosure (administrative normative documents): 2023 currently in force 30 + 2023 repealed this year 0 = 30, should equal 2022 currently in force 21 + 2023 issued this year 1 = 22; difference 8",
    );
  });

  it("checks the repeal bound, 2019 items and published totals", () => {
    const series = organSeries();
    setAt(series[3], ["proactive", "normativeDocuments", "repealed"], 40); // > 17 + 6
    setAt(series[1], ["proactive", "licensing", "itemsLastYear"], 15); // ≠ 10 + 4
    setAt(series[1], ["proactive", "regulations", "totalPublished"], 1); // ≠ 0 + 0
    const ids = checkSeries(series).map((finding) => `${finding.ruleId}:${finding.severity}`);
    expect(ids).toEqual([
      "series.items:warning",
      "series.published-total:info",
      "series.in-force:warning",
      "series.repeal-bound:error",
    ]);
  });

  it("returns input errors instead of throwing: different organs, duplicate or blank years, non-reports", () => {
    const [a, b] = organSeries();
    const other = { ...clone(b), agency: "另一个机关" };
    const different = checkSeries([a, other]);
    expect(different).toHaveLength(1);
    expect(different[0]?.ruleId).toBe("series.input");
    expect(different[0]?.message).toContain("报告来自不同机关");
    expect(different[0]?.paths).toEqual(["/0/agency", "/1/agency"]);
    const duplicate = checkSeries([a, clone(a)], { lang: "en" });
    expect(duplicate.map((finding) => finding.message)).toEqual(["Invalid series input: 2 reports for 2019 (items 0, 1)"]);
    expect(checkSeries([a, { ...clone(b), year: null }])[0]?.paths).toEqual(["/1/year"]);
    expect(checkSeries([a, 42])[0]?.paths).toEqual(["/1"]);
    expect(checkSeries("nope" as never)[0]?.ruleId).toBe("series.input");
  });

  it("says when a year is missing instead of skipping it quietly", () => {
    const [a, , c] = organSeries();
    const findings = checkSeries([a, c]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.assessable).toBe(false);
    expect(findings[0]?.message).toContain("缺少 2020 年的报告");
  });

  it("treats blank cells as unknown across years", () => {
    const [a, b] = organSeries();
    setAt(b, ["applications", "carriedOver", "commercialEnterprise"], null);
    const findings = checkSeries([a, b]);
    expect(findings.map((finding) => [finding.ruleId, finding.assessable])).toEqual([["series.carry-over", false]]);
  });
});
