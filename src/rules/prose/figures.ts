// Reading the figures a report's prose quotes for table quantities
// ("全年共收到政府信息公开申请 126 件", "行政复议 3 件，其中维持 2 件",
// "未收到…行政复议及行政诉讼"). Conservative by design: a figure is read only
// when its sentence says unambiguously which table quantity it is; every
// other figure with a count or money unit is returned as skipped, with why.
import { LITIGATION_GROUP, PROACTIVE_ROWS, REVIEW_GROUPS } from "../../layout/labels.js";
import { decimalsOf, parseNumber } from "./numerals.js";
import { isClauseBreak, isSpace, sentenceEndAt, type Span } from "./sentences.js";

/** The prose sections of a report, as keys of `text`. */
export type ProseSection = "overview" | "problems" | "other";

/** The prose sections in report order. */
export const PROSE_SECTIONS: readonly ProseSection[] = ["overview", "problems", "other"];

/** A table quantity that prose can quote. */
export type ProseQuantity =
  | "received"
  | "receivedWithCarriedOver"
  | "carriedOver"
  | "completed"
  | "carriedForward"
  | "disclosed"
  | "partiallyDisclosed"
  | "withheld"
  | "unableToProvide"
  | "notProcessed"
  | "otherHandling"
  | `${"review" | "litigation"}.${"total" | "upheld" | "corrected" | "other" | "pending"}`
  | `${"regulations" | "normativeDocuments"}.${"issued" | "repealed" | "inForce"}`
  | "fees";

/** Why a figure in the prose was not compared with the tables. */
export type SkipReason =
  | "subordinate-unit" // the sentence is about another unit (a 局, a 镇, 各部门 …)
  | "change" // a year-on-year change or comparison (同比增长, 较上年减少)
  | "range" // a range (10–20 件)
  | "approximate" // 约, 近, 余, 多, 以上 …
  | "other-year" // about another year than the report's
  | "breakdown" // a breakdown the tables do not have (by channel, by applicant)
  | "compound" // several quantities at once (行政复议和行政诉讼共 5 件)
  | "not-a-table-quantity" // a count the tables do not carry (建议提案, 政策文件 …)
  | "unsure"; // the sentence does not say which quantity it means

/** A figure read from the prose. */
export interface ProseFigure {
  readonly quantity: ProseQuantity;
  /** The value in the table's unit (counts; 万元 for fees). */
  readonly value: number;
  /** Allowed difference from the table (money printed with fewer decimals). */
  readonly tolerance: number;
  readonly section: ProseSection;
  /** The sentence quoting the figure, with its offsets in the section. */
  readonly sentence: Span;
  /** The figure itself (`24件`, `未收到…行政复议`), with its offsets in the section. */
  readonly figure: Span;
}

/** A figure with a count or money unit that was not compared, and why. */
export interface SkippedFigure {
  readonly reason: SkipReason;
  readonly section: ProseSection;
  readonly sentence: Span;
  readonly figure: Span;
}

/** Everything read from a report's prose. */
export interface ProseReading {
  readonly figures: readonly ProseFigure[];
  readonly skipped: readonly SkippedFigure[];
}

/** What the reader needs to know about the report. */
export interface ProseContext {
  readonly format: "2019" | "2021";
  /** The report year; figures explicitly about another year are skipped. */
  readonly year?: number | undefined;
  /** The reporting organ; units named in a sentence that are not this organ make it subordinate. */
  readonly agency?: string | undefined;
}

type Topic = "applications" | "review" | "litigation" | "regulations" | "normativeDocuments" | "fees";

// ----------------------------------------------------------------------------
// Label words the prose quotes, read from the layout (a label is written once).

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** 行政复议, 行政诉讼, 复议后起诉, 规范性文件, 行政事业性收费 as pattern text. */
const REVIEW = escapeRegExp(REVIEW_GROUPS.review.zh);
const LITIGATION = escapeRegExp(LITIGATION_GROUP.zh);
const AFTER_REVIEW_LABEL: string = REVIEW_GROUPS.litigationAfterReview.zh;
const AFTER_REVIEW = escapeRegExp(AFTER_REVIEW_LABEL);
const NORMATIVE_LABEL: string = PROACTIVE_ROWS.normativeDocuments2019.zh;
const NORMATIVE = escapeRegExp(NORMATIVE_LABEL);
const FEES = escapeRegExp(PROACTIVE_ROWS.fees.zh);
const REGULATIONS = escapeRegExp(PROACTIVE_ROWS.regulations.zh);

// ----------------------------------------------------------------------------
// Figures: a number with a count or money unit.

const NUMBER = String.raw`(?:[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?万?|[零〇一二两三四五六七八九十百千万]+)`;
const FIGURE = new RegExp(
  // Whitespace runs are bounded (\s{0,3}): an unbounded \s* retried from every position of a long
  // run of spaces made the scan quadratic.
  String.raw`(约|近|将近|大约|超过|逾|不足|不到|近乎)?\s{0,3}(${NUMBER})(\s{0,3}(?:[-－~～至到—–]{1,3})\s{0,3}${NUMBER})?\s{0,3}(余|多)?\s{0,3}(件|万元|元)(余|多|左右|以上|以下|以内|上下)?`,
  "g",
);

interface RawFigure {
  readonly span: Span;
  readonly number: string;
  readonly value: number;
  readonly unit: "件" | "万元" | "元";
  readonly approximate: boolean;
  readonly range: boolean;
}

/** 第, 每, 逐, 单 before a number: 第一件, 每一件 are not counts. */
const isOrdinal = (code: number) => code === 0x7b2c || code === 0x6bcf || code === 0x9010 || code === 0x5355;

/** The figures of a clause that holds 件 or 元 (the caller checks; the pattern is costly). */
function figuresIn(clause: Span): RawFigure[] {
  const found: RawFigure[] = [];
  const text = clause.text;
  FIGURE.lastIndex = 0;
  // Run to the end (exec resets lastIndex to 0 when it finds nothing more).
  for (let match = FIGURE.exec(text); match !== null; match = FIGURE.exec(text)) {
    const whole = match[0];
    let lead = 0;
    while (lead < whole.length && isSpace(whole.charCodeAt(lead))) lead += 1;
    const index = match.index + lead;
    if (index > 0 && isOrdinal(text.charCodeAt(index - 1))) continue;
    const number = match[2] as string;
    const value = parseNumber(number);
    if (value === undefined) continue;
    found.push({
      span: { start: clause.start + index, end: clause.start + match.index + whole.length, text: lead === 0 ? whole : whole.slice(lead) },
      number,
      value,
      unit: match[5] as RawFigure["unit"],
      approximate: Boolean(match[1] || match[4] || match[6]),
      range: Boolean(match[3]),
    });
  }
  return found;
}

// ----------------------------------------------------------------------------
// Topics and the concepts under each.

const TOPIC_KEYWORDS = `${AFTER_REVIEW}|复议申请|${REVIEW}|复议|诉讼请求|${LITIGATION}|诉讼|起诉|应诉|依申请|申请|${NORMATIVE}|${REGULATIONS}(?!制度)|${FEES}`;
/**
 * The topic keywords, scanned with exec loops that start from lastIndex 0 and run to the end
 * (exec on a global pattern is far cheaper than matchAll, which copies the pattern per call).
 */
const TOPIC_SCAN = new RegExp(TOPIC_KEYWORDS, "g");

function topicOf(keyword: string): Topic {
  if (keyword.startsWith(AFTER_REVIEW_LABEL) || keyword.includes("诉")) return "litigation";
  if (keyword.includes("复议")) return "review";
  if (keyword.includes("申请")) return "applications";
  if (keyword === NORMATIVE_LABEL) return "normativeDocuments";
  if (keyword.startsWith("规章")) return "regulations";
  return "fees";
}

/** Characters one of which every topic keyword contains (a cheap test before the pattern). */
const TOPIC_CHARACTERS = /[复诉申规收]/;

function topicsIn(text: string): Topic[] {
  const topics: Topic[] = [];
  if (!TOPIC_CHARACTERS.test(text)) return topics;
  TOPIC_SCAN.lastIndex = 0;
  for (let match = TOPIC_SCAN.exec(text); match !== null; match = TOPIC_SCAN.exec(text)) topics.push(topicOf(match[0]));
  return topics;
}

/** One bit per topic, for the set of topics a text names without building a Set. */
const TOPIC_BIT: Readonly<Record<Topic, number>> = { applications: 1, review: 2, litigation: 4, regulations: 8, normativeDocuments: 16, fees: 32 };

/** The topics {@link topicsIn} would list, as a set of {@link TOPIC_BIT}s (0: none). */
function topicBitsIn(text: string): number {
  if (!TOPIC_CHARACTERS.test(text)) return 0;
  let bits = 0;
  TOPIC_SCAN.lastIndex = 0;
  for (let match = TOPIC_SCAN.exec(text); match !== null; match = TOPIC_SCAN.exec(text)) bits |= TOPIC_BIT[topicOf(match[0])];
  return bits;
}

/** The last topic {@link topicsIn} would list, without the list. */
function lastTopicIn(text: string): Topic | undefined {
  if (!TOPIC_CHARACTERS.test(text)) return undefined;
  let last: string | undefined;
  TOPIC_SCAN.lastIndex = 0;
  for (let match = TOPIC_SCAN.exec(text); match !== null; match = TOPIC_SCAN.exec(text)) last = match[0];
  return last === undefined ? undefined : topicOf(last);
}

interface Concept {
  readonly quantity: ProseQuantity | ((format: "2019" | "2021") => ProseQuantity | undefined);
  readonly pattern: RegExp;
}

const APPLICATION_CONCEPTS: readonly Concept[] = [
  { quantity: "carriedForward", pattern: /结转(?:至|到)?下(?:一)?年度?|转入下(?:一)?年度?|结转(?:至|到)?明年/ },
  { quantity: "carriedOver", pattern: /上(?:一)?年度?结转|上年度?遗留|结转上年度?/ },
  { quantity: "withheld", pattern: /不予公开|不同意公开/ },
  { quantity: "partiallyDisclosed", pattern: /部分公开/ },
  { quantity: "disclosed", pattern: /(?<!不)予以公开|(?<!不)同意公开/ },
  { quantity: "unableToProvide", pattern: /无法提供/ },
  { quantity: "notProcessed", pattern: /不予处理/ },
  { quantity: "otherHandling", pattern: /其他处理/ },
  { quantity: "completed", pattern: /办结|答复|办理完毕|处理完毕|办理完成|已办理/ },
  { quantity: "received", pattern: /新收|收到|受理|接收|接到|收悉/ },
];

const CASE_OUTCOMES = [
  { key: "upheld", pattern: /维持/ },
  { key: "corrected", pattern: /纠正|纠错/ },
  { key: "other", pattern: /其他(?:结果|情形)/ },
  { key: "pending", pattern: /尚未审结|未审结|正在审理|审理中|未结案/ },
] as const;

/** Words that make a case count something other than a column of table 四. */
const CASE_BLOCKERS = /(?<!未)审结|办结|结案|已结|败诉|胜诉|撤诉|撤回|调解|和解|驳回(?!原告诉讼请求)|终止|率/;

/** Words that make an application count a breakdown the tables do not have. */
const BREAKDOWN =
  /网上|网络|在线|信函|邮寄|来信|当面|现场|传真|电子邮件|邮箱|电话|自然人|个人|企业|法人|组织|机构|同意公开答复|不属于|不存在|信息不存在|非本机关|涉及|内容|类/;

const CHANGE = /同比|环比|较上年|比上年|较去年|比去年|上年同期|较\d{4}年|比\d{4}年|增长|增加|减少|下降|上升|增幅|降幅|多出|持平|翻/;

const GENERAL = /政务公开|主动公开|(?<!申请)公开信息|发布信息/;

const SELF_UNIT = /^(?:本|我|全|该)(?:机关|单位|局|委|办|院|厅|部门|区|市|县|镇|乡|省|街道)/;
const UNIT = /[\u4e00-\u9fff]{1,10}?(?:人民政府办公室|政府办公室|办公室|办事处|管委会|管理委员会|委员会|分局|局|街道|镇|乡|中心|公司|医院|学校|大队|支队|法院|检察院|人民政府)|各(?:部门|单位|级|镇|街道|乡镇)|有关部门|部门/g;
/**
 * A word every match of {@link UNIT} contains: text without one names no unit, and this test
 * is far cheaper than UNIT's lazy run of up to ten characters tried at every position.
 */
const UNIT_WORD = /办公室|办事处|管委会|委员会|局|街道|镇|乡|中心|公司|医院|学校|队|法院|检察院|人民政府|各|部门/;

function normaliseOrgan(text: string): string {
  // Most names need none of the three replaces (a unit's name in the text never has a space).
  let name = /\s/.test(text) ? text.replace(/\s+/g, "") : text;
  if (name.includes("人民政府")) name = name.replace(/人民政府/g, "政府");
  if (name.includes("管理委员会")) name = name.replace(/管理委员会/g, "管委会");
  return name;
}

/** 我局, 本机关, 全区 … at the end of a token: the reporting organ itself. */
const SELF_SUFFIX = /(?:本|我|该)(?:机关|单位|局|委|办|院|厅|中心|部门)$|(?:全|我|本)(?:区|市|县|镇|乡|省|街道)$/;

/** Whether the text names a unit other than the reporting organ (`self`: its normalised name, or ""). */
function mentionsOtherUnit(text: string, self: string): boolean {
  if (!UNIT_WORD.test(text)) return false;
  UNIT.lastIndex = 0; // the loop may return early, leaving lastIndex set
  for (let match = UNIT.exec(text); match !== null; match = UNIT.exec(text)) if (isOtherUnit(match[0], self)) return true;
  return false;
}

/** Whether a match of {@link UNIT} names a unit other than the reporting organ. */
function isOtherUnit(match: string, self: string): boolean {
  const token = normaliseOrgan(match);
  // Strip leading words that are not part of a name (其中区教育局 → 区教育局 is still another unit).
  const name = token.replace(/^(?:其中|以及|及|和|与|由|经|对|在|向|全年|本年度?|\d{4}年度?)+/, "");
  if (SELF_UNIT.test(name) || SELF_SUFFIX.test(name)) return false;
  if (self !== "" && (self.includes(name) || name.endsWith(self))) return false;
  // A name that is the organ's own with its place dropped: 区政府办公室 in 临淄区政府办公室.
  if (self !== "" && self.length >= name.length && self.endsWith(name)) return false;
  return true;
}

/** 上年, 去年, 前一年 … (not 本年, 当年, 今年; not 上年结转, the carried-over applications). */
const PREVIOUS_YEAR = /(?<!本|当|今)(?:上|去|前)一?年(?!度?结转)/;
/** Text the previous-year test ignores; every match contains {@link PREVIOUS_YEAR_WORD}. */
const CARRIED_OVER = /上(?:一)?年度?结转|结转上年度?/g;
/** What PREVIOUS_YEAR needs: text without it cannot match, even with {@link CARRIED_OVER} removed. */
const PREVIOUS_YEAR_WORD = /[上去前]一?年/;

/** {@link otherYearPattern} per year asked for (reports come from a few years; the cache is emptied past 64). */
const OTHER_YEAR_PATTERNS = new Map<number, RegExp>();

/**
 * A year (`2022年`, `2022 年`) other than `year`: the four digits followed by 年 that `Number`
 * does not read as `year`. (Two such years never overlap, so one search finds whether any
 * differs; the four digits that read as an integer year from 0 to 9999 are those digits.)
 */
function otherYearPattern(year: number): RegExp {
  let pattern = OTHER_YEAR_PATTERNS.get(year);
  if (pattern === undefined) {
    const same = Number.isInteger(year) && year >= 0 && year <= 9999 ? `(?!${String(Math.abs(year)).padStart(4, "0")})` : "";
    // Global, for firstEnd; a plain test resets lastIndex first.
    pattern = new RegExp(`${same}\\d{4}\\s*年`, "g");
    if (OTHER_YEAR_PATTERNS.size >= 64) OTHER_YEAR_PATTERNS.clear();
    OTHER_YEAR_PATTERNS.set(year, pattern);
  }
  return pattern;
}

function otherYear(text: string, year: number | undefined): boolean {
  if (!text.includes("年")) return false; // both tests below need a 年
  if (PREVIOUS_YEAR_WORD.test(text) && PREVIOUS_YEAR.test(text.replace(CARRIED_OVER, ""))) return true;
  if (year === undefined) return false;
  const pattern = otherYearPattern(year);
  pattern.lastIndex = 0;
  return pattern.test(text);
}

// ----------------------------------------------------------------------------
// The same two tests for the figures of one sentence. Each figure asks about the sentence up
// to its own end, and the figures of a sentence come in order: what the tests find in the
// sentence is searched for once, and each figure compares offsets. Every answer is the one
// the test above gives on the figure's prefix of the sentence:
// - a year or previous-year word lies in a prefix exactly when its match in the sentence ends
//   within the prefix (matches of these patterns never overlap, and the first ends first);
// - the units a prefix names are the sentence's matches that end within it, then whatever the
//   prefix holds from the start of the first match that does not (a match runs on past the
//   prefix only there; everywhere else the sentence's search and the prefix's agree).

/** What a sentence's figures ask about it, found once (offsets in the sentence's text). */
interface SentenceFacts {
  readonly sentence: Span;
  /** The prefix length last asked about: a figure before it is answered by the plain tests. */
  asked: number;
  /** The first 年, the end of the first previous-year word and of the first other year (Infinity when none). */
  readonly yearAt: number;
  readonly previousYearEnd: number;
  readonly otherYearEnd: number;
  /** Where the next search for a {@link UNIT} starts; -1 when there is none left. */
  unitFrom: number;
  /** The first unit not yet inside the prefixes asked about (start -1: none found yet). */
  pendingStart: number;
  pendingEnd: number;
  pendingName: string;
  /** Whether a unit inside the prefixes asked about names another unit. */
  otherUnit: boolean;
}

const PREVIOUS_YEAR_WORDS = new RegExp(PREVIOUS_YEAR_WORD.source, "g");

/** The end of the first match of a global pattern in the text, or Infinity (no prefix holds one). */
function firstEnd(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return pattern.test(text) ? pattern.lastIndex : Number.POSITIVE_INFINITY;
}

function factsOf(into: Collector, sentence: Span): SentenceFacts {
  if (into.facts?.sentence === sentence) return into.facts;
  const text = sentence.text;
  const year = into.context.year;
  const yearAt = text.indexOf("年");
  const facts: SentenceFacts = {
    sentence,
    asked: 0,
    yearAt: yearAt === -1 ? Number.POSITIVE_INFINITY : yearAt,
    previousYearEnd: yearAt === -1 ? Number.POSITIVE_INFINITY : firstEnd(PREVIOUS_YEAR_WORDS, text),
    otherYearEnd: yearAt === -1 || year === undefined ? Number.POSITIVE_INFINITY : firstEnd(otherYearPattern(year), text),
    unitFrom: UNIT_WORD.test(text) ? 0 : -1,
    pendingStart: -1,
    pendingEnd: 0,
    pendingName: "",
    otherUnit: false,
  };
  into.facts = facts;
  return facts;
}


/** {@link otherYear} of the sentence up to `end` (an offset in the section). */
function otherYearBefore(into: Collector, sentence: Span, end: number): boolean {
  const facts = factsOf(into, sentence);
  const upTo = end - sentence.start;
  if (upTo < facts.asked) return otherYear(sentence.text.slice(0, upTo), into.context.year);
  facts.asked = upTo;
  if (facts.yearAt >= upTo) return false;
  if (facts.previousYearEnd <= upTo && PREVIOUS_YEAR.test(sentence.text.slice(0, upTo).replace(CARRIED_OVER, ""))) return true;
  return into.context.year !== undefined && facts.otherYearEnd <= upTo;
}

/** {@link mentionsOtherUnit} of the sentence up to `end` (an offset in the section). */
function otherUnitBefore(into: Collector, sentence: Span, end: number): boolean {
  const facts = factsOf(into, sentence);
  const upTo = end - sentence.start;
  if (upTo < facts.asked) return mentionsOtherUnit(sentence.text.slice(0, upTo), into.self);
  facts.asked = upTo;
  const text = sentence.text;
  for (;;) {
    if (facts.otherUnit) return true;
    if (facts.pendingStart === -1) {
      if (facts.unitFrom === -1) return false;
      UNIT.lastIndex = facts.unitFrom;
      const match = UNIT.exec(text);
      if (match === null) {
        facts.unitFrom = -1;
        return false;
      }
      facts.pendingStart = match.index;
      facts.pendingEnd = match.index + match[0].length;
      facts.pendingName = match[0];
      facts.unitFrom = facts.pendingEnd;
    }
    if (facts.pendingEnd > upTo) break;
    facts.otherUnit = isOtherUnit(facts.pendingName, into.self);
    facts.pendingStart = -1;
  }
  // The first unit runs on past the prefix: the prefix's own search from its start decides.
  return facts.pendingStart < upTo && mentionsOtherUnit(text.slice(facts.pendingStart, upTo), into.self);
}

/** What is left of a segment once the keyword and filler words are removed: empty for a bare "其中予以公开 2 件". */
const FILLER =
  /其中|含|包括|共计|合计|总计|累计|共|计|已经|已|全部|均|全年|本年度|本年|今年|当年|年内|\d{4}\s*年度?|了|的|为|数量|件数|总数|数|达到|达|依法|按时|按期|在法定期限内|法定期限内|被|申请|政府信息公开|信息公开|依申请公开|案件|具体行政行为|原行政行为|行政行为|结果|继续办理|继续|办理|处理|情况|行政|[\s、（）()—:：]/g;

function isBare(text: string, keyword: RegExp): boolean {
  return text.replace(keyword, "").replace(FILLER, "") === "";
}

// ----------------------------------------------------------------------------
// Documents and fees: strict shapes only.

const DOCUMENT_VERBS = [
  { column: "issued", pattern: "制发|制定|出台|印发|新制作|制作" },
  { column: "repealed", pattern: "废止|废除|宣布失效" },
  { column: "inForce", pattern: "现行有效|有效" },
] as const;
const DOCUMENT_NOUN = `(?:行政)?(${NORMATIVE}|${REGULATIONS}(?!制度))`;
const LINK = "(?:共|计|共计|合计|总计|数量为|数量|件数为|件数|为|\\s)*";

const DOCUMENT_PATTERNS = DOCUMENT_VERBS.map((verb) => ({
  column: verb.column,
  before: new RegExp(`(?:${verb.pattern})(?:了|过)?${DOCUMENT_NOUN}${LINK}$`),
  after: new RegExp(`(?:${verb.pattern})(?:了|过)?${LINK}$`),
}));
const NOUN_FIRST = new RegExp(`^(?:的)?${DOCUMENT_NOUN}`);

function documentQuantity(column: "issued" | "repealed" | "inForce", noun: string, format: "2019" | "2021"): ProseQuantity | undefined {
  const row = noun.startsWith("规章") ? "regulations" : "normativeDocuments";
  if (format === "2019") return column === "issued" ? (`${row}.issued` as ProseQuantity) : undefined; // 本年新制作数量
  return `${row}.${column}` as ProseQuantity;
}

// ----------------------------------------------------------------------------
// Zero statements: 未收到…申请, 未发生…行政复议, 未制发规范性文件.

const NEGATION = "(?:未|没有|无|不存在|未曾)";

// ----------------------------------------------------------------------------

interface Collector {
  readonly figures: ProseFigure[];
  readonly skipped: SkippedFigure[];
  readonly section: ProseSection;
  readonly context: ProseContext;
  /** The section text every offset points into. */
  readonly text: string;
  /** The reporting organ's name normalised for {@link mentionsOtherUnit} ("" when unknown). */
  readonly self: string;
  /** The topic last named in the paragraph so far (a figure without its own topic takes it). */
  topic: Topic | undefined;
  /** Where the clauses start whose topic is not yet taken ({@link takeTopic}). */
  topicFrom: number;
  /** The searches of the section (each keeps its own position: see {@link Ahead}). */
  readonly hot: Ahead;
  readonly sentenceEnds: Ahead;
  readonly clauseBreaks: Ahead;
  /** What the tests found in the sentence being read ({@link factsOf}). */
  facts: SentenceFacts | undefined;
}

function skip(into: Collector, reason: SkipReason, sentence: Span, figure: Span): true {
  into.skipped.push({ reason, section: into.section, sentence, figure });
  return true;
}

function accept(into: Collector, quantity: ProseQuantity, value: number, tolerance: number, sentence: Span, figure: Span): true {
  into.figures.push({ quantity, value, tolerance, section: into.section, sentence, figure });
  return true;
}

const ZERO_CASES = new RegExp(`${NEGATION}(?:收到|发生|出现|产生|涉及|被提起|被申请|提起)?(?:过)?(?:任何)?[^，。；]{0,24}?(${REVIEW}|复议|${LITIGATION}|诉讼)`);
const ZERO_RECEIVED = new RegExp(
  `(?:${NEGATION}(?:收到|受理|接到|接收|新收)(?:过)?(?:任何)?(?:公民、法人(?:和|或)其他组织(?:提出|提交)的)?|无)(?:政府信息公开|依申请公开|信息公开)(?:的)?申请`,
);
const ZERO_DOCUMENTS = /(?:未|没有)(?:制发|制定|出台|印发)(?:过)?(?:任何|新的)?((?:行政)?(?:规范性文件|规章(?!制度))(?:(?:和|及|、)(?:行政)?(?:规范性文件|规章(?!制度)))?)/;

function spanOf(clause: Span, match: RegExpExecArray): Span {
  return { start: clause.start + match.index, end: clause.start + match.index + match[0].length, text: match[0] };
}

function readZeroStatements(into: Collector, sentence: Span, clause: Span): boolean {
  const text = clause.text;
  // A numeral followed by 件/个 (the same test as a run of numerals, without rescanning the run from every position).
  if (!/[未无没]|不存在/.test(text) || /\d|[零〇一二两三四五六七八九十百千][件个]/.test(text)) return false;
  // The sentence up to the end of the clause.
  const about = into.text.slice(sentence.start, clause.end);
  // Cases: 未收到/未发生/无 … 行政复议 / 行政诉讼.
  const cases = ZERO_CASES.exec(text);
  if (cases && !/维持|纠正|纠错|败诉|撤销|审结|尚未|未审|驳回|确认违法|责令/.test(text)) {
    if (mentionsOtherUnit(about, into.self)) {
      skip(into, "subordinate-unit", sentence, spanOf(clause, cases));
      return true;
    }
    const rest = text.slice(cases.index);
    const topics = new Set(topicsIn(rest).filter((topic) => topic === "review" || topic === "litigation"));
    if (/复议后起诉|直接起诉/.test(rest)) {
      skip(into, "unsure", sentence, spanOf(clause, cases));
      return true;
    }
    for (const topic of topics) accept(into, `${topic as "review" | "litigation"}.total`, 0, 0, sentence, { ...spanOf(clause, cases), end: clause.start + clause.text.length, text: rest });
    return topics.size > 0;
  }
  const received = ZERO_RECEIVED.exec(text);
  if (received) {
    if (CHANGE.test(text) || otherYear(about, into.context.year)) return false;
    if (mentionsOtherUnit(about, into.self)) skip(into, "subordinate-unit", sentence, spanOf(clause, received));
    else accept(into, "received", 0, 0, sentence, spanOf(clause, received));
    return true;
  }
  const documents = ZERO_DOCUMENTS.exec(text);
  if (documents) {
    if (mentionsOtherUnit(about, into.self)) {
      skip(into, "subordinate-unit", sentence, spanOf(clause, documents));
      return true;
    }
    const nouns = (documents[1] as string).match(/规范性文件|规章/g) ?? [];
    for (const noun of new Set(nouns)) {
      const quantity = documentQuantity("issued", noun, into.context.format);
      if (quantity) accept(into, quantity, 0, 0, sentence, spanOf(clause, documents));
    }
    return true;
  }
  return false;
}

function readDocumentFigure(into: Collector, sentence: Span, segment: string, tail: string, figure: RawFigure, value: number): boolean {
  const head = segment.slice(0, segment.length - figure.span.text.length);
  for (const verb of DOCUMENT_PATTERNS) {
    const before = verb.before.exec(head);
    const after = verb.after.exec(head);
    const afterNoun = after ? NOUN_FIRST.exec(tail) : null;
    const noun = before?.[1] ?? afterNoun?.[1];
    if (!noun) continue;
    const quantity = documentQuantity(verb.column, noun, into.context.format);
    if (!quantity) skip(into, "not-a-table-quantity", sentence, figure.span);
    else accept(into, quantity, value, 0, sentence, figure.span);
    return true;
  }
  return false;
}

/** Reads a clause that holds 件 or 元: its figures, or a zero statement when it has none. */
function readClauseFigures(into: Collector, sentence: Span, clause: Span): void {
  const figures = figuresIn(clause);
  if (figures.length === 0) {
    readZeroStatements(into, sentence, clause);
  } else {
    let from = clause.start;
    for (let index = 0; index < figures.length; index += 1) {
      readFigure(into, sentence, clause, figures, index, from);
      from = (figures[index] as RawFigure).span.end;
    }
  }
  const last = lastTopicIn(clause.text);
  if (last !== undefined) into.topic = last;
}

/** Records the figure `figures[index]` of a clause as read or skipped; `from` is where the previous figure ended. */
function readFigure(into: Collector, sentence: Span, clause: Span, figures: readonly RawFigure[], index: number, from: number): true {
  const figure = figures[index] as RawFigure;
  // After an earlier figure, a listed figure starts after the last 、 (…占比23%、部分公开72件).
  let segmentStart = from - clause.start;
  const list = clause.text.lastIndexOf("、", figure.span.start - clause.start);
  if (list >= segmentStart && (index > 0 || /\d/.test(clause.text.slice(segmentStart, list)))) segmentStart = list + 1;
  const segment = clause.text.slice(segmentStart, figure.span.end - clause.start);
  const next = figures[index + 1];
  const tailFull = clause.text.slice(figure.span.end - clause.start, (next ? next.span.start : clause.end) - clause.start);
  const listed = tailFull.indexOf("、");
  const tail = listed === -1 ? tailFull : tailFull.slice(0, listed);
  const value = figure.value;
  const money = figure.unit !== "件";

  if (figure.range) return skip(into, "range", sentence, figure.span);
  if (figure.approximate) return skip(into, "approximate", sentence, figure.span);
  if (CHANGE.test(segment) || /^[^，。]{0,3}(?:同比|较上年|比上年)/.test(tail)) return skip(into, "change", sentence, figure.span);
  if (/%|％/.test(segment)) return skip(into, "unsure", sentence, figure.span);
  // The sentence up to the end of the figure.
  if (otherYearBefore(into, sentence, figure.span.end)) return skip(into, "other-year", sentence, figure.span);
  if (otherUnitBefore(into, sentence, figure.span.end)) return skip(into, "subordinate-unit", sentence, figure.span);

  // The topics the figure's own words name (a bracketed 含/包括… after it names none of its own).
  const localText = segment + tail.replace(/^[（(]?(?:其中)?(?:含|包括)[^）)]*[）)]?/, "");
  const local = topicBitsIn(localText);
  const review = (local & TOPIC_BIT.review) !== 0;
  const litigation = (local & TOPIC_BIT.litigation) !== 0;
  const applications = (local & TOPIC_BIT.applications) !== 0;
  const regulations = (local & TOPIC_BIT.regulations) !== 0;
  const normativeDocuments = (local & TOPIC_BIT.normativeDocuments) !== 0;
  // Money: only 行政事业性收费 (2021 table 二); 信息处理费 has no table cell.
  if (money) {
    if (local === TOPIC_BIT.fees && into.context.format === "2021" && !/信息处理费/.test(segment)) {
      // parseNumber already applied a printed 万 ("1.2万元" → 12000 元).
      const inWan = figure.unit === "万元" || figure.number.endsWith("万");
      const wan = figure.unit === "万元" ? value : value / 10000;
      // Agree within one unit of the last printed digit (rounded or truncated), never a whole unit.
      const unitStep = (10 ** -decimalsOf(figure.number) / (inWan ? 1 : 10000)) * 0.999;
      return accept(into, "fees", Number(wan.toFixed(6)), unitStep, sentence, figure.span);
    }
    return skip(into, "not-a-table-quantity", sentence, figure.span);
  }

  const isCase = review || litigation;
  if (regulations || normativeDocuments) {
    if (isCase || applications) return skip(into, "compound", sentence, figure.span);
    if (regulations && normativeDocuments) return skip(into, "compound", sentence, figure.span);
    if (GENERAL.test(segment)) return skip(into, "not-a-table-quantity", sentence, figure.span);
    if (readDocumentFigure(into, sentence, segment, tail, figure, value)) return true;
    return skip(into, "unsure", sentence, figure.span);
  }
  if (review && litigation) {
    // 复议后起诉 is litigation; "因…行政复议…提起行政诉讼" names both.
    return skip(into, "compound", sentence, figure.span);
  }
  let topic: Topic | undefined = isCase ? (review ? "review" : "litigation") : applications ? "applications" : undefined;
  const inherited = topic === undefined;
  if (inherited) topic = into.topic;
  if (topic === undefined || topic === "fees" || topic === "regulations" || topic === "normativeDocuments") {
    if (local !== 0) into.topic = lastTopicIn(localText);
    return skip(into, "not-a-table-quantity", sentence, figure.span);
  }
  if (topic === "review" || topic === "litigation") {
    into.topic = topic;
    if (/复议后起诉|直接起诉|未经复议/.test(segment + tail)) return skip(into, "unsure", sentence, figure.span);
    if (CASE_BLOCKERS.test(segment)) return skip(into, "unsure", sentence, figure.span);
    let outcome: (typeof CASE_OUTCOMES)[number] | undefined;
    for (const candidate of CASE_OUTCOMES) {
      if (!candidate.pattern.test(segment)) continue;
      if (outcome) return skip(into, "unsure", sentence, figure.span); // two outcomes
      outcome = candidate;
    }
    if (inherited) {
      if (!outcome) return skip(into, "unsure", sentence, figure.span);
      if (!isBare(segment.slice(0, segment.length - figure.span.text.length), outcome.pattern)) return skip(into, "unsure", sentence, figure.span);
    }
    if (!outcome && /其他|其余/.test(segment)) return skip(into, "unsure", sentence, figure.span);
    return accept(into, `${topic}.${outcome ? outcome.key : "total"}`, value, 0, sentence, figure.span);
  }
  // Applications.
  into.topic = "applications";
  if (BREAKDOWN.test(segment) || /^[^，。]{0,2}(?:网上|信函|当面|传真|自然人|法人)/.test(tail)) return skip(into, "breakdown", sentence, figure.span);
  if (GENERAL.test(segment)) return skip(into, "not-a-table-quantity", sentence, figure.span);
  // 上年结转 contains neither 收到 nor 办结, but 结转下年度继续办理 contains 办理: keep the most specific.
  let concept: Concept | undefined;
  let matched = 0;
  let carriedForward = false;
  let completed = false;
  for (const candidate of APPLICATION_CONCEPTS) {
    if (!candidate.pattern.test(segment)) continue;
    if (candidate.quantity === "carriedForward") carriedForward = true;
    if (candidate.quantity === "completed") completed = true;
    else {
      matched += 1;
      concept = candidate;
    }
  }
  if (completed && !carriedForward) {
    matched += 1;
    concept = matched === 1 ? COMPLETED : concept;
  }
  if (matched !== 1) return skip(into, matched === 0 ? "not-a-table-quantity" : "unsure", sentence, figure.span);
  concept = concept as Concept;
  let quantity = concept.quantity as ProseQuantity;
  if (inherited && !isBare(segment.slice(0, segment.length - figure.span.text.length), concept.pattern)) return skip(into, "unsure", sentence, figure.span);
  if (quantity === "received") {
    // "受理 719 件（含上年结转 4 件）", "…，其中上年结转 4 件": the figure includes the carried-over applications.
    const rest = into.text.slice(figure.span.end, sentence.end);
    const includes = /^[^。；]*?(?:含|包括|其中)(?:上(?:一)?年度?结转|结转上年度?)/.test(rest);
    if (includes) {
      if (/新收|新受理|新接收/.test(segment)) return skip(into, "unsure", sentence, figure.span);
      quantity = "receivedWithCarriedOver";
    } else if (/共|合计|总计|累计/.test(segment) && /上(?:一)?年度?结转|结转上年度?/.test(into.text.slice(sentence.start, figure.span.start))) {
      // "新收 24 件，上年结转 2 件，共受理 26 件": a total after naming the carried-over.
      return skip(into, "compound", sentence, figure.span);
    }
  }
  return accept(into, quantity, value, 0, sentence, figure.span);
}

const COMPLETED = APPLICATION_CONCEPTS.find((concept) => concept.quantity === "completed") as Concept;

/** Longest sentence read for figures; real reports stay far below it (the longest seen is 249). */
export const MAX_SENTENCE_LENGTH = 1000;
/** Characters of each prose section read for figures (a report's prose is 1,000–20,000). */
export const MAX_SECTION_LENGTH = 100_000;
/** Most figure units (件, 元) in one sentence read for figures. */
export const MAX_SENTENCE_FIGURES = 40;

// ----------------------------------------------------------------------------
// Walking a section. Most of a report's prose holds no figure, and a native pattern search is
// several times faster than a JavaScript loop over the characters: the reader jumps between
// the few offsets that matter (the characters a figure or a zero statement needs, sentence ends
// in the paragraphs that hold one, clause breaks in the sentences that hold one).

/** A character a figure (件, 元) or a zero statement (未, 无, 没, 不存在) needs. */
const HOT = /[件元未无没]|不(?=存在)/g;
/** Characters that may end a sentence ({@link sentenceEndAt} decides). */
const SENTENCE_END = /[。！？；;!?]/g;
/** Characters that may end a clause ({@link isClauseBreak} decides). */
const CLAUSE_BREAK = /[，,]/g;

const isUnitCode = (code: number) => code === 0x4ef6 || code === 0x5143; // 件 元

/**
 * The next match of one of the search patterns above at or after an offset (every match is
 * one character), for a reader whose offsets never go back. A match is kept until the reader
 * passes it, so each character is searched once: a fresh search per question would run to the
 * next match however far away, quadratic on a long text with few matches.
 */
class Ahead {
  /** The offset of the match last found (the text's length when none was left), -1 before any search. */
  private found = -1;

  constructor(
    private readonly pattern: RegExp,
    private readonly text: string,
  ) {}

  /** The offset of the first match at or after `offset`, or the text's length when there is none. */
  from(offset: number): number {
    if (this.found >= offset) return this.found;
    const pattern = this.pattern;
    pattern.lastIndex = offset;
    // test, not exec: it builds no match array.
    this.found = pattern.test(this.text) ? pattern.lastIndex - 1 : this.text.length;
    return this.found;
  }
}

/**
 * Gives the figure about to be read the topic that the clauses before it name: the last topic
 * keyword in [into.topicFrom, upTo), the clauses since the last clause with a figure (and since
 * the paragraph's start or a sentence too long to read). The clauses are searched together, as
 * no keyword spans a clause boundary, and only when a figure follows: a clause's topic matters
 * to later figures of its paragraph, never to a zero statement.
 */
function takeTopic(into: Collector, upTo: number): void {
  if (into.topicFrom < upTo) {
    const last = lastTopicIn(into.text.slice(into.topicFrom, upTo));
    if (last !== undefined) into.topic = last;
  }
  into.topicFrom = upTo;
}

/** Reads the sentence [start, end) of `into.text`, trimmed. */
function readSentence(into: Collector, start: number, end: number): void {
  const text = into.text;
  while (start < end && isSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  if (start === end) return;
  // The 件, 元 and negations of the sentence, and how many units.
  const hot: number[] = [];
  let units = 0;
  if (end - start <= MAX_SENTENCE_LENGTH)
    for (let at = into.hot.from(start); at < end && units <= MAX_SENTENCE_FIGURES; at = into.hot.from(at + 1)) {
      hot.push(at);
      if (isUnitCode(text.charCodeAt(at))) units += 1;
    }
  // The work per figure grows with the sentence, so a sentence longer than MAX_SENTENCE_LENGTH
  // or with more than MAX_SENTENCE_FIGURES units is left alone (no figure of it is compared, and
  // it names no topic): that keeps the prose rules linear in the text's length on any input,
  // such as a page's whole text pasted without punctuation.
  if (end - start > MAX_SENTENCE_LENGTH || units > MAX_SENTENCE_FIGURES) {
    passOver(into, start, end);
    return;
  }
  // Neither a figure nor a zero statement: its clauses can only name a topic, taken when a figure follows.
  if (hot.length === 0) return;
  let sentence: Span | undefined;
  let clauseStart = start;
  let next = 0; // the first of `hot` not yet in a clause
  for (let at = into.clauseBreaks.from(start); ; at = into.clauseBreaks.from(at + 1)) {
    if (at < end && !isClauseBreak(text, at, end)) continue;
    const stop = Math.min(at, end);
    let unit = false;
    let negation = false;
    for (; next < hot.length && (hot[next] as number) < stop; next += 1) {
      if (isUnitCode(text.charCodeAt(hot[next] as number))) unit = true;
      else negation = true;
    }
    // The clause [clauseStart, stop), trimmed.
    let from = clauseStart;
    let to = stop;
    clauseStart = stop + 1;
    while (from < to && isSpace(text.charCodeAt(from))) from += 1;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to -= 1;
    if (unit) {
      takeTopic(into, from);
      sentence ??= { start, end, text: text.slice(start, end) };
      readClauseFigures(into, sentence, { start: from, end: to, text: text.slice(from, to) });
      into.topicFrom = to;
    } else if (negation) {
      sentence ??= { start, end, text: text.slice(start, end) };
      readZeroStatements(into, sentence, { start: from, end: to, text: text.slice(from, to) });
    }
    if (stop === end || next === hot.length) return;
  }
}

/** A sentence not read: the topics named before it still count, its own do not. */
function passOver(into: Collector, start: number, end: number): void {
  takeTopic(into, start);
  into.topicFrom = end;
}

/** Reads the paragraph [start, end) of `into.text`, trimmed. */
function readParagraph(into: Collector, start: number, end: number): void {
  const text = into.text;
  while (start < end && isSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  // The topic does not outlive the paragraph.
  into.topic = undefined;
  into.topicFrom = start;
  let sentenceStart = start;
  for (let at = into.sentenceEnds.from(start); at < end; at = into.sentenceEnds.from(at + 1)) {
    const after = sentenceEndAt(text, at, end);
    if (after === -1) continue;
    readSentence(into, sentenceStart, after);
    sentenceStart = after;
  }
  readSentence(into, sentenceStart, end);
}

/**
 * Reads the figures a prose section quotes for table quantities.
 *
 * @example
 * ```ts
 * readSection("全年共收到政府信息公开申请 126 件，办结 120 件。", "overview", { format: "2021" }).figures.map((figure) => [figure.quantity, figure.value]);
 * //=> [["received", 126], ["completed", 120]]
 * ```
 */
export function readSection(text: string, section: ProseSection, context: ProseContext): ProseReading {
  const reading = { figures: [] as ProseFigure[], skipped: [] as SkippedFigure[] };
  readInto(text, section, context, context.agency ? normaliseOrgan(context.agency) : "", reading);
  return reading;
}

/**
 * Reads one section into `reading`'s lists: only the paragraphs that hold a figure unit or a
 * negation (most sections and paragraphs hold neither).
 */
function readInto(text: string, section: ProseSection, context: ProseContext, self: string, reading: { figures: ProseFigure[]; skipped: SkippedFigure[] }): void {
  const hots = new Ahead(HOT, text);
  let into: Collector | undefined;
  let start = 0;
  for (;;) {
    // The next figure unit or negation (the paragraph's sentences ask the same search for later offsets).
    const hot = hots.from(start);
    if (hot === text.length) return;
    into ??= {
      figures: reading.figures,
      skipped: reading.skipped,
      section,
      context,
      text,
      self,
      topic: undefined,
      topicFrom: 0,
      hot: hots,
      sentenceEnds: new Ahead(SENTENCE_END, text),
      clauseBreaks: new Ahead(CLAUSE_BREAK, text),
      facts: undefined,
    };
    // The paragraph around it (paragraphs end at \n or \r\n); the search back stops at the
    // previous paragraph's newline.
    start = text.lastIndexOf("\n", hot) + 1;
    const newline = text.indexOf("\n", hot);
    if (newline === -1) {
      readParagraph(into, start, text.length);
      return;
    }
    readParagraph(into, start, text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline);
    start = newline + 1;
  }
}

/**
 * Reads every prose section of a report (`text.overview`, `text.problems`, `text.other`).
 *
 * @example
 * ```ts
 * readProse({ format: "2021", year: 2023, text: { overview: "未收到行政复议。" } }).figures[0]?.quantity;
 * //=> "review.total"
 * ```
 */
export function readProse(report: unknown, format: "2019" | "2021" = "2021"): ProseReading {
  const record = (report ?? {}) as { text?: unknown; year?: unknown; agency?: unknown };
  const text = record.text && typeof record.text === "object" ? (record.text as Record<string, unknown>) : {};
  const context: ProseContext = {
    format,
    year: typeof record.year === "number" ? record.year : undefined,
    agency: typeof record.agency === "string" ? record.agency : undefined,
  };
  const reading = { figures: [] as ProseFigure[], skipped: [] as SkippedFigure[] };
  let self: string | undefined;
  for (const section of PROSE_SECTIONS) {
    const value = text[section];
    if (typeof value !== "string") continue;
    self ??= context.agency ? normaliseOrgan(context.agency) : "";
    // Only the first MAX_SECTION_LENGTH characters are read (offsets stay those of the full text).
    readInto(value.length > MAX_SECTION_LENGTH ? value.slice(0, MAX_SECTION_LENGTH) : value, section, context, self, reading);
  }
  return reading;
}
