/**
 * Benchmarks on the built package (`dist/`; `npm run bench` builds first). Prints figures;
 * it is not a timed test. See docs/performance.md.
 *
 *   npm run bench                    # all sections
 *   tsx bench/run.ts ratios [name]   # the ratio table of issue 12 (baselines in the same process); name = valid|check|real|bad|migrate|labeled|series
 *   tsx bench/run.ts throughput      # parse + check rates, published-page readers, the 100,000-report memory run
 *   tsx bench/run.ts memory [count]  # only the memory run (spawned with --expose-gc)
 *   tsx bench/run.ts locate          # locateErrors quality and speed
 *   tsx bench/run.ts cli             # the command line (bench/cli.ts, when present)
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { check, LenientReport, parseReport } from "../dist/index.js";
import { buildReport } from "../dist/fixtures/index.js";
import { ratios } from "./ratios.js";
import { readRows } from "./read.js";
import { throughput as measure } from "./throughput.js";

const ROOT = join(import.meta.dirname, "..");

function seeds(): unknown[] {
  const folder = join(ROOT, "test/fixtures/seeds");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .map((name) => JSON.parse(readFileSync(join(folder, name), "utf8")));
}

function generated(format: "2019" | "2021", count: number): unknown[] {
  // Fresh JSON objects, as a caller would hold after JSON.parse.
  return Array.from({ length: count }, (_, seed) => JSON.parse(JSON.stringify(buildReport({ format, seed }))));
}

/** Reports per second of `work` over `inputs` (batches of 100 between clock reads). */
function throughput(inputs: readonly unknown[], work: (report: unknown) => void, ms = 1500): number {
  return measure(inputs, work, ms, 100);
}

// parseReport is the package's safe entry point (a fast path for well-formed
// reports, zod for everything else); LenientReport.safeParse is zod alone.
const parseAndCheck = (report: unknown) => {
  const result = parseReport(report, { lenient: true });
  check(result.success ? result.data : report);
};
const checkOnly = (report: unknown) => void check(report);
const parseOnly = (report: unknown) => void parseReport(report, { lenient: true });
const zodOnly = (report: unknown) => void LenientReport.safeParse(report);

function memoryRun(count: number): void {
  // Stream: generate, parse + check, discard. Sample the high-water marks.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage();
  let rss = base.rss;
  let heap = base.heapUsed;
  const started = performance.now();
  let findings = 0;
  for (let seed = 0; seed < count; seed += 1) {
    const report = buildReport({ format: seed % 2 === 0 ? "2021" : "2019", seed });
    const result = parseReport(report, { lenient: true });
    findings += check(result.success ? result.data : report).length;
    if (seed % 1000 === 0) {
      const usage = process.memoryUsage();
      rss = Math.max(rss, usage.rss);
      heap = Math.max(heap, usage.heapUsed);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(
    JSON.stringify({
      count,
      findings,
      seconds: Number(seconds.toFixed(1)),
      baseRssMB: mb(base.rss),
      peakRssMB: mb(rss),
      baseHeapMB: mb(base.heapUsed),
      peakHeapMB: mb(heap),
      gcExposed: Boolean(gc),
    }),
  );
}

const section = process.argv[2];
const run = (name: string) => section === undefined || section === name;

if (run("ratios")) {
  await ratios(section === "ratios" ? process.argv[3] : undefined);
  console.log("");
}

if (section === "memory") {
  memoryRun(Number(process.argv[3] ?? 100_000));
} else if (run("throughput")) {
  const rows: [string, string, number][] = [];
  const seedReports = seeds();
  const gen2019 = generated("2019", 2000);
  const gen2021 = generated("2021", 2000);
  for (const [name, inputs] of [
    ["seed fixtures (4 real reports)", seedReports],
    ["generated 2019", gen2019],
    ["generated 2021", gen2021],
  ] as const) {
    rows.push([name, "parseReport + check", throughput(inputs, parseAndCheck)]);
    rows.push([name, "check only", throughput(inputs, checkOnly)]);
    rows.push([name, "parseReport only", throughput(inputs, parseOnly)]);
    rows.push([name, "LenientReport.safeParse (zod) only", throughput(inputs, zodOnly)]);
  }
  console.log(`zfxxgk benchmark — dist/, node ${process.version}, one process, warmed up\n`);
  console.log(`${"input".padEnd(32)}${"operation".padEnd(36)}${"reports/s".padStart(12)}`);
  console.log("-".repeat(80));
  for (const [input, operation, rate] of rows)
    console.log(`${input.padEnd(32)}${operation.padEnd(36)}${Math.round(rate).toLocaleString("en-US").padStart(12)}`);
  console.log("\ntarget: ≥ 50,000 reports/s for parse + check\n");
  console.log(`${"published page".padEnd(32)}${"reader".padEnd(24)}${"pages/s".padStart(10)}${"ms/page".padStart(10)}`);
  console.log("-".repeat(76));
  for (const [input, operation, pages] of readRows())
    console.log(`${input.padEnd(32)}${operation.padEnd(24)}${Math.round(pages).toLocaleString("en-US").padStart(10)}${(1000 / pages).toFixed(1).padStart(10)}`);
  console.log("\ntarget: a 370 KB Word export in < 50 ms\n");
  console.log("memory: 100,000 generated reports (half 2019, half 2021), generate → parse + check → discard, child with --expose-gc:");
  console.log(
    execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", join(ROOT, "bench/run.ts"), "memory", "100000"], { cwd: ROOT, encoding: "utf8" }).trim(),
  );
}

// Issue 13: locateErrors quality and speed (its own process; prints its own figures).
if (run("locate")) {
  console.log("");
  console.log(execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "bench/locate.ts"), "10000"], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 24 }).trim());
}

// The command line (issue 12: files/s against ajv-cli, start-up, --jobs), written in bench/cli.ts
// by the CLI's owner; run in its own process when present.
if (run("cli")) {
  const cli = join(ROOT, "bench/cli.ts");
  console.log("");
  if (existsSync(cli)) console.log(execFileSync(process.execPath, ["--import", "tsx", cli], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 24 }).trim());
  else console.log("cli: bench/cli.ts not present (the command-line bench hooks in here)");
}
