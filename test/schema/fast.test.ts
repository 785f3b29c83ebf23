import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellsOf } from "../../src/schema/describe.js";
import { fastParse } from "../../src/schema/fast.js";
import { LenientReport2019, LenientReport2021, Report2019, Report2021 } from "../../src/schema/report.js";
import { brokenReport, lenientReport, strictReport } from "../../src/arbitraries/index.js";
import { parseReport } from "../../src/schema/parse.js";
import { clone, consistentReport, setAt } from "../support/reports.js";

const schemas = {
  "2019": { strict: Report2019, lenient: LenientReport2019 },
  "2021": { strict: Report2021, lenient: LenientReport2021 },
} as const;

const seed = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/seeds", `${name}.json`), "utf8"));

const odd = fc.constantFrom<unknown>(
  null, undefined, -1, 1.5, "12", Number.NaN, Number.POSITIVE_INFINITY, 0, -0, 2 ** 53, {}, [], { value: 1, unit: "元" }, { value: 1, unit: "千元" }, "", " ", "临沂", 1999, 2101, 2020,
);

describe("parseReport's fast path agrees with zod", () => {
  it("accepts every well-formed report, so the fast path is really taken", () => {
    for (const format of ["2019", "2021"] as const) {
      for (let index = 0; index < 50; index += 1) expect(fastParse(consistentReport(format, index), undefined, false)).toBeDefined();
    }
    for (const name of ["000", "002", "003"]) expect(fastParse(seed(name), undefined, true)).toBeDefined();
    expect(fastParse(seed("004"), undefined, false)).toBeDefined();
  });

  it.each(["2019", "2021"] as const)("whenever it accepts a mutated %s report, zod accepts with identical output", (format) => {
    const cells = cellsOf(format);
    const nodes = [...new Set(cells.flatMap((cell) => cell.path.slice(0, -1).map((_, depth) => cell.path.slice(0, depth + 1).join("/"))))];
    fc.assert(
      fc.property(
        fc.integer(),
        fc.boolean(),
        fc.array(fc.tuple(fc.constantFrom(...cells.map((cell) => cell.path.join("/")), ...nodes, "extra", "text/extra", "__proto__"), odd), {
          maxLength: 3,
        }),
        (seedValue, lenient, mutations) => {
          const report = clone(consistentReport(format, seedValue)) as Record<string, unknown>;
          for (const [path, value] of mutations) {
            if (path === "__proto__") Object.defineProperty(report, "__proto__", { value, enumerable: true, configurable: true, writable: true });
            else setAt(report, path.split("/"), value);
          }
          const fast = fastParse(report, undefined, lenient);
          const zod = schemas[format][lenient ? "lenient" : "strict"].safeParse(report);
          if (fast !== undefined) {
            expect(zod.success).toBe(true);
            expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
            expect(fast).toEqual(zod.data);
            expect(fast).not.toBe(report);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it.each(["2019", "2021"] as const)("generated, lenient (blank) and broken %s reports: the fast path decides exactly as zod does", (format) => {
    const reports = fc.oneof(
      strictReport(format) as fc.Arbitrary<unknown>,
      lenientReport(format) as fc.Arbitrary<unknown>,
      brokenReport(format).map((sample) => sample.report as unknown),
    );
    fc.assert(
      fc.property(reports, fc.boolean(), (report, lenient) => {
        const fast = fastParse(report, undefined, lenient);
        const zod = schemas[format][lenient ? "lenient" : "strict"].safeParse(report);
        // Every well-formed report takes the fast path; every other one falls through to zod.
        expect(fast !== undefined).toBe(zod.success);
        if (fast !== undefined) expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
      }),
      { numRuns: 300 },
    );
  });

  it("real reports (seeds, examples): parseReport (fast path) and zod alone give the same result", () => {
    const folders = ["test/fixtures/seeds", "examples/reports", "examples/series"];
    const root = join(import.meta.dirname, "../..");
    const files = folders.flatMap((folder) => readdirSync(join(root, folder)).filter((name) => name.endsWith(".json")).map((name) => join(root, folder, name)));
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const report = JSON.parse(readFileSync(file, "utf8"));
      for (const lenient of [true, false]) {
        const zod = schemas[report.format as "2019" | "2021"][lenient ? "lenient" : "strict"].safeParse(report);
        const fast = fastParse(report, undefined, lenient);
        expect(fast !== undefined, file).toBe(zod.success);
        const parsed = parseReport(report, { lenient });
        expect(parsed.success).toBe(zod.success);
        if (parsed.success) expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(zod.data));
      }
    }
  });
});
