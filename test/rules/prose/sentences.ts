// A hand-written set of prose sentences checked against one fixed report per format
// (BASE below). Each case says which text.* rules a careful reader finds contradicted
// (`contradicts`), which the rules report (`found`, when it differs: a known miss),
// and how many figures the rules should read and find in agreement (`agrees`).
import type { Format } from "../../../src/schema/report.js";
import { setAt, zeroReport } from "../../support/reports.js";

export interface SentenceCase {
  readonly text: string;
  /** Formats the case runs in (default both). */
  readonly formats?: readonly Format[];
  /** Rule ids a careful reader finds contradicted, one entry per contradicted figure. */
  readonly contradicts?: readonly string[];
  /** Rule ids the rules report, when not the same as `contradicts` (a documented miss). */
  readonly found?: readonly string[];
  /** Figures read and found in agreement with the tables. */
  readonly agrees?: number;
  /** Why the case is silent or what it exercises. */
  readonly note?: string;
}

/**
 * The tables every case is read against (both formats; all counts in the 自然人 column):
 * 一 126 · 二 4 · （一）60 · （二）20 · （三）8 (5 + 3) · （四）27 (25 + 2) · （五）3 · （六）2 · （七）120 · 四 10;
 * 行政复议 2 / 1 / 0 / 0 = 3; 直接起诉 1 / 1 / 0 / 1 = 3; 复议后起诉 1 / 0 / 0 / 0 = 1;
 * 2021: 规章 0 / 1 / 5, 行政规范性文件 12 / 3 / 45, 收费 1.2 万元; 2019: 规范性文件 新制作 12.
 */
export function baseReport(format: Format): Record<string, unknown> {
  const report = zeroReport(format) as unknown as Record<string, unknown>;
  const both = (path: string[], value: number) => {
    setAt(report, ["applications", ...path, "naturalPerson"], value);
    setAt(report, ["applications", ...path, "total"], value);
  };
  both(["received"], 126);
  both(["carriedOver"], 4);
  both(["outcomes", "disclosed"], 60);
  both(["outcomes", "partiallyDisclosed"], 20);
  both(["outcomes", "withheld", "thirdPartyRights"], 5);
  both(["outcomes", "withheld", "processInformation"], 3);
  both(["outcomes", "unableToProvide", "notHeld"], 25);
  both(["outcomes", "unableToProvide", "needsCreation"], 2);
  both(["outcomes", "notProcessed", "repeated"], 3);
  both(format === "2021" ? ["outcomes", "otherHandling", "noCorrection"] : ["outcomes", "otherHandling"], 2);
  both(["outcomes", "total"], 120);
  both(["carriedForward"], 10);
  const review = (group: string, upheld: number, corrected: number, other: number, pending: number) => {
    for (const [key, value] of Object.entries({ upheld, corrected, other, pending, total: upheld + corrected + other + pending }))
      setAt(report, ["reviewAndLitigation", group, key], value);
  };
  review("review", 2, 1, 0, 0);
  review("litigationDirect", 1, 1, 0, 1);
  review("litigationAfterReview", 1, 0, 0, 0);
  if (format === "2021") {
    setAt(report, ["proactive", "regulations", "repealed"], 1);
    setAt(report, ["proactive", "regulations", "inForce"], 5);
    setAt(report, ["proactive", "normativeDocuments", "issued"], 12);
    setAt(report, ["proactive", "normativeDocuments", "repealed"], 3);
    setAt(report, ["proactive", "normativeDocuments", "inForce"], 45);
    setAt(report, ["proactive", "fees", "amountWanYuan"], 1.2);
  } else {
    setAt(report, ["proactive", "normativeDocuments", "made"], 12);
    setAt(report, ["proactive", "normativeDocuments", "published"], 12);
    setAt(report, ["proactive", "normativeDocuments", "totalPublished"], 45);
  }
  return report;
}

const R = "text.received";
const CO = "text.carried-over";
const CP = "text.completed";
const OUT = "text.outcomes";
const CF = "text.carried-forward";
const RV = "text.review";
const LT = "text.litigation";
const DOC = "text.documents";
const FEE = "text.fees-charged";

export const SENTENCES: readonly SentenceCase[] = [
  // Applications received.
  { text: "全年共收到政府信息公开申请126件。", agrees: 1 },
  { text: "全年共收到政府信息公开申请125件。", contradicts: [R] },
  { text: "本年度新收政府信息公开申请一百二十六件。", agrees: 1, note: "Chinese numeral" },
  { text: "本年度新收政府信息公开申请十二件。", contradicts: [R], note: "Chinese numeral" },
  { text: "本年度未收到政府信息公开申请。", contradicts: [R], note: "未收到 = 0 against 126" },
  { text: "全年共受理政府信息公开申请１２６件。", agrees: 1, note: "full-width digits" },
  { text: "共受理政府信息公开申请130件（含上年结转4件）。", agrees: 2 },
  { text: "共受理政府信息公开申请131件（含上年结转4件）。", contradicts: [R], agrees: 1 },
  { text: "全年受理政府信息公开申请126件，其中上年结转5件。", contradicts: [R, CO], note: "其中上年结转: 126 includes the carried-over: 126 ≠ 130, 5 ≠ 4" },
  { text: "全年共收到政府信息公开申请126件，同比增长12%。", agrees: 1 },
  { text: "2019年，本机关共收到政府信息公开申请0件。", formats: ["2021"], note: "another year than the report's" },
  { text: "共受理政府信息公开申请约130件。", note: "approximate" },
  { text: "全年收到政府信息公开申请120余件。", note: "approximate" },
  { text: "全年收到政府信息公开申请100-150件。", note: "range" },
  { text: "全年收到政府信息公开申请同比增长15件。", note: "a change" },
  { text: "较上年增加政府信息公开申请6件。", note: "a change" },
  { text: "上年共收到政府信息公开申请90件。", note: "last year" },
  { text: "区教育局收到政府信息公开申请50件。", note: "subordinate unit" },
  { text: "其中，区自然资源局受理政府信息公开申请80件。", note: "subordinate unit" },
  { text: "全区各部门共收到政府信息公开申请300件。", note: "aggregated units: not sure it is the table's scope" },
  { text: "本年度我局共收到依申请信息公开126件。", agrees: 1, note: "我局 is the reporting organ" },
  { text: "实验区管委会（办公室）共受理公开申请34件。", note: "another organ than 测试市测试区人民政府" },
  { text: "全年共收到政府信息公开申请126件，其中网上申请100件，信函申请26件。", agrees: 1, note: "breakdown by channel not compared" },
  { text: "全年主动公开政府信息1500件。", note: "政务公开 in general" },
  { text: "受理政务公开咨询200件。", note: "not an application" },
  { text: "本年度共有0件政府信息公开申请。", contradicts: [R], found: [], note: "miss: no verb names the quantity" },
  // Carried over / completed / carried forward.
  { text: "上年结转政府信息公开申请4件。", agrees: 1 },
  { text: "上年结转政府信息公开申请5件。", contradicts: [CO] },
  { text: "全年新收政府信息公开申请126件，上年结转4件，已办结120件，结转下年度继续办理10件。", agrees: 4 },
  { text: "全年新收政府信息公开申请126件，上年结转4件，已办结118件，结转下年度继续办理10件。", contradicts: [CP], agrees: 3 },
  { text: "全年新收政府信息公开申请126件，上年结转4件，已办结120件，结转下年度继续办理12件。", contradicts: [CF], agrees: 3 },
  { text: "全年共答复政府信息公开申请120件。", agrees: 1 },
  { text: "申请办结数119件。", contradicts: [CP] },
  { text: "本年度依申请公开工作中，共办结政府信息公开申请120件，办结率100%。", agrees: 1 },
  { text: "通过区长信箱答复网友留言112件。", note: "not an application" },
  { text: "答复人大代表建议76件。", note: "not an application" },
  { text: "全年新收政府信息公开申请126件，答复人大代表建议76件。", agrees: 1, note: "the second figure is not an application" },
  { text: "政府信息公开申请结转下年度继续办理10件。", agrees: 1 },
  { text: "政府信息公开申请结转下年度继续办理9件。", contradicts: [CF] },
  // Outcomes.
  { text: "在办理的政府信息公开申请中，予以公开60件、部分公开20件、不予公开8件、无法提供27件、不予处理3件、其他处理2件。", agrees: 6 },
  { text: "在办理的政府信息公开申请中，予以公开61件。", contradicts: [OUT] },
  { text: "在办理的政府信息公开申请中，不予公开9件，无法提供27件。", contradicts: [OUT], agrees: 1 },
  { text: "已办结的申请中，予以公开六十件。", agrees: 1, note: "Chinese numeral" },
  { text: "其中予以公开163件，占比23%、部分公开72件占比10.5%。", note: "no applications topic in the paragraph" },
  { text: "主动予以公开政府文件200件。", note: "proactive disclosure" },
  // Reconsideration.
  { text: "因政府信息公开引起行政复议3件，其中维持2件，纠错1件。", agrees: 3 },
  { text: "因政府信息公开引起行政复议4件。", contradicts: [RV] },
  { text: "因政府信息公开引起行政复议3件，其中维持3件。", contradicts: [RV], agrees: 1 },
  { text: "本年度未发生因政府信息公开引起的行政复议。", contradicts: [RV], note: "未发生 = 0 against 3" },
  { text: "行政复议和行政诉讼共7件。", note: "compound" },
  { text: "行政复议纠错率为33%。", note: "a rate" },
  { text: "行政复议案件办结3件。", note: "审结/办结 is not a column of 四" },
  { text: "区市场监管局发生行政复议2件。", note: "subordinate unit" },
  { text: "行政复议同比减少2件。", note: "a change" },
  // Litigation.
  { text: "发生行政诉讼4件，其中结果维持2件，结果纠正1件，尚未审结1件。", agrees: 4 },
  { text: "发生行政诉讼5件。", contradicts: [LT] },
  { text: "本年度未收到因政府信息公开申请提起行政复议及行政诉讼案件。", contradicts: [RV, LT] },
  { text: "复议后起诉1件。", note: "one group of litigation only" },
  { text: "行政诉讼败诉1件。", note: "败诉 is not a column of 四" },
  { text: "受理2件因政府信息公开申请提起的行政诉讼。", contradicts: [LT], note: "number before the noun; 2 ≠ 4" },
  // Documents.
  { text: "本年制发行政规范性文件12件，废止3件。", formats: ["2021"], agrees: 1 },
  { text: "本年制发行政规范性文件10件。", formats: ["2021"], contradicts: [DOC] },
  { text: "废止规章1件，现行有效规章5件。", formats: ["2021"], agrees: 2 },
  { text: "现行有效行政规范性文件40件。", formats: ["2021"], contradicts: [DOC] },
  { text: "本年度未制发行政规范性文件。", formats: ["2021"], contradicts: [DOC] },
  { text: "主动公开区级行政规范性文件3件。", note: "published, and 区级 only" },
  { text: "制发政策文件60件。", note: "政策文件 is not 规范性文件" },
  { text: "制发规章和规范性文件共12件。", note: "compound" },
  { text: "制定规章制度5件。", note: "internal rules, not 规章" },
  { text: "本年制定规范性文件12件。", formats: ["2019"], agrees: 1 },
  { text: "本年制定规范性文件11件。", formats: ["2019"], contradicts: [DOC] },
  { text: "废止规范性文件3件。", formats: ["2019"], note: "the 2019 table has no repeal column" },
  // Fees.
  { text: "全年行政事业性收费1.2万元。", formats: ["2021"], agrees: 1 },
  { text: "全年收取行政事业性收费12000元。", formats: ["2021"], agrees: 1 },
  { text: "全年收取行政事业性收费1.5万元。", formats: ["2021"], contradicts: [FEE] },
  { text: "本年度共收取信息处理费1200元。", formats: ["2021"], note: "信息处理费 has no table cell" },
  { text: "行政事业性收费同比下降0.3万元。", formats: ["2021"], note: "a change" },
  { text: "全年行政事业性收费1.2万元。", formats: ["2019"], note: "the 2019 table has no amount" },
];
