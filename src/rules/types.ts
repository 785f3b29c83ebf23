import type { Bilingual } from "../layout/labels.js";
import type { Format } from "../schema/report.js";
import type { Lang } from "../schema/registry.js";
import type { Suggestion } from "../locate/locate-errors.js";
import type { RuleId } from "./rule-id.js";

/** How serious a finding is. */
export type Severity = "error" | "warning" | "info";

/** A text in Chinese and English (the one bilingual type, from the layout module). */
export type { Bilingual } from "../layout/labels.js";

/**
 * One failed or unassessable check.
 *
 * @example
 * ```ts
 * const finding: Finding = {
 *   ruleId: "t4.total",
 *   severity: "error",
 *   paths: ["/reviewAndLitigation/review/upheld", "/reviewAndLitigation/review/total"],
 *   message: "四、政府信息公开行政复议、行政诉讼情况（行政复议）：总计 5，应等于 …",
 *   expected: 4,
 *   actual: 5,
 * };
 * ```
 */
export interface Finding {
  /** The rule's stable id, e.g. `t3.balance`. */
  readonly ruleId: RuleId;
  /** The rule's severity (after any override); `info` when not assessable. */
  readonly severity: Severity;
  /** JSON Pointers of every cell in the relation, both sides. For series rules the pointers start with the report's index in the input array. */
  readonly paths: readonly string[];
  /** The message, naming the printed labels and showing the arithmetic. */
  readonly message: string;
  /** What the relation says the value should be (a bound when cells are blank). */
  readonly expected?: number;
  /** The value the report prints (a bound when cells are blank). */
  readonly actual?: number;
  /** Present (false) when a needed cell was blank and the rule could not decide. */
  readonly assessable?: false;
  /** The prose a `text.*` finding is about. */
  readonly evidence?: Evidence;
  /**
   * With `validateReport(json, { suggest: true })`: the repair suggestions of `locateErrors` that change one of
   * this finding's cells, best first (`[]` when no small change explains the failures).
   */
  readonly suggestions?: readonly Suggestion[];
}

/**
 * Where in a prose section a finding's text is: the section key of `text`, the sentence's
 * offsets in that section (UTF-16 code units, end exclusive) and the sentence itself.
 *
 * @example
 * ```ts
 * const evidence: Evidence = { section: "overview", start: 12, end: 40, quote: "全年共收到政府信息公开申请126件。" };
 * ```
 */
export interface Evidence {
  readonly section: "overview" | "problems" | "other";
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** How rules read blank (`null`) cells. */
export type BlankPolicy = "unknown" | "zero";

/** Whether a rule reads one report or consecutive years of one organ. */
export type RuleScope = "report" | "series";

/** Where a rule's relation comes from. */
export type RuleSource = "official" | "implied" | "checked-by-tools" | "observed";

/** The data part of a rule: everything but the function. Serialisable as JSON. */
export interface RuleInfo {
  /** Stable id, e.g. `t3.balance`. */
  readonly id: RuleId;
  /** Default severity. */
  readonly severity: Severity;
  /** One report, or consecutive years of one organ. */
  readonly scope: RuleScope;
  /** Formats the rule applies to (for series rules: of the later year, or both). */
  readonly formats: readonly Format[];
  /** Short title. */
  readonly title: Bilingual;
  /** The relation in printed labels. */
  readonly relation: Bilingual;
  /** Why the relation holds, citing the official text or the arithmetic. */
  readonly rationale: Bilingual;
  /** Provenance of the relation. */
  readonly source: RuleSource;
  /** The cells the rule reads, as JSON Pointer patterns (`{row}`, `{column}` placeholders). */
  readonly cells: readonly string[];
  /** Message template for a failed check; placeholders in braces. */
  readonly message: Bilingual;
  /** What the rule does with blank cells. */
  readonly blanks: Bilingual;
  /** Allowed difference (0 for exact arithmetic), where one applies. */
  readonly tolerance?: number;
}

/** The fields of a rule record that document it (`rules`, `rules.json`) and that the engine never reads. */
export type RuleDocKey = "title" | "relation" | "rationale" | "source" | "cells" | "blanks";

/**
 * A rule's documentation. It is kept apart from the code that runs the rule (src/rules/docs), so
 * that `import { check }` carries none of it; `rules` joins the two.
 */
export type RuleDocs = Pick<RuleInfo, RuleDocKey>;

/** Options of {@link check} and {@link checkSeries}. */
export interface CheckOptions {
  /** Message language. Default `"zh"`. */
  readonly lang?: Lang;
  /**
   * `"unknown"` (default): a blank cell is unknown; a blank printed total is derived from
   * its parts where possible. `"zero"`: every blank cell, blank totals included, is read as 0 by every
   * rule (nothing is derived) and each affected finding says so.
   */
  readonly blanks?: BlankPolicy;
  /**
   * Per-rule control by id: `"off"` disables a rule, a severity overrides it.
   * An unknown id (a programmer error) throws a `TypeError` naming the known ids.
   */
  readonly rules?: { readonly [Id in RuleId]?: Severity | "off" };
}
