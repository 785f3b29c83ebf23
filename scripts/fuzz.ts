/**
 * `npm run fuzz`: the long fuzz campaign, spread over the machine's cores.
 *
 * Runs the `mixed` property of test/fuzz/fuzz.test.ts in FUZZ_SHARDS processes (default: the number of
 * cores), each with its own fast-check seed (FUZZ_SEED + shard) and its share of FUZZ_RUNS inputs
 * (default 1,000,000 in all). Every shard writes its figures as they accumulate; this script sums them
 * into FUZZ_REPORT (default fuzz-report.json) every 30 s and at the end, so an interrupted campaign still
 * reports exact counts. Exits 1 when any shard found a problem, 0 when every input passed.
 *
 *   FUZZ_RUNS=200000 FUZZ_SHARDS=2 npm run fuzz
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";

interface Figures {
  inputs: number;
  calls: number;
  throws: number;
  mutations: number;
  shapes: number;
  oversized: number;
  seed: number | null;
  failures: string[];
}

const total = Number(process.env.FUZZ_RUNS ?? "") || 1_000_000;
const shards = Math.max(1, Number(process.env.FUZZ_SHARDS ?? "") || availableParallelism());
const baseSeed = Number(process.env.FUZZ_SEED ?? "") || Date.now() % 2_147_483_647;
const report = process.env.FUZZ_REPORT || "fuzz-report.json";
const started = Date.now();
const shardReport = (shard: number) => `${report}.shard-${shard}.json`;

function read(shard: number): Figures | undefined {
  const path = shardReport(shard);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Figures;
  } catch {
    return undefined; // being written
  }
}

function sum(finished: boolean): Record<string, unknown> {
  const parts = Array.from({ length: shards }, (_, shard) => read(shard));
  const counts = { inputs: 0, calls: 0, throws: 0, mutations: 0, shapes: 0, oversized: 0 };
  for (const part of parts) for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += part?.[key] ?? 0;
  const summary = {
    ...counts,
    target: total,
    shards,
    seeds: parts.map((part, shard) => part?.seed ?? baseSeed + shard),
    minutes: Math.round((Date.now() - started) / 600) / 100,
    finished,
    failures: parts.flatMap((part) => part?.failures ?? []).slice(0, 20),
  };
  writeFileSync(report, `${JSON.stringify(summary, null, 1)}\n`);
  return summary;
}

const per = Math.ceil(total / shards);
const exits = await Promise.all(
  Array.from({ length: shards }, (_, shard) => {
    const child = spawn("npx", ["vitest", "run", "test/fuzz/fuzz.test.ts", "-t", "mixed", "--testTimeout=0"], {
      env: { ...process.env, FUZZ_RUNS: String(per), FUZZ_SEED: String(baseSeed + shard), FUZZ_REPORT: shardReport(shard) },
      stdio: ["ignore", "inherit", "inherit"],
    });
    return new Promise<number>((done) => child.on("close", (code) => done(code ?? 1)));
  }).concat([
    new Promise<number>((done) => {
      const timer = setInterval(() => {
        const { inputs, throws, mutations, shapes, oversized, minutes } = sum(false);
        console.log(`fuzz: ${inputs}/${total} inputs in ${minutes} min; throws ${throws}, mutations ${mutations}, shapes ${shapes}, oversized ${oversized}`);
      }, 30_000);
      timer.unref();
      done(0);
    }),
  ]),
);
const summary = sum(true);
console.log(`fuzz figures: ${JSON.stringify(summary)}`);
process.exit(exits.every((code) => code === 0) ? 0 : 1);
