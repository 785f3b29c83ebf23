/**
 * The built command line on generated junk folders (fast-check): valid, lenient and mutated
 * reports, random bytes, invalid UTF-8, UTF-16 LE/BE with and without a byte order mark, a UTF-8
 * byte order mark, empty and truncated files, files at, just over and far over the size caps, names
 * with C0/C1/bidirectional controls and invalid UTF-8, FIFOs, symbolic links (to files, dangling,
 * loops, to /dev/zero, to folders), nested and hidden folders, and .html/.txt/.pdf files with junk
 * inside. Each folder is checked by `node bin/zfxxgk.js` four ways: `check <folder> --format json
 * --jobs 1`, the same with `--jobs 2`, a human format (text, github, junit or sarif), and standard
 * input (`check -`) given one of the folder's files.
 *
 * Asserted for every run: it ends before the timeout (a hang fails); the exit status is 0 (all read,
 * nothing at or above --fail-on), 1 (findings) or 2 (some input unusable) — never 3 (usage), 4
 * (internal) or a signal; stdout and stderr are UTF-8 with no raw C0/C1 control character other than
 * \n, \t and \r and no stack trace; every file, link and FIFO of the folder appears in the JSON
 * output (and, escaped, in the text output); the summary counts every line and carries the exit
 * status; `--jobs 2` writes byte for byte what `--jobs 1` writes; peak memory stays under
 * {@link PEAK_KB_PER_FILE} for each file in flight.
 *
 * CI runs {@link RUNS} folders; `FUZZ_CLI_RUNS=N` runs N (and prints the figures),
 * `FUZZ_CLI_SEED=S` replays a seed that fast-check printed.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeForTerminal } from "../../src/cli/escape.js";
import { root, skipReason } from "../cli/helpers.js";
import { type Built, buildJunk, junkFolder, makeSharedFiles } from "./cli-junk.js";

const RUNS = Number(process.env.FUZZ_CLI_RUNS ?? "") || 4;
const SEED = process.env.FUZZ_CLI_SEED ? Number(process.env.FUZZ_CLI_SEED) : undefined;
const BIN = join(root, "bin/zfxxgk.js");
/** A run still going after this long is a hang (the slowest honest run here takes a few seconds; a FIFO read blocks forever). */
const TIMEOUT_MS = 120_000;
/**
 * Peak resident memory of one run (the whole process, worker threads included), per file read at
 * once. Measured alone (`/usr/bin/time -f %M node bin/zfxxgk.js check <file>`): Node and the CLI
 * about 60 MB; the costliest shared files are worst-case.json (4 MiB of empty arrays, which
 * JSON.parse holds at about 25 times: 176 MB in all) and big.html (1 MiB of table markup: 156 MB).
 * `--jobs 2` can hold both at once in its two workers (393 MB seen in CI), so the bound is 250 MB
 * per file in flight; a run that kept every file, or read a 50 MB one, passes it many times over.
 */
const PEAK_KB_PER_FILE = 250 * 1024;
/** Files a run can hold at once: one per worker (`--jobs`, by default one per core); standard input is one file. */
const filesInFlight = (args: readonly string[]): number => {
  if (args.includes("-")) return 1;
  const jobs = args.indexOf("--jobs");
  return jobs >= 0 ? Number(args[jobs + 1]) : availableParallelism();
};
/** Raw control characters other than \t, \n and \r: never printed. */
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** A stack frame: never printed without --debug. */
const STACK_FRAME = /^ {4}at /m;
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Records the process's peak memory (kB) in $ZFXXGK_FUZZ_RSS at exit; preloaded with --require. */
const PRELOAD = `"use strict";
const { writeFileSync } = require("node:fs");
const { isMainThread } = require("node:worker_threads");
if (isMainThread && process.env.ZFXXGK_FUZZ_RSS) process.on("exit", () => writeFileSync(process.env.ZFXXGK_FUZZ_RSS, String(process.resourceUsage().maxRSS)));
`;

interface Spawned {
  readonly status: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
  readonly peakKb: number | undefined;
  readonly problems: string[];
}

interface JsonLine {
  file?: string;
  summary?: { paths: number; exitStatus: number };
}

/** What the runs covered (printed at the end; wall-clock times are for information only, never asserted). */
const figures = { runs: 0, files: 0, links: 0, fifos: 0, folders: 0, spawns: 0, maxPeakKb: 0, exits: {} as Record<string, number>, slowestMs: 0, totalMs: 0 };

let base: string;
let shared: string;
let preload: string;
let spawnCount = 0;

function runCli(label: string, args: readonly string[], input?: Uint8Array): Spawned {
  const rssFile = join(base, `rss-${spawnCount++}`);
  const { FORCE_COLOR: _force, ZFXXGK_DEBUG_MEMORY: _debug, ...env } = process.env;
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--require", preload, BIN, ...args], {
    cwd: root,
    env: { ...env, NO_COLOR: "1", ZFXXGK_FUZZ_RSS: rssFile },
    ...(input ? { input } : { stdio: ["ignore", "pipe", "pipe"] }),
    timeout: TIMEOUT_MS,
    killSignal: "SIGKILL",
    maxBuffer: 256 * 1024 * 1024,
  });
  figures.spawns += 1;
  const elapsed = Math.round(performance.now() - started);
  figures.totalMs += elapsed;
  figures.slowestMs = Math.max(figures.slowestMs, elapsed);
  const problems: string[] = [];
  const decode = (bytes: Buffer | null, stream: string) => {
    try {
      return STRICT_UTF8.decode(bytes ?? new Uint8Array());
    } catch {
      problems.push(`${label}: ${stream} is not UTF-8`);
      return new TextDecoder().decode(bytes ?? new Uint8Array());
    }
  };
  const stdout = decode(result.stdout, "stdout");
  const stderr = decode(result.stderr, "stderr");
  let peakKb: number | undefined;
  try {
    peakKb = Number(readFileSync(rssFile, "utf8"));
  } catch {
    peakKb = undefined;
  }
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT";
  if (timedOut) problems.push(`${label}: no exit after ${TIMEOUT_MS} ms (a hang)`);
  if (result.status === null || ![0, 1, 2].includes(result.status)) problems.push(`${label}: exit status ${result.status} (signal ${result.signal}); stderr: ${stderr.slice(0, 500)}`);
  const raw = RAW_CONTROL.exec(stdout) ?? RAW_CONTROL.exec(stderr);
  if (raw) problems.push(`${label}: raw control character U+${raw[0].charCodeAt(0).toString(16).padStart(4, "0")} printed`);
  if (STACK_FRAME.test(stderr) || STACK_FRAME.test(stdout)) problems.push(`${label}: a stack trace was printed: ${stderr.slice(0, 500)}`);
  if (peakKb === undefined || Number.isNaN(peakKb)) problems.push(`${label}: no memory figure (the process did not exit normally)`);
  else {
    figures.maxPeakKb = Math.max(figures.maxPeakKb, peakKb);
    const bound = PEAK_KB_PER_FILE * filesInFlight(args);
    if (peakKb >= bound) problems.push(`${label}: peak memory ${peakKb} kB, bound ${bound} kB`);
  }
  const exitKey = `${label.split(" ")[0]}:${result.status ?? result.signal}`;
  figures.exits[exitKey] = (figures.exits[exitKey] ?? 0) + 1;
  return { status: result.status, signal: result.signal, timedOut, stdout, stderr, peakKb, problems };
}

/** Parses --format json output; problems when a line is not JSON, a path is missing or the summary is off. */
function checkJson(label: string, run: Spawned, expected: readonly string[]): string[] {
  const problems: string[] = [];
  const lines: JsonLine[] = [];
  for (const text of run.stdout.split("\n").filter((line) => line !== "")) {
    try {
      lines.push(JSON.parse(text) as JsonLine);
    } catch {
      problems.push(`${label}: a line of output is not JSON: ${text.slice(0, 200)}`);
    }
  }
  const files = new Set(lines.flatMap((line) => (line.file === undefined ? [] : [line.file])));
  for (const path of expected) if (!files.has(path)) problems.push(`${label}: ${JSON.stringify(path)} is not in the output`);
  const summary = lines.at(-1)?.summary;
  if (!summary) problems.push(`${label}: no summary line at the end`);
  else {
    if (summary.exitStatus !== run.status) problems.push(`${label}: summary.exitStatus ${summary.exitStatus}, exit status ${run.status}`);
    const pathLines = lines.filter((line) => line.file !== undefined).length;
    if (summary.paths !== pathLines) problems.push(`${label}: summary.paths ${summary.paths}, ${pathLines} path lines`);
  }
  return problems;
}

/** Runs the four command lines on one junk folder; returns the problems. */
function exercise(junk: string, built: Built, lang: string, human: string, flags: readonly string[]): string[] {
  const problems: string[] = [];
  const json = runCli("json --jobs 1", ["check", junk, "--format", "json", "--jobs", "1", "--lang", lang]);
  problems.push(...json.problems, ...checkJson("json --jobs 1", json, built.expected));

  const jobs = runCli("json --jobs 2", ["check", junk, "--format", "json", "--jobs", "2", "--lang", lang]);
  problems.push(...jobs.problems);
  if (jobs.stdout !== json.stdout) problems.push("json --jobs 2: output differs from --jobs 1");
  if (jobs.status !== json.status) problems.push(`json --jobs 2: exit status ${jobs.status}, --jobs 1 gave ${json.status}`);

  const people = runCli(`${human} ${flags.join(" ")}`, ["check", junk, "--format", human, "--lang", lang, ...flags]);
  problems.push(...people.problems);
  if (!flags.includes("--series") && people.status !== json.status) problems.push(`${human}: exit status ${people.status}, json gave ${json.status}`);
  if (human === "text") problems.push(...built.expected.filter((path) => !people.stdout.includes(escapeForTerminal(path))).map((path) => `text: ${JSON.stringify(path)} is not in the output`));

  const stdin = runCli("stdin", ["check", "-", "--format", "json", "--lang", lang], built.sample);
  problems.push(...stdin.problems, ...checkJson("stdin", stdin, ["-"]));
  return problems;
}

describe.skipIf(skipReason || process.platform === "win32")(`the command line on junk folders${skipReason ? ` — skipped: ${skipReason}` : ""}`, () => {
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), "zfxxgk-cli-fuzz-"));
    shared = join(base, "shared");
    makeSharedFiles(shared);
    preload = join(base, "rss.cjs");
    writeFileSync(preload, PRELOAD);
  });
  afterAll(() => {
    rmSync(base, { recursive: true, force: true });
    console.log(`cli-folder fuzz: ${JSON.stringify(figures)}`);
  });

  it(`${RUNS} junk folders: exit 0/1/2, no hang, no raw control character, no stack trace, every path reported, bounded memory`, () => {
    const settings = fc.record({
      entries: junkFolder,
      lang: fc.constantFrom("zh", "en"),
      human: fc.constantFrom("text", "text", "text", "github", "junit", "sarif"),
      flags: fc.subarray(["--notes", "--all", "--strict", "--series"]),
    });
    fc.assert(
      fc.property(settings, ({ entries, lang, human, flags }) => {
        const folder = mkdtempSync(join(base, "run-"));
        try {
          const junk = join(folder, "junk");
          mkdirSync(junk);
          const built: Built = buildJunk(junk, entries, shared);
          figures.runs += 1;
          for (const key of ["files", "links", "fifos", "folders"] as const) figures[key] += built.counts[key];
          const problems = exercise(junk, built, lang, human, flags);
          expect(problems, `folder ${JSON.stringify(entries).slice(0, 2000)}`).toEqual([]);
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      }),
      // Shrinking would rerun the command line hundreds of times: the first failing folder is reported as it is.
      { numRuns: RUNS, endOnFailure: true, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  }, 600_000);
});
