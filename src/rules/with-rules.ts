import * as z from "zod";
import { suggestForReport } from "../locate/attach.js";
import type { LocateOptions } from "../locate/locate-errors.js";
import { type ParseResult, parseReport, type ReportIssue } from "../schema/parse.js";
import { fromPointer } from "../schema/pointer.js";
import type { AnyReport, LenientReport, Report } from "../schema/report.js";
import { check } from "./check.js";
import type { CheckOptions, Finding, Severity } from "./types.js";

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Options of {@link validateReport} and {@link withRules}. */
export interface ValidateOptions extends CheckOptions {
  /** Accept blank (`null`) cells, as published. Default `true`. */
  readonly lenient?: boolean;
  /** The lowest severity that makes validation fail. Default `"error"`. */
  readonly failOn?: Severity;
  /**
   * Attach repair suggestions (`locateErrors`) to each failing arithmetic finding:
   * `true`, or locate options (`maxCells`, `limit`, `blanks`). Default off. (`check` itself
   * stays light and never locates; call `locateErrors` beside it.)
   */
  readonly suggest?: boolean | LocateOptions;
}

/** The result of {@link validateReport}. */
export interface Validation<Data> {
  /** No structural issue and no finding at or above `failOn`. */
  readonly success: boolean;
  /** The parsed report when the structure is valid. */
  readonly data?: Data;
  /** Structural problems (schema), located and labelled. */
  readonly issues: readonly ReportIssue[];
  /** Rule findings, produced even when other parts of the report are malformed. */
  readonly findings: readonly Finding[];
}

function failing(findings: readonly Finding[], failOn: Severity): Finding[] {
  return findings.filter((finding) => finding.assessable !== false && RANK[finding.severity] >= RANK[failOn]);
}

/**
 * Parses a report and runs every rule in one call, never throwing on data.
 * Rule findings are produced even when parts of the report are malformed,
 * as long as the cells a rule reads are numbers.
 *
 * @example
 * ```ts
 * import { validateReport } from "zfxxgk";
 * const result = validateReport(json, { lang: "en" });
 * result.success;
 * //=> false
 * result.findings[0]?.ruleId;
 * //=> "t3.balance"
 * ```
 */
export function validateReport(input: unknown, options: ValidateOptions = {}): Validation<AnyReport> {
  const { lenient = true, failOn = "error", suggest = false, ...checkOptions } = options;
  const checked = check(input, checkOptions);
  const findings = suggest ? suggestForReport(input, checked, checkOptions.lang ?? "zh", suggest) : checked;
  const parsed: ParseResult<Report | LenientReport> = parseReport(input, {
    lenient,
    ...(checkOptions.lang ? { lang: checkOptions.lang } : {}),
  });
  const success = parsed.success && failing(findings, failOn).length === 0;
  return { success, ...(parsed.success ? { data: parsed.data } : {}), issues: parsed.issues, findings };
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
export function withRules(options: ValidateOptions = {}): z.ZodType<AnyReport, unknown> {
  return z.unknown().transform((input, context) => {
    const result = validateReport(input, options);
    for (const issue of result.issues) {
      context.issues.push({ code: "custom", input, path: fromPointer(issue.path), message: issue.message, params: { zodCode: issue.code } });
    }
    for (const finding of failing(result.findings, options.failOn ?? "error")) {
      context.issues.push({
        code: "custom",
        input,
        path: fromPointer(finding.paths[0] ?? ""),
        message: finding.message,
        params: { ...finding },
      });
    }
    return (result.data ?? z.NEVER) as AnyReport;
  });
}
