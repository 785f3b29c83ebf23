import {
  APPLICATION_ROWS,
  LITIGATION_GROUP,
  OUTCOME_COLUMNS,
  OUTCOME_ROWS,
  PROACTIVE_COLUMNS_2019,
  PROACTIVE_COLUMNS_2021,
  PROACTIVE_ROWS,
  REVIEW_GROUPS,
  SECTIONS,
} from "../../layout/labels.js";
import type { RuleId } from "../rule-id.js";
import type { Bilingual, RuleDocs } from "../types.js";

// The documentation of the prose rules (src/rules/prose-rules.ts): what `rules`, rules.json and
// docs/rules.md say about them. The engine never reads it, so `import { check }` leaves it out.

const BLANKS_PROSE: Bilingual = {
  zh: "空白格视为未知（计数 ≥ 0，空白合计按分项推算），即使选项为 blanks: \"zero\"：空白不能证明文字有误。只有文字数字落在表格所有读法（印刷值、分项之和、表三收支平衡推出的值）之外才报告。未提供文字（text 缺失）时不检查。",
  en: "Blank cells are unknown (a count ≥ 0; a blank total is derived from its parts), even with blanks: \"zero\": a blank is no evidence against the text. A figure is reported only when it is outside every reading of the table (the printed value, the sum of its parts, the value the table III balance implies). Reports without `text` are not checked.",
};

// Label words the rule texts quote, read from the layout (a label is written once).
const L = {
  received: APPLICATION_ROWS.received.zh,
  receivedShort: APPLICATION_ROWS.received.short,
  carriedOver: APPLICATION_ROWS.carriedOver.zh,
  carriedOverShort: APPLICATION_ROWS.carriedOver.short,
  outcomes: APPLICATION_ROWS.outcomes.zh,
  outcomesTotal: OUTCOME_ROWS.total.zh,
  carriedForward: APPLICATION_ROWS.carriedForward.zh,
  review: REVIEW_GROUPS.review.zh,
  litigation: LITIGATION_GROUP.zh,
  direct: REVIEW_GROUPS.litigationDirect.zh,
  afterReview: REVIEW_GROUPS.litigationAfterReview.zh,
  upheld: OUTCOME_COLUMNS.upheld.zh,
  corrected: OUTCOME_COLUMNS.corrected.zh,
  otherResult: OUTCOME_COLUMNS.other.zh,
  pending: OUTCOME_COLUMNS.pending.zh,
  normative: PROACTIVE_ROWS.normativeDocuments2019.zh,
  made: PROACTIVE_COLUMNS_2019.made.zh,
  issued: PROACTIVE_COLUMNS_2021.issued.zh,
  repealed: PROACTIVE_COLUMNS_2021.repealed.zh,
  inForce: PROACTIVE_COLUMNS_2021.inForce.zh,
  fees: PROACTIVE_ROWS.fees.zh,
  problems: SECTIONS.problems.zh,
  other: SECTIONS.other.zh,
} as const;

const NO_FALSE_ALARMS_ZH =
  `只比较句子明确指向的数量：涉及下级单位、同比增减、区间或约数、其他年度、按渠道或申请人的细分、政务公开总体情况、多个数量合述（如“${L.review}和${L.litigation}共 5 件”）或无法确定所指的数字都不比较。`;
const NO_FALSE_ALARMS_EN =
  `Only figures whose sentence names the quantity unambiguously are compared: figures about a subordinate unit, year-on-year changes, ranges or approximations, other years, breakdowns by channel or applicant, disclosure in general, several quantities at once (${L.review}和${L.litigation}共 5 件) or anything unclear are left alone.`;


/** What a figure rule's documentation is built from. */
interface FigureDocs {
  readonly title: Bilingual;
  readonly relation: Bilingual;
  /** The sentence forms the prose reader recognises for the rule's quantities. */
  readonly forms: Bilingual;
  /** The table cells the rule compares (the text sections are added). */
  readonly cells: readonly string[];
}

function figureDocs(spec: FigureDocs): RuleDocs {
  return {
    title: spec.title,
    relation: spec.relation,
    rationale: {
      zh: `正文（一、五、六部分）引用的数字应与表格一致；评议时逐项核对。识别的说法：${spec.forms.zh}。${NO_FALSE_ALARMS_ZH}`,
      en: `Figures quoted in the prose (sections I, V, VI) should agree with the tables; evaluators check them by hand. Recognised forms: ${spec.forms.en}. ${NO_FALSE_ALARMS_EN}`,
    },
    source: "checked-by-tools",
    cells: [...spec.cells, "/text/overview", "/text/problems", "/text/other"],
    blanks: BLANKS_PROSE,
  };
}

const APPLICATION_ROW = (key: string) => `/applications/${key}/total`;

/** The documentation of each prose rule, by id. */
export const PROSE_RULE_DOCS = {
  "text.received": figureDocs({
    title: { zh: "正文所述收到申请数与表三一致", en: "Applications received in the text match table III" },
    relation: {
      zh: `正文“收到/受理/新收……政府信息公开申请 N 件” = 表三 ${L.received}（总计）；“N 件（含上年结转 M 件）”= 一 + 二`,
      en: "Text “收到/受理/新收 … 申请 N 件” = table III 1. new applications received (total); “N 件（含上年结转 M 件）” = 1 + 2",
    },
    cells: [APPLICATION_ROW("received"), APPLICATION_ROW("carriedOver")],
    forms: {
      zh: "收到、受理、新收、接收政府信息公开申请 N 件（阿拉伯或中文数字，如“三件”“十二件”“0件”），未收到政府信息公开申请（= 0），受理 N 件（含上年结转 M 件）",
      en: "收到/受理/新收/接收 … 申请 N 件 (Arabic or Chinese numerals: 三件, 十二件, 0件), 未收到政府信息公开申请 (= 0), 受理 N 件（含上年结转 M 件）",
    },
  }),
  "text.carried-over": figureDocs({
    title: { zh: "正文所述上年结转数与表三一致", en: "Applications carried over in the text match table III" },
    relation: { zh: `正文“上年结转 N 件” = 表三 ${L.carriedOver}（总计）`, en: "Text “上年结转 N 件” = table III 2. applications carried over (total)" },
    cells: [APPLICATION_ROW("carriedOver")],
    forms: { zh: "上年结转（政府信息公开申请）N 件、（含上年度结转 N 件）", en: "上年结转 … N 件, （含上年度结转 N 件）" },
  }),
  "text.completed": figureDocs({
    title: { zh: "正文所述办结数与表三一致", en: "Applications completed in the text match table III" },
    relation: { zh: `正文“办结/答复……申请 N 件” = 表三 ${L.outcomes} ${L.outcomesTotal}`, en: "Text “办结/答复 … N 件” = table III 3. outcomes (7) total" },
    cells: ["/applications/outcomes/total/total"],
    forms: { zh: "办结、答复、办理完毕（政府信息公开申请）N 件，“申请办结数 N 件”", en: "办结/答复/办理完毕 … N 件, 申请办结数 N 件" },
  }),
  "text.outcomes": figureDocs({
    title: { zh: "正文所述各办理结果数与表三一致", en: "Outcomes in the text match table III" },
    relation: {
      zh: "正文“予以公开/部分公开/不予公开/无法提供/不予处理/其他处理 N 件” = 表三 （一）/（二）的总计，或（三）（四）（五）（六）各小项总计之和",
      en: "Text “予以公开/部分公开/不予公开/无法提供/不予处理/其他处理 N 件” = table III (1)/(2) total, or the sum of the totals of (3), (4), (5), (6)",
    },
    cells: ["/applications/outcomes/{row}/total"],
    forms: { zh: "（其中）予以公开 N 件、部分公开 N 件、不予公开 N 件、无法提供 N 件、不予处理 N 件、其他处理 N 件", en: "（其中）予以公开 N 件、部分公开 N 件、不予公开 N 件、无法提供 N 件、不予处理 N 件、其他处理 N 件" },
  }),
  "text.carried-forward": figureDocs({
    title: { zh: "正文所述结转下年度数与表三一致", en: "Applications carried forward in the text match table III" },
    relation: { zh: `正文“结转下年度继续办理 N 件” = 表三 ${L.carriedForward}（总计）`, en: "Text “结转下年度继续办理 N 件” = table III 4. carried forward (total)" },
    cells: [APPLICATION_ROW("carriedForward")],
    forms: { zh: "结转下年度（继续办理/处理）N 件、转入下一年度 N 件", en: "结转下年度（继续办理）N 件, 转入下一年度 N 件" },
  }),
  "text.review": figureDocs({
    title: { zh: `正文所述${L.review}数与表四一致`, en: "Administrative reconsiderations in the text match table IV" },
    relation: {
      zh: `正文“${L.review} N 件”及其中“维持/纠正（纠错）/${L.otherResult}/${L.pending} N 件” = 表四 ${L.review} 总计及各结果列；“未收到/未发生${L.review}” = 总计 0`,
      en: `Text “${L.review} N 件” and “维持/纠正/其他/${L.pending} N 件” = table IV reconsideration total and result columns; “未收到/未发生${L.review}” = total 0`,
    },
    cells: ["/reviewAndLitigation/review/{column}"],
    forms: { zh: `（因政府信息公开）${L.review} N 件，其中维持 N 件、纠正（纠错）N 件、${L.otherResult} N 件、${L.pending} N 件；未收到、未发生、没有发生、无……${L.review}`, en: `${L.review} N 件, 其中维持/纠正/纠错/其他/${L.pending} N 件; 未收到/未发生/没有发生/无 … ${L.review}` },
  }),
  "text.litigation": figureDocs({
    title: { zh: `正文所述${L.litigation}数与表四一致`, en: "Administrative lawsuits in the text match table IV" },
    relation: {
      zh: `正文“${L.litigation} N 件”及其中“维持/纠正/${L.otherResult}/${L.pending} N 件” = 表四 ${L.litigation} ${L.direct} + ${L.afterReview} 的总计及对应结果列；“未发生${L.litigation}” = 0`,
      en: `Text “${L.litigation} N 件” and its results = table IV litigation: direct + after reconsideration, total and the matching result column; “未发生${L.litigation}” = 0`,
    },
    cells: ["/reviewAndLitigation/litigationDirect/{column}", "/reviewAndLitigation/litigationAfterReview/{column}"],
    forms: { zh: `（因政府信息公开）${L.litigation} N 件、受理 N 件……${L.litigation}，其中维持（或驳回原告诉讼请求）N 件、纠正 N 件、其他情形 N 件；未收到……${L.litigation}`, en: `${L.litigation} N 件, 受理 N 件…${L.litigation}, 其中维持/纠正/其他情形 N 件; 未收到 … ${L.litigation}` },
  }),
  "text.documents": figureDocs({
    title: { zh: `正文所述制发、废止规章和${L.normative}数与表二一致`, en: "Rules and normative documents in the text match table II" },
    relation: {
      zh: `2021：正文“制发/废止/现行有效（行政）${L.normative}（规章）N 件” = 表二 ${L.issued}/${L.repealed}/${L.inForce}；2019：“制发/制定${L.normative}（规章）N 件” = ${L.made}`,
      en: `2021: text “制发/废止/现行有效 … ${L.normative}（规章）N 件” = table II issued / repealed / in force; 2019: “制发/制定 … N 件” = newly made this year`,
    },
    cells: ["/proactive/regulations/{column}", "/proactive/normativeDocuments/{column}"],
    forms: {
      zh: `制发、制定、出台、印发（行政）${L.normative} N 件，废止规章 N 件，现行有效${L.normative} N 件，未制发规章（= 0）；“主动公开${L.normative}”“区级${L.normative}”“政策文件”不比较`,
      en: `制发/制定/出台/印发 ${L.normative} N 件, 废止规章 N 件, 现行有效${L.normative} N 件, 未制发规章 (= 0); 主动公开…${L.normative}, 区级…, 政策文件 are not compared`,
    },
  }),
  "text.fees-charged": figureDocs({
    title: { zh: `正文所述${L.fees}金额与表二一致`, en: "Administrative fees in the text match table II" },
    relation: {
      zh: `2021：正文“${L.fees} N 万元（或 N 元）” = 表二 ${PROACTIVE_ROWS.fees.zh} ${PROACTIVE_COLUMNS_2021.amountWanYuan.zh}，按文字所印小数位取舍`,
      en: `2021: text “${L.fees} N 万元 (or N 元)” = table II ${PROACTIVE_ROWS.fees.en}, ${PROACTIVE_COLUMNS_2021.amountWanYuan.en}, to the decimals the text prints`,
    },
    cells: ["/proactive/fees/amountWanYuan"],
    forms: {
      zh: `${L.fees}（金额）N 万元、1.2万元、12000元；信息处理费不是表二的数量，不比较（由 text.fees-statement 检查是否报告）`,
      en: `${L.fees} N 万元, 1.2万元, 12000元; 信息处理费 is not a table II quantity and is not compared (text.fees-statement checks it is reported)`,
    },
  }),
  "text.sections-present": {
    title: { zh: "第五、六部分存在且不为空", en: "Sections V and VI are present and not empty" },
    relation: {
      zh: `${L.problems} 有实际内容（不是空白或仅“无”）；${L.other} 存在且不为空（可为“无”）。2021 格式第六部分须报告信息处理费收取情况，由 text.fees-statement 检查`,
      en: "Section V has content (not blank, not just 无); section VI is present and not empty (无 is allowed). In the 2021 format section VI must report the 信息处理费, checked by text.fees-statement",
    },
    rationale: {
      zh: "两种格式的年度报告均由六部分组成，五、六为必备部分；评议时将第五部分空缺或仅写“无”视为缺项。2021 格式对第六部分的要求见 text.fees-statement。",
      en: "Both formats prescribe six parts, of which V and VI are required; evaluators count a section V that is blank or just 无 as missing. The 2021 requirement on section VI is text.fees-statement.",
    },
    source: "official",
    cells: ["/text", "/text/problems", "/text/other"],
    blanks: {
      zh: "报告未提供任何文字（text 缺失）时不检查；提供了 text 但缺少某部分视为该部分缺失。",
      en: "A report without `text` at all is not checked; a `text` without one of the sections counts as that section missing.",
    },
  },
} satisfies Partial<Record<RuleId, RuleDocs>>;
