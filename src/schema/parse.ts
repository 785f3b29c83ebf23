import type * as z from "zod";
import { describeCell } from "./describe.js";
import { FORMATS, flag, count, LANGS, oneOf, optionsObject } from "../options.js";
import type { Result, ResultError } from "../result.js";
import { type FailedCell, fastParse } from "./fast.js";
import { notAReport } from "./input.js";
import { type IssueLike, renderIssue } from "./messages.js";
import { toPointer } from "./pointer.js";
import { guarded, langOf, unreadableError } from "../safe.js";
import { cellLabel, type Lang } from "./registry.js";
import {
  type Format,
  LenientReport,
  LenientReport2019,
  LenientReport2021,
  Report,
  Report2019,
  Report2021,
} from "./report.js";

/** One problem found while parsing a report, located by JSON Pointer and printed label. */
export interface ReportIssue {
  /** The zod issue code (`invalid_type`, `too_small`, `unrecognized_keys`, …), or `not-a-report` / `too_many_issues`. */
  readonly code: string;
  /** JSON Pointer of the offending value, e.g. `/applications/received/naturalPerson`. */
  readonly path: string;
  /** The printed label of the cell or row, when the path is part of the format. */
  readonly label?: string;
  /** A message naming the printed label, in the requested language. */
  readonly message: string;
}

/**
 * Options of {@link parseReport}. An invalid option (`lang: "fr"`, `format: "2020"`,
 * `maxIssues: NaN`) is a programmer error: a `TypeError` naming the option and its allowed values.
 */
export interface ParseOptions {
  /** Accept `null` in cells (reports as published). Default `false`. */
  readonly lenient?: boolean;
  /** Require this format (`"2019"` or `"2021"`) instead of reading `format` from the input. */
  readonly format?: Format;
  /** Language of messages: `"zh"` (default) or `"en"`. */
  readonly lang?: Lang;
  /** At most this many issues are returned (a whole number ≥ 1 or `Infinity`; default 100); the last one says how many were left out. */
  readonly maxIssues?: number;
}

/** Why {@link parseReport} failed: the input is no report at all, or a report the schema rejects. */
export type ParseErrorCode = "not-a-report" | "invalid-report" | "unreadable-input";

/** The error of a failed {@link parseReport}: a code, a summary message and every issue. */
export interface ParseError extends ResultError<ParseErrorCode> {
  /** The problems, located by JSON Pointer and printed label (at least one). */
  readonly issues: readonly ReportIssue[];
  /** For `unreadable-input`: the JSON Pointer of the value that could not be read (a getter or Proxy threw). */
  readonly path?: string;
}

/**
 * The result of {@link parseReport}, never thrown: `{ success: true, data }` or
 * `{ success: false, error: { code, message, issues } }`.
 */
export type ParseResult<Data> = Result<Data, ParseError>;

const PARSE_ERROR_SUMMARY: Record<ParseErrorCode, Record<Lang, string>> = {
  "not-a-report": { zh: "输入不是报告", en: "The input is not a report" },
  "invalid-report": { zh: "报告结构有误", en: "The report is not valid" },
  "unreadable-input": { zh: "输入无法读取", en: "The input cannot be read" },
};

/** Builds the error of a failed parse: the message is the first issue, plus how many more there are. */
export function parseError(code: ParseErrorCode, issues: readonly ReportIssue[], lang: Lang): ParseError {
  const first = issues[0];
  const summary = PARSE_ERROR_SUMMARY[code][lang];
  if (!first) return { code, message: summary, issues };
  if (code === "not-a-report") return { code, message: first.message, issues };
  const more = issues.length > 1 ? (lang === "zh" ? `（另有 ${issues.length - 1} 个问题）` : ` (and ${issues.length - 1} more)`) : "";
  return { code, message: `${summary}${lang === "zh" ? "：" : ": "}${first.message}${more}`, issues };
}

const FORMAT_HINT_2019_KEYS = ["otherServices", "procurement"];
const FORMAT_HINT_2021_KEYS = ["issued", "repealed", "inForce", "amountWanYuan"];

function formatOf(input: unknown, forced: Format | undefined): Format | undefined {
  if (forced) return forced;
  if (input && typeof input === "object" && "format" in input) {
    const format = (input as { format?: unknown }).format;
    if (format === "2019" || format === "2021") return format;
  }
  return undefined;
}

function locate(format: Format | undefined, path: readonly PropertyKey[], lang: Lang) {
  const segments = path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
  const meta = format ? describeCell(format, segments) : undefined;
  return { pointer: toPointer(segments), meta, label: meta ? cellLabel(meta.cell, lang) : undefined };
}

function hint(format: Format | undefined, issue: z.core.$ZodIssue, lang: Lang): string {
  if (issue.code !== "unrecognized_keys" || !format) return "";
  const keys = issue.keys;
  const looksOther =
    format === "2021"
      ? keys.some((key) => FORMAT_HINT_2019_KEYS.includes(key) || ["made", "published", "totalPublished", "itemsLastYear", "itemsChange"].includes(key))
      : keys.some((key) => FORMAT_HINT_2021_KEYS.includes(key));
  if (!looksOther) return "";
  const other = format === "2021" ? "2019" : "2021";
  return lang === "zh"
    ? `（这些键属于 ${other} 格式：format 是否填错，或应先用 migrate() 转换？）`
    : ` (these keys belong to the ${other} format: is "format" wrong, or should the report be migrated first?)`;
}

/**
 * Parses a report of either format without throwing, returning located,
 * labelled issues in Chinese (default) or English.
 *
 * Unknown keys are rejected with their path (so that no data is dropped
 * silently); `__proto__` keys are unknown keys like any other. Input that is
 * not a report at all (not an object, or an object with none of a report's
 * keys) fails with code `"not-a-report"`; anything else the schema rejects
 * with `"invalid-report"`. Only invalid options throw (a `TypeError`).
 *
 * @example
 * ```ts
 * import { parseReport } from "zfxxgk";
 * const result = parseReport(withNegativeCell, { lenient: true, lang: "en" });
 * if (!result.success) for (const issue of result.error.issues) console.log(issue.path, issue.message);
 * //=> /applications/received/naturalPerson 1. New applications received this year — natural persons: must not be negative, got -1
 * ```
 */
export function parseReport(input: unknown, options: ParseOptions & { lenient: true }): ParseResult<LenientReport>;
export function parseReport(input: unknown, options?: ParseOptions & { lenient?: false }): ParseResult<Report>;
export function parseReport(input: unknown, options?: ParseOptions): ParseResult<Report | LenientReport>;
export function parseReport(input: unknown, options?: ParseOptions): ParseResult<Report | LenientReport> {
  return guarded(input, (plain) => parsePlain(plain, options), (problem) => ({ success: false, error: unreadableError(problem, langOf(options)) }));
}

function parsePlain(input: unknown, options: ParseOptions | undefined): ParseResult<Report | LenientReport> {
  const { lang, lenient, forced, max } = parseOptions(options);
  const problem = notAReport(input);
  if (problem) return { success: false, error: parseError("not-a-report", [{ code: "not-a-report", path: "", message: problem[lang] }], lang) };
  // Well-formed reports take a fast path compiled from the cell table; zod decides everything else.
  const failed: FailedCell[] = [];
  const fast = fastParse(input, forced, lenient, failed);
  if (fast !== undefined) return { success: true, data: fast as Report | LenientReport };
  const context: IssueContext = { input, format: formatOf(input, forced), lang, lenient };
  // Only number cells are wrong: each cell's own schema words its issues (zod need not walk the report).
  const cells = failed.length > 0 && context.format !== undefined && shortcuts.cellIssues ? cellIssues(failed, context.format, lenient) : undefined;
  if (cells) return { success: false, error: parseError("invalid-report", located(cells, context, max), lang) };
  const result = (schemaFor(forced, lenient) as z.ZodType).safeParse(input, ZOD_CONTEXT);
  if (result.success) return { success: true, data: result.data as Report | LenientReport };
  return { success: false, error: parseError("invalid-report", located(result.error.issues, context, max), lang) };
}

/**
 * Switches for the identity tests, which compare each shortcut with zod parsing the whole
 * report (test/schema/cell-issues.test.ts). Always on in use.
 */
export const shortcuts = { cellIssues: true };

/** A cell's schema: the format's schema walked along the cell's keys (every node on the way is a strict object). */
function cellSchema(format: Format, lenient: boolean, path: readonly string[]): z.ZodType | undefined {
  let schema: unknown = schemaFor(format, lenient);
  for (const key of path) {
    const shape = (schema as { shape?: Record<string, unknown> }).shape;
    if (shape === undefined || !Object.hasOwn(shape, key)) return undefined;
    schema = shape[key];
  }
  return schema as z.ZodType;
}

/**
 * The issues of a cell's value, by kind, mode and value: every cell of a kind has the same
 * schema (built by one factory in cells.ts), and a report's wrong values repeat (-1, "", "—"),
 * so each distinct value is worded by zod once. Only primitive values are kept, at most
 * {@link MAX_CACHED} of them (then the store starts again).
 */
const cellIssueCache = new Map<string, readonly z.core.$ZodIssue[]>();
const MAX_CACHED = 1000;

/** The cache key of a primitive value (`-0` apart from `0`; long strings are not kept). */
function valueKey(value: unknown): string | undefined {
  switch (typeof value) {
    case "number":
      return Object.is(value, -0) ? "n-0" : `n${value}`;
    case "string":
      return value.length <= 64 ? `s${value}` : undefined;
    case "boolean":
    case "bigint":
      return `${typeof value}${String(value)}`;
    case "undefined":
      return "u";
    default:
      return value === null ? "null" : undefined;
  }
}

/**
 * The zod issues of cells a well-formed report holds wrong values in, with their paths from the
 * report root, in the schema's order: exactly the issues zod parsing the whole report gives
 * (proved by test/schema/cell-issues.test.ts). `undefined` when a cell's schema cannot be
 * found or words an issue zfxxgk does not render itself: then zod parses the whole report.
 */
function cellIssues(failed: readonly FailedCell[], format: Format, lenient: boolean): z.core.$ZodIssue[] | undefined {
  const issues: z.core.$ZodIssue[] = [];
  for (const cell of failed) {
    const value = valueKey(cell.value);
    const key = value === undefined ? undefined : `${cell.kind}|${lenient ? "l" : "s"}|${value}`;
    let own = key === undefined ? undefined : cellIssueCache.get(key);
    if (own === undefined) {
      const schema = cellSchema(format, lenient, cell.path);
      const result = schema?.safeParse(cell.value, ZOD_CONTEXT);
      if (result === undefined || result.success || !result.error.issues.every((issue) => RENDERED_HERE.has(issue.code))) return undefined;
      own = result.error.issues;
      if (key !== undefined) {
        if (cellIssueCache.size >= MAX_CACHED) cellIssueCache.clear();
        cellIssueCache.set(key, own);
      }
    }
    for (const issue of own) issues.push({ ...issue, path: [...cell.path, ...issue.path] } as z.core.$ZodIssue);
  }
  return issues;
}

function parseOptions(options: ParseOptions | undefined) {
  const given = optionsObject("parseReport", options);
  return {
    lang: oneOf("parseReport", "lang", given.lang, LANGS, "zh"),
    lenient: flag("parseReport", "lenient", given.lenient, false),
    forced: oneOf("parseReport", "format", given.format, FORMATS),
    max: count("parseReport", "maxIssues", given.maxIssues, 1, 100),
  };
}

function schemaFor(forced: Format | undefined, lenient: boolean) {
  if (forced === "2019") return lenient ? LenientReport2019 : Report2019;
  if (forced === "2021") return lenient ? LenientReport2021 : Report2021;
  return lenient ? LenientReport : Report;
}

/** The codes {@link renderIssue} words itself: zod need not render its own message for them. */
const RENDERED_HERE: ReadonlySet<string> = new Set(["invalid_type", "too_small", "too_big", "unrecognized_keys", "invalid_value", "invalid_union", "invalid_format"]);

/**
 * zod's parse context: `reportInput` puts the offending value on each issue (messages show it);
 * `error` gives the issues zfxxgk words itself an empty zod message, so each message is rendered
 * once, not by zod's locale first and then again here. Other codes keep zod's message.
 */
const ZOD_CONTEXT = { reportInput: true, error: (issue: { code?: string }) => (RENDERED_HERE.has(issue.code ?? "") ? "" : undefined) } as const;

interface IssueContext {
  readonly input: unknown;
  readonly format: Format | undefined;
  readonly lang: Lang;
  readonly lenient: boolean;
}

/**
 * One issue per unknown key, each with its own path, labelled by its parent; only the first
 * `take` keys are worded (an object may have up to 10,000 unknown keys, and `maxIssues` of them
 * are returned), the rest are counted by the caller.
 */
function unknownKeyIssues(issue: z.core.$ZodIssueUnrecognizedKeys, { format, lang, lenient }: IssueContext, take: number): ReportIssue[] {
  const keys = issue.keys.slice(0, take);
  if (keys.length === 0) return [];
  const extra = hint(format, issue, lang);
  const parent = locate(format, issue.path, lang);
  return keys.map((key, index) => ({
    code: issue.code,
    path: locate(format, [...issue.path, key], lang).pointer,
    ...(parent.label ? { label: parent.label } : {}),
    message: renderIssue({ code: issue.code, keys: [key] }, parent.meta?.cell, lang, !lenient) + (index === 0 ? extra : ""),
  }));
}

const FORMAT_CELL = { rows: [{ zh: "报告格式 format", en: "report format" }], kind: "format" as const };

/** An issue of one cell (or node), located and labelled; the discriminator `format` has its own label. */
function cellIssue(issue: z.core.$ZodIssue, { input, format, lang, lenient }: IssueContext): ReportIssue {
  const isFormat = issue.path.length === 1 && issue.path[0] === "format";
  const at = locate(issue.path[0] === "format" ? undefined : format, issue.path, lang);
  const cell = isFormat ? FORMAT_CELL : at.meta?.cell;
  // The discriminator has no format to look its label up in; label it like its message does.
  const label = at.label ?? (cell && at.pointer === "/format" ? cellLabel(cell, lang) : undefined);
  const shown = isFormat && input && typeof input === "object" ? { ...(issue as IssueLike), input: (input as { format?: unknown }).format } : (issue as IssueLike);
  return { code: issue.code, path: at.pointer, ...(label ? { label } : {}), message: renderIssue(shown, cell, lang, !lenient) };
}

/** The first `max` issues, located and worded (the rest only counted, never worded); the last one says how many were left out. */
function located(issues: readonly z.core.$ZodIssue[], context: IssueContext, max: number): ReportIssue[] {
  const out: ReportIssue[] = [];
  let left = 0;
  for (const issue of issues) {
    const room = max - out.length;
    if (issue.code === "unrecognized_keys") {
      const rendered = unknownKeyIssues(issue, context, room);
      out.push(...rendered);
      left += issue.keys.length - rendered.length;
    } else if (room > 0) out.push(cellIssue(issue, context));
    else left += 1;
  }
  if (left === 0) return out;
  const { lang } = context;
  out.push({ code: "too_many_issues", path: "", message: lang === "zh" ? `另有 ${left} 个问题未列出` : `${left} more issues not listed` });
  return out;
}
