import type { Lang } from "../schema/registry.js";
import type { Format } from "../schema/report.js";
import type { Reader } from "./reader.js";
import type { BlankPolicy, Finding, RuleInfo, Severity } from "./types.js";

/** What a single-report rule receives. */
export interface ReportContext {
  /** The report as given (possibly malformed: read it through `reader`). */
  readonly report: unknown;
  readonly format: Format;
  readonly reader: Reader;
  readonly lang: Lang;
  /** The effective severity of the rule. */
  readonly severity: Severity;
  readonly blanks: BlankPolicy;
}

/** One report of a series, as a series rule sees it. */
export interface SeriesEntry {
  readonly report: unknown;
  readonly format: Format;
  readonly year: number;
  /** Index in the caller's input array (the prefix of its pointers). */
  readonly index: number;
  readonly reader: Reader;
}

/** What a series rule receives: two consecutive years of one organ. */
export interface SeriesContext {
  readonly previous: SeriesEntry;
  readonly current: SeriesEntry;
  readonly lang: Lang;
  readonly severity: Severity;
  readonly blanks: BlankPolicy;
}

/** A rule that checks one report. */
export interface ReportRule extends RuleInfo {
  readonly scope: "report";
  /** Pure: returns the findings for one report. */
  readonly run: (context: ReportContext) => Finding[];
}

/** A rule that checks consecutive years of one organ. */
export interface SeriesRule extends RuleInfo {
  readonly scope: "series";
  /** Pure: returns the findings for one pair of consecutive years. */
  readonly run: (context: SeriesContext) => Finding[];
}

/** A rule of the catalogue: its record plus a pure function. */
export type Rule = ReportRule | SeriesRule;
