/**
 * `zfxxgk check`: walks the paths, checks each (in the main thread, or in
 * `--jobs N` worker threads), and writes the results in the walk's order in
 * the chosen format, then the series groups and the summary.
 */
import { closeSync } from "node:fs";
import { checkSeries } from "../rules/check.js";
import type { CheckOptions, Finding } from "../rules/types.js";
import type { Lang } from "../schema/registry.js";
import { type CheckSettings, parseCheckArgs } from "./check-args.js";
import { type CheckFileOptions, checkInput, EMPTY, failed } from "./check-file.js";
import { type HtmlCollector, htmlCollector, type Output, openOutput, reporterFor } from "./check-output.js";
import { inOrder } from "./in-order.js";
import type { WorkerSetup } from "./check-worker.js";
import { type Context, EXIT, OutputError, say } from "./context.js";
import { largestCap, type ReadBytes, stdinTooLarge, type WalkEntry, walk } from "./inputs.js";
import type { CliIo } from "./io.js";
import { LOADERS } from "./loaders.js";
import { Progress } from "./progress.js";
import { fails, type MachineOptions, type Reporter } from "./render-machine.js";
import { palette, useColour } from "./render-text.js";
import type { FailOn, Processed, RunSummary, SeriesGroup } from "./results.js";
import { addTally, countFindings, countPath, EMPTY_TALLY, FOLLOWED_FOLDER, type Tally } from "./tally.js";

/** One item of the run, in the walk's order: a path's result, or a followed link to a folder. */
type RunItem = { readonly kind: "path"; readonly processed: Processed } | { readonly kind: "followed-folder"; readonly file: string; readonly message: string };

/** A report kept for `--series`. */
interface Held {
  readonly file: string;
  readonly report: unknown;
  readonly agency: string | null;
  readonly year: number | null;
}

/** Everything a run needs, built once from the settings. */
interface RunPlan {
  readonly settings: CheckSettings;
  readonly io: CliIo;
  readonly reporter: Reporter;
  readonly progress: Progress;
  readonly html: HtmlCollector;
  readonly fileOptions: CheckFileOptions;
  /** Suggestions (locateErrors) are computed for people: the text format prints them, the --html document draws them. */
  readonly suggest: boolean;
  readonly debug: boolean;
}

/**
 * `zfxxgk check`: checks files, folders, glob patterns and standard input and
 * writes the findings in the chosen format; returns the exit status (see
 * {@link EXIT}).
 */
export async function runCheck(args: readonly string[], ctx: Context): Promise<number> {
  const settings = parseCheckArgs(args, ctx.lang);
  if (settings.help) {
    // The help text and the rule documentation load only when asked for (start-up time is their size).
    ctx.io.stdout((await import("./help.js")).helpText(settings.lang, "check"));
    return EXIT.ok;
  }
  const catalogue = settings.format === "sarif" ? (await import("../rules/catalogue.js")).ruleCatalogue() : undefined;
  const plan = planRun(settings, ctx, catalogue);
  let output: Output;
  try {
    output = openOutput(ctx.io, settings.output, settings.lang, plan.progress);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    ctx.io.stderr(`${error.message}\n`);
    return EXIT.input;
  }
  try {
    return await execute(plan, output);
  } finally {
    plan.progress.done();
    output.close();
  }
}

function planRun(settings: CheckSettings, ctx: Context, catalogue: MachineOptions["catalogue"]): RunPlan {
  const { io } = ctx;
  const { lang, format } = settings;
  const toFile = settings.output !== undefined && settings.output !== "-";
  const colour = format === "text" && useColour(io.env, !toFile && io.stdoutIsTTY === true, settings.colour);
  const reporter = reporterFor(
    format,
    { lang, colour: palette(colour), allNotes: settings.notes, all: settings.all, quiet: settings.quiet },
    { lang, failOn: settings.failOn, version: ctx.version, ...(catalogue ? { catalogue } : {}) },
  );
  // Progress only for people: a terminal's stderr and the text format.
  const progress = new Progress({ write: io.stderr, now: io.now ?? Date.now, columns: io.columns ?? 80 }, lang, io.stderrIsTTY && format === "text");
  const html = htmlCollector(settings.html, lang);
  const suggest = html.wanted || format === "text";
  const debug = ctx.debug ? (error: unknown) => io.stderr(`${(error as Error)?.stack ?? String(error)}\n`) : undefined;
  const fileOptions: CheckFileOptions = { lang, strict: settings.strict, check: settings.check, cwd: io.cwd, suggest, ...(debug ? { debug } : {}) };
  return { settings, io, reporter, progress, html, fileOptions, suggest, debug: ctx.debug };
}

async function execute(plan: RunPlan, output: Output): Promise<number> {
  const { settings, reporter, progress, html, io } = plan;
  output.write(reporter.start());
  let tally = EMPTY_TALLY;
  // Only --series keeps the reports (and --html their views); otherwise each is dropped once written.
  const held: Held[] = [];
  for await (const item of checkedPaths(plan)) {
    if (item.kind === "followed-folder") {
      tally = addTally(tally, FOLLOWED_FOLDER);
      output.write(reporter.followedFolder(item.file, item.message));
      continue;
    }
    const { processed } = item;
    const { result } = processed;
    tally = addTally(tally, countPath(processed, settings.failOn));
    if (settings.series && processed.report !== undefined) held.push({ file: result.file, report: processed.report, agency: result.agency, year: result.year });
    html.add(processed);
    output.write(reporter.file(settings.quiet ? quieten(processed) : processed));
    progress.update(tally.paths, result.file, tally.withErrors);
  }
  if (settings.series) for (const group of await seriesGroups(held, plan)) tally = addTally(tally, writeSeries(group, plan, output));
  output.flush();
  progress.done();
  const exitStatus = tally.unreadable > 0 || tally.checked === 0 ? EXIT.input : tally.failing > 0 ? EXIT.findings : EXIT.ok;
  output.write(reporter.end(summaryOf(tally, settings.failOn, exitStatus)));
  await html.write(io.cwd);
  if (io.env.ZFXXGK_DEBUG_MEMORY) io.stderr(`zfxxgk: maxRSS ${process.resourceUsage().maxRSS} kB\n`);
  return exitStatus;
}

/** The summary line's counts (the tally without its internal counts). */
function summaryOf(tally: Tally, failOn: FailOn, exitStatus: number): RunSummary {
  const { failing: _failing, withErrors: _withErrors, ...counts } = tally;
  return { ...counts, failOn, exitStatus };
}

/** `--quiet`: errors only (structure issues and error findings; no notes). */
function quieten(processed: Processed): Processed {
  const { result } = processed;
  return { ...processed, result: { ...result, findings: result.findings.filter((finding) => fails(finding, "error")), notes: [] } };
}

// ─── Series ─────────────────────────────────────────────────────────────────

/** Groups the held reports by organ, each group in year order. */
function groupByOrgan(held: readonly Held[]): { agency: string | null; items: Held[] }[] {
  const groups = new Map<string | null, Held[]>();
  for (const item of held) {
    const key = item.agency === null ? null : item.agency.trim();
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()].map(([agency, items]) => ({
    agency,
    items: [...items].sort((a, b) => (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY)),
  }));
}

/** The series findings of each organ (with suggestions when asked and something fails). */
async function seriesGroups(held: readonly Held[], plan: RunPlan): Promise<SeriesGroup[]> {
  const { check: options, lang } = plan.settings;
  const groups: SeriesGroup[] = [];
  for (const { agency, items } of groupByOrgan(held)) {
    const reports = items.map((item) => item.report);
    const checked = items.length < 2 ? [] : checkSeries(reports, options);
    const findings = plan.suggest && checked.length > 0 ? await suggestSeries(reports, checked, lang, options) : checked;
    groups.push({ agency, files: items.map((item) => item.file), years: items.map((item) => item.year), findings });
  }
  return groups;
}

async function suggestSeries(reports: readonly unknown[], findings: Finding[], lang: Lang, options: CheckOptions): Promise<Finding[]> {
  const { suggestForSeries } = await import("../locate/attach.js");
  return suggestForSeries(reports, findings, lang, { blanks: options.blanks ?? "unknown" });
}

/** Writes one organ's series group; returns its counts. */
function writeSeries(group: SeriesGroup, plan: RunPlan, output: Output): Partial<Tally> {
  const { failOn, quiet } = plan.settings;
  output.write(plan.reporter.series(quiet ? { ...group, findings: group.findings.filter((finding) => fails(finding, "error")) } : group));
  return countFindings(group.findings, failOn);
}

// ─── Paths, in the main thread or in workers ────────────────────────────────

/** The walk with its first entries read ahead: whether it has more than one file decides whether workers start. */
function lookAhead(entries: Iterator<WalkEntry>): { readonly files: number; readonly all: Iterable<WalkEntry> } {
  const ahead: WalkEntry[] = [];
  let files = 0;
  while (files < 2) {
    const next = entries.next();
    if (next.done) break;
    ahead.push(next.value);
    if (next.value.kind === "file") files += 1;
  }
  return {
    files,
    all: (function* () {
      yield* ahead;
      yield* { [Symbol.iterator]: () => entries };
    })(),
  };
}

/**
 * Every path of the run, checked, in the walk's order. With `--jobs N` (N > 1),
 * more than one file and a worker script, files go to N worker threads; at
 * most 4 × N paths are between the walk and the output at once.
 */
async function* checkedPaths(plan: RunPlan): AsyncGenerator<RunItem> {
  const { settings, io } = plan;
  const { files, all } = lookAhead(walk(settings.paths, settings.lang, LOADERS, io.cwd)[Symbol.iterator]());
  if (settings.jobs === 1 || files < 2 || io.checkWorker === undefined) {
    yield* inOrder(all, (entry) => processEntry(entry, plan, (file, link, fd) => checkInput(file, undefined, plan.fileOptions, link, fd)), 1);
    return;
  }
  const { debug: _debug, ...options } = plan.fileOptions;
  const setup: WorkerSetup = { options, debug: plan.debug, keepReports: settings.series || plan.html.wanted };
  // Loaded only here: a run in the main thread (one file, --jobs 1) never loads node:worker_threads.
  const { CheckPool } = await import("./check-pool.js");
  const pool = new CheckPool(io.checkWorker, settings.jobs, setup, settings.lang, (stack) => io.stderr(`${stack}\n`));
  let id = 0;
  try {
    // A worker opens the file itself: Node warns when a thread closes a descriptor another thread opened.
    const inWorker = (file: string, link: "followed" | null, fd: number | undefined) => {
      if (fd !== undefined) closeSync(fd);
      return pool.check({ id: id++, file, link });
    };
    yield* inOrder(all, (entry) => processEntry(entry, plan, inWorker), 4 * settings.jobs);
  } finally {
    await pool.close();
  }
}

/** One walk entry as a run item; `checkFile` checks a file (here or in a worker). Never rejects. */
async function processEntry(
  entry: WalkEntry,
  plan: RunPlan,
  checkFile: (file: string, link: "followed" | null, fd: number | undefined) => Promise<Processed>,
): Promise<RunItem> {
  switch (entry.kind) {
    case "followed-folder":
      return entry;
    case "skipped":
      return { kind: "path", processed: { result: { file: entry.file, ...EMPTY, skipped: { reason: entry.reason, message: entry.message } } } };
    case "error":
      return { kind: "path", processed: failed(entry.file, entry.error) };
    case "stdin":
      return { kind: "path", processed: await checkInput("-", await readStdin(plan.io, plan.fileOptions), plan.fileOptions) };
    case "file":
      return { kind: "path", processed: await checkFile(entry.file, entry.link ?? null, entry.fd) };
  }
}

/** Standard input, at most the largest cap of any loader. */
async function readStdin(io: CliIo, options: CheckFileOptions): Promise<ReadBytes> {
  const cap = largestCap(options.loaders ?? LOADERS);
  if (!io.readStdin) return { success: false, error: { code: "read-error", message: say(options.lang, "-：无法读取标准输入", "-: standard input cannot be read here") } };
  return io.readStdin(cap).then(
    (data): ReadBytes => (data === "too-large" ? { success: false, error: stdinTooLarge(cap, options.lang) } : { success: true, data }),
    (error: unknown): ReadBytes => ({
      success: false,
      error: { code: "read-error", message: say(options.lang, `-：无法读取标准输入（${(error as Error)?.message}）`, `-: cannot read standard input (${(error as Error)?.message})`) },
    }),
  );
}
