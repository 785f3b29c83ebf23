import { describe, expect, it } from "vitest";
import { check } from "../../../src/rules/check.js";
import { clone, setAt, zeroReport } from "../../support/reports.js";

const only = (report: unknown, lang: "zh" | "en" = "zh") => check(report, { lang }).filter((finding) => finding.ruleId === "text.sections-present");

describe("text.sections-present", () => {
  for (const format of ["2019", "2021"] as const) {
    it(`${format}: sections 五 and 六 with content pass; 六 may say 无`, () => {
      const report = clone(zeroReport(format)) as Record<string, unknown>;
      expect(only(report)).toEqual([]);
      setAt(report, ["text", "other"], "无。");
      expect(only(report)).toEqual([]);
    });

    it(`${format}: a missing or blank section, or a 五 that only says 无, is a warning naming the section`, () => {
      const report = clone(zeroReport(format)) as Record<string, unknown>;
      setAt(report, ["text", "problems"], "  \n ");
      delete (report.text as Record<string, unknown>).other;
      expect(only(report).map((finding) => [finding.severity, finding.paths, finding.message])).toEqual([
        ["warning", ["/text/problems"], "五、存在的主要问题及改进情况 缺失或为空"],
        ["warning", ["/text/other"], "六、其他需要报告的事项 缺失或为空"],
      ]);
      setAt(report, ["text", "problems"], "无。");
      setAt(report, ["text", "other"], "无。");
      expect(only(report, "en").map((finding) => finding.message)).toEqual(["V. Main problems and improvements only says “无。”: it reports no problems or improvements"]);
    });
  }

  it("a report without text is not checked; a text that is not an object cannot be assessed", () => {
    const report = clone(zeroReport("2019")) as Record<string, unknown>;
    delete report.text;
    expect(only(report)).toEqual([]);
    report.text = "无";
    expect(only(report)).toEqual([{ ruleId: "text.sections-present", severity: "info", paths: ["/text"], message: "text 不是对象，无法检查第五、六部分", assessable: false }]);
  });
});
