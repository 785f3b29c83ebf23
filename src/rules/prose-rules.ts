import {
  APPLICATION_ROWS,
  LITIGATION_GROUP,
  OTHER_HANDLING_ROWS_2021,
  OUTCOME_COLUMNS,
  OUTCOME_ROWS,
  PROACTIVE_COLUMNS_2019,
  PROACTIVE_COLUMNS_2021,
  PROACTIVE_ROWS,
  REVIEW_GROUPS,
  SECTIONS,
} from "../layout/labels.js";
import type { Format } from "../schema/report.js";
import { exact, type Interval, isExact, subtract } from "./interval.js";
import { APPLICANT_PART_KEYS } from "../layout/labels.js";
import type { RuleId } from "./rule-id.js";
import { type CellRef, cellRef, REVIEW_PART_KEYS, type ReviewGroupKey, reviewRef } from "./layout.js";
import { type ProseFigure, type ProseQuantity, type ProseSection, readProse } from "./prose/figures.js";
import { Reader } from "./reader.js";
import { formatNumber } from "./relation.js";
import { type Emit, emitFor, type ReportRule } from "./rule.js";
import type { Bilingual, Finding } from "./types.js";

// ----------------------------------------------------------------------------
// What each quoted quantity is in the tables.

/**
 * The cells of one quoted quantity in one format, built once per format and quantity (they do
 * not depend on the report): what a check call reads is only the cells' values, and the labels
 * and pointers are used only when a figure disagrees.
 */
interface QuantityCells {
  /** The cells the quantity is, summed (a blank total derived from its parts). */
  readonly refs: readonly CellRef[];
  /** The table's label for the sum, for the message. */
  readonly label: Bilingual;
  /** What the text calls it, for the message. */
  readonly name: Bilingual;
  /** Pointers of {@link refs}. */
  readonly pointers: readonly string[];
  /** Other exact readings of the same quantity from the table itself (its parts, the 三 balance). */
  readonly alternatives: (reader: Reader) => readonly Interval[];
}

const T3 = SECTIONS.applications;
const T4 = SECTIONS.reviewAndLitigation;
const T2 = SECTIONS.proactive;
const TOTAL: Bilingual = { zh: OUTCOME_COLUMNS.total.zh, en: OUTCOME_COLUMNS.total.en };

function labelOf(table: Bilingual, refs: readonly CellRef[]): Bilingual {
  return {
    zh: `${table.zh}：${refs.map((ref) => ref.full.zh).join(" + ")}`,
    en: `${table.en}: ${refs.map((ref) => ref.full.en).join(" + ")}`,
  };
}

function exactOnly(values: readonly Interval[]): Interval[] {
  return values.filter((value) => isExact(value) && Number.isFinite(value.lo));
}

/** The value of a sum of cells, added as the reader's `combine` adds them (one cell: its own value). */
function sumOf(reader: Reader, refs: readonly CellRef[], derive = true): Interval {
  if (refs.length === 1) return reader.cell(refs[0] as CellRef, derive ? {} : { derive: false }).value;
  let lo = 0;
  let hi = 0;
  for (const ref of refs) {
    const value = reader.cell(ref, derive ? {} : { derive: false }).value;
    lo += value.lo;
    hi += value.hi;
  }
  return { lo, hi };
}

type Row3Key = "received" | "carriedOver" | "carriedForward" | "outcomes";

/** A table 三 quantity: the 总计 column of one row or a group of rows. */
function table3(format: Format, rows: readonly (readonly string[])[], name: Bilingual, balance?: (total: (row: Row3Key) => Interval) => Interval): QuantityCells {
  const refs = rows.map((path) => cellRef(format, [...path, "total"], TOTAL));
  const parts = rows.flatMap((path) => APPLICANT_PART_KEYS.map((key) => cellRef(format, [...path, key], { zh: key, en: key })));
  const totals = {
    received: cellRef(format, ["applications", "received", "total"], TOTAL),
    carriedOver: cellRef(format, ["applications", "carriedOver", "total"], TOTAL),
    carriedForward: cellRef(format, ["applications", "carriedForward", "total"], TOTAL),
    outcomes: cellRef(format, ["applications", "outcomes", "total", "total"], TOTAL),
  };
  return {
    refs,
    label: labelOf(T3, refs),
    name,
    pointers: refs.map((ref) => ref.pointer),
    alternatives: (reader) => exactOnly([sumOf(reader, parts, false), ...(balance ? [balance((row) => reader.cell(totals[row]).value)] : [])]),
  };
}

function sum(values: readonly Interval[]): Interval {
  return values.reduce((a, b) => ({ lo: a.lo + b.lo, hi: a.hi + b.hi }), exact(0));
}

const OUTCOME_GROUP_ROWS = (format: Format, key: string): string[][] => {
  const base = ["applications", "outcomes", key];
  const children: Record<string, readonly string[]> = {
    withheld: ["stateSecret", "prohibitedByLaw", "threeSecuritiesOneStability", "thirdPartyRights", "internalAffairs", "processInformation", "enforcementFiles", "administrativeQuery"],
    unableToProvide: ["notHeld", "needsCreation", "stillUnclear"],
    notProcessed: ["complaint", "repeated", "publication", "excessive", "confirmation"],
    ...(format === "2021" ? { otherHandling: Object.keys(OTHER_HANDLING_ROWS_2021) } : {}),
  };
  const keys = children[key];
  return keys ? keys.map((child) => [...base, child]) : [base];
};

const NAMES: Record<string, Bilingual> = {
  received: { zh: "收到申请数", en: "applications received" },
  receivedWithCarriedOver: { zh: "收到申请数（含上年结转）", en: "applications received including those carried over" },
  carriedOver: { zh: "上年结转申请数", en: "applications carried over" },
  completed: { zh: "办结（答复）申请数", en: "applications completed" },
  carriedForward: { zh: "结转下年度申请数", en: "applications carried forward" },
  disclosed: { zh: "予以公开数", en: "applications disclosed" },
  partiallyDisclosed: { zh: "部分公开数", en: "applications partially disclosed" },
  withheld: { zh: "不予公开数", en: "applications withheld" },
  unableToProvide: { zh: "无法提供数", en: "applications unable to provide" },
  notProcessed: { zh: "不予处理数", en: "applications not processed" },
  otherHandling: { zh: "其他处理数", en: "applications otherwise handled" },
  total: { zh: "案件数", en: "cases" },
  upheld: { zh: `${OUTCOME_COLUMNS.upheld.zh}数`, en: "cases upheld" },
  corrected: { zh: `${OUTCOME_COLUMNS.corrected.zh}数`, en: "cases corrected" },
  other: { zh: `${OUTCOME_COLUMNS.other.zh}数`, en: "cases with another result" },
  pending: { zh: `${OUTCOME_COLUMNS.pending.zh}数`, en: "cases pending" },
  issued: { zh: "制发件数", en: "documents issued" },
  repealed: { zh: "废止件数", en: "documents repealed" },
  inForce: { zh: PROACTIVE_COLUMNS_2021.inForce.zh, en: "documents in force" },
  fees: { zh: `${PROACTIVE_ROWS.fees.zh}金额（万元）`, en: "administrative fees collected (10,000 yuan)" },
};

/** The cells of a quantity the prose quotes, in one format. */
function quantityCells(format: Format, quantity: ProseQuantity): QuantityCells {
  const name = NAMES[quantity.includes(".") ? (quantity.split(".")[1] as string) : quantity] as Bilingual;
  switch (quantity) {
    case "received":
      return table3(format, [["applications", "received"]], name, (total) => subtract(sum([total("outcomes"), total("carriedForward")]), total("carriedOver")));
    case "receivedWithCarriedOver":
      return table3(format, [["applications", "received"], ["applications", "carriedOver"]], name, (total) => sum([total("outcomes"), total("carriedForward")]));
    case "carriedOver":
      return table3(format, [["applications", "carriedOver"]], name, (total) => subtract(sum([total("outcomes"), total("carriedForward")]), total("received")));
    case "carriedForward":
      return table3(format, [["applications", "carriedForward"]], name, (total) => subtract(sum([total("received"), total("carriedOver")]), total("outcomes")));
    case "completed": {
      const base = table3(format, [["applications", "outcomes", "total"]], name, (total) => subtract(sum([total("received"), total("carriedOver")]), total("carriedForward")));
      const rows = ["disclosed", "partiallyDisclosed", "withheld", "unableToProvide", "notProcessed", "otherHandling"]
        .flatMap((key) => OUTCOME_GROUP_ROWS(format, key))
        .map((path) => cellRef(format, [...path, "total"], TOTAL));
      const fromRows = (reader: Reader) => sum(rows.map((ref) => reader.cell(ref).value));
      return { ...base, alternatives: (reader) => [...base.alternatives(reader), ...exactOnly([fromRows(reader)])] };
    }
    case "disclosed":
    case "partiallyDisclosed":
    case "withheld":
    case "unableToProvide":
    case "notProcessed":
    case "otherHandling":
      return table3(format, OUTCOME_GROUP_ROWS(format, quantity), name);
    case "fees": {
      const ref = cellRef(format, ["proactive", "fees", "amountWanYuan"], PROACTIVE_COLUMNS_2021.amountWanYuan);
      return { refs: [ref], label: labelOf(T2, [ref]), name, pointers: [ref.pointer], alternatives: () => [] };
    }
    default:
      break;
  }
  const [group, column] = quantity.split(".") as [string, string];
  if (group === "review" || group === "litigation") {
    const groups: ReviewGroupKey[] = group === "review" ? ["review"] : ["litigationDirect", "litigationAfterReview"];
    const refs = groups.map((key) => reviewRef(format, key, column as "total"));
    const parts = groups.flatMap((key) => REVIEW_PART_KEYS.map((part) => reviewRef(format, key, part)));
    return {
      refs,
      label: labelOf(T4, refs),
      name,
      pointers: refs.map((ref) => ref.pointer),
      alternatives: (reader) => (column === "total" ? exactOnly([sum(parts.map((ref) => reader.cell(ref, { derive: false }).value))]) : []),
    };
  }
  // Documents: 2021 issued/repealed/inForce; 2019 本年新制作数量 (read as "issued").
  const key = format === "2019" && column === "issued" ? "made" : column;
  const short = format === "2019" ? PROACTIVE_COLUMNS_2019.made : PROACTIVE_COLUMNS_2021[column as "issued"];
  const ref = cellRef(format, ["proactive", group, key], short);
  return { refs: [ref], label: labelOf(T2, [ref]), name, pointers: [ref.pointer], alternatives: () => [] };
}

const CELLS: Record<Format, Map<ProseQuantity, QuantityCells>> = { "2019": new Map(), "2021": new Map() };

/** {@link quantityCells}, built on first use. */
function cellsOf(format: Format, quantity: ProseQuantity): QuantityCells {
  const built = CELLS[format];
  let cells = built.get(quantity);
  if (!cells) {
    cells = quantityCells(format, quantity);
    built.set(quantity, cells);
  }
  return cells;
}

function within(value: number, range: Interval, tolerance: number): boolean {
  return value >= range.lo - tolerance - 1e-9 && value <= range.hi + tolerance + 1e-9;
}

function rangeText(value: Interval, lang: "zh" | "en"): string {
  if (isExact(value)) return formatNumber(value.lo);
  if (value.hi === Number.POSITIVE_INFINITY) return lang === "zh" ? `至少 ${formatNumber(value.lo)}（含空白格）` : `at least ${formatNumber(value.lo)} (blank cells)`;
  return `${formatNumber(value.lo)}–${formatNumber(value.hi)}`;
}

const SECTION_LABELS: Record<ProseSection, Bilingual> = {
  overview: SECTIONS.overview,
  problems: SECTIONS.problems,
  other: SECTIONS.other,
};

/** Message template shared by the figure rules. */
const FIGURE_MESSAGE: Bilingual = {
  zh: "{section}第 {start}–{end} 字“{quote}”：文字所述{name}为 {prose}（“{figure}”），而{cell}为 {table}",
  en: "{section}, characters {start}–{end}, “{quote}”: the text gives {name} as {prose} (“{figure}”), but {cell} is {table}",
};

/** Compares one figure with the table: a finding when no reading of the table allows it. */
function compare(emit: Emit, figure: ProseFigure, reader: Reader): Finding | undefined {
  const table = cellsOf(reader.format, figure.quantity);
  const main = sumOf(reader, table.refs);
  if (within(figure.value, main, figure.tolerance)) return undefined;
  if (table.alternatives(reader).some((value) => within(figure.value, value, figure.tolerance))) return undefined;
  const finding = emit.fail(
    [...table.pointers, `/text/${figure.section}`],
    {
      section: SECTION_LABELS[figure.section],
      start: figure.sentence.start,
      end: figure.sentence.end,
      quote: figure.sentence.text,
      name: table.name,
      prose: formatNumber(figure.value),
      figure: figure.figure.text,
      cell: table.label,
      table: { zh: rangeText(main, "zh"), en: rangeText(main, "en") },
    },
    isExact(main) ? { expected: main.lo, actual: figure.value } : undefined,
  );
  return {
    ...finding,
    ...(isExact(main) ? {} : { actual: figure.value }),
    evidence: { section: figure.section, start: figure.sentence.start, end: figure.sentence.end, quote: figure.sentence.text },
  };
}

/** What became of one figure of the prose: compared (agrees / contradicts) or not, and why not. */
export interface ProseAssessment {
  readonly section: ProseSection;
  /** The figure as printed (`24件`, `未收到…行政复议`). */
  readonly figure: string;
  readonly sentence: string;
  /** Offset of the figure in its section. */
  readonly start: number;
  readonly quantity?: ProseQuantity;
  readonly outcome: "agrees" | "contradicts" | "not-comparable";
  /** Why a figure was not compared: a skip reason, or "table-blank" when the table cannot tell. */
  readonly reason?: string;
}

/**
 * Every figure the prose rules saw in a report and what became of it; for tests, scoring and
 * debugging (the rules report only the contradictions).
 *
 * @example
 * ```ts
 * assessProse(seed004).filter((entry) => entry.outcome === "agrees").length;
 * //=> 16
 * ```
 */
export function assessProse(report: unknown): ProseAssessment[] {
  const format: Format = (report as { format?: unknown } | null)?.format === "2019" ? "2019" : "2021";
  const reading = readProse(report, format);
  const reader = new Reader(report, format, "unknown");
  const entries: ProseAssessment[] = [];
  for (const figure of reading.figures) {
    const table = cellsOf(format, figure.quantity);
    const base = { section: figure.section, figure: figure.figure.text, sentence: figure.sentence.text, start: figure.figure.start, quantity: figure.quantity };
    const agrees = [sumOf(reader, table.refs), ...table.alternatives(reader)].some((value) => isExact(value) && within(figure.value, value, figure.tolerance));
    if (agrees) entries.push({ ...base, outcome: "agrees" });
    else if (compare(QUIET_EMIT, figure, reader)) entries.push({ ...base, outcome: "contradicts" });
    else entries.push({ ...base, outcome: "not-comparable", reason: "table-blank" });
  }
  for (const skipped of reading.skipped)
    entries.push({ section: skipped.section, figure: skipped.figure.text, sentence: skipped.sentence.text, start: skipped.figure.start, outcome: "not-comparable", reason: skipped.reason });
  return entries.sort((a, b) => PROSE_ORDER.indexOf(a.section) - PROSE_ORDER.indexOf(b.section) || a.start - b.start);
}

const PROSE_ORDER: readonly ProseSection[] = ["overview", "problems", "other"];

// assessProse only needs to know whether a finding would be made.
const QUIET_EMIT = emitFor({ id: "text.assess", message: FIGURE_MESSAGE } as unknown as Parameters<typeof emitFor>[0], "zh", "warning");

interface ProseContext {
  readonly format: Format;
  readonly reading: ReturnType<typeof readProse>;
  /** Reads the table cells (blanks unknown); its derived blank totals are kept for the call. */
  readonly reader: Reader;
}

// One reading of the prose and one table reader per check call, shared by the figure rules of
// that call. Keyed by the call's own reader object (made afresh by every check call), never by
// the report: a report object edited between two calls is read again.
const contexts = new WeakMap<Reader, ProseContext>();

/** The prose reading and table reader of one check call, or undefined when the report has no figures. */
function proseOf(report: unknown, format: Format, call: Reader): ProseContext | undefined {
  if (report === null || typeof report !== "object") return undefined;
  let context = contexts.get(call);
  // A call reads one report in one format; a second format (never seen from check) replaces the first.
  if (!context || context.format !== format) {
    const reader = call.policy === "unknown" && call.format === format ? call : new Reader(report, format, "unknown");
    context = { format, reading: readProse(report, format), reader };
    contexts.set(call, context);
  }
  return context;
}

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

interface FigureRuleSpec {
  readonly id: RuleId;
  readonly formats: readonly Format[];
  readonly title: Bilingual;
  readonly relation: Bilingual;
  readonly forms: Bilingual;
  readonly cells: readonly string[];
  readonly quantities: (quantity: ProseQuantity) => boolean;
}

function figureRule(spec: FigureRuleSpec): ReportRule {
  return {
    id: spec.id,
    severity: "warning",
    scope: "report",
    formats: spec.formats,
    title: spec.title,
    relation: spec.relation,
    rationale: {
      zh: `正文（一、五、六部分）引用的数字应与表格一致；评议时逐项核对。识别的说法：${spec.forms.zh}。${NO_FALSE_ALARMS_ZH}`,
      en: `Figures quoted in the prose (sections I, V, VI) should agree with the tables; evaluators check them by hand. Recognised forms: ${spec.forms.en}. ${NO_FALSE_ALARMS_EN}`,
    },
    source: "checked-by-tools",
    cells: [...spec.cells, "/text/overview", "/text/problems", "/text/other"],
    message: FIGURE_MESSAGE,
    blanks: BLANKS_PROSE,
    run({ report, format, reader, emit }) {
      const prose = proseOf(report, format, reader);
      if (!prose || prose.reading.figures.length === 0) return [];
      const findings: Finding[] = [];
      for (const figure of prose.reading.figures) {
        if (!spec.quantities(figure.quantity)) continue;
        const finding = compare(emit, figure, prose.reader);
        if (finding) findings.push(finding);
      }
      return findings;
    },
  };
}

const APPLICATION_ROW = (key: string) => `/applications/${key}/total`;

/** text.received — 收到/受理/新收…申请 N 件 against 一、本年新收. */
export const textReceived = figureRule({
  id: "text.received",
  formats: ["2019", "2021"],
  title: { zh: "正文所述收到申请数与表三一致", en: "Applications received in the text match table III" },
  relation: {
    zh: `正文“收到/受理/新收……政府信息公开申请 N 件” = 表三 ${L.received}（总计）；“N 件（含上年结转 M 件）”= 一 + 二`,
    en: "Text “收到/受理/新收 … 申请 N 件” = table III 1. new applications received (total); “N 件（含上年结转 M 件）” = 1 + 2",
  },
  forms: {
    zh: "收到、受理、新收、接收政府信息公开申请 N 件（阿拉伯或中文数字，如“三件”“十二件”“0件”），未收到政府信息公开申请（= 0），受理 N 件（含上年结转 M 件）",
    en: "收到/受理/新收/接收 … 申请 N 件 (Arabic or Chinese numerals: 三件, 十二件, 0件), 未收到政府信息公开申请 (= 0), 受理 N 件（含上年结转 M 件）",
  },
  cells: [APPLICATION_ROW("received"), APPLICATION_ROW("carriedOver")],
  quantities: (quantity) => quantity === "received" || quantity === "receivedWithCarriedOver",
});

/** text.carried-over — 上年结转 N 件 against 二、上年结转. */
export const textCarriedOver = figureRule({
  id: "text.carried-over",
  formats: ["2019", "2021"],
  title: { zh: "正文所述上年结转数与表三一致", en: "Applications carried over in the text match table III" },
  relation: { zh: `正文“上年结转 N 件” = 表三 ${L.carriedOver}（总计）`, en: "Text “上年结转 N 件” = table III 2. applications carried over (total)" },
  forms: { zh: "上年结转（政府信息公开申请）N 件、（含上年度结转 N 件）", en: "上年结转 … N 件, （含上年度结转 N 件）" },
  cells: [APPLICATION_ROW("carriedOver")],
  quantities: (quantity) => quantity === "carriedOver",
});

/** text.completed — 办结/答复 N 件 against （七）总计. */
export const textCompleted = figureRule({
  id: "text.completed",
  formats: ["2019", "2021"],
  title: { zh: "正文所述办结数与表三一致", en: "Applications completed in the text match table III" },
  relation: { zh: `正文“办结/答复……申请 N 件” = 表三 ${L.outcomes} ${L.outcomesTotal}`, en: "Text “办结/答复 … N 件” = table III 3. outcomes (7) total" },
  forms: { zh: "办结、答复、办理完毕（政府信息公开申请）N 件，“申请办结数 N 件”", en: "办结/答复/办理完毕 … N 件, 申请办结数 N 件" },
  cells: ["/applications/outcomes/total/total"],
  quantities: (quantity) => quantity === "completed",
});

/** text.outcomes — 予以公开/部分公开/不予公开/无法提供/不予处理/其他处理 N 件 against the outcome rows. */
export const textOutcomes = figureRule({
  id: "text.outcomes",
  formats: ["2019", "2021"],
  title: { zh: "正文所述各办理结果数与表三一致", en: "Outcomes in the text match table III" },
  relation: {
    zh: "正文“予以公开/部分公开/不予公开/无法提供/不予处理/其他处理 N 件” = 表三 （一）/（二）的总计，或（三）（四）（五）（六）各小项总计之和",
    en: "Text “予以公开/部分公开/不予公开/无法提供/不予处理/其他处理 N 件” = table III (1)/(2) total, or the sum of the totals of (3), (4), (5), (6)",
  },
  forms: { zh: "（其中）予以公开 N 件、部分公开 N 件、不予公开 N 件、无法提供 N 件、不予处理 N 件、其他处理 N 件", en: "（其中）予以公开 N 件、部分公开 N 件、不予公开 N 件、无法提供 N 件、不予处理 N 件、其他处理 N 件" },
  cells: ["/applications/outcomes/{row}/total"],
  quantities: (quantity) => ["disclosed", "partiallyDisclosed", "withheld", "unableToProvide", "notProcessed", "otherHandling"].includes(quantity),
});

/** text.carried-forward — 结转下年度 N 件 against 四、结转下年度继续办理. */
export const textCarriedForward = figureRule({
  id: "text.carried-forward",
  formats: ["2019", "2021"],
  title: { zh: "正文所述结转下年度数与表三一致", en: "Applications carried forward in the text match table III" },
  relation: { zh: `正文“结转下年度继续办理 N 件” = 表三 ${L.carriedForward}（总计）`, en: "Text “结转下年度继续办理 N 件” = table III 4. carried forward (total)" },
  forms: { zh: "结转下年度（继续办理/处理）N 件、转入下一年度 N 件", en: "结转下年度（继续办理）N 件, 转入下一年度 N 件" },
  cells: [APPLICATION_ROW("carriedForward")],
  quantities: (quantity) => quantity === "carriedForward",
});

/** text.review — 行政复议 N 件 (维持/纠正/其他/尚未审结) against table 四 行政复议. */
export const textReview = figureRule({
  id: "text.review",
  formats: ["2019", "2021"],
  title: { zh: `正文所述${L.review}数与表四一致`, en: "Administrative reconsiderations in the text match table IV" },
  relation: {
    zh: `正文“${L.review} N 件”及其中“维持/纠正（纠错）/${L.otherResult}/${L.pending} N 件” = 表四 ${L.review} 总计及各结果列；“未收到/未发生${L.review}” = 总计 0`,
    en: `Text “${L.review} N 件” and “维持/纠正/其他/${L.pending} N 件” = table IV reconsideration total and result columns; “未收到/未发生${L.review}” = total 0`,
  },
  forms: { zh: `（因政府信息公开）${L.review} N 件，其中维持 N 件、纠正（纠错）N 件、${L.otherResult} N 件、${L.pending} N 件；未收到、未发生、没有发生、无……${L.review}`, en: `${L.review} N 件, 其中维持/纠正/纠错/其他/${L.pending} N 件; 未收到/未发生/没有发生/无 … ${L.review}` },
  cells: ["/reviewAndLitigation/review/{column}"],
  quantities: (quantity) => quantity.startsWith("review."),
});

/** text.litigation — 行政诉讼 N 件 against table 四 未经复议直接起诉 + 复议后起诉. */
export const textLitigation = figureRule({
  id: "text.litigation",
  formats: ["2019", "2021"],
  title: { zh: `正文所述${L.litigation}数与表四一致`, en: "Administrative lawsuits in the text match table IV" },
  relation: {
    zh: `正文“${L.litigation} N 件”及其中“维持/纠正/${L.otherResult}/${L.pending} N 件” = 表四 ${L.litigation} ${L.direct} + ${L.afterReview} 的总计及对应结果列；“未发生${L.litigation}” = 0`,
    en: `Text “${L.litigation} N 件” and its results = table IV litigation: direct + after reconsideration, total and the matching result column; “未发生${L.litigation}” = 0`,
  },
  forms: { zh: `（因政府信息公开）${L.litigation} N 件、受理 N 件……${L.litigation}，其中维持（或驳回原告诉讼请求）N 件、纠正 N 件、其他情形 N 件；未收到……${L.litigation}`, en: `${L.litigation} N 件, 受理 N 件…${L.litigation}, 其中维持/纠正/其他情形 N 件; 未收到 … ${L.litigation}` },
  cells: ["/reviewAndLitigation/litigationDirect/{column}", "/reviewAndLitigation/litigationAfterReview/{column}"],
  quantities: (quantity) => quantity.startsWith("litigation."),
});

/** text.documents — 制发/废止/现行有效规章、规范性文件 N 件 against table 二. */
export const textDocuments = figureRule({
  id: "text.documents",
  formats: ["2019", "2021"],
  title: { zh: `正文所述制发、废止规章和${L.normative}数与表二一致`, en: "Rules and normative documents in the text match table II" },
  relation: {
    zh: `2021：正文“制发/废止/现行有效（行政）${L.normative}（规章）N 件” = 表二 ${L.issued}/${L.repealed}/${L.inForce}；2019：“制发/制定${L.normative}（规章）N 件” = ${L.made}`,
    en: `2021: text “制发/废止/现行有效 … ${L.normative}（规章）N 件” = table II issued / repealed / in force; 2019: “制发/制定 … N 件” = newly made this year`,
  },
  forms: {
    zh: `制发、制定、出台、印发（行政）${L.normative} N 件，废止规章 N 件，现行有效${L.normative} N 件，未制发规章（= 0）；“主动公开${L.normative}”“区级${L.normative}”“政策文件”不比较`,
    en: `制发/制定/出台/印发 ${L.normative} N 件, 废止规章 N 件, 现行有效${L.normative} N 件, 未制发规章 (= 0); 主动公开…${L.normative}, 区级…, 政策文件 are not compared`,
  },
  cells: ["/proactive/regulations/{column}", "/proactive/normativeDocuments/{column}"],
  quantities: (quantity) => quantity.startsWith("regulations.") || quantity.startsWith("normativeDocuments."),
});

/** text.fees-charged — 行政事业性收费 N 万元 against table 二 本年收费金额 (2021). */
export const textFeesCharged = figureRule({
  id: "text.fees-charged",
  formats: ["2021"],
  title: { zh: `正文所述${L.fees}金额与表二一致`, en: "Administrative fees in the text match table II" },
  relation: {
    zh: `2021：正文“${L.fees} N 万元（或 N 元）” = 表二 ${PROACTIVE_ROWS.fees.zh} ${PROACTIVE_COLUMNS_2021.amountWanYuan.zh}，按文字所印小数位取舍`,
    en: `2021: text “${L.fees} N 万元 (or N 元)” = table II ${PROACTIVE_ROWS.fees.en}, ${PROACTIVE_COLUMNS_2021.amountWanYuan.en}, to the decimals the text prints`,
  },
  forms: {
    zh: `${L.fees}（金额）N 万元、1.2万元、12000元；信息处理费不是表二的数量，不比较（由 text.fees-statement 检查是否报告）`,
    en: `${L.fees} N 万元, 1.2万元, 12000元; 信息处理费 is not a table II quantity and is not compared (text.fees-statement checks it is reported)`,
  },
  cells: ["/proactive/fees/amountWanYuan"],
  quantities: (quantity) => quantity === "fees",
});

const PLACEHOLDER = /^(?:无|暂无|没有|无。|略)[。.]?$/;

/** text.sections-present — sections 五 and 六 present and not empty. */
export const textSectionsPresent: ReportRule = {
  id: "text.sections-present",
  severity: "warning",
  scope: "report",
  formats: ["2019", "2021"],
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
  message: {
    zh: "{section}{problem}",
    en: "{section} {problem}",
  },
  blanks: {
    zh: "报告未提供任何文字（text 缺失）时不检查；提供了 text 但缺少某部分视为该部分缺失。",
    en: "A report without `text` at all is not checked; a `text` without one of the sections counts as that section missing.",
  },
  run({ report, emit }) {
    const text = (report as { text?: unknown } | null)?.text;
    if (text === undefined) return [];
    if (text === null || typeof text !== "object")
      return [emit.notAssessable(["/text"], { zh: "text 不是对象，无法检查第五、六部分", en: "text is not an object: cannot check sections V and VI" })];
    const findings: Finding[] = [];
    for (const section of ["problems", "other"] as const) {
      const value = (text as Record<string, unknown>)[section];
      const compact = typeof value === "string" ? value.replace(/\s+/g, "") : "";
      let problem: Bilingual | undefined;
      if (typeof value !== "string" || compact === "") problem = { zh: " 缺失或为空", en: "is missing or empty" };
      else if (section === "problems" && PLACEHOLDER.test(compact))
        problem = { zh: `：只写了“${compact}”，未报告存在的问题和改进情况`, en: `only says “${compact}”: it reports no problems or improvements` };
      if (problem) findings.push(emit.fail([`/text/${section}`], { section: SECTIONS[section], problem }));
    }
    return findings;
  },
};

/** The prose rules in catalogue order. */
export const PROSE_RULES: readonly ReportRule[] = [
  textReceived,
  textCarriedOver,
  textCompleted,
  textOutcomes,
  textCarriedForward,
  textReview,
  textLitigation,
  textDocuments,
  textFeesCharged,
  textSectionsPresent,
];
