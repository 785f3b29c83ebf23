import type { Lang } from "../schema/registry.js";
import type { Format } from "../schema/report.js";
import { type Model, readValues, reportModel, seriesModel, type Text } from "./model.js";
import { type ChangeKind, classify, KIND_SCORE } from "./plausibility.js";
import { search, type Solution } from "./search.js";
import { notAReport } from "../schema/input.js";
import { guarded, langOf, type Unreadable, unreadableError } from "../safe.js";

export type { ChangeKind } from "./plausibility.js";

/** Options of {@link locateErrors} and {@link locateSeriesErrors}. */
export interface LocateOptions {
  /** Language of `message` texts. Default `"zh"`. */
  readonly lang?: Lang;
  /** The most printed cells one suggestion may change. Default 3 (1–6). */
  readonly maxCells?: number;
  /** The most suggestions returned. Default 5. */
  readonly limit?: number;
  /**
   * `"unknown"` (default): a blank cell is an unknown the repair may fill at no cost.
   * `"zero"`: a blank is read as a printed 0, which a suggestion may change.
   */
  readonly blanks?: "unknown" | "zero";
}

/** One cell of a suggestion. */
export interface SuggestedCell {
  /** JSON Pointer of the cell (prefixed with the report's index for a series). */
  readonly pointer: string;
  /** Printed label, e.g. `（七）总计 · 自然人`, in both languages. */
  readonly label: { readonly zh: string; readonly en: string };
  /** The value as printed; `null` when the cell is blank. */
  readonly printed: number | null;
  /** The value that makes the relations hold. */
  readonly suggested: number;
  /** The slip the change would undo (`"fill"` for a blank the repair determines). */
  readonly kind: ChangeKind | "fill";
}

/** A relation of the rules, as a suggestion names it. */
export interface SuggestionRelation {
  /** The rule id, e.g. `t3.balance`. */
  readonly ruleId: string;
  /** The column, row or group, e.g. `自然人列` / `natural persons column`. */
  readonly label: { readonly zh: string; readonly en: string };
}

/** A repair: a small set of cells whose change makes every relation that reads them hold. */
export interface Suggestion {
  /** The printed cells to change (the Fellegi–Holt set), in printed order. */
  readonly changes: readonly SuggestedCell[];
  /** Blank cells whose value the repair determines (not counted as changes). */
  readonly fills: readonly SuggestedCell[];
  /** Every relation that reads a changed cell; all of them hold after the change. */
  readonly relations: readonly SuggestionRelation[];
  /** Product of the changes' typo scores, in (0, 1]: higher is a likelier slip. */
  readonly plausibility: number;
  /** One line for people, e.g. `可能有误：（七）总计 · 自然人 印为 35，若为 43 则 3 条关系成立`. */
  readonly message: string;
}

/** Why no suggestion list could be produced. */
export interface LocateError {
  /**
   * - `not-a-report`: the input is not a report object (or, for a series, not an array of reports with distinct years);
   * - `invalid-options`: an option is out of range;
   * - `too-many-changes`: no change of at most `maxCells` printed cells explains the failures;
   * - `search-limit`: the search stopped at its work limit before finding an explanation;
   * - `unreadable-input`: reading the input threw (a getter or Proxy); `path` says where.
   */
  readonly code: "not-a-report" | "invalid-options" | "too-many-changes" | "search-limit" | "unreadable-input";
  readonly message: string;
  /** For `unreadable-input`: the JSON Pointer of the value that could not be read. */
  readonly path?: string;
}

/**
 * The result of {@link locateErrors}: the team's result shape. On success `data` holds the
 * suggestions, best first (empty when `status` is `"consistent"`); `failing` names the
 * relations that do not hold as printed (when only blanks are involved, those of the first
 * contradiction found: e.g. a column's balance and its outcomes total around a blank （七）总计).
 */
export type LocateResult =
  | {
      readonly success: true;
      readonly data: readonly Suggestion[];
      readonly status: "consistent" | "located";
      readonly failing: readonly SuggestionRelation[];
      readonly maxCells: number;
    }
  | {
      readonly success: false;
      readonly error: LocateError;
      readonly failing: readonly SuggestionRelation[];
      readonly maxCells: number;
    };

const SEARCH_BUDGET = 20_000;

interface Resolved {
  readonly lang: Lang;
  readonly maxCells: number;
  readonly limit: number;
  readonly zero: boolean;
}

function resolve(options: LocateOptions | undefined): Resolved | string {
  if (options === undefined) return { lang: "zh", maxCells: 3, limit: 5, zero: false };
  if (options === null || typeof options !== "object") return "options must be an object";
  const { lang = "zh", maxCells = 3, limit = 5, blanks = "unknown" } = options;
  if (lang !== "zh" && lang !== "en") return `unknown lang ${JSON.stringify(lang)}; use "zh" or "en"`;
  if (!Number.isInteger(maxCells) || maxCells < 1 || maxCells > 6) return `maxCells must be an integer from 1 to 6, got ${JSON.stringify(maxCells)}`;
  if (!Number.isInteger(limit) || limit < 1) return `limit must be a positive integer, got ${JSON.stringify(limit)}`;
  if (blanks !== "unknown" && blanks !== "zero") return `unknown blanks policy ${JSON.stringify(blanks)}; use "unknown" or "zero"`;
  return { lang, maxCells, limit, zero: blanks === "zero" };
}

function formatOf(report: unknown): Format {
  const format = (report as { format?: unknown }).format;
  if (format === "2019" || format === "2021") return format;
  const other = (report as { applications?: { outcomes?: { otherHandling?: unknown } } }).applications?.outcomes?.otherHandling;
  if (other && typeof other === "object" && ("naturalPerson" in other || "total" in other)) return "2019";
  if ((report as { proactive?: { procurement?: unknown } }).proactive?.procurement !== undefined) return "2019";
  return "2021";
}

const number = (value: number) => (Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6))));

function message(changes: readonly SuggestedCell[], fills: readonly SuggestedCell[], relations: number, lang: Lang): string {
  if (lang === "zh") {
    const printed = changes.map((change) => `${change.label.zh} 印为 ${change.printed === null ? "空白" : number(change.printed)}`).join("、");
    const wanted = changes.length === 1 ? `若为 ${number((changes[0] as SuggestedCell).suggested)}` : `若分别为 ${changes.map((change) => number(change.suggested)).join("、")}`;
    const filled = fills.length > 0 ? `（空白的 ${fills.slice(0, 2).map((fill) => `${fill.label.zh} 即为 ${number(fill.suggested)}`).join("、")}）` : "";
    return `可能有误：${printed}，${wanted} 则 ${relations} 条关系成立${filled}`;
  }
  const printed = changes.map((change) => `${change.label.en} printed as ${change.printed === null ? "blank" : number(change.printed)}`).join("; ");
  const wanted =
    changes.length === 1
      ? `if it were ${number((changes[0] as SuggestedCell).suggested)}`
      : `if they were ${changes.map((change) => number(change.suggested)).join(", ")} respectively`;
  const filled = fills.length > 0 ? ` (the blank ${fills.slice(0, 2).map((fill) => `${fill.label.en} would be ${number(fill.suggested)}`).join("; ")})` : "";
  return `Possibly wrong: ${printed}; ${wanted}, ${relations} relation${relations === 1 ? "" : "s"} would hold${filled}`;
}

function relationOf(model: Model, index: number): SuggestionRelation {
  const relation = model.relations[index] as Model["relations"][number];
  return { ruleId: relation.ruleId, label: relation.label };
}

function describe(model: Model, values: Float64Array, blank: (cell: number) => boolean, solution: Solution, lang: Lang): Suggestion & { readonly spread: number } {
  const repaired = Float64Array.from(values);
  solution.cells.forEach((cell, k) => {
    repaired[cell] = solution.values[k] as number;
  });
  for (const [cell, value] of solution.fills) repaired[cell] = value;
  const label = (cell: number): Text => (model.cells[cell] as Model["cells"][number]).label;
  let plausibility = 1;
  let spread = 0;
  const cellOf = (cell: number) => model.cells[cell] as Model["cells"][number];
  const delta = (k: number) => (solution.values[k] as number) - (values[solution.cells[k] as number] as number);
  const changes = solution.cells.map((cell, k): SuggestedCell => {
    const printed = values[cell] as number;
    const suggested = solution.values[k] as number;
    const own = cellOf(cell);
    // A total moved by the same amount as a part in its row or column: one underlying error.
    const follows =
      own.total &&
      solution.cells.some((other, j) => {
        const entry = cellOf(other);
        return j !== k && !entry.total && entry.table === own.table && (entry.row === own.row || entry.col === own.col) && delta(j) === delta(k);
      });
    const kind = follows ? "follows" : classify(model, cell, printed, suggested, repaired);
    plausibility *= KIND_SCORE[kind];
    spread += Math.abs(suggested - printed);
    return { pointer: (model.cells[cell] as Model["cells"][number]).pointer, label: label(cell), printed: blank(cell) ? null : printed, suggested, kind };
  });
  const fills = [...solution.fills.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([cell, value]): SuggestedCell => ({ pointer: (model.cells[cell] as Model["cells"][number]).pointer, label: label(cell), printed: null, suggested: value, kind: "fill" }));
  const touched = [...new Set(solution.cells.flatMap((cell) => model.cellRelations[cell] as readonly number[]))].sort((a, b) => a - b);
  return {
    changes,
    fills,
    relations: touched.map((index) => relationOf(model, index)),
    plausibility: Number(plausibility.toFixed(6)),
    // The message names the blank totals the repair determines; blank parts are in `fills`.
    message: message(
      changes,
      fills.filter((fill) => fill.suggested !== 0 && model.cells[model.cells.findIndex((entry) => entry.pointer === fill.pointer)]?.total),
      touched.length,
      lang,
    ),
    spread,
  };
}

function run(model: Model, values: Float64Array, blank: (cell: number) => boolean, settings: Resolved): LocateResult {
  const result = search(model, values, settings.maxCells, SEARCH_BUDGET);
  const failing = [...new Set(result.failing)].sort((a, b) => a - b).map((index) => relationOf(model, index));
  const { lang, maxCells } = settings;
  if (result.status === "consistent") return { success: true, data: [], status: "consistent", failing: [], maxCells };
  if (result.status !== "located") {
    const count = failing.length;
    const text =
      result.status === "unexplained"
        ? lang === "zh"
          ? `改动不超过 ${maxCells} 格无法使全部关系成立（${count} 条关系不成立）`
          : `no change of at most ${maxCells} cell${maxCells === 1 ? "" : "s"} makes every relation hold (${count} relation${count === 1 ? "" : "s"} fail)`
        : lang === "zh"
          ? `搜索达到工作量上限，未找到不超过 ${maxCells} 格的改动`
          : `the search reached its work limit before finding a change of at most ${maxCells} cells`;
    return { success: false, error: { code: result.status === "unexplained" ? "too-many-changes" : "search-limit", message: text }, failing, maxCells };
  }
  const ranked = result.solutions
    .map((solution) => ({ solution, suggestion: describe(model, values, blank, solution, lang) }))
    .sort(
      (a, b) =>
        b.suggestion.plausibility - a.suggestion.plausibility ||
        a.suggestion.spread - b.suggestion.spread ||
        compareCells(a.solution.cells, b.solution.cells),
    )
    .slice(0, settings.limit)
    .map(({ suggestion }) => {
      const { spread: _spread, ...rest } = suggestion;
      return rest;
    });
  return { success: true, data: ranked, status: "located", failing, maxCells };
}

function compareCells(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

function failure(code: LocateError["code"], zh: string, en: string, lang: Lang, maxCells = 3): LocateResult {
  return { success: false, error: { code, message: lang === "zh" ? zh : en }, failing: [], maxCells };
}

const isObject = (value: unknown): value is object => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Says which printed cells of a report are probably wrong, and what they should be.
 *
 * Returns repair suggestions, best first: each a small set of cells whose change makes
 * every arithmetic relation that reads them hold (t3.balance, t3.outcomes-total,
 * t3.applicant-total, t4.total, and t2.published-within-total in the 2019 format). The
 * first suggestion changes as few printed cells as possible (Fellegi–Holt); ties go to the
 * likelier slip (one digit wrong, two digits swapped, a neighbouring cell's value, a total
 * left blank or copied from another total). A blank cell is an unknown the repair may fill
 * at no cost. Pure and deterministic; never throws: bad input or options give
 * `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { locateErrors } from "zfxxgk";
 * const result = locateErrors(report); // 四、结转下年度继续办理 · 自然人 printed as 80 instead of 8
 * result.success && result.data[0]?.message;
 * //=> "可能有误：四、结转下年度继续办理 · 自然人 印为 80，若为 8 则 2 条关系成立"
 * ```
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/locating-errors.md
 */
export function locateErrors(report: unknown, options?: LocateOptions): LocateResult {
  return guarded(report, (plain) => locatePlain(plain, options), (problem) => unreadableLocate(problem, langOf(options)));
}

function unreadableLocate(problem: Unreadable, lang: Lang): LocateResult {
  const { code, message, path } = unreadableError(problem, lang);
  return { success: false, error: { code, message, path }, failing: [], maxCells: 3 };
}

function locatePlain(report: unknown, options: LocateOptions | undefined): LocateResult {
  const settings = resolve(options);
  if (typeof settings === "string") return failure("invalid-options", `选项无效：${settings}`, `invalid options: ${settings}`, options?.lang === "en" ? "en" : "zh");
  if (!isObject(report) || notAReport(report)) return failure("not-a-report", "输入不是报告对象", "the input is not a report object", settings.lang, settings.maxCells);
  const model = reportModel(formatOf(report));
  const values = readValues(model, [report], [0], false);
  const blanks = Uint8Array.from(values, (value) => (Number.isNaN(value) ? 1 : 0));
  if (settings.zero) for (let i = 0; i < values.length; i += 1) if (blanks[i]) values[i] = 0;
  return run(model, values, (cell) => blanks[cell] === 1, settings);
}

/**
 * {@link locateErrors} over one organ's consecutive years: every report's own relations plus
 * the relations between years (series.carry-over, series.in-force, series.repeal-bound,
 * series.items, series.published-total), so that a wrong 四、结转下年度继续办理 in year Y or a
 * wrong 二、上年结转 in year Y+1 is located. Pointers start with the report's index in
 * `reports`, as in `checkSeries`.
 *
 * @example
 * ```ts
 * import { locateSeriesErrors } from "zfxxgk";
 * locateSeriesErrors([report2020, report2021]).success;
 * //=> true
 * ```
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/locating-errors.md
 */
export function locateSeriesErrors(reports: readonly unknown[], options?: LocateOptions): LocateResult {
  return guarded(reports, (plain) => locateSeriesPlain(plain as readonly unknown[], options), (problem) => unreadableLocate(problem, langOf(options)), true);
}

function locateSeriesPlain(reports: readonly unknown[], options: LocateOptions | undefined): LocateResult {
  const settings = resolve(options);
  if (typeof settings === "string") return failure("invalid-options", `选项无效：${settings}`, `invalid options: ${settings}`, options?.lang === "en" ? "en" : "zh");
  const { lang } = settings;
  if (!Array.isArray(reports)) return failure("not-a-report", "输入应为报告数组", "expected an array of reports", lang, settings.maxCells);
  const years: { format: Format; year: number; index: number; report: object }[] = [];
  for (const [index, report] of reports.entries()) {
    const year = isObject(report) ? (report as { year?: unknown }).year : undefined;
    if (!isObject(report) || typeof year !== "number" || !Number.isInteger(year))
      return failure("not-a-report", `第 ${index} 项不是带有效年度的报告`, `item ${index} is not a report with a valid year`, lang, settings.maxCells);
    if (years.some((entry) => entry.year === year)) return failure("not-a-report", `${year} 年有不止一份报告`, `more than one report for ${year}`, lang, settings.maxCells);
    years.push({ format: formatOf(report), year, index, report });
  }
  years.sort((a, b) => a.year - b.year);
  const { model, offsets } = seriesModel(years);
  const values = readValues(
    model,
    years.map((entry) => entry.report),
    offsets,
    false,
  );
  const blanks = Uint8Array.from(values, (value) => (Number.isNaN(value) ? 1 : 0));
  if (settings.zero) for (let i = 0; i < values.length; i += 1) if (blanks[i]) values[i] = 0;
  return run(model, values, (cell) => blanks[cell] === 1, settings);
}
