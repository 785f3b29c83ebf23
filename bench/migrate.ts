/**
 * migrate speed (issue 12) as a ratio to a plain zod v4 strict schema of the same shape,
 * measured in one process with interleaved rounds (median). Standalone:
 *
 *   npx tsx bench/migrate.ts [src|dist]   # src (default) needs no build
 *
 * Prints figures; not a timed test.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import { throughput } from "./throughput.js";

const ROOT = join(import.meta.dirname, "..");
const from = process.argv[2] === "dist" ? "../dist" : "../src";
const { migrate } = (await import(`${from}/index.js`)) as typeof import("../src/index.js");
const { buildReport } = (await import(`${from}/fixtures/index.js`)) as typeof import("../src/fixtures/index.js");
const { layoutTree } = (await import("../src/layout/cells.js")) as typeof import("../src/layout/cells.js");

type Node = ReturnType<typeof layoutTree>;

/** A plain strict zod schema of a lenient report, as a user would write it by hand. */
function plainZod(node: Node): z.ZodType {
  const kind = node.meta.cell.kind;
  const count = z.number().int().min(0).nullable();
  switch (kind) {
    case "count":
      return count;
    case "signed":
      return z.number().int().nullable();
    case "money":
      return z.number().min(0).nullable();
    case "year":
      return z.number().int().min(2000).max(2100).nullable();
    case "agency":
      return z.string().nullable();
    case "text":
      return z.string().optional();
    case "unit":
      return z.enum(["元", "万元"]);
    default: {
      const shape: Record<string, z.ZodType> = {};
      for (const [key, child] of Object.entries(node.children ?? {})) shape[key] = plainZod(child);
      const object = z.strictObject(shape);
      if (kind === "amount") return object.nullable();
      return object;
    }
  }
}

function schemaOf(format: "2019" | "2021"): z.ZodType {
  const tree = layoutTree(format);
  const shape: Record<string, z.ZodType> = {};
  for (const [key, child] of Object.entries(tree.children ?? {})) shape[key] = key === "format" ? z.literal(format) : key === "text" ? plainZod(child).optional() : plainZod(child);
  return z.strictObject(shape);
}

const seeds = readdirSync(join(ROOT, "test/fixtures/seeds"))
  .filter((name) => name.endsWith(".json"))
  .map((name) => JSON.parse(readFileSync(join(ROOT, "test/fixtures/seeds", name), "utf8")) as { format: "2019" | "2021" });
const generated = (format: "2019" | "2021") =>
  Array.from({ length: 500 }, (_, seed) => JSON.parse(JSON.stringify(buildReport({ format, seed }))) as { format: "2019" | "2021" });

const schemas = { "2019": schemaOf("2019"), "2021": schemaOf("2021") };
for (const report of [...seeds, ...generated("2019").slice(0, 5), ...generated("2021").slice(0, 5)]) {
  const parsed = schemas[report.format].safeParse(report);
  if (!parsed.success) throw new Error(`plain zod rejects a report: ${parsed.error.message.slice(0, 300)}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const rounds = Number(process.env.ROUNDS ?? 5);
console.log(`migrate vs plain zod (${from}), node ${process.version}, ${rounds} interleaved rounds, median`);
for (const [name, inputs] of [
  ["generated 2019 → 2021", generated("2019")],
  ["generated 2021 → 2019", generated("2021")],
  ["seeds (real reports) → other", seeds],
] as const) {
  const zodRates: number[] = [];
  const migrateRates: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    zodRates.push(throughput(inputs, (report) => void schemas[(report as { format: "2019" | "2021" }).format].safeParse(report), 400, 20));
    migrateRates.push(
      throughput(inputs, (report) => void migrate(report, (report as { format: string }).format === "2019" ? "2021" : "2019"), 400, 20),
    );
  }
  const zodRate = median(zodRates);
  const migrateRate = median(migrateRates);
  console.log(
    `${name.padEnd(32)} plain zod ${Math.round(zodRate).toLocaleString("en-US").padStart(8)}/s  migrate ${Math.round(migrateRate).toLocaleString("en-US").padStart(8)}/s  ratio ${(migrateRate / zodRate).toFixed(3)}`,
  );
}
