/**
 * The command line's figures (issue 12), as ratios measured in one run of this
 * script (absolute times on a shared machine mean nothing):
 *
 * - start-up: `zfxxgk check <one file>` against `node -e 0` (median of interleaved runs; aim ≤ 1.6×);
 * - 10,000 generated report files: `zfxxgk check --json` against `ajv validate` (ajv-cli)
 *   with the shipped JSON Schema on the same files (aim ≥ 2.5× faster), for `--jobs 1` and `--jobs 2`;
 * - the speed-up from `--jobs 1` to `--jobs 2`;
 * - peak memory of each run (`/usr/bin/time -v`, else `process.resourceUsage()` in the child; aim < 150 MB).
 *
 *   tsx bench/cli.ts [files] [rounds]     # defaults: 10000 files, 3 rounds (start-up: 11 runs)
 *
 * Needs `dist/` (`npm run build`). `npm run bench` runs it from bench/run.ts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin/zfxxgk.js");
const AJV = join(ROOT, "node_modules/ajv-cli/dist/index.js");
// The shipped schema of both formats (lenient, as `check` reads by default) and the two it refers to.
const SCHEMAS = ["report.lenient.json", "report-2019.lenient.json", "report-2021.lenient.json"].map((name) => join(ROOT, "dist/json-schema", name));
const TIME = "/usr/bin/time";

interface Timed {
  readonly ms: number;
  readonly status: number | null;
  /** Peak resident memory in kB, when measured. */
  readonly peakKb?: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node args…` and times it from outside; with `memory`, under /usr/bin/time -v (or ZFXXGK_DEBUG_MEMORY). */
function timed(args: readonly string[], memory = false): Timed {
  const useTime = memory && existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const argv = useTime ? ["-v", process.execPath, ...args] : [...args];
  const started = process.hrtime.bigint();
  const result = spawnSync(command, argv, {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: "1", ...(memory && !useTime ? { ZFXXGK_DEBUG_MEMORY: "1" } : {}) },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peak = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr) : /maxRSS (\d+) kB/.exec(result.stderr);
  return { ms, status: result.status, stdout: result.stdout, stderr: result.stderr, ...(peak ? { peakKb: Number(peak[1]) } : {}) };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** Writes `count` generated reports (both formats) as JSON files, 500 per folder. */
async function writeReports(folder: string, count: number): Promise<void> {
  const { buildReport } = (await import(join(ROOT, "dist/fixtures/index.js"))) as { buildReport: (options: { format: "2019" | "2021"; seed: number }) => unknown };
  for (let index = 0; index < count; index += 1) {
    const batch = join(folder, `batch-${String(Math.floor(index / 500)).padStart(3, "0")}`);
    if (index % 500 === 0) mkdirSync(batch, { recursive: true });
    writeFileSync(join(batch, `${String(index).padStart(6, "0")}.json`), JSON.stringify(buildReport({ format: index % 2 === 0 ? "2021" : "2019", seed: index })));
  }
}

/** One file against bare node, interleaved. */
function startUp(runs: number): { node: number; check: number; ratio: number } {
  const node: number[] = [];
  const check: number[] = [];
  for (let round = 0; round < runs; round += 1) {
    node.push(timed(["-e", "0"]).ms);
    const run = timed([BIN, "check", "examples/reports/004.json"]);
    if (run.status !== 0) throw new Error(`zfxxgk check examples/reports/004.json exited ${run.status}: ${run.stderr}`);
    check.push(run.ms);
  }
  return { node: median(node), check: median(check), ratio: median(check) / median(node) };
}

/** The many-files comparison, interleaved rounds. */
function manyFiles(folder: string, count: number, rounds: number) {
  const hasAjv = existsSync(AJV);
  const runs = { jobs1: [] as Timed[], jobs2: [] as Timed[], ajv: [] as Timed[] };
  for (let round = 0; round < rounds; round += 1) {
    for (const jobs of ["1", "2"] as const) {
      const run = timed([BIN, "check", folder, "--json", "--jobs", jobs], true);
      const lines = run.stdout.trim().split("\n").length;
      if (run.status !== 0 || lines !== count + 1) throw new Error(`zfxxgk check --jobs ${jobs}: status ${run.status}, ${lines} lines: ${run.stderr.slice(0, 500)}`);
      runs[`jobs${jobs}`].push(run);
    }
    if (hasAjv) {
      // ajv-cli expands the glob itself and prints one line per file.
      const [schema, ...refs] = SCHEMAS as [string, ...string[]];
      const run = timed([AJV, "validate", "--spec=draft2020", "--strict=false", "--all-errors", "-s", schema, ...refs.flatMap((ref) => ["-r", ref]), "-d", join(folder, "*/*.json")], true);
      if (run.status !== 0) throw new Error(`ajv validate exited ${run.status}: ${run.stderr.slice(0, 500)}`);
      runs.ajv.push(run);
    }
  }
  const ms = (list: readonly Timed[]) => median(list.map((run) => run.ms));
  const peakMb = (list: readonly Timed[]) => Math.max(...list.map((run) => run.peakKb ?? Number.NaN)) / 1024;
  return {
    jobs1: { ms: ms(runs.jobs1), peakMb: peakMb(runs.jobs1) },
    jobs2: { ms: ms(runs.jobs2), peakMb: peakMb(runs.jobs2) },
    ajv: hasAjv ? { ms: ms(runs.ajv), peakMb: peakMb(runs.ajv) } : undefined,
  };
}

/** Runs the command-line bench and prints its figures (ratios first). */
export async function main(count = 10_000, rounds = 3): Promise<void> {
  if (!existsSync(join(ROOT, "dist/cli/main.js"))) throw new Error("bench/cli.ts needs dist/: run `npm run build` first");
  const folder = mkdtempSync(join(tmpdir(), "zfxxgk-bench-cli-"));
  try {
    const up = startUp(11);
    await writeReports(folder, count);
    const many = manyFiles(folder, count, rounds);
    const fmt = (value: number) => value.toFixed(2);
    console.log("cli: ratios measured in this run (median of interleaved runs)");
    console.log(`  start-up: check one file ÷ node -e 0 = ${fmt(up.ratio)} (aim ≤ 1.6; ${up.check.toFixed(0)} ms vs ${up.node.toFixed(0)} ms, 11 runs)`);
    if (many.ajv) {
      console.log(`  ${count} files: ajv-cli ÷ zfxxgk --jobs 1 = ${fmt(many.ajv.ms / many.jobs1.ms)}×, ÷ zfxxgk --jobs 2 = ${fmt(many.ajv.ms / many.jobs2.ms)}× faster (aim ≥ 2.5; ${rounds} rounds)`);
    } else console.log("  ajv-cli not installed (devDependency ajv-cli): no comparison");
    console.log(`  speed-up --jobs 1 → --jobs 2: ${fmt(many.jobs1.ms / many.jobs2.ms)}×`);
    const peak = (label: string, mb: number) => `${label} ${Number.isNaN(mb) ? "n/a" : `${mb.toFixed(0)} MB`}`;
    console.log(
      `  peak memory on ${count} files (aim < 150 MB): ${peak("--jobs 1", many.jobs1.peakMb)}, ${peak("--jobs 2", many.jobs2.peakMb)}${many.ajv ? `, ${peak("ajv-cli", many.ajv.peakMb)}` : ""}`,
    );
    console.log(
      `  times (meaningless under load, for the record): --jobs 1 ${many.jobs1.ms.toFixed(0)} ms, --jobs 2 ${many.jobs2.ms.toFixed(0)} ms${many.ajv ? `, ajv-cli ${many.ajv.ms.toFixed(0)} ms` : ""}`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith("bench/cli.ts")) {
  const [files, rounds] = process.argv.slice(2).map(Number);
  await main(files || undefined, rounds || undefined);
}
