import { PROSE_RULES } from "./prose-rules.js";
import { REPORT_RULES } from "./report-rules.js";
import { reportInput } from "./report-input.js";
import { RULE_DOCS } from "./docs/index.js";
import { infoOf, type Rule } from "./rule.js";
import { seriesInput } from "./series-input.js";
import { SERIES_RULES } from "./series-rules.js";
import type { RuleDocs, RuleInfo } from "./types.js";
import type { RuleId } from "./rule-id.js";

export { isRuleId, RULE_IDS, type RuleId } from "./rule-id.js";

/**
 * The rule catalogue, as data: every rule's id, severity, formats, relation in
 * printed labels, rationale, cells, message template and blank handling, plus
 * its pure function. `rules.json` in the package is the same without functions.
 *
 * @example
 * ```ts
 * import { rules } from "zfxxgk";
 * rules.map((rule) => rule.id).slice(0, 3);
 * //=> ["t3.balance", "t3.outcomes-total", "t3.applicant-total"]
 * ```
 */
export const rules: readonly Rule[] = [
  ...REPORT_RULES.map(documented),
  ...PROSE_RULES.map(documented),
  ...SERIES_RULES.map(documented),
  documented(seriesInput),
  documented(reportInput),
];

/** A runnable rule joined with its documentation (kept apart so that `import { check }` carries none). */
function documented<Runnable extends { readonly id: RuleId }>(rule: Runnable): Runnable & RuleDocs {
  return { ...rule, ...RULE_DOCS[rule.id] };
}

// RULE_IDS (rule-id.ts) is the literal list behind `RuleId`; test/api keeps it equal to this catalogue, in order.

/**
 * The catalogue without functions, ready for `JSON.stringify`.
 *
 * @example
 * ```ts
 * ruleCatalogue()[0];
 * //=> { id: "t3.balance", severity: "error", scope: "report", formats: ["2019", "2021"], … }
 * ```
 */
export function ruleCatalogue(): RuleInfo[] {
  return rules.map(infoOf);
}
