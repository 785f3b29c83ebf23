import type { RuleId } from "../rule-id.js";
import type { RuleDocs } from "../types.js";
import { PROSE_RULE_DOCS } from "./prose.js";
import { REPORT_RULE_DOCS } from "./report.js";
import { SERIES_RULE_DOCS } from "./series.js";

/** Every rule's documentation, by id; the type makes a rule without documentation a compile error. */
export const RULE_DOCS: { readonly [Id in RuleId]: RuleDocs } = { ...REPORT_RULE_DOCS, ...PROSE_RULE_DOCS, ...SERIES_RULE_DOCS };
