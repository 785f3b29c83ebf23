import {
  APPLICANT_COLUMNS as C,
  APPLICANT_PART_KEYS,
  APPLICATION_ROWS as A,
  ARTICLE_20_BLOCKS,
  LEGAL_PERSON_GROUP,
  OUTCOME_COLUMNS as O,
  OUTCOME_ROWS as R,
  PROACTIVE_COLUMNS_2019 as P19,
  REVIEW_GROUPS as G,
  REVIEW_PART_KEYS,
  SECTIONS,
} from "../../layout/labels.js";
import type { RuleId } from "../rule-id.js";
import { DOCUMENTS_2019 } from "./words.js";
import type { Bilingual, RuleDocs } from "../types.js";

// The documentation of the single-report rules (src/rules/report-rules.ts, report-input.ts): what
// `rules`, rules.json and docs/rules.md say about them. The engine never reads it, so
// `import { check }` leaves it out.

const BLANKS_DERIVED: Bilingual = {
  zh: `空白格视为未知（计数 ≥ 0）。空白的印刷合计（某行的“总计”、${R.total.zh}各格）按分项推算：分项齐全时得到确切值，否则得到下限；两边范围不可能相等时仍判为错误，否则给出 assessable: false（info）。选项 blanks: "zero" 把每个空白格（包括空白的合计）都按 0 计、不作推算，并在结论中注明。`,
  en: `A blank cell is unknown (a count ≥ 0). A blank printed total (a row's 总计, a ${R.total.zh} cell) is derived from its parts: exactly when all parts are filled, otherwise as a lower bound. If the two sides cannot be equal the relation still fails; otherwise the finding is assessable: false (info). With blanks: "zero" every blank cell, blank totals included, reads as 0 (nothing is derived) and each affected finding says so.`,
};
const BLANKS_CHECKED_TOTAL: Bilingual = {
  zh: "被检查的合计本身空白时不作推算（否则自证成立），给出 assessable: false；分项中的空白视为未知（≥ 0），若已填分项之和已超过合计仍判为错误。选项 blanks: \"zero\" 把空白按 0 计。",
  en: "When the total under check is itself blank it is not derived (that would prove nothing): the finding is assessable: false. Blank parts are unknown (≥ 0): if the filled parts already exceed the total, the relation still fails. With blanks: \"zero\" blanks read as 0.",
};

/** The documentation of each table, format and text rule and of the report input step, by id. */
export const REPORT_RULE_DOCS = {
  "t3.balance": {
    title: { zh: "表三各列收支平衡", en: "Table III balances in every column" },
    relation: {
      zh: `每一列：${A.received.zh} + ${A.carriedOver.zh} = ${R.total.zh} + ${A.carriedForward.zh}`,
      en: "For each column: 1. received + 2. carried over = (7) total + 4. carried forward",
    },
    rationale: {
      zh: "两种格式的表三左上角均印有：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”。",
      en: "Printed in the corner of table III in both formats: “本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和” (in each column, items 1 + 2 = items 3 + 4).",
    },
    source: "official",
    cells: [
      "/applications/received/{column}",
      "/applications/carriedOver/{column}",
      "/applications/outcomes/total/{column}",
      "/applications/carriedForward/{column}",
      // A blank （七）总计 cell is derived from the outcome rows, whose cells the finding then names.
      "/applications/outcomes/{row}/{column}",
    ],
    blanks: BLANKS_DERIVED,
  },
  "t3.outcomes-total": {
    title: { zh: `${R.total.zh}等于各办理结果之和`, en: "(7) Total equals the sum of the outcomes" },
    relation: {
      zh: `每一列：${R.total.zh} = ${R.disclosed.short} + ${R.partiallyDisclosed.short} + ${R.withheld.short} 1–8 + ${R.unableToProvide.short} 1–3 + ${R.notProcessed.short} 1–5 + ${R.otherHandling.short}（2021 格式为 Σ（六）1–3）`,
      en: "For each column: (7) total = (1) + (2) + Σ(3) 1–8 + Σ(4) 1–3 + Σ(5) 1–5 + (6) (2021: Σ(6) 1–3)",
    },
    rationale: {
      zh: "由“总计”字样与表三的行结构推出：各办理结果互斥（“区分处理的，只计这一情形”），组标题行无小计。",
      en: "Implied by the label 总计 and the row structure of table III: outcomes are exclusive (“区分处理的，只计这一情形”) and group rows carry no subtotal.",
    },
    source: "implied",
    cells: ["/applications/outcomes/total/{column}", "/applications/outcomes/{row}/{column}"],
    blanks: BLANKS_CHECKED_TOTAL,
  },
  "t3.applicant-total": {
    title: { zh: "表三每行总计等于各申请人之和", en: "Each table III row's total equals its applicant columns" },
    relation: {
      zh: `每一行：${C.total.zh} = ${APPLICANT_PART_KEYS.map((key) => C[key].zh).join(" + ")}`,
      en: "For each row: total = natural persons + commercial enterprises + research institutions + public-welfare organisations + legal service agencies + other",
    },
    rationale: {
      zh: `由表头结构推出：“${LEGAL_PERSON_GROUP.zh}”仅为分组表头，没有小计列，总计为六个申请人列之和。`,
      en: `Implied by the header: ${LEGAL_PERSON_GROUP.zh} is a grouping header with no subtotal column, so 总计 is the sum of the six applicant columns.`,
    },
    source: "implied",
    cells: ["/applications/{row}/total", "/applications/{row}/{column}"],
    blanks: BLANKS_CHECKED_TOTAL,
  },
  "t4.total": {
    title: { zh: "表四各组总计等于各结果之和", en: "Each table IV group's total equals its results" },
    relation: {
      zh: `${G.review.zh}、${G.litigationDirect.zh}、${G.litigationAfterReview.zh}各自：${O.total.zh} = ${REVIEW_PART_KEYS.map((key) => O[key].zh).join(" + ")}`,
      en: "For reconsideration, direct litigation and litigation after reconsideration: total = upheld + corrected + other + pending",
    },
    rationale: {
      zh: "由表头结构推出：每组五列中“总计”为前四列之和。",
      en: "Implied by the header: in each group of five columns, 总计 is the sum of the first four.",
    },
    source: "implied",
    cells: ["/reviewAndLitigation/{group}/total", "/reviewAndLitigation/{group}/{column}"],
    blanks: BLANKS_CHECKED_TOTAL,
  },
  "t2.published-within-total": {
    title: { zh: `${P19.published.zh}不超过${P19.totalPublished.zh}`, en: "Newly published does not exceed total published" },
    relation: {
      zh: `${ARTICLE_20_BLOCKS["1"].zh} ${DOCUMENTS_2019}：${P19.published.zh} ≤ ${P19.totalPublished.zh}`,
      en: "Article 20 item (1), rules and normative documents: newly published this year ≤ total published",
    },
    rationale: {
      zh: `本年新公开的文件属于对外公开的文件（合理性检查）。模板未定义“${P19.totalPublished.zh}”的口径，故为警告。`,
      en: `Documents published this year are among those published (a sanity bound). The template does not define ${P19.totalPublished.zh}, hence a warning.`,
    },
    source: "implied",
    cells: ["/proactive/{row}/published", "/proactive/{row}/totalPublished"],
    blanks: {
      zh: "任一格空白时给出 assessable: false（info）；选项 blanks: \"zero\" 把空白按 0 计。",
      en: "If either cell is blank the finding is assessable: false (info); with blanks: \"zero\" blanks read as 0.",
    },
  },
  "meta.format-year": {
    title: { zh: "报告格式与年度相符", en: "The format matches the report year" },
    relation: {
      zh: "报告年度 2019–2020 使用 2019 格式（国办公开办函〔2019〕60号），2021 年起使用 2021 格式（国办公开办函〔2021〕30号）",
      en: "Report years 2019–2020 use the 2019 format (国办公开办函〔2019〕60号); 2021 on use the 2021 format (〔2021〕30号)",
    },
    rationale: {
      zh: "2019 格式用于 2019、2020 年度报告；2021 格式自 2021 年度报告起施行（依实施情况得出）。",
      en: "The 2019 format was used for the 2019 and 2020 reports; the 2021 format applies from the 2021 reports (established from implementation).",
    },
    source: "observed",
    cells: ["/format", "/year"],
    blanks: {
      zh: "year 为空时给出 assessable: false（info）。format 缺失或无效时，check 按表格结构推断格式（有 2019 格式独有的行则为 2019，否则为 2021），并在本规则下说明所用的格式。",
      en: "If year is blank the finding is assessable: false (info). If format is missing or invalid, check infers it from the tables (2019 when a row only the 2019 format has is present, otherwise 2021) and says so under this rule.",
    },
  },
  "text.fees-statement": {
    title: { zh: "第六部分报告信息处理费收取情况", en: "Section VI reports the information-processing fees collected" },
    relation: {
      zh: `2021 格式：${SECTIONS.other.zh} 应报告收取信息处理费情况（如“未收取”）`,
      en: "2021 format: section VI reports the 信息处理费 collected (an amount, or none)",
    },
    rationale: {
      zh: "国办公开办函〔2021〕30号：各机关应在“其他需要报告的事项”中报告依据《政府信息公开信息处理费管理办法》收取信息处理费的情况；模板占位文字为“（文字描述，收取信息处理费情况在此处报告。）”。",
      en: "〔2021〕30号 requires each organ to report in section VI the fees collected under the 信息处理费 measures (国办函〔2020〕109号); the template placeholder says so.",
    },
    source: "official",
    cells: ["/text/other"],
    blanks: {
      zh: "未提供第六部分文字（text.other 缺失或为空）时给出 assessable: false（info）。识别方法：文字中出现“信息处理费”“处理费”“收费”或“收取……费”。",
      en: "When section VI is not given (text.other missing or empty) the finding is assessable: false (info). Detection: the text mentions 信息处理费, 处理费, 收费 or 收取…费.",
    },
  },
  "text.overview-length": {
    title: { zh: "总体情况篇幅约一千字以内", en: "Section I within about 1,000 characters" },
    relation: {
      zh: `2021 格式：${SECTIONS.overview.zh} 篇幅原则上不超过一千字（不计空白字符）`,
      en: "2021 format: section I is in principle at most 1,000 characters (whitespace not counted)",
    },
    rationale: {
      zh: "国办公开办函〔2021〕30号：总体情况“要突出重点、简明扼要、客观真实，篇幅原则上不超过一千字”。",
      en: "〔2021〕30号: the overview should be focused, concise and objective, “篇幅原则上不超过一千字”.",
    },
    source: "official",
    cells: ["/text/overview"],
    blanks: {
      zh: "未提供第一部分文字时给出 assessable: false（info）。",
      en: "When section I is not given the finding is assessable: false (info).",
    },
  },
  "report.input": {
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
    blanks: {
      zh: "不涉及单元格。只要对象有报告的任一字段就视为报告（缺失的部分由各规则报告为无法判断，结构问题由 parseReport 报告）。",
      en: "Reads no cell. An object with any report key counts as a report (missing parts are reported by each rule as not assessable, structure by parseReport).",
    },
  },
} satisfies Partial<Record<RuleId, RuleDocs>>;
