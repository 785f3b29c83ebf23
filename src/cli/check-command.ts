import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { fromLabeledTables } from "../labeled/index.js";
import { suggestForReport, suggestForSeries } from "../locate/attach.js";
import { isRuleId, RULE_IDS } from "../rules/catalogue.js";
import { renderDocument } from "../view/document.js";
import type { ReportView } from "../view/render.js";
import { check, checkSeries } from "../rules/check.js";
import type { BlankPolicy, CheckOptions, Finding, Severity } from "../rules/types.js";
import { parseReport } from "../schema/parse.js";
import type { Lang } from "../schema/registry.js";
import { COMMON_OPTIONS, type Context, checkLang, EXIT, parseCommand, say, UsageError } from "./context.js";
import { escapeForTerminal } from "./escape.js";
import { helpText } from "./help.js";
import {
  DEFAULT_MAX_BYTES,
  type FileError,
  type InputLoader,
  type LoaderNote,
  largestCap,
  loaderByName,
  loaderFor,
  type ReadBytes,
  readRegularFile,
  type SkipReason,
  stdinTooLarge,
  tooLargeError,
  type WalkEntry,
  walk,
} from "./inputs.js";
import type { CliIo } from "./io.js";
import { LOADERS } from "./loaders.js";
import { Progress } from "./progress.js";
import { renderSuggestions } from "./suggestions.js";
import { fails, githubReporter, jsonReporter, junitReporter, OUTPUT_FORMATS, type OutputFormat, type Reporter, sarifReporter } from "./render-machine.js";
import { isWarningNote, palette, renderFileResult, renderFollowedFolder, renderSeries, renderSummary, type TextOptions, useColour } from "./render-text.js";
import type { FailOn, FileResult, Processed, RunSummary, SeriesGroup, StructureIssue } from "./results.js";

const REPORT_KEYS = ["format", "proactive", "applications", "reviewAndLitigation"];
const SEVERITIES = ["off", "error", "warning", "info"];
const FAIL_ON: readonly FailOn[] = ["error", "warning", "info", "none"];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return say(lang, "一个数组", "an array");
  if (value === null) return "null";
  if (!isObject(value)) return say(lang, `一个${({ string: "字符串", number: "数字", boolean: "布尔值" } as Record<string, string>)[typeof value] ?? "值"}`, `a ${typeof value}`);
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

/**
 * Whether any cell of the report's tables holds a number: a report (or
 * labelled tables) with none has nothing to check. The walk is bounded.
 */
export function hasAnyNumber(report: unknown): boolean {
  const stack: unknown[] = [];
  if (isObject(report)) for (const key of ["proactive", "applications", "reviewAndLitigation"]) stack.push(report[key]);
  let visited = 0;
  while (stack.length > 0 && visited < 100_000) {
    const value = stack.pop();
    visited += 1;
    if (typeof value === "number" && Number.isFinite(value)) return true;
    if (isObject(value)) for (const key of Object.keys(value)) stack.push(value[key]);
    else if (Array.isArray(value)) for (const item of value.slice(0, 1000)) stack.push(item);
  }
  return false;
}

// ─── Calls into the library (kept together: their result shapes are changing) ──

function structureIssues(report: unknown, strict: boolean, lang: Lang): StructureIssue[] {
  const parsed = parseReport(report, { lenient: !strict, lang });
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ ...issue }));
}

/** `fromLabeledTables`, in the CLI's own shape. */
export function readLabeled(value: unknown, lang: Lang): { success: true; data: unknown; notes: readonly LoaderNote[] } | { success: false; message: string; notes: readonly LoaderNote[] } {
  const read = fromLabeledTables(value, { lang });
  return read.success ? { success: true, data: read.data, notes: read.notes } : { success: false, message: read.error.message, notes: read.notes };
}

// ─── One path ───────────────────────────────────────────────────────────────

const EMPTY = { input: null, format: null, year: null, agency: null, issues: [], findings: [], notes: [], error: null, skipped: null, link: null } as const;

/** Options of {@link loadInput} and {@link checkInput}. */
export interface CheckFileOptions {
  readonly lang: Lang;
  readonly strict: boolean;
  readonly check: CheckOptions;
  readonly loaders?: readonly InputLoader[];
  readonly cwd?: string;
  readonly debug?: (error: unknown) => void;
  /** Attach locateErrors suggestions to failing findings (the text format prints them). */
  readonly suggest?: boolean;
}

function failed(file: string, error: FileError, extra: Partial<FileResult> = {}): Processed {
  const { excerpt, ...rest } = error;
  return { result: { file, ...EMPTY, ...extra, error: rest }, ...(excerpt ? { excerpt } : {}) };
}

/** What {@link loadInput} returns: the value a loader read, or a failed result. */
export type Loaded =
  | { readonly success: true; readonly data: unknown; readonly notes: readonly LoaderNote[]; readonly loader: InputLoader }
  | { readonly success: false; readonly failed: Processed };

/**
 * Reads a file (or takes the bytes already read from standard input) and runs
 * its loader; never throws.
 */
export async function loadInput(file: string, bytes: ReadBytes | undefined, options: CheckFileOptions, link: "followed" | null = null): Promise<Loaded> {
  const { lang } = options;
  const loaders = options.loaders ?? LOADERS;
  try {
    // The loader by name first (its cap applies); else read with the largest cap and sniff.
    const named = file === "-" ? undefined : loaderByName(file, loaders);
    const read = bytes ?? readRegularFile(resolve(options.cwd ?? ".", file), file, named?.maxBytes ?? (named ? DEFAULT_MAX_BYTES : largestCap(loaders)), lang);
    if (!read.success) return { success: false, failed: failed(file, read.error, { link }) };
    const loader = named ?? loaderFor(file, read.data, loaders);
    const cap = loader.maxBytes ?? DEFAULT_MAX_BYTES;
    if (read.data.length > cap) return { success: false, failed: failed(file, file === "-" ? stdinTooLarge(cap, lang) : tooLargeError(file, read.data.length, cap, lang), { link }) };
    const loaded = await loader.load({ name: file, bytes: read.data, lang });
    if (!loaded.success) return { success: false, failed: failed(file, loaded.error, { link, notes: loaded.notes ?? [] }) };
    return { success: true, data: loaded.data, notes: loaded.notes ?? [], loader };
  } catch (error) {
    options.debug?.(error);
    return { success: false, failed: failed(file, thrown(error, file, lang), { link }) };
  }
}

function thrown(error: unknown, file: string, lang: Lang): FileError {
  return error instanceof RangeError
    ? { code: "too-deep", message: say(lang, `${file}：内容嵌套过深或过大，无法处理`, `${file}: nested too deeply or too large to process`) }
    : { code: "internal-error", message: say(lang, `${file}：内部错误（${(error as Error)?.message}）；--debug 显示堆栈`, `${file}: internal error (${(error as Error)?.message}); --debug shows the stack`) };
}

/** Reads a file (or takes the bytes of standard input) and checks it; never throws. */
export async function checkInput(file: string, bytes: ReadBytes | undefined, options: CheckFileOptions, link: "followed" | null = null): Promise<Processed> {
  const loaded = await loadInput(file, bytes, options, link);
  if (!loaded.success) return loaded.failed;
  try {
    return examine(file, loaded.data, loaded.notes, loaded.loader, options, link);
  } catch (error) {
    options.debug?.(error);
    return failed(file, thrown(error, file, options.lang), { link });
  }
}

function examine(file: string, value: unknown, loaderNotes: readonly LoaderNote[], loader: InputLoader, options: CheckFileOptions, link: "followed" | null): Processed {
  const { lang } = options;
  let report: unknown;
  let input: string;
  let notes: readonly LoaderNote[] = loaderNotes;
  if (isObject(value) && Object.hasOwn(value, "tables")) {
    const read = readLabeled(value, lang);
    notes = [...loaderNotes, ...read.notes];
    if (!read.success)
      return failed(file, { code: "labeled-tables", message: `${file}: ${say(lang, "按标签的表格无法读取：", "the labelled tables cannot be read: ")}${read.message}` }, { input: "labeled", notes, link });
    report = read.data;
    input = "labeled";
  } else if (isObject(value) && REPORT_KEYS.some((key) => Object.hasOwn(value, key))) {
    report = value;
    input = loader.kind === "json" ? "report" : loader.kind;
  } else {
    return failed(
      file,
      {
        code: "not-a-report",
        message: say(
          lang,
          `${file}：不是报告。应为报告对象（含 format、year、agency、proactive、applications、reviewAndLitigation）或按标签的表格（含 tables 的对象），实际是${describeValue(value, lang)}`,
          `${file}: not a report. Expected a report object (format, year, agency, proactive, applications, reviewAndLitigation) or labelled tables (an object with "tables"), got ${describeValue(value, lang)}`,
        ),
      },
      { link },
    );
  }
  const fields = report as Record<string, unknown>;
  const known = {
    input,
    format: fields.format === "2019" || fields.format === "2021" ? fields.format : null,
    year: Number.isInteger(fields.year) ? (fields.year as number) : null,
    agency: typeof fields.agency === "string" ? fields.agency : null,
    notes,
    link,
  } as const;
  if (!hasAnyNumber(report))
    return failed(
      file,
      {
        code: "empty-report",
        message: say(
          lang,
          `${file}：报告的统计表中没有任何数字（全部为空白或缺失），没有可检查的内容，不算通过`,
          `${file}: no cell of the report's tables holds a number (all blank or missing); there is nothing to check, which is not a pass`,
        ),
      },
      { ...known },
    );
  const result: FileResult = {
    file,
    ...EMPTY,
    ...known,
    issues: structureIssues(report, options.strict, lang),
    findings: options.suggest ? suggestForReport(report, check(report, options.check), lang, { blanks: options.check.blanks ?? "unknown" }) : check(report, options.check),
  };
  return { result, report };
}

// ─── The run ────────────────────────────────────────────────────────────────

interface Tally {
  paths: number;
  checked: number;
  unreadable: number;
  invalid: number;
  skipped: Record<SkipReason, number>;
  linksFollowed: number;
  errors: number;
  warnings: number;
  infos: number;
  unassessable: number;
  noteWarnings: number;
  failing: number;
}

function count(tally: Tally, findings: readonly Finding[], failOn: FailOn): void {
  for (const finding of findings) {
    if (finding.assessable === false) tally.unassessable += 1;
    else if (finding.severity === "error") tally.errors += 1;
    else if (finding.severity === "warning") tally.warnings += 1;
    else tally.infos += 1;
    if (fails(finding, failOn)) tally.failing += 1;
  }
}

function textReporter(options: TextOptions): Reporter {
  return {
    start: () => "",
    file: (processed) => renderFileResult(processed, options) + renderSuggestions(processed.result.findings, options.lang),
    followedFolder: (file, message) => renderFollowedFolder(file, message, options),
    series: (group) => renderSeries(group, options) + renderSuggestions(group.findings, options.lang),
    end: (summary) => renderSummary(summary, options),
  };
}

/** Where the output goes: standard output, or the `-o` file. */
function openOutput(io: CliIo, path: string | undefined, lang: Lang): { write: (text: string) => void; close: () => void } {
  if (path === undefined || path === "-") return { write: (text) => io.stdout(text), close: () => undefined };
  let fd: number;
  try {
    fd = openSync(resolve(io.cwd, path), "w");
  } catch (error) {
    throw new OutputError(
      say(lang, `check：无法写入 -o ${escapeForTerminal(path)}（${(error as NodeJS.ErrnoException).code ?? error}）`, `check: cannot write -o ${escapeForTerminal(path)} (${(error as NodeJS.ErrnoException).code ?? error})`),
    );
  }
  return { write: (text) => void writeSync(fd, text), close: () => closeSync(fd) };
}

/** The `-o` file cannot be written: exit status 2, like an unreadable input. */
export class OutputError extends Error {
  override readonly name = "OutputError";
}

/** `--html <file>`: keeps each checked file's view and writes them as one document at the end (no-op without it). */
function htmlCollector(path: unknown, lang: Lang): { readonly wanted: boolean; add(processed: Processed): void; write(cwd: string): void } {
  const target = typeof path === "string" && path !== "" ? path : undefined;
  const views: ReportView[] = [];
  return {
    wanted: target !== undefined,
    add(processed) {
      if (target !== undefined && !processed.result.skipped) views.push(viewOf(processed, lang));
    },
    write(cwd) {
      if (target !== undefined) writeFileSync(resolve(cwd, target), renderDocument(views, lang));
    },
  };
}

/** One checked file as the HTML view shows it (`--html`). */
function viewOf(processed: Processed, lang: Lang): ReportView {
  const { result } = processed;
  const report = processed.report !== undefined && isObject(processed.report) ? processed.report : null;
  const problem = result.error?.message ?? (result.issues.length > 0 ? result.issues.map((issue) => issue.message).slice(0, 3).join("；") : undefined);
  return {
    name: result.file,
    report,
    findings: result.findings,
    notes: result.notes.map((note) => ({ ...("pointer" in note && typeof note.pointer === "string" ? { pointer: note.pointer } : {}), kind: note.kind, message: note.message })),
    suggestions: result.findings.flatMap((finding) =>
      (finding.suggestions ?? []).slice(0, 1).flatMap((suggestion) => suggestion.changes.map((change) => ({ pointer: change.pointer, suggested: change.suggested, text: suggestion.message }))),
    ),
    ...(problem ? { problem } : {}),
    ...(result.input && result.input !== "report" ? { detected: say(lang, `读取方式：${result.input}`, `Read as: ${result.input}`) } : {}),
  };
}

/** Groups the held reports by organ, each group in year order. */
function groupByOrgan(held: readonly { file: string; report: unknown; agency: string | null; year: number | null }[]) {
  const groups = new Map<string | null, typeof held>();
  for (const item of held) {
    const key = item.agency === null ? null : item.agency.trim();
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()].map(([agency, items]) => ({
    agency,
    items: [...items].sort((a, b) => (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY)),
  }));
}

/**
 * `zfxxgk check`: checks files, folders, glob patterns and standard input one
 * at a time and writes the findings in the chosen format; returns the exit
 * status (see {@link EXIT}).
 */
export async function runCheck(args: readonly string[], ctx: Context): Promise<number> {
  const parsed = parseCommand(
    args,
    {
      ...COMMON_OPTIONS,
      json: { type: "boolean" },
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      quiet: { type: "boolean", short: "q" },
      "fail-on": { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      series: { type: "boolean" },
      blanks: { type: "string" },
      rule: { type: "string", multiple: true },
      strict: { type: "boolean" },
      notes: { type: "boolean" },
      all: { type: "boolean" },
      html: { type: "string" },
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
    return EXIT.ok;
  }
  if (values.blanks !== undefined && values.blanks !== "unknown" && values.blanks !== "zero")
    throw new UsageError(say(lang, `check：--blanks ${values.blanks} 无效，应为 unknown 或 zero`, `check: --blanks ${values.blanks}: use unknown or zero`));
  const format = (values.format ?? (values.json ? "json" : "text")) as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format))
    throw new UsageError(say(lang, `check：--format ${values.format} 无效，应为 ${OUTPUT_FORMATS.join("、")}`, `check: --format ${values.format}: use ${OUTPUT_FORMATS.join(", ")}`));
  if (values.json && values.format !== undefined && values.format !== "json")
    throw new UsageError(say(lang, `check：--json 与 --format ${values.format} 不能同时使用`, `check: --json and --format ${values.format} cannot be used together`));
  const failOn = (values["fail-on"] ?? "error") as FailOn;
  if (!FAIL_ON.includes(failOn))
    throw new UsageError(say(lang, `check：--fail-on ${values["fail-on"]} 无效，应为 ${FAIL_ON.join("、")}`, `check: --fail-on ${values["fail-on"]}: use ${FAIL_ON.join(", ")}`));
  if (values.color && values["no-color"]) throw new UsageError(say(lang, "check：--color 与 --no-color 不能同时使用", "check: --color and --no-color cannot be used together"));
  if (positionals.length === 0)
    throw new UsageError(
      say(lang, "check：请给出要检查的文件、文件夹或通配模式（- 表示读取标准输入）", "check: name the files, folders or glob patterns to check (- reads standard input)"),
    );
  if (positionals.filter((path) => path === "-").length > 1) throw new UsageError(say(lang, "check：- （标准输入）只能给出一次", "check: - (standard input) can be given only once"));
  const checkOptions: CheckOptions = { lang, blanks: (values.blanks ?? "unknown") as BlankPolicy, rules: parseRuleOverrides(values.rule ?? [], lang) };
  const quiet = values.quiet === true;
  const series = values.series === true;
  const toFile = values.output !== undefined && values.output !== "-";
  const colour = format === "text" && useColour(io.env, !toFile && io.stdoutIsTTY === true, values.color ? true : values["no-color"] ? false : undefined);
  const textOptions: TextOptions = { lang, colour: palette(colour), allNotes: values.notes === true, all: values.all === true, quiet };
  const machine = { lang, failOn, version: ctx.version };
  const reporter: Reporter =
    format === "json" ? jsonReporter() : format === "github" ? githubReporter(machine) : format === "sarif" ? sarifReporter(machine) : format === "junit" ? junitReporter(machine) : textReporter(textOptions);

  let output: ReturnType<typeof openOutput>;
  try {
    output = openOutput(io, values.output, lang);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.stderr(`${error.message}\n`);
    return EXIT.input;
  }
  // Progress only for people: a terminal's stderr and the text format.
  const progress = new Progress({ write: io.stderr, now: io.now ?? Date.now, columns: io.columns ?? 80 }, lang, io.stderrIsTTY && format === "text");
  const out = (text: string) => {
    if (text === "") return;
    progress.clear();
    output.write(text);
    progress.redraw();
  };
  const debug = ctx.debug ? (error: unknown) => io.stderr(`${(error as Error)?.stack ?? String(error)}\n`) : undefined;
  const tally: Tally = {
    paths: 0,
    checked: 0,
    unreadable: 0,
    invalid: 0,
    skipped: { hidden: 0, "other-kind": 0, "not-regular-file": 0, "dangling-symlink": 0, "symlink-loop": 0, "already-walked": 0 },
    linksFollowed: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    unassessable: 0,
    noteWarnings: 0,
    failing: 0,
  };
  // Suggestions (locateErrors) are computed for people only: the text format prints them.
  const html = htmlCollector(values.html, lang);
  // Suggestions are printed for people (text) and drawn in the --html document.
  const suggest = html.wanted || format === "text";
  const fileOptions: CheckFileOptions = { lang, strict: values.strict === true, check: checkOptions, cwd: io.cwd, suggest, ...(debug ? { debug } : {}) };
  // Only --series and --html keep the reports; otherwise each is dropped once written.
  const held: { file: string; report: unknown; agency: string | null; year: number | null }[] = [];
  let withErrors = 0;
  try {
    out(reporter.start());
    for (const entry of walk(positionals, lang, LOADERS, io.cwd) as Iterable<WalkEntry>) {
      if (entry.kind === "followed-folder") {
        tally.paths += 1;
        tally.linksFollowed += 1;
        out(reporter.followedFolder(entry.file, entry.message));
        continue;
      }
      const processed = await processEntry(entry, io, fileOptions);
      const { result } = processed;
      tally.paths += 1;
      if (result.skipped) tally.skipped[result.skipped.reason] += 1;
      else if (result.error) tally.unreadable += 1;
      else tally.checked += 1;
      if (result.link) tally.linksFollowed += 1;
      if (result.issues.length > 0) tally.invalid += 1;
      count(tally, result.findings, failOn);
      const noteWarnings = result.notes.filter(isWarningNote).length;
      tally.noteWarnings += noteWarnings;
      if (failOn === "warning" || failOn === "info") tally.failing += noteWarnings;
      if (failOn !== "none") tally.failing += result.issues.length;
      if (result.error || result.issues.length > 0 || result.findings.some((finding) => fails(finding, "error"))) withErrors += 1;
      if (series && processed.report !== undefined) held.push({ file: result.file, report: processed.report, agency: result.agency, year: result.year });
      html.add(processed);
      out(reporter.file(quiet ? quieten(processed) : processed));
      progress.update(tally.paths, result.file, withErrors);
    }
    if (series) {
      for (const { agency, items } of groupByOrgan(held)) {
        const checked = items.length < 2 ? [] : checkSeries(items.map((item) => item.report), checkOptions);
        const findings = suggest && checked.length > 0 ? suggestForSeries(items.map((item) => item.report), checked, lang, { blanks: checkOptions.blanks ?? "unknown" }) : checked;
        count(tally, findings, failOn);
        const group: SeriesGroup = { agency, files: items.map((item) => item.file), years: items.map((item) => item.year), findings: quiet ? findings.filter((finding) => fails(finding, "error")) : findings };
        out(reporter.series(group));
      }
    }
    progress.done();
    const exitStatus = tally.unreadable > 0 || tally.checked === 0 ? EXIT.input : tally.failing > 0 ? EXIT.findings : EXIT.ok;
    const { failing: _failing, ...counts } = tally;
    const summary: RunSummary = { ...counts, failOn, exitStatus };
    out(reporter.end(summary));
    html.write(io.cwd);
    if (io.env.ZFXXGK_DEBUG_MEMORY) io.stderr(`zfxxgk: maxRSS ${process.resourceUsage().maxRSS} kB\n`);
    return exitStatus;
  } finally {
    progress.done();
    output.close();
  }
}

/** `--quiet`: errors only (structure issues and error findings; no notes). */
function quieten(processed: Processed): Processed {
  const { result } = processed;
  return { ...processed, result: { ...result, findings: result.findings.filter((finding) => fails(finding, "error")), notes: [] } };
}

async function processEntry(entry: Exclude<WalkEntry, { kind: "followed-folder" }>, io: CliIo, options: CheckFileOptions): Promise<Processed> {
  switch (entry.kind) {
    case "skipped":
      return { result: { file: entry.file, ...EMPTY, skipped: { reason: entry.reason, message: entry.message } } };
    case "error":
      return failed(entry.file, entry.error);
    case "stdin": {
      const cap = largestCap(options.loaders ?? LOADERS);
      const bytes: ReadBytes = io.readStdin
        ? await io.readStdin(cap).then(
            (data): ReadBytes => (data === "too-large" ? { success: false, error: stdinTooLarge(cap, options.lang) } : { success: true, data }),
            (error: unknown): ReadBytes => ({
              success: false,
              error: { code: "read-error", message: say(options.lang, `-：无法读取标准输入（${(error as Error)?.message}）`, `-: cannot read standard input (${(error as Error)?.message})`) },
            }),
          )
        : { success: false, error: { code: "read-error", message: say(options.lang, "-：无法读取标准输入", "-: standard input cannot be read here") } };
      return checkInput("-", bytes, options);
    }
    case "file":
      return checkInput(entry.file, undefined, options, entry.link ?? null);
  }
}
