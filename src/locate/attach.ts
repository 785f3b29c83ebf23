// The bridge from check/checkSeries to locateErrors: suggestions attached to the failing
// arithmetic findings whose cells they change.
import type { Lang } from "../schema/registry.js";
import type { Finding } from "../rules/types.js";
import { type LocateOptions, type LocateResult, locateErrors, locateSeriesErrors, type Suggestion } from "./locate-errors.js";

const ARITHMETIC = /^(t[234]|series)\./;

/** A finding that a suggestion can answer: an arithmetic relation that fails for sure. */
export function isLocatable(finding: Finding): boolean {
  return ARITHMETIC.test(finding.ruleId) && finding.ruleId !== "series.input" && finding.assessable !== false;
}

function attach(findings: readonly Finding[], result: () => LocateResult): Finding[] {
  if (!findings.some(isLocatable)) return [...findings];
  const located = result();
  // Like check's other options, a wrong suggest option is a programmer error.
  if (!located.success && located.error.code === "invalid-options") throw new TypeError(`zfxxgk: suggest: ${located.error.message}`);
  const suggestions: readonly Suggestion[] = located.success ? located.data : [];
  return findings.map((finding) => {
    if (!isLocatable(finding)) return finding;
    const paths = new Set(finding.paths);
    return { ...finding, suggestions: suggestions.filter((suggestion) => suggestion.changes.some((change) => paths.has(change.pointer))) };
  });
}

function options(lang: Lang, suggest: boolean | LocateOptions): LocateOptions {
  if (typeof suggest !== "boolean" && (suggest === null || typeof suggest !== "object")) throw new TypeError("zfxxgk: suggest must be true or an object of locate options");
  return { ...(typeof suggest === "object" && suggest !== null ? suggest : {}), lang };
}

/** `check(report, { suggest })`: each failing arithmetic finding gets the suggestions that change one of its cells (`[]` when none). */
export function suggestForReport(report: unknown, findings: readonly Finding[], lang: Lang, suggest: boolean | LocateOptions): Finding[] {
  return attach(findings, () => locateErrors(report, options(lang, suggest)));
}

/** `checkSeries(reports, { suggest })`: the same over one organ's years. */
export function suggestForSeries(reports: readonly unknown[], findings: readonly Finding[], lang: Lang, suggest: boolean | LocateOptions): Finding[] {
  return attach(findings, () => locateSeriesErrors(reports, options(lang, suggest)));
}
