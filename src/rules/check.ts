import type { Lang } from "../schema/registry.js";
import type { AnyReport } from "../schema/report.js";
import { LANGS, oneOf, optionError, optionsObject, SEVERITIES } from "../options.js";
import { isRuleId, RULE_IDS, type RuleId } from "./rule-id.js";
import { reportInput } from "./report-input.js";
import { guarded, langOf, unreadableFinding } from "../safe.js";
import { formatOf } from "./format-of.js";
import { Reader } from "./reader.js";
import { PROSE_RULES } from "./prose-rules.js";
import { REPORT_RULES } from "./report-rules.js";
import { type Emit, emitFor, type RunnableReportRule } from "./rule.js";
import { seriesInput } from "./series-input.js";
import { SERIES_RULES } from "./series-rules.js";
import type { BlankPolicy, CheckOptions, Finding, Severity } from "./types.js";

const BLANK_POLICIES = ["unknown", "zero"] as const satisfies readonly BlankPolicy[];

interface Resolved {
  readonly lang: Lang;
  readonly blanks: BlankPolicy;
  readonly severity: (rule: { id: RuleId; severity: Severity }) => Severity | "off";
}

const resolvedDefault: Resolved = { lang: "zh", blanks: "unknown", severity: (rule) => rule.severity };

/** Validates options; a mistake is a programmer error and throws a TypeError naming the option and its allowed values. */
export function resolveCheckOptions(where: string, options: CheckOptions | undefined): Resolved {
  if (options === undefined) return resolvedDefault;
  const given = optionsObject(where, options);
  const lang = oneOf(where, "lang", given.lang, LANGS, "zh");
  const blanks = oneOf(where, "blanks", given.blanks, BLANK_POLICIES, "unknown");
  const overrides = given.rules ?? {};
  if (overrides === null || typeof overrides !== "object" || Array.isArray(overrides))
    throw optionError(where, "rules", 'an object of rule id → "off" | "error" | "warning" | "info"', overrides);
  for (const [id, value] of Object.entries(overrides)) {
    if (!isRuleId(id)) throw optionError(where, "rules", `an object whose keys are rule ids (${RULE_IDS.join(", ")})`, id);
    oneOf(where, `rules["${id}"]`, value, ["off", ...SEVERITIES]);
  }
  return {
    lang,
    blanks,
    severity: (rule) => (Object.hasOwn(overrides, rule.id) ? (overrides[rule.id] as Severity | "off") : rule.severity),
  };
}

/**
 * Runs every single-report rule on a report and returns the findings.
 *
 * Works on strict and lenient reports of both formats, and never throws on
 * data: a malformed report is read cell by cell, so rules whose cells are
 * fine still run. Input that is not a report at all (not an object, or an
 * object with none of a report's keys) gives one `report.input` error finding.
 * Only invalid options throw (a `TypeError` naming the option).
 *
 * @example
 * ```ts
 * import { check } from "zfxxgk";
 * check(seed003).find((finding) => finding.ruleId === "t3.balance")?.message;
 * //=> "三、收到和处理政府信息公开申请情况（自然人列）：一、本年新收 35 + 二、上年结转 0 = 35，应等于（七）总计 至少 35（空白，按已填分项推算） + 四、结转下年度继续办理 8 = 至少 43，相差 至少 8"
 * check(seed004, { lang: "en", rules: { "text.overview-length": "off" } });
 * //=> []
 * ```
 */
export function check(report: AnyReport | unknown, options?: CheckOptions): Finding[] {
  return guarded(report, (plain) => checkPlain(plain, options), (problem) => [unreadableFinding("report.input", problem, langOf(options))]);
}

function checkPlain(report: unknown, options: CheckOptions | undefined): Finding[] {
  const settings = resolveCheckOptions("check", options);
  // Input that is not a report at all is one report.input error; no other rule runs on it.
  const input = runWith([reportInput], report, settings);
  if (input.length > 0) return input;
  return runWith(SINGLE_REPORT_RULES, report, settings);
}

const SINGLE_REPORT_RULES: readonly RunnableReportRule[] = [...REPORT_RULES, ...PROSE_RULES];

/** Runs the given single-report rules from their records (the engine of {@link check}). */
export function runReportRules(list: readonly RunnableReportRule[], report: unknown, options?: CheckOptions): Finding[] {
  return runWith(list, report, resolveCheckOptions("check", options));
}

/**
 * Each rule's finding builders per language and severity, made once: they hold nothing of a
 * report, and making them for every rule of every report was garbage on the hot path.
 */
const emits = new WeakMap<RunnableReportRule, Map<string, Emit>>();

function emitOf(rule: RunnableReportRule, lang: Lang, severity: Severity): Emit {
  let forRule = emits.get(rule);
  if (forRule === undefined) {
    forRule = new Map();
    emits.set(rule, forRule);
  }
  const key = lang === "zh" ? severity : `en ${severity}`;
  let emit = forRule.get(key);
  if (emit === undefined) {
    emit = emitFor(rule, lang, severity);
    forRule.set(key, emit);
  }
  return emit;
}

function runWith(list: readonly RunnableReportRule[], report: unknown, settings: Resolved): Finding[] {
  const format = formatOf(report);
  const reader = new Reader(report, format, settings.blanks);
  const findings: Finding[] = [];
  for (const rule of list) {
    if (!rule.formats.includes(format)) continue;
    const severity = settings.severity(rule);
    if (severity === "off") continue;
    const found = rule.run({ report, format, reader, lang: settings.lang, severity, blanks: settings.blanks, tolerance: rule.tolerance ?? 0, emit: emitOf(rule, settings.lang, severity) });
    for (const finding of found) findings.push(finding);
  }
  return findings;
}

/**
 * Runs the `series.*` rules over one organ's reports of several years.
 *
 * Reports may come in any order and any mix of formats; they are sorted by
 * year and each pair of consecutive years is checked (carry-over also across
 * the 2020 → 2021 format change). Different organs, duplicate or blank years
 * are returned as `series.input` findings, never thrown. Pointers in findings
 * start with the report's index in `reports`: `/2/applications/carriedOver/total`.
 *
 * @example
 * ```ts
 * import { checkSeries } from "zfxxgk";
 * checkSeries([report2021, report2020]).map((finding) => finding.ruleId);
 * //=> ["series.carry-over"]
 * ```
 */
export function checkSeries(reports: readonly (AnyReport | unknown)[], options?: CheckOptions): Finding[] {
  return guarded(reports, (plain) => checkSeriesPlain(plain as readonly unknown[], options), (problem) => [unreadableFinding("series.input", problem, langOf(options))], true);
}

function checkSeriesPlain(reports: readonly unknown[], options: CheckOptions | undefined): Finding[] {
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
