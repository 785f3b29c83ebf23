import { fromLabeledTables, NOTE_KINDS, type Note } from "../labeled/index.js";
import { isRuleId, RULE_IDS } from "../rules/catalogue.js";
import { check, checkSeries } from "../rules/check.js";
import type { BlankPolicy, CheckOptions, Finding, Severity } from "../rules/types.js";
import { parseReport, type ReportIssue } from "../schema/parse.js";
import type { Lang } from "../schema/registry.js";
import { COMMON_OPTIONS, type Context, checkLang, parseCommand, say, UsageError } from "./context.js";
import { helpText } from "./help.js";
import type { CliIo } from "./io.js";
import { type FileError, readJsonFile, walk } from "./read.js";

/** What `check` found in one file: one line of `--json` output. */
export interface FileResult {
  /** The path as walked. */
  readonly file: string;
  /** `report` (canonical JSON, model.md §1) or `labeled` (tables keyed by printed labels, §2); null when unreadable. */
  readonly input: "report" | "labeled" | null;
  /** The report's format, when it has a valid one. */
  readonly format: "2019" | "2021" | null;
  /** The report year, when it is an integer. */
  readonly year: number | null;
  /** The reporting organ, when it is a string. */
  readonly agency: string | null;
  /** Structure (schema) issues from `parseReport`, located and labelled. */
  readonly issues: readonly ReportIssue[];
  /** The findings of `check`, exactly as the library returns them. */
  readonly findings: readonly Finding[];
  /** The reader notes of `fromLabeledTables` (labelled input only). */
  readonly notes: readonly Note[];
  /** Why the file could not be used, or null. */
  readonly error: Omit<FileError, "excerpt"> | null;
}

const REPORT_KEYS = ["format", "proactive", "applications", "reviewAndLitigation"];
const SEVERITIES = ["off", "error", "warning", "info"];
const RANK = { error: 0, warning: 1, info: 2 } as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return say(lang, "一个数组", "an array");
  if (value === null) return "null";
  if (!isObject(value)) return say(lang, `一个 ${typeof value}`, `a ${typeof value}`);
  const keys = Object.keys(value).slice(0, 6);
  if (keys.length === 0) return say(lang, "一个空对象", "an empty object");
  return say(lang, `键为 ${keys.join("、")} 的对象`, `an object with keys ${keys.join(", ")}`);
}

/** Parses `--rule id=severity` options, naming the known ids on a mistake. */
export function parseRuleOverrides(values: readonly string[], lang: Lang): Record<string, Severity | "off"> {
  const overrides: Record<string, Severity | "off"> = {};
  for (const value of values) {
    const at = value.lastIndexOf("=");
    const id = at > 0 ? value.slice(0, at) : value;
    const level = at > 0 ? value.slice(at + 1) : "";
    if (!isRuleId(id))
      throw new UsageError(
        say(lang, `check：--rule ${value}：未知规则 ${id}；已知规则：${RULE_IDS.join("、")}`, `check: --rule ${value}: unknown rule ${id}; known rules: ${RULE_IDS.join(", ")}`),
      );
    if (!SEVERITIES.includes(level))
      throw new UsageError(say(lang, `check：--rule ${value}：应为 ${id}=off|error|warning|info`, `check: --rule ${value}: expected ${id}=off|error|warning|info`));
    overrides[id] = level as Severity | "off";
  }
  return overrides;
}

/** What one file yields beyond its printed result: the report, kept only for `--series`. */
interface Processed {
  readonly result: FileResult;
  readonly report?: unknown;
  readonly excerpt?: string;
}

/**
 * Reads, recognises and checks one file; never throws (an unexpected failure
 * becomes an `internal-error`).
 */
export function checkFile(
  file: string,
  options: { lang: Lang; strict: boolean; check: CheckOptions; cwd?: string; debug?: (error: unknown) => void },
): Processed {
  const { lang } = options;
  const empty = { input: null, format: null, year: null, agency: null, issues: [], findings: [], notes: [] } as const;
  const failed = (error: FileError, extra: Partial<FileResult> = {}): Processed => {
    const { excerpt, ...rest } = error;
    return { result: { file, ...empty, ...extra, error: rest }, ...(excerpt ? { excerpt } : {}) };
  };
  try {
    const loaded = readJsonFile(file, lang, options.cwd);
    if (!loaded.ok) return failed(loaded.error);
    const value = loaded.value;
    let report: unknown;
    let input: "report" | "labeled";
    let notes: readonly Note[] = [];
    if (isObject(value) && Object.hasOwn(value, "tables")) {
      const read = fromLabeledTables(value, { lang });
      if (!read.success)
        return failed(
          { code: "labeled-tables", message: `${file}: ${say(lang, "按标签的表格无法读取：", "the labelled tables cannot be read: ")}${read.error.message}` },
          { input: "labeled", notes: read.notes },
        );
      report = read.data;
      notes = read.notes;
      input = "labeled";
    } else if (isObject(value) && REPORT_KEYS.some((key) => Object.hasOwn(value, key))) {
      report = value;
      input = "report";
    } else {
      return failed({
        code: "not-a-report",
        message: say(
          lang,
          `${file}：不是报告。应为报告对象（含 format、year、agency、proactive、applications、reviewAndLitigation）或按标签的表格（含 tables 的对象），实际是${describeValue(value, lang)}`,
          `${file}: not a report. Expected a report object (format, year, agency, proactive, applications, reviewAndLitigation) or labelled tables (an object with "tables"), got ${describeValue(value, lang)}`,
        ),
      });
    }
    const parsed = parseReport(report, { lenient: !options.strict, lang });
    const findings = check(report, options.check);
    const fields = report as Record<string, unknown>;
    const result: FileResult = {
      file,
      input,
      format: fields.format === "2019" || fields.format === "2021" ? fields.format : null,
      year: Number.isInteger(fields.year) ? (fields.year as number) : null,
      agency: typeof fields.agency === "string" ? fields.agency : null,
      issues: parsed.success ? [] : parsed.error.issues,
      findings,
      notes,
      error: null,
    };
    return { result, report };
  } catch (error) {
    options.debug?.(error);
    return failed({
      code: error instanceof RangeError ? "too-deep" : "internal-error",
      message:
        error instanceof RangeError
          ? say(lang, `${file}：JSON 嵌套过深或过大，无法处理`, `${file}: the JSON is too deeply nested or too large to process`)
          : say(lang, `${file}：内部错误（${(error as Error)?.message}）；--debug 显示堆栈`, `${file}: internal error (${(error as Error)?.message}); --debug shows the stack`),
    });
  }
}

const MARKS = {
  zh: { error: "✖ 错误", warning: "⚠ 警告", info: "ℹ 提示", unassessable: "? 无法判断", schema: "✖ 结构", ok: "✔ 未发现问题" },
  en: { error: "✖ error", warning: "⚠ warning", info: "ℹ info", unassessable: "? not assessable", schema: "✖ schema", ok: "✔ no findings" },
} as const;

function markOf(finding: Finding, lang: Lang): string {
  return finding.assessable === false ? MARKS[lang].unassessable : MARKS[lang][finding.severity];
}

/** Errors first, then warnings, information and the unassessable, each in catalogue order. */
function ordered(findings: readonly Finding[]): Finding[] {
  const rank = (finding: Finding) => (finding.assessable === false ? 3 : RANK[finding.severity]);
  return [...findings].sort((a, b) => rank(a) - rank(b));
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");
}

/** The human-readable block of one file. */
export function formatFileResult(processed: Processed, lang: Lang, allNotes: boolean, all: boolean): string {
  const { result } = processed;
  const lines = [result.file];
  if (result.error) {
    lines.push(`  ✖ ${result.error.message}`);
    if (processed.excerpt) lines.push(indent(processed.excerpt, "      "));
  } else {
    const unknown = say(lang, "未知", "unknown");
    lines.push(
      say(
        lang,
        `  格式 ${result.format ?? unknown} · 年度 ${result.year ?? unknown} · 机关 ${result.agency ?? unknown}${result.input === "labeled" ? " · 按标签的表格" : ""}`,
        `  format ${result.format ?? unknown} · year ${result.year ?? unknown} · organ ${result.agency ?? unknown}${result.input === "labeled" ? " · labelled tables" : ""}`,
      ),
    );
    for (const issue of result.issues) lines.push(`  ${MARKS[lang].schema} ${issue.path || "/"}  ${issue.message}`);
    lines.push(...formatFindings(result.findings, lang, all));
    if (result.issues.length === 0 && result.findings.length === 0) lines.push(`  ${MARKS[lang].ok}`);
  }
  if (result.notes.length > 0) lines.push(...formatNotes(result.notes, lang, allNotes));
  return `${lines.join("\n")}\n`;
}

/**
 * Finding lines: every decided finding in full; the unassessable ones (a blank
 * cell kept a rule from deciding) one line per rule unless `all`, since a
 * sparsely filled table yields dozens of them.
 */
function formatFindings(findings: readonly Finding[], lang: Lang, all: boolean, where?: (finding: Finding) => string): string[] {
  const lines: string[] = [];
  const undecided = new Map<string, number>();
  for (const finding of ordered(findings)) {
    if (finding.assessable === false && !all) {
      undecided.set(finding.ruleId, (undecided.get(finding.ruleId) ?? 0) + 1);
      continue;
    }
    lines.push(`  ${markOf(finding, lang)} [${finding.ruleId}] ${finding.message}${where?.(finding) ?? ""}`);
  }
  for (const [ruleId, count] of undecided)
    lines.push(
      say(
        lang,
        `  ${MARKS.zh.unassessable} [${ruleId}] ${count} 处因单元格空白无法判断（--all 逐条列出）`,
        `  ${MARKS.en.unassessable} [${ruleId}] ${count} ${count === 1 ? "check" : "checks"} undecided because of blank cells (--all lists them)`,
      ),
    );
  return lines;
}

function formatNotes(notes: readonly Note[], lang: Lang, all: boolean): string[] {
  const counts = new Map<string, number>();
  for (const note of notes) counts.set(note.kind, (counts.get(note.kind) ?? 0) + 1);
  const warnings = notes.filter((note) => NOTE_KINDS[note.kind]?.level === "warning");
  const summary = [...counts.entries()].map(([kind, count]) => `${kind} ${count}`).join(" · ");
  const lines = [
    say(lang, `  读取注记 ${notes.length} 条（警告 ${warnings.length}）：${summary}`, `  reader notes: ${notes.length} (${warnings.length} warnings): ${summary}`),
  ];
  const shown = all ? notes : warnings.slice(0, 10);
  for (const note of shown) lines.push(`    ${NOTE_KINDS[note.kind]?.level === "warning" ? "⚠" : "·"} ${note.kind}: ${note.message[lang]}`);
  const hidden = notes.length - shown.length;
  if (hidden > 0 && shown.length === 0) lines[0] += say(lang, "（--notes 逐条列出）", " (--notes lists them)");
  else if (hidden > 0) lines.push(say(lang, `    另有 ${hidden} 条注记，用 --notes 查看全部`, `    ${hidden} more notes; --notes lists them all`));
  return lines;
}

/** Counts over a run. */
interface Tally {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  unassessable: number;
  invalid: number;
  unreadable: number;
}

function count(tally: Tally, findings: readonly Finding[]): void {
  for (const finding of findings) {
    if (finding.assessable === false) tally.unassessable += 1;
    else if (finding.severity === "error") tally.errors += 1;
    else if (finding.severity === "warning") tally.warnings += 1;
    else tally.infos += 1;
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function summaryLine(tally: Tally, lang: Lang): string {
  return say(
    lang,
    `共 ${tally.files} 个文件：错误 ${tally.errors} · 警告 ${tally.warnings} · 提示 ${tally.infos} · 无法判断 ${tally.unassessable} · 结构不符 ${tally.invalid} 个文件 · 无法读取 ${tally.unreadable} 个文件\n`,
    `${plural(tally.files, "file")}: ${plural(tally.errors, "error")} · ${plural(tally.warnings, "warning")} · ${tally.infos} info · ${tally.unassessable} not assessable · ${tally.invalid} with structure issues · ${tally.unreadable} unreadable\n`,
  );
}

/** A one-line progress display on a terminal's standard error; silent elsewhere. */
class Progress {
  private shown = false;
  private last = 0;
  constructor(
    private readonly io: CliIo,
    private readonly lang: Lang,
    private readonly enabled: boolean,
  ) {}
  update(done: number, file: string): void {
    if (!this.enabled || done <= 50) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const text = say(this.lang, `已检查 ${done} 个文件… ${file}`, `checked ${done} files… ${file}`);
    this.io.stderr(`\r\x1b[K${[...text].slice(0, 100).join("")}`);
    this.shown = true;
  }
  clear(): void {
    if (!this.shown) return;
    this.io.stderr("\r\x1b[K");
    this.shown = false;
  }
}

/**
 * `zfxxgk check`: checks files and folders one at a time and prints the
 * findings; returns the exit status (0 no errors, 1 errors, 2 unreadable files).
 */
export function runCheck(args: readonly string[], ctx: Context): number {
  const parsed = parseCommand(
    args,
    {
      ...COMMON_OPTIONS,
      json: { type: "boolean" },
      series: { type: "boolean" },
      blanks: { type: "string" },
      rule: { type: "string", multiple: true },
      strict: { type: "boolean" },
      notes: { type: "boolean" },
      all: { type: "boolean" },
    },
    ctx.lang,
    "check",
    true,
  );
  const { values, positionals } = parsed;
  const lang = checkLang(values.lang, "check");
  const { io } = ctx;
  if (values.help) {
    io.stdout(helpText(lang, "check"));
    return 0;
  }
  if (values.blanks !== undefined && values.blanks !== "unknown" && values.blanks !== "zero")
    throw new UsageError(say(lang, `check：--blanks ${values.blanks} 无效，应为 unknown 或 zero`, `check: --blanks ${values.blanks}: use unknown or zero`));
  if (positionals.length === 0)
    throw new UsageError(say(lang, "check：请给出要检查的文件或文件夹（不读取标准输入）", "check: name the files or folders to check (standard input is not read)"));
  const checkOptions: CheckOptions = {
    lang,
    blanks: (values.blanks ?? "unknown") as BlankPolicy,
    rules: parseRuleOverrides(values.rule ?? [], lang),
  };
  const json = values.json === true;
  const series = values.series === true;
  const progress = new Progress(io, lang, io.stderrIsTTY);
  const out = (text: string) => {
    progress.clear();
    io.stdout(text);
  };
  const debug = ctx.debug ? (error: unknown) => io.stderr(`${(error as Error)?.stack ?? String(error)}\n`) : undefined;
  const tally: Tally = { files: 0, errors: 0, warnings: 0, infos: 0, unassessable: 0, invalid: 0, unreadable: 0 };
  // Only --series keeps the reports; otherwise each is dropped once printed.
  const held: { file: string; report: unknown }[] = [];
  for (const entry of walk(positionals, lang, io.cwd)) {
    const processed: Processed = entry.error
      ? { result: { file: entry.file, input: null, format: null, year: null, agency: null, issues: [], findings: [], notes: [], error: entry.error } }
      : checkFile(entry.file, { lang, strict: values.strict === true, check: checkOptions, cwd: io.cwd, ...(debug ? { debug } : {}) });
    const { result } = processed;
    tally.files += 1;
    if (result.error) tally.unreadable += 1;
    if (result.issues.length > 0) tally.invalid += 1;
    count(tally, result.findings);
    if (series && processed.report !== undefined) held.push({ file: result.file, report: processed.report });
    out(json ? `${JSON.stringify(result)}\n` : formatFileResult(processed, lang, values.notes === true, values.all === true));
    progress.update(tally.files, result.file);
  }
  if (series) {
    const findings = checkSeries(
      held.map((item) => item.report),
      checkOptions,
    );
    count(tally, findings);
    const files = held.map((item) => item.file);
    if (json) out(`${JSON.stringify({ series: true, files, findings })}\n`);
    else out(formatSeries(files, held, findings, lang, values.all === true));
  }
  progress.clear();
  if (!json) out(summaryLine(tally, lang));
  if (io.env.ZFXXGK_DEBUG_MEMORY) io.stderr(`zfxxgk: maxRSS ${process.resourceUsage().maxRSS} kB\n`);
  return tally.unreadable > 0 ? 2 : tally.errors > 0 || tally.invalid > 0 ? 1 : 0;
}

function formatSeries(files: readonly string[], held: readonly { report: unknown }[], findings: readonly Finding[], lang: Lang, all: boolean): string {
  const lines = [say(lang, `系列检查（同一机关各年度，${files.length} 份报告）`, `series check (one organ's years, ${files.length} reports)`)];
  held.forEach((item, index) => {
    const year = (item.report as { year?: unknown }).year;
    lines.push(`  ${index}: ${files[index]} (${typeof year === "number" ? year : "?"})`);
  });
  const where = (finding: Finding) => {
    const involved = [...new Set(finding.paths.map((path) => Number(/^\/(\d+)/.exec(path)?.[1])).filter((index) => Number.isInteger(index)))].sort((a, b) => a - b);
    const names = involved.map((index) => files[index]).filter(Boolean);
    return names.length ? `  (${names.join(", ")})` : "";
  };
  lines.push(...formatFindings(findings, lang, all, where));
  if (findings.length === 0) lines.push(`  ${MARKS[lang].ok}`);
  return `${lines.join("\n")}\n`;
}
