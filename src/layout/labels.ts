/**
 * Every printed label of both official formats, written once.
 *
 * Schemas, the label registry, JSON Schema titles, docs and rule messages all
 * read their wording from here. Labels are copied from the official templates
 * (国办公开办函〔2019〕60号 and 〔2021〕30号); `short` is the abbreviation used
 * inside arithmetic messages; `en` is our English rendering.
 */

import type { Format } from "./formats.js";

/**
 * A text in Chinese and English: a printed label, a message, a note. The one bilingual type of
 * the package (labels, findings, notes and ledger entries all use it).
 *
 * @example
 * ```ts
 * const title: Bilingual = { zh: "行政复议", en: "administrative reconsideration" };
 * title.en;
 * //=> "administrative reconsideration"
 * ```
 */
export interface Bilingual {
  /** Chinese: for a label, as the official template prints it. */
  readonly zh: string;
  /** English: our rendering, used in English messages and docs. */
  readonly en: string;
}

/** A printed label: its text in both languages, and the abbreviations arithmetic messages use. */
export interface Label extends Bilingual {
  /** Abbreviation for arithmetic messages (Chinese); defaults to `zh`. */
  readonly short?: string;
  /** Abbreviation for arithmetic messages (English); defaults to `en`. */
  readonly shortEn?: string;
}

/** The three statistical tables of a report, by their printed number. */
export type TableId = "二" | "三" | "四";

/** Section headings (identical in both formats). */
export const SECTIONS = {
  overview: { zh: "一、总体情况", en: "I. Overview" },
  proactive: { zh: "二、主动公开政府信息情况", en: "II. Proactive disclosure" },
  applications: { zh: "三、收到和处理政府信息公开申请情况", en: "III. Applications received and handled" },
  reviewAndLitigation: {
    zh: "四、政府信息公开行政复议、行政诉讼情况",
    en: "IV. Administrative reconsideration and litigation",
  },
  problems: { zh: "五、存在的主要问题及改进情况", en: "V. Main problems and improvements" },
  other: { zh: "六、其他需要报告的事项", en: "VI. Other matters to report" },
} as const satisfies Record<string, Label>;

/** The titles of a report: of either format, and of each format. */
export const REPORT_TITLES = {
  any: { zh: "政府信息公开工作年度报告", en: "Annual report on government information disclosure" },
  "2019": { zh: "政府信息公开工作年度报告（2019 试行格式）", en: "Annual report (2019 trial format)" },
  "2021": { zh: "政府信息公开工作年度报告（2021 格式）", en: "Annual report (2021 format)" },
} as const satisfies Record<string, Label>;

/** Report metadata fields (not printed as table cells). */
export const META_FIELDS = {
  format: { zh: "报告格式", en: "report format" },
  year: { zh: "报告年度", en: "report year" },
  agency: { zh: "报告机关", en: "reporting organ" },
  text: { zh: "文字部分", en: "prose sections" },
} as const satisfies Record<string, Label>;

// ---------------------------------------------------------------------------
// Section 三
// ---------------------------------------------------------------------------

/** The grouping header over five applicant columns (no subtotal column). */
export const LEGAL_PERSON_GROUP = { zh: "法人或其他组织", en: "legal persons or other organisations" } as const satisfies Label;

/** Applicant columns of table 三, in printed order. */
export const APPLICANT_COLUMNS = {
  naturalPerson: { zh: "自然人", en: "natural persons" },
  commercialEnterprise: { zh: "商业企业", en: "commercial enterprises" },
  researchInstitution: { zh: "科研机构", en: "research institutions" },
  publicWelfareOrganization: { zh: "社会公益组织", en: "public-welfare organisations" },
  legalServiceAgency: { zh: "法律服务机构", en: "legal service agencies" },
  otherOrganization: { zh: "其他", en: "other organisations" },
  total: { zh: "总计", en: "total" },
} as const satisfies Record<string, Label>;

/** Keys of the applicant columns, in printed order. */
export type ApplicantKey = keyof typeof APPLICANT_COLUMNS;
/** The applicant columns in printed order. */
export const APPLICANT_KEYS = Object.keys(APPLICANT_COLUMNS) as readonly ApplicantKey[];
/** The six columns that add up to 总计. */
export const APPLICANT_PART_KEYS = APPLICANT_KEYS.filter((key) => key !== "total") as readonly Exclude<ApplicantKey, "total">[];
/** Columns under the 法人或其他组织 header. */
export const LEGAL_PERSON_KEYS: readonly ApplicantKey[] = [
  "commercialEnterprise",
  "researchInstitution",
  "publicWelfareOrganization",
  "legalServiceAgency",
  "otherOrganization",
];

/** Top-level rows of table 三. */
export const APPLICATION_ROWS = {
  received: { zh: "一、本年新收政府信息公开申请数量", en: "1. New applications received this year", short: "一、本年新收", shortEn: "received" },
  carriedOver: { zh: "二、上年结转政府信息公开申请数量", en: "2. Applications carried over from last year", short: "二、上年结转", shortEn: "carried over" },
  outcomes: { zh: "三、本年度办理结果", en: "3. Outcomes this year" },
  carriedForward: { zh: "四、结转下年度继续办理", en: "4. Carried forward to next year", short: "四、结转下年度继续办理", shortEn: "carried forward" },
} as const satisfies Record<string, Label>;

/** Rows under 三、本年度办理结果 (groups have `children`). */
export const OUTCOME_ROWS = {
  disclosed: { zh: "（一）予以公开", en: "(1) Disclosed", short: "（一）予以公开", shortEn: "(1) disclosed" },
  partiallyDisclosed: {
    zh: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    en: "(2) Partially disclosed (counted here only)",
    short: "（二）部分公开",
    shortEn: "(2) partially disclosed",
  },
  withheld: { zh: "（三）不予公开", en: "(3) Withheld", short: "Σ（三）不予公开", shortEn: "Σ(3) withheld" },
  unableToProvide: { zh: "（四）无法提供", en: "(4) Unable to provide", short: "Σ（四）无法提供", shortEn: "Σ(4) unable to provide" },
  notProcessed: { zh: "（五）不予处理", en: "(5) Not processed", short: "Σ（五）不予处理", shortEn: "Σ(5) not processed" },
  otherHandling: { zh: "（六）其他处理", en: "(6) Other handling", short: "（六）其他处理", shortEn: "(6) other handling" },
  total: { zh: "（七）总计", en: "(7) Total", short: "（七）总计", shortEn: "(7) total" },
} as const satisfies Record<string, Label>;

/** Sub-rows of （三）不予公开. */
export const WITHHELD_ROWS = {
  stateSecret: { zh: "1.属于国家秘密", en: "1. State secret" },
  prohibitedByLaw: { zh: "2.其他法律行政法规禁止公开", en: "2. Prohibited by other laws or regulations" },
  threeSecuritiesOneStability: { zh: "3.危及“三安全一稳定”", en: "3. Endangers the “three securities and one stability”" },
  thirdPartyRights: { zh: "4.保护第三方合法权益", en: "4. Protects third-party rights" },
  internalAffairs: { zh: "5.属于三类内部事务信息", en: "5. Internal affairs information" },
  processInformation: { zh: "6.属于四类过程性信息", en: "6. Process information" },
  enforcementFiles: { zh: "7.属于行政执法案卷", en: "7. Administrative enforcement files" },
  administrativeQuery: { zh: "8.属于行政查询事项", en: "8. Administrative query matters" },
} as const satisfies Record<string, Label>;

/** Sub-rows of （四）无法提供. */
export const UNABLE_ROWS = {
  notHeld: { zh: "1.本机关不掌握相关政府信息", en: "1. Not held by this organ" },
  needsCreation: { zh: "2.没有现成信息需要另行制作", en: "2. Would need to be newly created" },
  stillUnclear: { zh: "3.补正后申请内容仍不明确", en: "3. Still unclear after correction" },
} as const satisfies Record<string, Label>;

/** Sub-rows of （五）不予处理. */
export const NOT_PROCESSED_ROWS = {
  complaint: { zh: "1.信访举报投诉类申请", en: "1. Petitions, reports or complaints" },
  repeated: { zh: "2.重复申请", en: "2. Repeated application" },
  publication: { zh: "3.要求提供公开出版物", en: "3. Requests for published materials" },
  excessive: { zh: "4.无正当理由大量反复申请", en: "4. Excessive repeated applications without good reason" },
  confirmation: { zh: "5.要求行政机关确认或重新出具已获取信息", en: "5. Requests to confirm or reissue information already obtained" },
} as const satisfies Record<string, Label>;

/** Sub-rows of （六）其他处理 in the 2021 format (a single row in 2019). */
export const OTHER_HANDLING_ROWS_2021 = {
  noCorrection: {
    zh: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    en: "1. Applicant did not correct in time; no longer processed",
  },
  unpaidFee: {
    zh: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    en: "2. Applicant did not pay the fee in time; no longer processed",
  },
  other: { zh: "3.其他", en: "3. Other" },
} as const satisfies Record<string, Label>;

/** The keys of the outcome groups （一）–（六） of table 三. */
export type OutcomeGroupKey = Exclude<keyof typeof OUTCOME_ROWS, "total">;

/** One outcome group of table 三 as a format prints it: a single row, or a titled group of sub-rows. */
export interface OutcomeGroupLayout {
  readonly key: OutcomeGroupKey;
  readonly label: Label;
  /** The sub-rows, for a group printed as several rows. */
  readonly rows?: Readonly<Record<string, Label>>;
}

const SHARED_OUTCOME_GROUPS = [
  { key: "disclosed", label: OUTCOME_ROWS.disclosed },
  { key: "partiallyDisclosed", label: OUTCOME_ROWS.partiallyDisclosed },
  { key: "withheld", label: OUTCOME_ROWS.withheld, rows: WITHHELD_ROWS },
  { key: "unableToProvide", label: OUTCOME_ROWS.unableToProvide, rows: UNABLE_ROWS },
  { key: "notProcessed", label: OUTCOME_ROWS.notProcessed, rows: NOT_PROCESSED_ROWS },
] as const satisfies readonly OutcomeGroupLayout[];

/**
 * The outcome groups of each format with their literal types (keys and sub-row labels), so the
 * schemas can build typed shapes from them. {@link outcomeGroupsOf} reads the same lists.
 *
 * @example
 * ```ts
 * OUTCOME_GROUPS["2019"].map((group) => group.key).at(-1);
 * //=> "otherHandling"
 * ```
 */
export const OUTCOME_GROUPS = {
  "2019": [...SHARED_OUTCOME_GROUPS, { key: "otherHandling", label: OUTCOME_ROWS.otherHandling }],
  "2021": [...SHARED_OUTCOME_GROUPS, { key: "otherHandling", label: OUTCOME_ROWS.otherHandling, rows: OTHER_HANDLING_ROWS_2021 }],
} as const satisfies Readonly<Record<Format, readonly OutcomeGroupLayout[]>>;

/**
 * The outcome groups （一）–（六） of table 三 in printed order, as a format prints them: the only
 * difference is （六）其他处理, one row in 2019 and three sub-rows in 2021. Written once; the cell
 * table, the rules, the error locator and the fixtures read it.
 *
 * @example
 * ```ts
 * outcomeGroupsOf("2021").map((group) => Object.keys(group.rows ?? {}).length);
 * //=> [0, 0, 8, 3, 5, 3]
 * ```
 */
export function outcomeGroupsOf(format: Format): readonly OutcomeGroupLayout[] {
  return OUTCOME_GROUPS[format];
}

/**
 * Property paths of every outcome row of table 三 (the rows under 三、本年度办理结果 that add up to
 * （七）总计), in printed order.
 *
 * @example
 * ```ts
 * outcomeRowPathsOf("2019").at(-1);
 * //=> ["applications", "outcomes", "otherHandling"]
 * ```
 */
export function outcomeRowPathsOf(format: Format): readonly (readonly string[])[] {
  return outcomeGroupsOf(format).flatMap((group) =>
    group.rows ? Object.keys(group.rows).map((row) => ["applications", "outcomes", group.key, row]) : [["applications", "outcomes", group.key]],
  );
}

/** The note printed in the corner of table 三 (both formats). */
export const TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

// ---------------------------------------------------------------------------
// Section 四
// ---------------------------------------------------------------------------

/** The litigation header over two groups. */
export const LITIGATION_GROUP = { zh: "行政诉讼", en: "administrative litigation" } as const satisfies Label;

/** The three groups of table 四. */
export const REVIEW_GROUPS = {
  review: { zh: "行政复议", en: "administrative reconsideration" },
  litigationDirect: { zh: "未经复议直接起诉", en: "litigation without prior reconsideration" },
  litigationAfterReview: { zh: "复议后起诉", en: "litigation after reconsideration" },
} as const satisfies Record<string, Label>;

/** Columns of each table 四 group, in printed order. */
export const OUTCOME_COLUMNS = {
  upheld: { zh: "结果维持", en: "upheld" },
  corrected: { zh: "结果纠正", en: "corrected" },
  other: { zh: "其他结果", en: "other result" },
  pending: { zh: "尚未审结", en: "pending" },
  total: { zh: "总计", en: "total" },
} as const satisfies Record<string, Label>;

/** Keys of the table 四 columns. */
export type OutcomeKey = keyof typeof OUTCOME_COLUMNS;

/** The four columns that add up to a table 四 总计. */
export const REVIEW_PART_KEYS = ["upheld", "corrected", "other", "pending"] as const satisfies readonly OutcomeKey[];

/** The keys of the table 四 groups. */
export type ReviewGroupKey = keyof typeof REVIEW_GROUPS;

/** The three groups of table 四 in printed order. */
export const REVIEW_GROUP_KEYS = Object.keys(REVIEW_GROUPS) as readonly ReviewGroupKey[];

// ---------------------------------------------------------------------------
// Section 二
// ---------------------------------------------------------------------------

/** Block titles of table 二 (the 第二十条 item each block reports). */
export const ARTICLE_20_BLOCKS = {
  "1": { zh: "第二十条第（一）项", en: "Article 20 item (1)" },
  "5": { zh: "第二十条第（五）项", en: "Article 20 item (5)" },
  "6": { zh: "第二十条第（六）项", en: "Article 20 item (6)" },
  "8": { zh: "第二十条第（八）项", en: "Article 20 item (8)" },
  "9": { zh: "第二十条第（九）项", en: "Article 20 item (9)" },
} as const satisfies Record<string, Label>;

/** Row labels of table 二 (both formats; some rows exist in one format only). */
export const PROACTIVE_ROWS = {
  regulations: { zh: "规章", en: "rules (规章)" },
  normativeDocuments2019: { zh: "规范性文件", en: "normative documents" },
  normativeDocuments2021: { zh: "行政规范性文件", en: "administrative normative documents" },
  licensing: { zh: "行政许可", en: "administrative licensing" },
  otherServices: { zh: "其他对外管理服务事项", en: "other external management services" },
  penalty: { zh: "行政处罚", en: "administrative penalties" },
  coercion: { zh: "行政强制", en: "administrative coercion" },
  fees: { zh: "行政事业性收费", en: "administrative fees" },
  procurement: { zh: "政府集中采购", en: "centralised government procurement" },
} as const satisfies Record<string, Label>;

/** The document rows of table 二 in the 2019 format (规章, 规范性文件). */
export const DOCUMENT_ROWS_2019 = [
  { key: "regulations", label: PROACTIVE_ROWS.regulations },
  { key: "normativeDocuments", label: PROACTIVE_ROWS.normativeDocuments2019 },
] as const;

/** The document rows of table 二 in the 2021 format (规章, 行政规范性文件). */
export const DOCUMENT_ROWS_2021 = [
  { key: "regulations", label: PROACTIVE_ROWS.regulations },
  { key: "normativeDocuments", label: PROACTIVE_ROWS.normativeDocuments2021 },
] as const;

/** Column labels of table 二, 2019 format. */
export const PROACTIVE_COLUMNS_2019 = {
  made: { zh: "本年新制作数量", en: "newly made this year" },
  published: { zh: "本年新公开数量", en: "newly published this year" },
  totalPublished: { zh: "对外公开总数量", en: "total published" },
  itemsLastYear: { zh: "上一年项目数量", en: "items last year" },
  itemsChange: { zh: "本年增/减", en: "change this year" },
  decisions: { zh: "处理决定数量", en: "decisions" },
  projects: { zh: "采购项目数量", en: "procurement projects" },
  amount: { zh: "采购总金额", en: "total procurement amount" },
} as const satisfies Record<string, Label>;

/** Column labels of table 二, 2021 format. */
export const PROACTIVE_COLUMNS_2021 = {
  issued: { zh: "本年制发件数", en: "issued this year" },
  repealed: { zh: "本年废止件数", en: "repealed this year" },
  inForce: { zh: "现行有效件数", en: "currently in force" },
  decisions: { zh: "本年处理决定数量", en: "decisions this year" },
  amountWanYuan: { zh: "本年收费金额（单位：万元）", en: "fees collected this year (10,000 yuan)" },
} as const satisfies Record<string, Label>;
