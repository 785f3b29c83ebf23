import { APPLICATION_ROWS as A, PROACTIVE_COLUMNS_2019 as P19, PROACTIVE_COLUMNS_2021 as P21, PROACTIVE_ROWS } from "../../layout/labels.js";
import type { RuleId } from "../rule-id.js";
import { DOCUMENTS_2019, DOCUMENTS_2021 } from "./words.js";
import type { Bilingual, RuleDocs } from "../types.js";

// The documentation of the series rules (src/rules/series-rules.ts, series-input.ts): what `rules`,
// rules.json and docs/rules.md say about them. The engine never reads it.

const ITEM_ROWS = [PROACTIVE_ROWS.licensing, PROACTIVE_ROWS.otherServices, PROACTIVE_ROWS.penalty, PROACTIVE_ROWS.coercion, PROACTIVE_ROWS.fees].map((row) => row.zh).join("、");

const SERIES_BLANKS: Bilingual = {
  zh: "空白格视为未知；两边范围不可能满足关系时仍判为错误，否则给出 assessable: false（info）。选项 blanks: \"zero\" 把空白按 0 计。年份不连续（缺少中间年度）时给出 assessable: false。",
  en: "A blank cell is unknown; if the two sides cannot satisfy the relation it still fails, otherwise the finding is assessable: false (info). With blanks: \"zero\" blanks read as 0. A missing year in between gives assessable: false.",
};

/** The documentation of each series rule and of the series input step, by id. */
export const SERIES_RULE_DOCS = {
  "series.carry-over": {
    title: { zh: "上年结转等于上一年度结转下年度", en: "Carried over equals last year's carried forward" },
    relation: {
      zh: `每一列：Y 年 ${A.carriedOver.zh} = Y−1 年 ${A.carriedForward.zh}（跨 2020→2021 格式变更同样适用）`,
      en: "For each column: year Y 2. carried over = year Y−1 4. carried forward (also across the 2020 → 2021 format change)",
    },
    rationale: {
      zh: "同一机关上一年度结转到下一年度继续办理的申请，就是下一年度的“上年结转”；两种格式这两行完全相同。",
      en: "Applications an organ carries forward are next year's carried-over applications; both rows are identical in the two formats.",
    },
    source: "implied",
    cells: ["/{Y}/applications/carriedOver/{column}", "/{Y-1}/applications/carriedForward/{column}"],
    blanks: SERIES_BLANKS,
  },
  "series.in-force": {
    title: { zh: `${P21.inForce.zh}逐年衔接`, en: "Documents in force carry from year to year" },
    relation: {
      zh: `${DOCUMENTS_2021}各自：${P21.inForce.zh}(Y) + ${P21.repealed.zh}(Y) = ${P21.inForce.zh}(Y−1) + ${P21.issued.zh}(Y)`,
      en: "Rules and administrative normative documents separately: in force (Y) + repealed (Y) = in force (Y−1) + issued (Y)",
    },
    rationale: {
      zh: "存量 = 上年存量 + 本年新增 − 本年废止。文件清理、修订、机构改革会合理地打破这一关系，故为警告。两年均为 2021 格式时才检查。",
      en: "Stock = last year's stock + issued − repealed. Clean-ups, amendments and reorganisations legitimately break it, hence a warning. Checked only when both years use the 2021 format.",
    },
    source: "implied",
    cells: ["/{Y}/proactive/{row}/inForce", "/{Y}/proactive/{row}/repealed", "/{Y-1}/proactive/{row}/inForce", "/{Y}/proactive/{row}/issued"],
    blanks: SERIES_BLANKS,
  },
  "series.repeal-bound": {
    title: { zh: "废止件数不超过可废止的文件数", en: "Repealed does not exceed what could be repealed" },
    relation: {
      zh: `${DOCUMENTS_2021}各自：${P21.repealed.zh}(Y) ≤ ${P21.inForce.zh}(Y−1) + ${P21.issued.zh}(Y)`,
      en: "Rules and administrative normative documents separately: repealed (Y) ≤ in force (Y−1) + issued (Y)",
    },
    rationale: {
      zh: `只能废止上年末有效或本年制发的文件（合理性上限）。两年均为 2021 格式时才检查。${P21.inForce.zh}(Y) ≥ 0 时，series.in-force 成立即蕴含本上限，因此本规则失败时 series.in-force（警告）通常同时报出；单独报出的情形是${P21.inForce.zh}(Y) 空白。它作为错误单列，是因为超出上限不可能由文件清理解释。`,
      en: "Only documents in force at the end of last year or issued this year can be repealed (a sanity bound). Checked only when both years use the 2021 format. Since in force (Y) ≥ 0, series.in-force holding implies this bound, so a failure here usually comes with a series.in-force warning; it fails alone when in force (Y) is blank. It is a separate error because exceeding the bound cannot be explained by a clean-up.",
    },
    source: "implied",
    cells: ["/{Y}/proactive/{row}/repealed", "/{Y-1}/proactive/{row}/inForce", "/{Y}/proactive/{row}/issued"],
    blanks: SERIES_BLANKS,
  },
  "series.items": {
    title: { zh: "项目数量逐年衔接", en: "Item counts carry from year to year" },
    relation: {
      zh: `${ITEM_ROWS}各自：${P19.itemsLastYear.zh}(Y) = ${P19.itemsLastYear.zh}(Y−1) + ${P19.itemsChange.zh}(Y−1)`,
      en: "Licensing, other services, penalties, coercion and fees separately: items last year (Y) = items last year (Y−1) + change (Y−1)",
    },
    rationale: {
      zh: "上一年末的项目数量等于前一年末数量加当年增减。仅在两年均为 2019 格式时检查（即 2019→2020）。",
      en: "Items at the end of last year = the year before's items + that year's change. Checked only when both years use the 2019 format (2019 → 2020).",
    },
    source: "implied",
    cells: ["/{Y}/proactive/{row}/itemsLastYear", "/{Y-1}/proactive/{row}/itemsLastYear", "/{Y-1}/proactive/{row}/itemsChange"],
    blanks: SERIES_BLANKS,
  },
  "series.published-total": {
    title: { zh: `${P19.totalPublished.zh}逐年累计`, en: "Total published accumulates from year to year" },
    relation: {
      zh: `${DOCUMENTS_2019}各自：${P19.totalPublished.zh}(Y) = ${P19.totalPublished.zh}(Y−1) + ${P19.published.zh}(Y)`,
      en: "Rules and normative documents separately: total published (Y) = total published (Y−1) + newly published (Y)",
    },
    rationale: {
      zh: `若“${P19.totalPublished.zh}”为累计数则成立；模板未定义其口径，故仅为提示。仅在两年均为 2019 格式时检查。`,
      en: `Holds if ${P19.totalPublished.zh} is cumulative; the template does not define it, hence info only. Checked only when both years use the 2019 format.`,
    },
    source: "implied",
    cells: ["/{Y}/proactive/{row}/totalPublished", "/{Y-1}/proactive/{row}/totalPublished", "/{Y}/proactive/{row}/published"],
    blanks: SERIES_BLANKS,
  },
  "series.input": {
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
    blanks: {
      zh: "agency 为空的报告不参与机关一致性比较；year 为空的报告无法排序，视为输入错误。年份缺口给出 assessable: false（info）。",
      en: "A report with a blank agency is not compared; a report with a blank year cannot be placed and is an input error. A gap between years gives assessable: false (info).",
    },
  },
} satisfies Partial<Record<RuleId, RuleDocs>>;
