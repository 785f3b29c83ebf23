import { notAReport } from "../schema/input.js";
import type { ReportRule } from "./rule.js";

/** report.input — what `check` is given is a report at all (tested before every other rule). */
export const reportInput: ReportRule = {
  id: "report.input",
  severity: "error",
  scope: "report",
  formats: ["2019", "2021"],
  title: { zh: "输入是一份报告", en: "The input is a report" },
  relation: {
    zh: "check 的输入：一个对象，且至少有报告的一个字段（format、year、agency、proactive、applications、reviewAndLitigation、text）",
    en: "Input of check: an object with at least one of a report's keys (format, year, agency, proactive, applications, reviewAndLitigation, text)",
  },
  rationale: {
    zh: "文本、数组、null 或没有任何报告字段的对象不是报告：与其对每条规则报告“无法判断”，不如直接指出输入有误。此项由 check 在运行其他规则之前检查；出错时不运行其他规则。",
    en: "A string, an array, null or an object with none of a report's keys is not a report: rather than saying every rule cannot decide, say the input is wrong. check tests this before any other rule; on error no other rule runs.",
  },
  source: "implied",
  cells: [""],
  message: { zh: "{problem}", en: "{problem}" },
  blanks: {
    zh: "不涉及单元格。只要对象有报告的任一字段就视为报告（缺失的部分由各规则报告为无法判断，结构问题由 parseReport 报告）。",
    en: "Reads no cell. An object with any report key counts as a report (missing parts are reported by each rule as not assessable, structure by parseReport).",
  },
  run: ({ report, emit }) => {
    const problem = notAReport(report);
    return problem ? [emit.fail([""], { problem })] : [];
  },
};
