import { REPORT_RULES } from "./report-rules.js";
import type { ReportRule, Rule, SeriesRule } from "./rule.js";
import { SERIES_RULES } from "./series-rules.js";
import type { RuleInfo } from "./types.js";

export { isRuleId, RULE_IDS, type RuleId } from "./rule-id.js";

/** report.input — what `check` is given is a report at all. */
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
  message: {
    zh: "{problem}",
    en: "{problem}",
  },
  blanks: {
    zh: "不涉及单元格。只要对象有报告的任一字段就视为报告（缺失的部分由各规则报告为无法判断，结构问题由 parseReport 报告）。",
    en: "Reads no cell. An object with any report key counts as a report (missing parts are reported by each rule as not assessable, structure by parseReport).",
  },
  // Tested by check itself before the other rules run.
  run: () => [],
};

/** series.input — the reports given to checkSeries form one organ's series. */
export const seriesInput: SeriesRule = {
  id: "series.input",
  severity: "error",
  scope: "series",
  formats: ["2019", "2021"],
  title: { zh: "系列报告属于同一机关且年份不重复", en: "A series is one organ's reports with distinct years" },
  relation: {
    zh: "checkSeries 的输入：同一报告机关（agency）、每年至多一份、年度已填写；年份不连续时中间的衔接无法检查",
    en: "Input of checkSeries: one reporting organ (agency), at most one report per year, each with its year; a missing year leaves its links unchecked",
  },
  rationale: {
    zh: "逐年衔接关系只对同一机关相邻年度有意义。此项由 checkSeries 在运行其他系列规则之前检查；出错时不运行系列规则。",
    en: "Year-to-year relations only make sense for consecutive years of one organ. checkSeries checks this before any series rule; on error no series rule runs.",
  },
  source: "implied",
  cells: ["/{i}/agency", "/{i}/year"],
  message: {
    zh: "系列报告输入有误：{problem}",
    en: "Invalid series input: {problem}",
  },
  blanks: {
    zh: "agency 为空的报告不参与机关一致性比较；year 为空的报告无法排序，视为输入错误。年份缺口给出 assessable: false（info）。",
    en: "A report with a blank agency is not compared; a report with a blank year cannot be placed and is an input error. A gap between years gives assessable: false (info).",
  },
  // Validated by checkSeries itself before the pairwise rules run.
  run: () => [],
};

/**
 * The rule catalogue, as data: every rule's id, severity, formats, relation in
 * printed labels, rationale, cells, message template and blank handling, plus
 * its pure function. `rules.json` in the package is the same without functions.
 *
 * @example
 * ```ts
 * import { rules } from "zfxxgk";
 * rules.map((rule) => rule.id).slice(0, 3);
 * //=> ["t3.balance", "t3.outcomes-total", "t3.applicant-total"]
 * ```
 */
export const rules: readonly Rule[] = [...REPORT_RULES, ...SERIES_RULES, seriesInput, reportInput];
// RULE_IDS (rule-id.ts) is the literal list behind `RuleId`; test/rules keeps it equal to this catalogue, in order.

/**
 * The catalogue without functions, ready for `JSON.stringify`.
 *
 * @example
 * ```ts
 * ruleCatalogue()[0];
 * //=> { id: "t3.balance", severity: "error", scope: "report", formats: ["2019", "2021"], … }
 * ```
 */
export function ruleCatalogue(): RuleInfo[] {
  return rules.map(({ run: _run, ...info }) => info);
}
