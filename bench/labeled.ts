/**
 * fromLabeledTables speed (issue 12): reports/s on the labelled examples, beside a plain
 * zod strict parse of the same reports as a load-independent yardstick, in one process
 * (interleaved rounds, median). Standalone:
 *
 *   npx tsx bench/labeled.ts [src|dist]
 *   BASE=/path/to/other/src npx tsx bench/labeled.ts   # also times another checkout's src, same process
 *
 * Prints figures; not a timed test.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import { throughput } from "./throughput.js";

const ROOT = join(import.meta.dirname, "..");
const from = process.argv[2] === "dist" ? "../dist" : "../src";
type Reader = (input: unknown) => { success: boolean };
const { fromLabeledTables } = (await import(`${from}/index.js`)) as { fromLabeledTables: Reader };
const base = process.env.BASE ? ((await import(join(process.env.BASE, "index.js"))) as { fromLabeledTables: Reader }).fromLabeledTables : undefined;

const inputs = [
  ...readdirSync(join(ROOT, "examples/labeled")).map((name) => JSON.parse(readFileSync(join(ROOT, "examples/labeled", name), "utf8"))),
  ...readdirSync(join(ROOT, "test/fixtures/labeled")).map((name) => JSON.parse(readFileSync(join(ROOT, "test/fixtures/labeled", name), "utf8"))),
] as unknown[];
const reports = inputs.map((input) => {
  const result = fromLabeledTables(input) as { success: boolean; data?: unknown };
  if (!result.success) throw new Error("an example does not read");
  return JSON.parse(JSON.stringify(result.data)) as unknown;
});

// A yardstick of the machine's speed right now: a plain strict zod schema, loosely of a report's size.
const cell = z.number().int().min(0).nullable();
const row = z.strictObject(Object.fromEntries(["naturalPerson", "commercialEnterprise", "researchInstitution", "publicWelfareOrganization", "legalServiceAgency", "otherOrganization", "total"].map((key) => [key, cell])));
const yardstick = z.object({ applications: z.object({ received: row, carriedOver: row, carriedForward: row }) });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const rounds = Number(process.env.ROUNDS ?? 5);
const rates: Record<string, number[]> = { yardstick: [], fromLabeledTables: [], ...(base ? { base: [] } : {}) };
for (let round = 0; round < rounds; round += 1) {
  rates.yardstick?.push(throughput(reports, (report) => void yardstick.safeParse(report), 400, 20));
  rates.fromLabeledTables?.push(throughput(inputs, (input) => void fromLabeledTables(input), 400, 5));
  if (base) rates.base?.push(throughput(inputs, (input) => void base(input), 400, 5));
}
console.log(`fromLabeledTables (${from}) on ${inputs.length} labelled inputs, node ${process.version}, ${rounds} interleaved rounds, median`);
const yard = median(rates.yardstick as number[]);
for (const [name, values] of Object.entries(rates)) {
  const rate = median(values);
  console.log(`${name.padEnd(20)} ${Math.round(rate).toLocaleString("en-US").padStart(9)}/s  (÷ yardstick ${(rate / yard).toFixed(4)})`);
}
if (base) console.log(`speed-up over BASE: ${(median(rates.fromLabeledTables as number[]) / median(rates.base as number[])).toFixed(2)}×`);
