/**
 * The ratio bench of issue 12: zfxxgk against what a user would otherwise write, in one
 * process, as the median of interleaved rounds. Only ratios mean anything on a shared machine;
 * the absolute rates are printed for orientation.
 *
 *   npm run bench                 # everything (builds first)
 *   tsx bench/run.ts ratios       # only this table (needs dist/)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { check, checkSeries, fromLabeledTables, migrate, RULE_IDS, validateReport } from "../dist/index.js";
import { buildReport } from "../dist/fixtures/index.js";
import { ajvValidators, floor, plainZod } from "./baselines.js";

const ROOT = join(import.meta.dirname, "..");

/**
 * fromLabeledTables before issue 12, for its aim (≥ 3× today's rate). Rates on one shared machine
 * are not comparable across runs, so the bench compares in one process: set ZFXXGK_BEFORE to a
 * dist/ built from main at 156aee0 (`git worktree add /tmp/before 156aee0 && cd /tmp/before &&
 * npm ci && npm run build`), and the old fromLabeledTables runs interleaved with the new one.
 * Without it, the line compares with the rate recorded on 2026-11-29 (below), which is only a hint.
 */
const LABELED_RATE_BEFORE = 57;
const BEFORE = process.env.ZFXXGK_BEFORE;

type Work = (input: unknown) => unknown;

interface Contender {
  readonly name: string;
  readonly inputs: readonly unknown[];
  readonly work: Work;
  /** Reports per call (a series call checks many reports). */
  readonly per?: number;
}

/** Calls per second of `work` over `inputs` for about `ms` milliseconds (at least one call). */
function rate(contender: Contender, ms: number): number {
  const { inputs, work } = contender;
  let done = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    work(inputs[done % inputs.length]);
    done += 1;
    elapsed = performance.now() - started;
  } while (elapsed < ms);
  return ((done * (contender.per ?? 1)) / elapsed) * 1000;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median rate of each contender over `rounds` interleaved rounds (after one warm-up round). */
function compare(contenders: readonly Contender[], { rounds = 5, ms = 200 } = {}): number[] {
  for (const contender of contenders) rate(contender, ms);
  const rates = contenders.map(() => [] as number[]);
  for (let round = 0; round < rounds; round += 1) for (const [index, contender] of contenders.entries()) rates[index]?.push(rate(contender, ms));
  return rates.map(median);
}

// --- inputs -------------------------------------------------------------------

const fresh = (value: unknown) => JSON.parse(JSON.stringify(value));

function jsonFiles(folder: string): unknown[] {
  const path = join(ROOT, folder);
  return readdirSync(path)
    .filter((name) => name.endsWith(".json"))
    .map((name) => JSON.parse(readFileSync(join(path, name), "utf8")));
}

function generated(format: "2019" | "2021", count: number): unknown[] {
  return Array.from({ length: count }, (_, seed) => fresh(buildReport({ format, seed })));
}

/** Valid generated reports with `count` count cells of table 三 set to -1 (a schema error each). */
function withBadCells(format: "2019" | "2021", count: number, reports: number): unknown[] {
  return generated(format, reports).map((report) => {
    let left = count;
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
}

/** One organ's reports for `count` consecutive years (shallow copies of a few generated reports). */
function series(count: number): unknown[] {
  const bases = generated("2021", 8).map((report) => ({ ...(report as object), agency: "某市人民政府" }));
  return Array.from({ length: count }, (_, index) => ({ ...(bases[index % bases.length] as object), year: 2021 + index }));
}

// --- the table ------------------------------------------------------------------

interface Line {
  readonly what: string;
  readonly ours: string;
  readonly baseline: string;
  readonly rates: readonly [number, number];
  /** The aim as a minimum ratio, if there is one. */
  readonly aim?: number;
  /** The aim is a band: the ratio must also be at most 1 / aim (the per-report rate of a series). */
  readonly band?: boolean;
}

const format = (value: number) => (value >= 100 ? Math.round(value).toLocaleString("en-US") : value.toPrecision(3));

function header(): void {
  console.log(`${"input".padEnd(34)}${"zfxxgk".padEnd(22)}${"baseline".padEnd(22)}${"zfxxgk/s".padStart(11)}${"base/s".padStart(11)}${"ratio".padStart(8)}  aim`);
  console.log("-".repeat(118));
}

/** Prints lines as each section finishes. */
function print(lines: readonly Line[]): void {
  for (const line of lines) {
    const ratio = line.rates[0] / line.rates[1];
    const met = line.aim !== undefined && ratio >= line.aim && (!line.band || ratio <= 1 / line.aim);
    const bound = line.aim === undefined ? "" : line.band ? `${line.aim.toFixed(2)}–${(1 / line.aim).toFixed(2)}` : `≥ ${Number(line.aim.toFixed(2))}`;
    const aim = line.aim === undefined ? "" : `${bound} ${met ? "met" : "NOT met"}`;
    console.log(
      `${line.what.padEnd(34)}${line.ours.padEnd(22)}${line.baseline.padEnd(22)}${format(line.rates[0]).padStart(11)}${format(line.rates[1]).padStart(11)}${ratio.toFixed(2).padStart(8)}  ${aim}`,
    );
  }
}

const zodStrict = plainZod(false);
const zodLenient = plainZod(true);
const ajv = ajvValidators(ROOT);
const validateLenient: Work = (report) => validateReport(report);
/** The text.* rules off: the table and format rules alone, for the split the note of issue 12 reports. */
const TABLES_ONLY = { rules: Object.fromEntries(RULE_IDS.filter((id) => id.startsWith("text.")).map((id) => [id, "off" as const])) };
const checkTables: Work = (report) => check(report, TABLES_ONLY);
const validateStrict: Work = (report) => validateReport(report, { lenient: false });

/** The sections of the table, each printing its lines when done. */
const SECTIONS: Record<string, () => Line[] | Promise<Line[]>> = {
  valid: () =>
    (["2019", "2021"] as const).flatMap((format) => {
      const inputs = generated(format, 500);
      const [ours, zod, ajvRate, floorRate] = compare([
        { name: "validateReport", inputs, work: validateStrict },
        { name: "zod", inputs, work: (report) => zodStrict.safeParse(report) },
        { name: "ajv", inputs, work: (report) => ajv.strict(report) },
        { name: "floor", inputs, work: floor },
      ]) as [number, number, number, number];
      const what = `generated valid ${format}`;
      return [
        { what, ours: "validateReport", baseline: "plain zod strict", rates: [ours, zod], aim: 1.5 },
        { what, ours: "validateReport", baseline: "ajv strict", rates: [ours, ajvRate] },
        { what, ours: "validateReport", baseline: "floor loop", rates: [ours, floorRate] },
      ];
    }),
  check: () =>
    (["2019", "2021"] as const).flatMap((format) => {
      const inputs = generated(format, 500);
      const [ours, floorRate, zod, tables] = compare([
        { name: "check", inputs, work: (report) => check(report) },
        { name: "floor", inputs, work: floor },
        { name: "zod", inputs, work: (report) => zodStrict.safeParse(report) },
        { name: "check, text.* off", inputs, work: checkTables },
      ]) as [number, number, number, number];
      return [
        { what: `generated valid ${format}`, ours: "check", baseline: "floor loop", rates: [ours, floorRate], aim: 0.7 },
        { what: `generated valid ${format}`, ours: "check", baseline: "plain zod strict", rates: [ours, zod] },
        { what: `generated valid ${format}`, ours: "check, text.* rules off", baseline: "floor loop", rates: [tables, floorRate] },
      ];
    }),
  real: () => {
    const inputs = [...jsonFiles("test/fixtures/seeds"), ...jsonFiles("examples/reports"), ...jsonFiles("examples/series")];
    const [ours, zod, ajvRate, floorRate, checkRate] = compare([
      { name: "validateReport", inputs, work: validateLenient },
      { name: "zod", inputs, work: (report) => zodLenient.safeParse(report) },
      { name: "ajv", inputs, work: (report) => ajv.lenient(report) },
      { name: "floor", inputs, work: floor },
      { name: "check", inputs, work: (report) => check(report) },
    ]) as [number, number, number, number, number];
    const what = `real reports, blanks (${inputs.length})`;
    return [
      { what, ours: "validateReport", baseline: "plain zod lenient", rates: [ours, zod], aim: 0.3 },
      { what, ours: "validateReport", baseline: "ajv lenient", rates: [ours, ajvRate] },
      { what, ours: "check", baseline: "floor loop", rates: [checkRate, floorRate] },
    ];
  },
  bad: () =>
    ([1, 50] as const).map((count) => {
      const inputs = withBadCells("2021", count, 100);
      const [ours, zod] = compare([
        { name: "validateReport", inputs, work: validateLenient },
        { name: "zod", inputs, work: (report) => zodLenient.safeParse(report) },
      ]) as [number, number];
      return { what: `${count} bad cell${count > 1 ? "s" : ""} (2021)`, ours: "validateReport", baseline: "plain zod lenient", rates: [ours, zod], ...(count === 50 ? { aim: 0.5 } : {}) };
    }),
  migrate: () =>
    (
      [
        ["2019", "2021"],
        ["2021", "2019"],
      ] as const
    ).map(([from, to]) => {
      const inputs = generated(from, 500);
      const [ours, zod] = compare([
        { name: "migrate", inputs, work: (report) => migrate(report, to) },
        { name: "zod", inputs, work: (report) => zodLenient.safeParse(report) },
      ]) as [number, number];
      return { what: `migrate ${from} → ${to}`, ours: "migrate", baseline: "plain zod lenient", rates: [ours, zod], aim: 0.25 };
    }),
  labeled: async () => {
    const inputs = jsonFiles("examples/labeled");
    const before = BEFORE ? ((await import(join(BEFORE, "index.js"))) as { fromLabeledTables: Work }).fromLabeledTables : undefined;
    const [ours, old] = compare([
      { name: "fromLabeledTables", inputs, work: (tables) => fromLabeledTables(tables) },
      ...(before ? [{ name: "before", inputs, work: before }] : []),
    ]) as [number, number | undefined];
    const baseline = old === undefined ? "recorded 2026-11-29" : "main 156aee0 (same run)";
    return [{ what: `labelled tables (${inputs.length})`, ours: "fromLabeledTables", baseline, rates: [ours, old ?? LABELED_RATE_BEFORE], aim: 3 }];
  },
  series: () => {
    const sizes = [7, 1_000, 100_000];
    const inputs = sizes.map((size) => [series(size)]);
    const rates = compare(
      sizes.map((size, index) => ({ name: `checkSeries ${size}`, inputs: inputs[index] as unknown[], work: (reports) => checkSeries(reports as unknown[]), per: size })),
      { rounds: 3, ms: 300 },
    );
    const [small] = rates as [number];
    return sizes.map((size, index) => ({
      what: `series of ${size.toLocaleString("en-US")}`,
      ours: "checkSeries /report",
      baseline: "checkSeries of 7",
      rates: [rates[index] as number, small] as const,
      ...(size > 7 ? { aim: 1 / 1.5, band: true } : {}),
    }));
  },
};

/** Runs every section (or those whose name starts with `only`) and prints the ratio table. */
export async function ratios(only?: string): Promise<void> {
  console.log(`zfxxgk ratio bench — dist/, node ${process.version}, one process, median of interleaved rounds (ratio = zfxxgk rate ÷ baseline rate)\n`);
  header();
  for (const [name, section] of Object.entries(SECTIONS)) if (!only || name.startsWith(only)) print(await section());
}
