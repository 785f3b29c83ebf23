/**
 * The ids of every rule, as a literal list: `RuleId` is a union, so a typo in
 * `check(report, { rules: { "t3.balanse": "off" } })` or `breakRule(report, "t3.balanse")`
 * is a compile error. A test keeps the list equal to the catalogue.
 */

/**
 * Every rule id, in catalogue order.
 *
 * @example
 * ```ts
 * import { RULE_IDS } from "zfxxgk";
 * RULE_IDS.includes("t3.balance");
 * //=> true
 * ```
 */
export const RULE_IDS = [
  "t3.balance",
  "t3.outcomes-total",
  "t3.applicant-total",
  "t4.total",
  "t2.published-within-total",
  "meta.format-year",
  "text.fees-statement",
  "text.overview-length",
  "text.received",
  "text.carried-over",
  "text.completed",
  "text.outcomes",
  "text.carried-forward",
  "text.review",
  "text.litigation",
  "text.documents",
  "text.fees-charged",
  "text.sections-present",
  "series.carry-over",
  "series.in-force",
  "series.repeal-bound",
  "series.items",
  "series.published-total",
  "series.input",
  "report.input",
] as const;

/** The stable id of a rule, e.g. `"t3.balance"`. */
export type RuleId = (typeof RULE_IDS)[number];

/**
 * Whether a value is a rule id.
 *
 * @example
 * ```ts
 * isRuleId("t3.balanse");
 * //=> false
 * ```
 */
export function isRuleId(value: unknown): value is RuleId {
  return typeof value === "string" && (RULE_IDS as readonly string[]).includes(value);
}
