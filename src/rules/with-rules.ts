import * as z from "zod";
import { suggestForReport } from "../locate/attach.js";
import type { LocateOptions } from "../locate/locate-errors.js";
import { flag, oneOf, optionsObject, SEVERITIES } from "../options.js";
import type { Result, ResultError } from "../result.js";
import { type ParseErrorCode, type ParseResult, parseReport, type ReportIssue } from "../schema/parse.js";
import { fromPointer } from "../schema/pointer.js";
import type { AnyReport, LenientReport, Report } from "../schema/report.js";
import type { Lang } from "../schema/registry.js";
import { check, resolveCheckOptions } from "./check.js";
import { guarded, langOf, type Unreadable, unreadableError, unreadableFinding } from "../safe.js";
import type { CheckOptions, Finding, Severity } from "./types.js";

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Options of {@link validateReport} and {@link withRules}: those of `check`, plus
 * `lenient` and `failOn`. An invalid option (`failOn: "bogus"`) is a programmer
 * error: a `TypeError` naming the option and its allowed values.
 */
export interface ValidateOptions extends CheckOptions {
  /** Accept blank (`null`) cells, as published. Default `true`. */
  readonly lenient?: boolean;
  /** The lowest severity that makes validation fail: `"error"` (default), `"warning"` or `"info"`. */
  readonly failOn?: Severity;
  /**
   * Attach repair suggestions (`locateErrors`) to each failing arithmetic finding:
   * `true`, or locate options (`maxCells`, `limit`, `blanks`). Default off. (`check` itself
   * stays light and never locates; call `locateErrors` beside it.)
   */
  readonly suggest?: boolean | LocateOptions;
}

/** Why {@link validateReport} failed: the input is no report, its structure is wrong, or a rule failed at or above `failOn`. */
export type ValidationErrorCode = ParseErrorCode | "rules-failed";

/** The error of a failed {@link validateReport}. */
export interface ValidationError extends ResultError<ValidationErrorCode> {
  /** Structural problems (schema), located and labelled; empty when only rules failed. */
  readonly issues: readonly ReportIssue[];
  /** The findings at or above `failOn` that made validation fail (assessable ones only). */
  readonly failing: readonly Finding[];
  /** For `unreadable-input`: the JSON Pointer of the value that could not be read (a getter or Proxy threw). */
  readonly path?: string;
}

/**
 * The result of {@link validateReport}, never thrown. `findings` (every rule
 * finding, produced even when other parts of the report are malformed) is
 * present on both sides.
 */
export type Validation<Data> = Result<Data, ValidationError, { readonly findings: readonly Finding[] }>;

function failing(findings: readonly Finding[], failOn: Severity): Finding[] {
  return findings.filter((finding) => finding.assessable !== false && RANK[finding.severity] >= RANK[failOn]);
}

function settings(where: string, options: ValidateOptions | undefined) {
  const given = optionsObject(where, options);
  const { lenient, failOn, suggest, ...checkOptions } = given;
  resolveCheckOptions(where, checkOptions);
  if (suggest !== undefined && typeof suggest !== "boolean" && (typeof suggest !== "object" || suggest === null)) {
    throw new TypeError(`zfxxgk: ${where}: option "suggest" must be true, false or locateErrors options; got ${String(suggest)}`);
  }
  return {
    lenient: flag(where, "lenient", lenient, true),
    failOn: oneOf(where, "failOn", failOn, SEVERITIES, "error"),
    suggest: (suggest ?? false) as boolean | LocateOptions,
    checkOptions: checkOptions as CheckOptions,
  };
}

function rulesFailed(failed: readonly Finding[], lang: Lang): ValidationError {
  const first = failed[0] as Finding;
  const more = failed.length > 1 ? (lang === "zh" ? `（另有 ${failed.length - 1} 项）` : ` (and ${failed.length - 1} more)`) : "";
  return {
    code: "rules-failed",
    message: `${lang === "zh" ? "规则未通过" : "A rule failed"}${lang === "zh" ? "：" : ": "}[${first.ruleId}] ${first.message}${more}`,
    issues: [],
    failing: failed,
  };
}

/**
 * Parses a report and runs every rule in one call, never throwing on data.
 * Rule findings are produced even when parts of the report are malformed,
 * as long as the cells a rule reads are numbers. Only invalid options throw.
 *
 * @example
 * ```ts
 * import { validateReport } from "zfxxgk";
 * const result = validateReport(seed003, { lang: "en" });
 * result.success ? result.data.year : result.error.code;
 * //=> "rules-failed"
 * result.findings[0]?.ruleId;
 * //=> "t3.balance"
 * ```
 */
export function validateReport(input: unknown, options?: ValidateOptions): Validation<AnyReport> {
  return guarded(input, (plain) => validatePlain(plain, options), (problem) => unreadableValidation(problem, langOf(options)));
}

function unreadableValidation(problem: Unreadable, lang: Lang): Validation<AnyReport> {
  return { success: false, error: { ...unreadableError(problem, lang), failing: [] }, findings: [unreadableFinding("report.input", problem, lang)] };
}

function validatePlain(input: unknown, options: ValidateOptions | undefined): Validation<AnyReport> {
  const { lenient, failOn, suggest, checkOptions } = settings("validateReport", options);
  const lang = checkOptions.lang ?? "zh";
  const checked = check(input, checkOptions);
  const findings = suggest ? suggestForReport(input, checked, lang, suggest) : checked;
  const parsed: ParseResult<Report | LenientReport> = parseReport(input, { lenient, lang });
  const failed = failing(findings, failOn);
  // Input that is no report at all fails once, by parseReport's issue (report.input says the same).
  if (!parsed.success) return { success: false, error: { ...parsed.error, failing: parsed.error.code === "not-a-report" ? [] : failed }, findings };
  if (failed.length > 0) return { success: false, error: rulesFailed(failed, lang), findings };
  return { success: true, data: parsed.data, findings };
}

/**
 * A zod schema that parses a report and adds every failing rule finding as a
 * `custom` issue, so one `safeParse` reports structure and arithmetic together.
 * Each rule issue's `params` carries the finding (`ruleId`, `severity`, `paths`, …).
 *
 * @example
 * ```ts
 * import { withRules } from "zfxxgk";
 * const ReportChecked = withRules({ failOn: "warning" });
 * const result = ReportChecked.safeParse(json);
 * result.error?.issues.map((issue) => issue.params?.ruleId ?? issue.code);
 * //=> ["t3.balance"]
 * ```
 */
export function withRules(options?: ValidateOptions): z.ZodType<AnyReport, unknown> {
  settings("withRules", options);
  return z.unknown().transform((input, context) => {
    const result = validateReport(input, options);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      context.issues.push({ code: "custom", input, path: fromPointer(issue.path), message: issue.message, params: { zodCode: issue.code } });
    }
    for (const finding of result.error.failing) {
      context.issues.push({
        code: "custom",
        input,
        path: fromPointer(finding.paths[0] ?? ""),
        message: finding.message,
        params: { ...finding },
      });
    }
    return z.NEVER;
  });
}
