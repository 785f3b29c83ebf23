import {
  OTHER_HANDLING_ROWS_2021,
  OUTCOME_COLUMNS,
  PROACTIVE_COLUMNS_2019,
  PROACTIVE_COLUMNS_2021,
  PROACTIVE_ROWS,
  SECTIONS,
} from "../layout/labels.js";
import type { Format } from "../schema/report.js";
import { exact, type Interval, isExact, subtract } from "./interval.js";
import { APPLICANT_PART_KEYS } from "../layout/labels.js";
import type { RuleId } from "./rule-id.js";
import { type CellRef, cellRef, REVIEW_PART_KEYS, type ReviewGroupKey, reviewRef } from "./layout.js";
import { type ProseFigure, type ProseQuantity, type ProseSection, readProse } from "./prose/figures.js";
import { Reader, valueAt } from "./reader.js";
import { formatNumber } from "./relation.js";
import { type Emit, emitFor, type RunnableReportRule } from "./rule.js";
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

/**
 * A cell's value as `reader.cell` reads it, without building its term: a printed number is
 * itself (most cells), a blank is read by the reader (derived, unknown or zero by its policy).
 */
function cellValue(reader: Reader, ref: CellRef, derive = true): Interval {
  const value = valueAt(reader.report, ref.path);
  if (value !== undefined) return exact(value);
  return reader.cell(ref, derive ? {} : { derive: false }).value;
}

/** The value of a sum of cells, added as the reader's `combine` adds them (one cell: its own value). */
function sumOf(reader: Reader, refs: readonly CellRef[], derive = true): Interval {
  if (refs.length === 1) return cellValue(reader, refs[0] as CellRef, derive);
  let lo = 0;
  let hi = 0;
  for (const ref of refs) {
    const value = cellValue(reader, ref, derive);
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
    alternatives: (reader) => exactOnly([sumOf(reader, parts, false), ...(balance ? [balance((row) => cellValue(reader, totals[row]))] : [])]),
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
      const fromRows = (reader: Reader) => sum(rows.map((ref) => cellValue(reader, ref)));
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
      alternatives: (reader) => (column === "total" ? exactOnly([sum(parts.map((ref) => cellValue(reader, ref, false)))]) : []),
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

/** A quantity's readings of one report's table: the sum of its cells, and its other exact readings once a figure disagrees with the sum. */
interface QuantityValues {
  readonly main: Interval;
  alternatives: readonly Interval[] | undefined;
}

/** Compares one figure with the table: a finding when no reading of the table allows it. `values` keeps each quantity's readings for the report's other figures. */
function compare(emit: Emit, figure: ProseFigure, reader: Reader, values?: Map<ProseQuantity, QuantityValues>): Finding | undefined {
  const table = cellsOf(reader.format, figure.quantity);
  let read = values?.get(figure.quantity);
  if (read === undefined) {
    read = { main: sumOf(reader, table.refs), alternatives: undefined };
    values?.set(figure.quantity, read);
  }
  const main = read.main;
  if (within(figure.value, main, figure.tolerance)) return undefined;
  read.alternatives ??= table.alternatives(reader);
  if (read.alternatives.some((value) => within(figure.value, value, figure.tolerance))) return undefined;
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
  /** Each quoted quantity's readings of the table, read once for the call's figures. */
  readonly values: Map<ProseQuantity, QuantityValues>;
}

// One reading of the prose and one table reader per check call, shared by the figure rules of
// that call. Keyed by the call's own reader object (made afresh by every check call), never by
// the report: a report object edited between two calls is read again.
// A call's rules run one after another, so only the current call's entry is ever asked for: the
// map is replaced when a new call's reader arrives. A map keeping one entry per call until a
// major garbage collection removed them made every minor collection walk thousands of dead
// entries; that cost check on the example reports about as much as all the figure rules' work.
let contexts = new WeakMap<Reader, ProseContext>();

/** The prose reading and table reader of one check call, or undefined when the report has no figures. */
function proseOf(report: unknown, format: Format, call: Reader): ProseContext | undefined {
  if (report === null || typeof report !== "object") return undefined;
  let context = contexts.get(call);
  // A call reads one report in one format; a second format (never seen from check) replaces the first.
  if (!context || context.format !== format) {
    const reader = call.policy === "unknown" && call.format === format ? call : new Reader(report, format, "unknown");
    if (context === undefined) contexts = new WeakMap(); // a new call: drop the entries of earlier calls
    context = { format, reading: readProse(report, format), reader, values: new Map() };
    contexts.set(call, context);
  }
  return context;
}

interface FigureRuleSpec {
  readonly id: RuleId;
  readonly formats: readonly Format[];
  readonly quantities: (quantity: ProseQuantity) => boolean;
}

function figureRule(spec: FigureRuleSpec): RunnableReportRule {
  return {
    id: spec.id,
    severity: "warning",
    scope: "report",
    formats: spec.formats,
    message: FIGURE_MESSAGE,
    run({ report, format, reader, emit }) {
      const prose = proseOf(report, format, reader);
      if (!prose || prose.reading.figures.length === 0) return [];
      const findings: Finding[] = [];
      for (const figure of prose.reading.figures) {
        if (!spec.quantities(figure.quantity)) continue;
        const finding = compare(emit, figure, prose.reader, prose.values);
        if (finding) findings.push(finding);
      }
      return findings;
    },
  };
}

/** text.received — 收到/受理/新收…申请 N 件 against 一、本年新收. */
export const textReceived = figureRule({
  id: "text.received",
  formats: ["2019", "2021"],
  quantities: (quantity) => quantity === "received" || quantity === "receivedWithCarriedOver",
});

/** text.carried-over — 上年结转 N 件 against 二、上年结转. */
export const textCarriedOver = figureRule({
  id: "text.carried-over",
  formats: ["2019", "2021"],
  quantities: (quantity) => quantity === "carriedOver",
});

/** text.completed — 办结/答复 N 件 against （七）总计. */
export const textCompleted = figureRule({
  id: "text.completed",
  formats: ["2019", "2021"],
  quantities: (quantity) => quantity === "completed",
});

/** text.outcomes — 予以公开/部分公开/不予公开/无法提供/不予处理/其他处理 N 件 against the outcome rows. */
export const textOutcomes = figureRule({
  id: "text.outcomes",
  formats: ["2019", "2021"],
  quantities: (quantity) => ["disclosed", "partiallyDisclosed", "withheld", "unableToProvide", "notProcessed", "otherHandling"].includes(quantity),
});

/** text.carried-forward — 结转下年度 N 件 against 四、结转下年度继续办理. */
export const textCarriedForward = figureRule({
  id: "text.carried-forward",
  formats: ["2019", "2021"],
  quantities: (quantity) => quantity === "carriedForward",
});

/** text.review — 行政复议 N 件 (维持/纠正/其他/尚未审结) against table 四 行政复议. */
export const textReview = figureRule({
  id: "text.review",
  formats: ["2019", "2021"],
  quantities: (quantity) => quantity.startsWith("review."),
});

/** text.litigation — 行政诉讼 N 件 against table 四 未经复议直接起诉 + 复议后起诉. */
export const textLitigation = figureRule({
  id: "text.litigation",
  formats: ["2019", "2021"],
  quantities: (quantity) => quantity.startsWith("litigation."),
});

/** text.documents — 制发/废止/现行有效规章、规范性文件 N 件 against table 二. */
export const textDocuments = figureRule({
  id: "text.documents",
  formats: ["2019", "2021"],
  quantities: (quantity) => quantity.startsWith("regulations.") || quantity.startsWith("normativeDocuments."),
});

/** text.fees-charged — 行政事业性收费 N 万元 against table 二 本年收费金额 (2021). */
export const textFeesCharged = figureRule({
  id: "text.fees-charged",
  formats: ["2021"],
  quantities: (quantity) => quantity === "fees",
});

const PLACEHOLDER = /^(?:无|暂无|没有|无。|略)[。.]?$/;

/** text.sections-present — sections 五 and 六 present and not empty. */
export const textSectionsPresent: RunnableReportRule = {
  id: "text.sections-present",
  severity: "warning",
  scope: "report",
  formats: ["2019", "2021"],
  message: {
    zh: "{section}{problem}",
    en: "{section} {problem}",
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
export const PROSE_RULES: readonly RunnableReportRule[] = [
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
