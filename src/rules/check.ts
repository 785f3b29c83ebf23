import type { Lang } from "../schema/registry.js";
import type { AnyReport, Format } from "../schema/report.js";
import { LANGS, oneOf, optionError, optionsObject, SEVERITIES } from "../options.js";
import { notAReport } from "../schema/input.js";
import { isRuleId, RULE_IDS, type RuleId, reportInput, rules, seriesInput } from "./catalogue.js";
import { Reader, valueAt } from "./reader.js";
import { fill } from "./relation.js";
import type { ReportRule, SeriesEntry, SeriesRule } from "./rule.js";
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
    throw optionError(where, "rules", "an object of rule id → \"off\" | \"error\" | \"warning\" | \"info\"", overrides);
  for (const [id, value] of Object.entries(overrides)) {
    if (!isRuleId(id)) throw optionError(where, `rules`, `an object whose keys are rule ids (${RULE_IDS.join(", ")})`, id);
    oneOf(where, `rules["${id}"]`, value, ["off", ...SEVERITIES]);
  }
  return {
    lang,
    blanks,
    severity: (rule) => (Object.hasOwn(overrides, rule.id) ? (overrides[rule.id] as Severity | "off") : rule.severity),
  };
}

/** The format of a report, or its shape's format when `format` is missing or wrong. */
function formatOf(report: unknown): Format {
  const format = (report as { format?: unknown } | null)?.format;
  if (format === "2019" || format === "2021") return format;
  const other = (report as { applications?: { outcomes?: { otherHandling?: unknown } } } | null)?.applications?.outcomes?.otherHandling;
  if (other && typeof other === "object" && ("naturalPerson" in other || "total" in other)) return "2019";
  if ((report as { proactive?: { procurement?: unknown } } | null)?.proactive?.procurement !== undefined) return "2019";
  return "2021";
}

/**
 * Runs every single-report rule on a report and returns the findings.
 *
 * Works on strict and lenient reports of both formats, and never throws on
 * data: a malformed report is read cell by cell, so rules whose cells are
 * fine still run. Only invalid options throw (a `TypeError`).
 *
 * @example
 * ```ts
 * import { check } from "zfxxgk";
 * check(seed003).find((finding) => finding.ruleId === "t3.balance")?.message;
 * //=> "三、收到和处理政府信息公开申请情况（自然人列）：一、本年新收 35 + 二、上年结转 0 = 35，应等于（七）总计 至少 35（空白，按已填分项推算）+ 四、结转下年度继续办理 8 = 至少 43，相差 至少 8"
 * check(seed004, { lang: "en", rules: { "text.overview-length": "off" } });
 * //=> []
 * ```
 * @see ../../docs/rules.md
 */
export function check(report: AnyReport | unknown, options?: CheckOptions): Finding[] {
  const settings = resolveCheckOptions("check", options);
  const problem = notAReport(report);
  if (problem) {
    const severity = settings.severity(reportInput);
    if (severity !== "off") return [{ ruleId: reportInput.id, severity, paths: [""], message: fill(reportInput.message[settings.lang], { problem: problem[settings.lang] }) }];
  }
  const format = formatOf(report);
  const reader = new Reader(report, format, settings.blanks);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.scope !== "report" || !rule.formats.includes(format)) continue;
    const severity = settings.severity(rule);
    if (severity === "off") continue;
    findings.push(...(rule as ReportRule).run({ report, format, reader, lang: settings.lang, severity, blanks: settings.blanks }));
  }
  return findings;
}

function agencyKey(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.replace(/\s+/g, "") : undefined;
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
 * @see ../../docs/rules.md
 */
export function checkSeries(reports: readonly (AnyReport | unknown)[], options?: CheckOptions): Finding[] {
  const settings = resolveCheckOptions("checkSeries", options);
  const lang = settings.lang;
  const inputSeverity = settings.severity(seriesInput);
  const problems: Finding[] = [];
  const problem = (paths: string[], zh: string, en: string, severity: Severity = "error", assessable = true) => {
    if (inputSeverity === "off") return;
    problems.push({
      ruleId: seriesInput.id,
      severity: assessable ? (inputSeverity as Severity) : severity,
      paths,
      message: fill(seriesInput.message[lang], { problem: lang === "zh" ? zh : en }),
      ...(assessable ? {} : { assessable: false as const }),
    });
  };
  if (!Array.isArray(reports)) {
    problem([""], "应为报告数组", "expected an array of reports");
    return problems;
  }
  const entries: SeriesEntry[] = [];
  const agencies = new Map<string, number[]>();
  const years = new Map<number, number[]>();
  let invalid = false;
  reports.forEach((report, index) => {
    if (report === null || typeof report !== "object" || Array.isArray(report)) {
      problem([`/${index}`], `第 ${index} 项不是报告对象`, `item ${index} is not a report object`);
      invalid = true;
      return;
    }
    const year = valueAt(report, ["year"]);
    if (year === undefined || !Number.isInteger(year)) {
      problem([`/${index}/year`], `第 ${index} 项报告的年度为空或无效，无法排序`, `report ${index} has no valid year, so it cannot be placed`);
      invalid = true;
      return;
    }
    const agency = agencyKey((report as { agency?: unknown }).agency);
    if (agency) agencies.set(agency, [...(agencies.get(agency) ?? []), index]);
    years.set(year, [...(years.get(year) ?? []), index]);
    const format = formatOf(report);
    entries.push({ report, format, year, index, reader: new Reader(report, format, settings.blanks, `/${index}`) });
  });
  if (agencies.size > 1) {
    const list = [...agencies.entries()].map(([name, indexes]) => `${name}（${indexes.join(", ")}）`).join(lang === "zh" ? "、" : ", ");
    problem(
      [...agencies.values()].flat().map((index) => `/${index}/agency`),
      `报告来自不同机关：${list}`,
      `the reports come from different organs: ${list}`,
    );
    invalid = true;
  }
  for (const [year, indexes] of years) {
    if (indexes.length > 1) {
      problem(
        indexes.map((index) => `/${index}/year`),
        `${year} 年有 ${indexes.length} 份报告（第 ${indexes.join("、")} 项）`,
        `${indexes.length} reports for ${year} (items ${indexes.join(", ")})`,
      );
      invalid = true;
    }
  }
  if (invalid) return problems;
  entries.sort((a, b) => a.year - b.year);
  const findings: Finding[] = [];
  for (let index = 1; index < entries.length; index += 1) {
    const previous = entries[index - 1] as SeriesEntry;
    const current = entries[index] as SeriesEntry;
    if (current.year !== previous.year + 1) {
      problem(
        [`/${previous.index}/year`, `/${current.index}/year`],
        `缺少 ${previous.year + 1}${current.year - previous.year > 2 ? `–${current.year - 1}` : ""} 年的报告，${previous.year}→${current.year} 的逐年衔接无法检查`,
        `no report for ${previous.year + 1}${current.year - previous.year > 2 ? `–${current.year - 1}` : ""}: links ${previous.year} → ${current.year} cannot be checked`,
        "info",
        false,
      );
      continue;
    }
    for (const rule of rules) {
      if (rule.scope !== "series" || rule === seriesInput) continue;
      const severity = settings.severity(rule);
      if (severity === "off") continue;
      findings.push(...(rule as SeriesRule).run({ previous, current, lang, severity, blanks: settings.blanks }));
    }
  }
  return [...problems, ...findings];
}
