// The prose reader as it was before it worked on offsets (src/rules/prose/prose-rules.ts at 8ae5008), frozen:
// test/rules/prose/fast-reader.test.ts proves the fast reader reads exactly what this one read.
// Test-only reference; do not edit except to keep it compiling.
import { OTHER_HANDLING_ROWS_2021, PROACTIVE_COLUMNS_2019, PROACTIVE_COLUMNS_2021, PROACTIVE_ROWS, SECTIONS } from "../../../../src/layout/labels.js";
import type { Format } from "../../../../src/schema/report.js";
import { exact, type Interval, isExact, subtract } from "../../../../src/rules/interval.js";
import { APPLICANT_PART_KEYS } from "../../../../src/layout/labels.js";
import type { RuleId } from "../../../../src/rules/rule-id.js";
import { type CellRef, cellRef, REVIEW_PART_KEYS, type ReviewGroupKey, reviewRef } from "../../../../src/rules/layout.js";
import { type ProseFigure, type ProseQuantity, type ProseSection, readProse } from "./figures.js";
import { combine, Reader, type Term } from "../../../../src/rules/reader.js";
import { formatNumber } from "../../../../src/rules/relation.js";
import { type Emit, emitFor, type ReportRule } from "../../../../src/rules/rule.js";
import type { Bilingual, Finding } from "../../../../src/rules/types.js";

// ----------------------------------------------------------------------------
// What each quoted quantity is in the tables.

interface TableQuantity {
  /** The value as the table prints it (a blank total derived from its parts). */
  readonly main: Term;
  /** Other exact readings of the same quantity from the table itself (its parts, the 三 balance); computed on demand. */
  readonly alternatives: () => readonly Interval[];
  /** What the text calls it, for the message. */
  readonly name: Bilingual;
  /** Pointers of the cells the quantity is (not the parts a blank total was derived from). */
  readonly pointers: readonly string[];
}

const T3 = SECTIONS.applications;
const T4 = SECTIONS.reviewAndLitigation;
const T2 = SECTIONS.proactive;

function labelOf(table: Bilingual, refs: readonly CellRef[]): Bilingual {
  return {
    zh: `${table.zh}：${refs.map((ref) => ref.full.zh).join(" + ")}`,
    en: `${table.en}: ${refs.map((ref) => ref.full.en).join(" + ")}`,
  };
}

function exactOnly(values: readonly Interval[]): Interval[] {
  return values.filter((value) => isExact(value) && Number.isFinite(value.lo));
}

/** A table 三 quantity: the 总计 column of one row or a group of rows. */
function table3(reader: Reader, rows: readonly (readonly string[])[], name: Bilingual, balance?: () => Interval): TableQuantity {
  const refs = rows.map((path) => cellRef(reader.format, [...path, "total"], { zh: "总计", en: "total" }));
  const main = combine(
    refs.map((ref) => reader.cell(ref)),
    labelOf(T3, refs),
  );
  const parts = () =>
    combine(
    rows.flatMap((path) => APPLICANT_PART_KEYS.map((key) => reader.cell(cellRef(reader.format, [...path, key], { zh: key, en: key }), { derive: false }))),
    main.label,
  );
  return {
    main,
    alternatives: () => exactOnly([parts().value, ...(balance ? [balance()] : [])]),
    name,
    pointers: refs.map((ref) => ref.pointer),
  };
}

function total3(reader: Reader, row: "received" | "carriedOver" | "carriedForward" | "outcomes"): Interval {
  const path = row === "outcomes" ? ["applications", "outcomes", "total", "total"] : ["applications", row, "total"];
  return reader.cell(cellRef(reader.format, path, { zh: "总计", en: "total" })).value;
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
  upheld: { zh: "结果维持数", en: "cases upheld" },
  corrected: { zh: "结果纠正数", en: "cases corrected" },
  other: { zh: "其他结果数", en: "cases with another result" },
  pending: { zh: "尚未审结数", en: "cases pending" },
  issued: { zh: "制发件数", en: "documents issued" },
  repealed: { zh: "废止件数", en: "documents repealed" },
  inForce: { zh: "现行有效件数", en: "documents in force" },
  fees: { zh: "行政事业性收费金额（万元）", en: "administrative fees collected (10,000 yuan)" },
};

/** The table's reading of a quantity the prose quotes. */
function tableQuantity(reader: Reader, quantity: ProseQuantity): TableQuantity {
  const format = reader.format;
  const name = NAMES[quantity.includes(".") ? (quantity.split(".")[1] as string) : quantity] as Bilingual;
  switch (quantity) {
    case "received":
      return table3(reader, [["applications", "received"]], name, () => subtract(sum([total3(reader, "outcomes"), total3(reader, "carriedForward")]), total3(reader, "carriedOver")));
    case "receivedWithCarriedOver":
      return table3(reader, [["applications", "received"], ["applications", "carriedOver"]], name, () => sum([total3(reader, "outcomes"), total3(reader, "carriedForward")]));
    case "carriedOver":
      return table3(reader, [["applications", "carriedOver"]], name, () => subtract(sum([total3(reader, "outcomes"), total3(reader, "carriedForward")]), total3(reader, "received")));
    case "carriedForward":
      return table3(reader, [["applications", "carriedForward"]], name, () => subtract(sum([total3(reader, "received"), total3(reader, "carriedOver")]), total3(reader, "outcomes")));
    case "completed": {
      const base = table3(reader, [["applications", "outcomes", "total"]], name, () => subtract(sum([total3(reader, "received"), total3(reader, "carriedOver")]), total3(reader, "carriedForward")));
      const rows = ["disclosed", "partiallyDisclosed", "withheld", "unableToProvide", "notProcessed", "otherHandling"].flatMap((key) => OUTCOME_GROUP_ROWS(format, key));
      const fromRows = () => sum(rows.map((path) => reader.cell(cellRef(format, [...path, "total"], { zh: "总计", en: "total" })).value));
      return { ...base, alternatives: () => [...base.alternatives(), ...exactOnly([fromRows()])] };
    }
    case "disclosed":
    case "partiallyDisclosed":
    case "withheld":
    case "unableToProvide":
    case "notProcessed":
    case "otherHandling":
      return table3(reader, OUTCOME_GROUP_ROWS(format, quantity), name);
    case "fees": {
      const ref = cellRef(format, ["proactive", "fees", "amountWanYuan"], PROACTIVE_COLUMNS_2021.amountWanYuan);
      return { main: combine([reader.cell(ref)], labelOf(T2, [ref])), alternatives: () => [], name, pointers: [ref.pointer] };
    }
    default:
      break;
  }
  const [group, column] = quantity.split(".") as [string, string];
  if (group === "review" || group === "litigation") {
    const groups: ReviewGroupKey[] = group === "review" ? ["review"] : ["litigationDirect", "litigationAfterReview"];
    const refs = groups.map((key) => reviewRef(format, key, column as "total"));
    const main = combine(
      refs.map((ref) => reader.cell(ref)),
      labelOf(T4, refs),
    );
    const parts = () => groups.flatMap((key) => REVIEW_PART_KEYS.map((part) => reader.cell(reviewRef(format, key, part), { derive: false }).value));
    return { main, alternatives: () => (column === "total" ? exactOnly([sum(parts())]) : []), name, pointers: refs.map((ref) => ref.pointer) };
  }
  // Documents: 2021 issued/repealed/inForce; 2019 本年新制作数量 (read as "issued").
  const key = format === "2019" && column === "issued" ? "made" : column;
  const short = format === "2019" ? PROACTIVE_COLUMNS_2019.made : PROACTIVE_COLUMNS_2021[column as "issued"];
  const ref = cellRef(format, ["proactive", group, key], short);
  return { main: combine([reader.cell(ref)], labelOf(T2, [ref])), alternatives: () => [], name, pointers: [ref.pointer] };
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
function compare(emit: Emit, figure: ProseFigure, quantity: (name: ProseQuantity) => TableQuantity): Finding | undefined {
  const table = quantity(figure.quantity);
  const main = table.main.value;
  if (within(figure.value, main, figure.tolerance)) return undefined;
  if (table.alternatives().some((value) => within(figure.value, value, figure.tolerance))) return undefined;
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
      cell: table.main.label,
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
  const quantity = quantitiesOf(new Reader(report, format, "unknown"));
  const entries: ProseAssessment[] = [];
  for (const figure of reading.figures) {
    const table = quantity(figure.quantity);
    const base = { section: figure.section, figure: figure.figure.text, sentence: figure.sentence.text, start: figure.figure.start, quantity: figure.quantity };
    const agrees = [table.main.value, ...table.alternatives()].some((value) => isExact(value) && within(figure.value, value, figure.tolerance));
    if (agrees) entries.push({ ...base, outcome: "agrees" });
    else if (compare(QUIET_EMIT, figure, quantity)) entries.push({ ...base, outcome: "contradicts" });
    else entries.push({ ...base, outcome: "not-comparable", reason: "table-blank" });
  }
  for (const skipped of reading.skipped)
    entries.push({ section: skipped.section, figure: skipped.figure.text, sentence: skipped.sentence.text, start: skipped.figure.start, outcome: "not-comparable", reason: skipped.reason });
  return entries.sort((a, b) => PROSE_ORDER.indexOf(a.section) - PROSE_ORDER.indexOf(b.section) || a.start - b.start);
}

const PROSE_ORDER: readonly ProseSection[] = ["overview", "problems", "other"];

// assessProse only needs to know whether a finding would be made.
const QUIET_EMIT = emitFor({ id: "text.assess", message: FIGURE_MESSAGE } as unknown as Parameters<typeof emitFor>[0], "zh", "warning");

/**
 * The table side of each quantity for one reader, built on first use: the figure rules of one
 * check call share it, so a report's cells are read (and its blank totals derived) once,
 * not once per rule and figure.
 */
function quantitiesOf(reader: Reader): (name: ProseQuantity) => TableQuantity {
  const built = new Map<ProseQuantity, TableQuantity>();
  return (name) => {
    let table = built.get(name);
    if (!table) {
      table = tableQuantity(reader, name);
      built.set(name, table);
    }
    return table;
  };
}

interface ProseContext {
  readonly reading: ReturnType<typeof readProse>;
  readonly quantity: (name: ProseQuantity) => TableQuantity;
}

const NO_PROSE: ProseContext = { reading: { figures: [], skipped: [] }, quantity: () => { throw new Error("no figures"); } };

// One reading of the prose and one table reader per check call, shared by the figure rules of
// that call. Keyed by the call's own reader object (made afresh by every check call), never by
// the report: a report object edited between two calls is read again.
const contexts = new WeakMap<Reader, Map<Format, ProseContext>>();

function proseOf(report: unknown, format: Format, call: Reader): ProseContext {
  if (report === null || typeof report !== "object") return NO_PROSE;
  let byFormat = contexts.get(call);
  if (!byFormat) {
    byFormat = new Map();
    contexts.set(call, byFormat);
  }
  let context = byFormat.get(format);
  if (!context) {
    const reader = call.policy === "unknown" && call.format === format ? call : new Reader(report, format, "unknown");
    context = { reading: readProse(report, format), quantity: quantitiesOf(reader) };
    byFormat.set(format, context);
  }
  return context;
}

const BLANKS_PROSE: Bilingual = {
  zh: "空白格视为未知（计数 ≥ 0，空白合计按分项推算），即使选项为 blanks: \"zero\"：空白不能证明文字有误。只有文字数字落在表格所有读法（印刷值、分项之和、表三收支平衡推出的值）之外才报告。未提供文字（text 缺失）时不检查。",
  en: "Blank cells are unknown (a count ≥ 0; a blank total is derived from its parts), even with blanks: \"zero\": a blank is no evidence against the text. A figure is reported only when it is outside every reading of the table (the printed value, the sum of its parts, the value the table III balance implies). Reports without `text` are not checked.",
};

const NO_FALSE_ALARMS_ZH =
  "只比较句子明确指向的数量：涉及下级单位、同比增减、区间或约数、其他年度、按渠道或申请人的细分、政务公开总体情况、多个数量合述（如“行政复议和行政诉讼共 5 件”）或无法确定所指的数字都不比较。";
const NO_FALSE_ALARMS_EN =
  "Only figures whose sentence names the quantity unambiguously are compared: figures about a subordinate unit, year-on-year changes, ranges or approximations, other years, breakdowns by channel or applicant, disclosure in general, several quantities at once (行政复议和行政诉讼共 5 件) or anything unclear are left alone.";

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
      if (prose.reading.figures.length === 0) return [];
      const findings: Finding[] = [];
      for (const figure of prose.reading.figures) {
        if (!spec.quantities(figure.quantity)) continue;
        const finding = compare(emit, figure, prose.quantity);
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
    zh: "正文“收到/受理/新收……政府信息公开申请 N 件” = 表三 一、本年新收政府信息公开申请数量（总计）；“N 件（含上年结转 M 件）”= 一 + 二",
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
  relation: { zh: "正文“上年结转 N 件” = 表三 二、上年结转政府信息公开申请数量（总计）", en: "Text “上年结转 N 件” = table III 2. applications carried over (total)" },
  forms: { zh: "上年结转（政府信息公开申请）N 件、（含上年度结转 N 件）", en: "上年结转 … N 件, （含上年度结转 N 件）" },
  cells: [APPLICATION_ROW("carriedOver")],
  quantities: (quantity) => quantity === "carriedOver",
});

/** text.completed — 办结/答复 N 件 against （七）总计. */
export const textCompleted = figureRule({
  id: "text.completed",
  formats: ["2019", "2021"],
  title: { zh: "正文所述办结数与表三一致", en: "Applications completed in the text match table III" },
  relation: { zh: "正文“办结/答复……申请 N 件” = 表三 三、本年度办理结果 （七）总计", en: "Text “办结/答复 … N 件” = table III 3. outcomes (7) total" },
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
  relation: { zh: "正文“结转下年度继续办理 N 件” = 表三 四、结转下年度继续办理（总计）", en: "Text “结转下年度继续办理 N 件” = table III 4. carried forward (total)" },
  forms: { zh: "结转下年度（继续办理/处理）N 件、转入下一年度 N 件", en: "结转下年度（继续办理）N 件, 转入下一年度 N 件" },
  cells: [APPLICATION_ROW("carriedForward")],
  quantities: (quantity) => quantity === "carriedForward",
});

/** text.review — 行政复议 N 件 (维持/纠正/其他/尚未审结) against table 四 行政复议. */
export const textReview = figureRule({
  id: "text.review",
  formats: ["2019", "2021"],
  title: { zh: "正文所述行政复议数与表四一致", en: "Administrative reconsiderations in the text match table IV" },
  relation: {
    zh: "正文“行政复议 N 件”及其中“维持/纠正（纠错）/其他结果/尚未审结 N 件” = 表四 行政复议 总计及各结果列；“未收到/未发生行政复议” = 总计 0",
    en: "Text “行政复议 N 件” and “维持/纠正/其他/尚未审结 N 件” = table IV reconsideration total and result columns; “未收到/未发生行政复议” = total 0",
  },
  forms: { zh: "（因政府信息公开）行政复议 N 件，其中维持 N 件、纠正（纠错）N 件、其他结果 N 件、尚未审结 N 件；未收到、未发生、没有发生、无……行政复议", en: "行政复议 N 件, 其中维持/纠正/纠错/其他/尚未审结 N 件; 未收到/未发生/没有发生/无 … 行政复议" },
  cells: ["/reviewAndLitigation/review/{column}"],
  quantities: (quantity) => quantity.startsWith("review."),
});

/** text.litigation — 行政诉讼 N 件 against table 四 未经复议直接起诉 + 复议后起诉. */
export const textLitigation = figureRule({
  id: "text.litigation",
  formats: ["2019", "2021"],
  title: { zh: "正文所述行政诉讼数与表四一致", en: "Administrative lawsuits in the text match table IV" },
  relation: {
    zh: "正文“行政诉讼 N 件”及其中“维持/纠正/其他结果/尚未审结 N 件” = 表四 行政诉讼 未经复议直接起诉 + 复议后起诉 的总计及对应结果列；“未发生行政诉讼” = 0",
    en: "Text “行政诉讼 N 件” and its results = table IV litigation: direct + after reconsideration, total and the matching result column; “未发生行政诉讼” = 0",
  },
  forms: { zh: "（因政府信息公开）行政诉讼 N 件、受理 N 件……行政诉讼，其中维持（或驳回原告诉讼请求）N 件、纠正 N 件、其他情形 N 件；未收到……行政诉讼", en: "行政诉讼 N 件, 受理 N 件…行政诉讼, 其中维持/纠正/其他情形 N 件; 未收到 … 行政诉讼" },
  cells: ["/reviewAndLitigation/litigationDirect/{column}", "/reviewAndLitigation/litigationAfterReview/{column}"],
  quantities: (quantity) => quantity.startsWith("litigation."),
});

/** text.documents — 制发/废止/现行有效规章、规范性文件 N 件 against table 二. */
export const textDocuments = figureRule({
  id: "text.documents",
  formats: ["2019", "2021"],
  title: { zh: "正文所述制发、废止规章和规范性文件数与表二一致", en: "Rules and normative documents in the text match table II" },
  relation: {
    zh: "2021：正文“制发/废止/现行有效（行政）规范性文件（规章）N 件” = 表二 本年制发件数/本年废止件数/现行有效件数；2019：“制发/制定规范性文件（规章）N 件” = 本年新制作数量",
    en: "2021: text “制发/废止/现行有效 … 规范性文件（规章）N 件” = table II issued / repealed / in force; 2019: “制发/制定 … N 件” = newly made this year",
  },
  forms: {
    zh: "制发、制定、出台、印发（行政）规范性文件 N 件，废止规章 N 件，现行有效规范性文件 N 件，未制发规章（= 0）；“主动公开规范性文件”“区级规范性文件”“政策文件”不比较",
    en: "制发/制定/出台/印发 规范性文件 N 件, 废止规章 N 件, 现行有效规范性文件 N 件, 未制发规章 (= 0); 主动公开…规范性文件, 区级…, 政策文件 are not compared",
  },
  cells: ["/proactive/regulations/{column}", "/proactive/normativeDocuments/{column}"],
  quantities: (quantity) => quantity.startsWith("regulations.") || quantity.startsWith("normativeDocuments."),
});

/** text.fees-charged — 行政事业性收费 N 万元 against table 二 本年收费金额 (2021). */
export const textFeesCharged = figureRule({
  id: "text.fees-charged",
  formats: ["2021"],
  title: { zh: "正文所述行政事业性收费金额与表二一致", en: "Administrative fees in the text match table II" },
  relation: {
    zh: `2021：正文“行政事业性收费 N 万元（或 N 元）” = 表二 ${PROACTIVE_ROWS.fees.zh} ${PROACTIVE_COLUMNS_2021.amountWanYuan.zh}，按文字所印小数位取舍`,
    en: `2021: text “行政事业性收费 N 万元 (or N 元)” = table II ${PROACTIVE_ROWS.fees.en}, ${PROACTIVE_COLUMNS_2021.amountWanYuan.en}, to the decimals the text prints`,
  },
  forms: {
    zh: "行政事业性收费（金额）N 万元、1.2万元、12000元；信息处理费不是表二的数量，不比较（由 text.fees-statement 检查是否报告）",
    en: "行政事业性收费 N 万元, 1.2万元, 12000元; 信息处理费 is not a table II quantity and is not compared (text.fees-statement checks it is reported)",
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
    zh: "五、存在的主要问题及改进情况 有实际内容（不是空白或仅“无”）；六、其他需要报告的事项 存在且不为空（可为“无”）。2021 格式第六部分须报告信息处理费收取情况，由 text.fees-statement 检查",
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
