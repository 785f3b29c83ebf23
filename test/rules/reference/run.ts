// The rule engine as it was before the fifth session's speed work (issue 12, "fast on real
// reports"), kept verbatim as the oracle of test/rules/reference.test.ts: the faster engine in
// src/rules must give byte-identical findings. Only the imports were rewritten; do not edit the
// copies (reader, relation, exact, interval, layout, rule, report-rules, series-*) to follow src;
// exports nothing used were left out (knip).
import { resolveCheckOptions } from "../../../src/rules/check.js";
import type { CheckOptions, Finding } from "../../../src/rules/types.js";
import { formatOf } from "../../../src/rules/format-of.js";
import { Reader } from "./reader.js";
import { REPORT_RULES } from "./report-rules.js";
import { emitFor } from "./rule.js";
import { seriesInput } from "./series-input.js";
import { SERIES_RULES } from "./series-rules.js";

/** The findings of the old single-report rules (tables, meta and the two text rules of report-rules.ts). */
export function referenceReportRules(report: unknown, options?: CheckOptions): Finding[] {
  const settings = resolveCheckOptions("check", options);
  const format = formatOf(report);
  const reader = new Reader(report, format, settings.blanks);
  const findings: Finding[] = [];
  for (const rule of REPORT_RULES) {
    if (!rule.formats.includes(format)) continue;
    const severity = settings.severity(rule);
    if (severity === "off") continue;
    const emit = emitFor(rule, settings.lang, severity);
    findings.push(...rule.run({ report, format, reader, lang: settings.lang, severity, blanks: settings.blanks, tolerance: rule.tolerance ?? 0, emit }));
  }
  return findings;
}

/** The findings of the old series engine (checkSeries without its input copy). */
export function referenceSeries(reports: readonly unknown[], options?: CheckOptions): Finding[] {
  const settings = resolveCheckOptions("checkSeries", options);
  const lang = settings.lang;
  const inputSeverity = settings.severity(seriesInput);
  const input = seriesInput.run({ reports, blanks: settings.blanks, emit: emitFor(seriesInput, lang, inputSeverity === "off" ? "error" : inputSeverity) });
  const findings: Finding[] = inputSeverity === "off" ? [] : [...input.findings];
  for (const [previous, current] of input.pairs) {
    for (const rule of SERIES_RULES) {
      const severity = settings.severity(rule);
      if (severity === "off") continue;
      const emit = emitFor(rule, lang, severity, { "Y-1": previous.year, Y: current.year });
      findings.push(...rule.run({ previous, current, lang, severity, blanks: settings.blanks, tolerance: rule.tolerance ?? 0, emit }));
    }
  }
  return findings;
}
