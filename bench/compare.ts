/**
 * Two builds of zfxxgk side by side: `npx tsx bench/compare.ts <old dist> <new dist> [rounds]`.
 *
 * Each build runs each case in its own process, the two alternating `rounds` times (default 5); a
 * process warms up, then times its case by CPU time (user + system), which a shared machine's load
 * disturbs far less than the clock. Separate processes keep one build's garbage from slowing the
 * other. Prints the median rate of each build and the speed-up. Keep the old build next to the
 * package (`git worktree add ../old <commit> && (cd ../old && npm ci && npm run build)`, then
 * `../old/dist`), so both resolve zod from a node_modules.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = join(import.meta.dirname, "..");

type Api = {
  check: (report: unknown, options?: unknown) => unknown;
  validateReport: (report: unknown, options?: unknown) => unknown;
  parseReport: (report: unknown, options?: unknown) => unknown;
  RULE_IDS: readonly string[];
};

const fresh = (value: unknown) => JSON.parse(JSON.stringify(value));

/** The cases: inputs (built from the new build's fixtures, so both builds check the same data) and the call. */
async function cases(api: Api): Promise<Record<string, [() => unknown[], (report: unknown) => unknown]>> {
  const { buildReport } = (await import(join(ROOT, "dist/fixtures/index.js"))) as { buildReport: (options: { format: "2019" | "2021"; seed: number }) => unknown };
  const generated = (format: "2019" | "2021", count: number) => Array.from({ length: count }, (_, seed) => fresh(buildReport({ format, seed })));
  const real = () =>
    ["test/fixtures/seeds", "examples/reports", "examples/series"].flatMap((folder) =>
      readdirSync(join(ROOT, folder))
        .filter((name) => name.endsWith(".json"))
        .map((name) => JSON.parse(readFileSync(join(ROOT, folder, name), "utf8"))),
    );
  const bad = () =>
    generated("2021", 100).map((report) => {
      let left = 50;
      const visit = (node: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(node)) {
          if (left === 0) return;
          if (typeof value === "number") {
            node[key] = -1;
            left -= 1;
          } else if (value && typeof value === "object") visit(value as Record<string, unknown>);
        }
      };
      visit((report as { applications: Record<string, unknown> }).applications);
      return report;
    });
  const tablesOnly = { rules: Object.fromEntries(api.RULE_IDS.filter((id) => id.startsWith("text.")).map((id) => [id, "off"])) };
  return {
    "check, generated 2019": [() => generated("2019", 300), (report) => api.check(report)],
    "check, generated 2021": [() => generated("2021", 300), (report) => api.check(report)],
    "check text off, generated 2019": [() => generated("2019", 300), (report) => api.check(report, tablesOnly)],
    "check, real": [real, (report) => api.check(report)],
    "check text off, real": [real, (report) => api.check(report, tablesOnly)],
    "validateReport strict, generated 2021": [() => generated("2021", 300), (report) => api.validateReport(report, { lenient: false })],
    "validateReport, real": [real, (report) => api.validateReport(report)],
    "validateReport, 50 bad cells": [bad, (report) => api.validateReport(report)],
    "parseReport lenient, 50 bad cells": [bad, (report) => api.parseReport(report, { lenient: true })],
    "check, 50 bad cells": [bad, (report) => api.check(report)],
  };
}

/** Child: the CPU-time rate of one case of one build. */
async function child(dist: string, name: string): Promise<void> {
  const api = (await import(join(resolve(dist), "index.js"))) as Api;
  const [make, work] = (await cases(api))[name] as [() => unknown[], (report: unknown) => unknown];
  const inputs = make();
  const run = (ms: number) => {
    let done = 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    do {
      work(inputs[done % inputs.length]);
      done += 1;
    } while (performance.now() - started < ms);
    const used = process.cpuUsage(cpu);
    return done / ((used.user + used.system) / 1e6);
  };
  run(800);
  process.stdout.write(`${run(2000)}\n`);
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;

async function main(): Promise<void> {
  const [first, second, third] = process.argv.slice(2);
  if (first === "--child") return child(second as string, third as string);
  if (!first || !second) {
    console.error("usage: npx tsx bench/compare.ts <old dist> <new dist> [rounds]");
    process.exitCode = 3;
    return;
  }
  const rounds = Number(third ?? 5);
  const names = Object.keys(await cases({ check: () => 0, validateReport: () => 0, parseReport: () => 0, RULE_IDS: [] }));
  const rate = (dist: string, name: string) => Number(execFileSync(process.execPath, ["--import", "tsx", import.meta.filename, "--child", dist, name], { encoding: "utf8" }));
  console.log(`zfxxgk: ${first} → ${second}, ${rounds} alternating processes each, CPU-time rates, medians\n`);
  for (const name of names) {
    const before: number[] = [];
    const after: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      before.push(rate(first, name));
      after.push(rate(second, name));
    }
    const [old, now] = [median(before), median(after)];
    console.log(`${name.padEnd(40)}${Math.round(old).toLocaleString("en-US").padStart(9)}/s${Math.round(now).toLocaleString("en-US").padStart(9)}/s  ×${(now / old).toFixed(2)}`);
  }
}

await main();
