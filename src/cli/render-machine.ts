/**
 * Output formats for programs: `json` (one line per path, series lines, a
 * final summary line), `github` (workflow annotations), `sarif` (SARIF 2.1.0,
 * for code-scanning tools) and `junit` (JUnit XML, for CI test reports).
 * Each is written piece by piece as files are checked, so memory does not
 * grow with the number of files.
 */
import type { ruleCatalogue } from "../rules/catalogue.js";
import type { Finding } from "../rules/types.js";
import type { Lang } from "../schema/registry.js";
import { escapeForTerminal, safeJson } from "./escape.js";
import { renderSummary, palette } from "./render-text.js";
import type { FailOn, Processed, RunSummary, SeriesGroup } from "./results.js";

/** The output formats of `check`. */
export const OUTPUT_FORMATS = ["text", "json", "github", "sarif", "junit"] as const;

/** An output format of `check`. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Writes a run piece by piece. */
export interface Reporter {
  readonly start: () => string;
  readonly file: (processed: Processed) => string;
  readonly followedFolder: (file: string, message: string) => string;
  readonly series: (group: SeriesGroup) => string;
  readonly end: (summary: RunSummary) => string;
}

/** What the machine formats need to know about the run. */
export interface MachineOptions {
  readonly lang: Lang;
  readonly failOn: FailOn;
  readonly version: string | undefined;
  /**
   * The rule catalogue, for `--format sarif` only (its driver lists every rule). The caller loads
   * it: the rule documentation is large, and no other format needs it.
   */
  readonly catalogue?: ReturnType<typeof ruleCatalogue>;
}

const LEVEL_RANK = { error: 0, warning: 1, info: 2 } as const;
const FAIL_RANK = { error: 0, warning: 1, info: 2, none: -1 } as const;

/** Whether a finding makes the run fail under `failOn`. */
export function fails(finding: Finding, failOn: FailOn): boolean {
  return finding.assessable !== false && LEVEL_RANK[finding.severity] <= FAIL_RANK[failOn];
}

/** `--format json`: the JSON lines reporter. */
export function jsonReporter(): Reporter {
  return {
    start: () => "",
    file: ({ result }) => `${safeJson(result)}\n`,
    // A followed link to a folder: a line of its own (input null, link "followed"); its files follow.
    followedFolder: (file) => `${safeJson({ file, input: null, format: null, year: null, agency: null, issues: [], findings: [], notes: [], error: null, skipped: null, link: "followed" })}\n`,
    series: (group) => `${safeJson({ series: true, ...group })}\n`,
    end: (summary) => `${safeJson({ summary })}\n`,
  };
}

// GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const ghData = (text: string) => escapeForTerminal(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
const ghProperty = (text: string) => ghData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** `--format github`: one workflow annotation per finding, then the summary line. */
export function githubReporter(options: MachineOptions): Reporter {
  const annotate = (level: "error" | "warning" | "notice", file: string, title: string, message: string) =>
    `::${level} file=${ghProperty(file)},title=${ghProperty(title)}::${ghData(message)}\n`;
  const findingLines = (file: string, findings: readonly Finding[]) =>
    findings
      .filter((finding) => finding.assessable !== false)
      .map((finding) =>
        annotate(finding.severity === "info" ? "notice" : finding.severity, file, finding.ruleId, finding.message),
      )
      .join("");
  return {
    start: () => "",
    file: ({ result }) => {
      if (result.skipped)
        return result.skipped.reason === "hidden" || result.skipped.reason === "other-kind" ? "" : annotate("warning", result.file, "zfxxgk", result.skipped.message);
      if (result.error) return annotate("error", result.file, `zfxxgk ${result.error.code}`, result.error.message);
      return result.issues.map((issue) => annotate("error", result.file, "schema", `${issue.path || "/"}  ${issue.message}`)).join("") + findingLines(result.file, result.findings);
    },
    followedFolder: () => "",
    series: (group) => group.files.length > 0 ? findingLines(group.files[0] as string, group.findings) : "",
    end: (summary) => renderSummary(summary, { lang: options.lang, colour: palette(false), allNotes: false, all: false }),
  };
}

function sarifLevel(finding: Finding): "error" | "warning" | "note" {
  return finding.severity === "info" ? "note" : finding.severity;
}

function sarifLocation(file: string, pointer?: string) {
  return {
    physicalLocation: { artifactLocation: { uri: file === "-" ? "stdin" : encodeURI(file.replace(/\\/g, "/")) } },
    ...(pointer ? { logicalLocations: [{ fullyQualifiedName: pointer, kind: "member" }] } : {}),
  };
}

/** `--format sarif`: one SARIF 2.1.0 log with a run whose results are the findings. */
export function sarifReporter(options: MachineOptions): Reporter {
  let first = true;
  const emit = (result: unknown) => {
    const text = `${first ? "" : ","}\n    ${safeJson(result)}`;
    first = false;
    return text;
  };
  const findingResults = (file: string, findings: readonly Finding[]) =>
    findings
      .filter((finding) => finding.assessable !== false)
      .map((finding) => emit({ ruleId: finding.ruleId, level: sarifLevel(finding), message: { text: finding.message }, locations: [sarifLocation(file, finding.paths[0])] }))
      .join("");
  return {
    start: () => {
      const rules = (options.catalogue ?? []).map((rule) => ({
        id: rule.id,
        shortDescription: { text: rule.title[options.lang] },
        fullDescription: { text: rule.relation[options.lang] },
        defaultConfiguration: { level: rule.severity === "info" ? "note" : rule.severity },
      }));
      const driver = { name: "zfxxgk", informationUri: "https://github.com/zfxxgk/zfxxgk", ...(options.version ? { version: options.version } : {}), rules };
      return `{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [{\n  "tool": { "driver": ${safeJson(driver)} },\n  "results": [`;
    },
    file: ({ result }) => {
      if (result.skipped) return "";
      if (result.error) return emit({ ruleId: `file.${result.error.code}`, level: "error", message: { text: result.error.message }, locations: [sarifLocation(result.file)] });
      return (
        result.issues.map((issue) => emit({ ruleId: "schema", level: "error", message: { text: `${issue.path || "/"}  ${issue.message}` }, locations: [sarifLocation(result.file, issue.path)] })).join("") +
        findingResults(result.file, result.findings)
      );
    },
    followedFolder: () => "",
    series: (group) => (group.files.length > 0 ? findingResults(group.files[0] as string, group.findings) : ""),
    end: (summary) =>
      `\n  ],\n  "invocations": [${safeJson({ executionSuccessful: summary.exitStatus <= 1, exitCode: summary.exitStatus, properties: { summary } })}]\n  }]\n}\n`,
  };
}

// XML 1.0 forbids most control characters even as references: escape them as text first.
const xml = (text: string) =>
  escapeForTerminal(text).replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char] as string);

/** `--format junit`: a test suite per file, a failed test case per finding at or above `--fail-on`. */
export function junitReporter(options: MachineOptions): Reporter {
  const suite = (name: string, cases: readonly string[], failures: number, errors: number, skipped: number) =>
    `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="${skipped}">\n${cases.join("")}  </testsuite>\n`;
  const testCase = (file: string, name: string, body = "") =>
    `    <testcase classname="${xml(file)}" name="${xml(name)}"${body ? `>\n      ${body}\n    </testcase>` : " />"}\n`;
  const findingCases = (file: string, findings: readonly Finding[]) =>
    findings
      .filter((finding) => fails(finding, options.failOn))
      .map((finding) => testCase(file, finding.ruleId, `<failure type="${finding.severity}" message="${xml(finding.message)}">${xml(finding.message)}</failure>`));
  return {
    start: () => `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="zfxxgk check">\n`,
    file: ({ result }) => {
      if (result.skipped) return suite(result.file, [testCase(result.file, "read", `<skipped message="${xml(result.skipped.message)}" />`)], 0, 0, 1);
      if (result.error) return suite(result.file, [testCase(result.file, "read", `<error type="${xml(result.error.code)}" message="${xml(result.error.message)}" />`)], 0, 1, 0);
      const cases = [
        ...result.issues.map((issue) => testCase(result.file, "schema", `<failure type="error" message="${xml(`${issue.path || "/"}  ${issue.message}`)}" />`)),
        ...findingCases(result.file, result.findings),
      ];
      return cases.length === 0 ? suite(result.file, [testCase(result.file, "check")], 0, 0, 0) : suite(result.file, cases, cases.length, 0, 0);
    },
    followedFolder: () => "",
    series: (group) => {
      const name = `series: ${group.agency ?? "?"}`;
      const cases = findingCases(group.files.join(", "), group.findings);
      return cases.length === 0 ? suite(name, [testCase(name, "series")], 0, 0, 0) : suite(name, cases, cases.length, 0, 0);
    },
    end: () => "</testsuites>\n",
  };
}
