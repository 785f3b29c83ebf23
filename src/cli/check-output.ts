/**
 * Where `zfxxgk check` writes: standard output or the `-o` file, in large
 * batches (not one write per file), with the progress line kept below the
 * output; the reporter of the chosen format; the `--html` document.
 */
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import type { Lang } from "../schema/registry.js";
import type { ReportView } from "../view/render.js";
import { OutputError, say } from "./context.js";
import { escapeForTerminal } from "./escape.js";
import type { CliIo } from "./io.js";
import type { Progress } from "./progress.js";
import { githubReporter, jsonReporter, junitReporter, type MachineOptions, type OutputFormat, type Reporter, sarifReporter } from "./render-machine.js";
import { renderFileResult, renderFollowedFolder, renderSeries, renderSummary, type TextOptions } from "./render-text.js";
import type { Processed } from "./results.js";
import { renderSuggestions } from "./suggestions.js";

/** Text is written once this many characters are waiting… */
const BATCH_CHARS = 64 * 1024;
/** …or this many milliseconds after the last write, so a slow run still shows its progress. */
const BATCH_MS = 200;

/** A sink for the run's output. */
export interface Output {
  /** Adds text; it is written in batches. */
  readonly write: (text: string) => void;
  /** Writes what is waiting. */
  readonly flush: () => void;
  /** Writes what is waiting and closes the `-o` file. */
  readonly close: () => void;
}

/** Standard output, or the `-o` file (a {@link OutputError} when it cannot be opened). */
function openTarget(io: CliIo, path: string | undefined, lang: Lang): { write: (text: string) => void; close: () => void } {
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

/**
 * Opens the output: text is collected and written when {@link BATCH_CHARS}
 * characters wait or {@link BATCH_MS} have passed; the progress line is
 * cleared before each write and drawn again after it.
 */
export function openOutput(io: CliIo, path: string | undefined, lang: Lang, progress: Progress): Output {
  const target = openTarget(io, path, lang);
  const now = io.now ?? Date.now;
  let waiting: string[] = [];
  let size = 0;
  let last = now();
  const flush = () => {
    if (size === 0) return;
    const text = waiting.join("");
    waiting = [];
    size = 0;
    last = now();
    progress.clear();
    target.write(text);
    progress.redraw();
  };
  return {
    write: (text) => {
      if (text === "") return;
      waiting.push(text);
      size += text.length;
      if (size >= BATCH_CHARS || now() - last >= BATCH_MS) flush();
    },
    flush,
    close: () => {
      flush();
      target.close();
    },
  };
}

/** The human reporter: a block per file with its suggestions, the series groups, the summary. */
function textReporter(options: TextOptions): Reporter {
  return {
    start: () => "",
    file: (processed) => renderFileResult(processed, options) + renderSuggestions(processed.result.findings, options.lang),
    followedFolder: (file, message) => renderFollowedFolder(file, message, options),
    series: (group) => renderSeries(group, options) + renderSuggestions(group.findings, options.lang),
    end: (summary) => renderSummary(summary, options),
  };
}

/** The reporter of an output format. */
export function reporterFor(format: OutputFormat, text: TextOptions, machine: MachineOptions): Reporter {
  switch (format) {
    case "json":
      return jsonReporter();
    case "github":
      return githubReporter(machine);
    case "sarif":
      return sarifReporter(machine);
    case "junit":
      return junitReporter(machine);
    case "text":
      return textReporter(text);
  }
}

/** `--html <file>`: what each checked file's view needs, written as one document at the end. */
export interface HtmlCollector {
  /** Whether `--html` was given (reports are then kept). */
  readonly wanted: boolean;
  /** Keeps the view of one checked path. */
  add(processed: Processed): void;
  /** Writes the document (the view renderer loads only now). */
  write(cwd: string): Promise<void>;
}

/** `--html <file>`: keeps each checked file's view and writes them as one document at the end (no-op without it). */
export function htmlCollector(path: unknown, lang: Lang): HtmlCollector {
  const target = typeof path === "string" && path !== "" ? path : undefined;
  const views: ReportView[] = [];
  return {
    wanted: target !== undefined,
    add(processed) {
      if (target !== undefined && !processed.result.skipped) views.push(viewOf(processed, lang));
    },
    async write(cwd) {
      if (target === undefined) return;
      const { renderDocument } = await import("../view/document.js");
      writeFileSync(resolve(cwd, target), renderDocument(views, lang));
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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
