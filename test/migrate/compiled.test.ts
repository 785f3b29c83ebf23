// The compiled migration (src/migrate/apply.ts) against the slow path it replaced
// (./slow-apply.ts): identical results — data, ledger, errors, key order, every byte —
// on generated, lenient, real and broken reports, in both languages.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildLenientReport, buildReport } from "../../src/fixtures/index.js";
import { cellsOf } from "../../src/layout/cells.js";
import { setAt } from "../../src/layout/pointer.js";
import { migrate } from "../../src/migrate/index.js";
import type { Format } from "../../src/schema/report.js";
import { anyReport } from "./arbitraries.js";
import { slowMigrate } from "./slow-apply.js";

const ROOT = join(import.meta.dirname, "..", "..");
const fromFolder = (folder: string) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith(".json"))
    .map((name) => JSON.parse(readFileSync(join(ROOT, folder, name), "utf8")) as unknown);
const real = [...fromFolder("test/fixtures/seeds"), ...fromFolder("examples/reports")];

function same(report: unknown): void {
  for (const to of ["2019", "2021"] as const) {
    for (const lang of ["zh", "en"] as const) {
      const fast = migrate(report, to, { lang });
      const slow = slowMigrate(report, to, lang);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
      expect(fast).toStrictEqual(slow);
    }
  }
}

/** A report broken in one cell: a wrong value, a missing key or an unknown one. */
const broken = fc
  .tuple(anyReport, fc.nat(), fc.constantFrom<unknown>(-1, 1.5, "12", "x", true, [], {}, undefined, Number.NaN, Number.POSITIVE_INFINITY))
  .map(([report, index, value]) => {
    const copy = structuredClone(report) as Record<string, unknown>;
    const cells = cellsOf(copy.format as Format);
    const cell = cells[index % cells.length];
    if (cell) setAt(copy, cell.path, value);
    if (value === undefined && cell) setAt(copy, [...cell.path.slice(0, -1), "unknownKey"], 1);
    return copy;
  });

describe("the compiled migration equals the slow path", () => {
  it("on the real reports (seeds and examples), with and without prose", () => {
    expect(real.length).toBeGreaterThan(3);
    for (const report of real) {
      same(report);
      const { text: _text, ...withoutText } = report as Record<string, unknown>;
      same(withoutText);
    }
  });

  it("on reports made by the fixtures, strict and lenient", () => {
    for (let seed = 0; seed < 40; seed += 1) {
      for (const format of ["2019", "2021"] as const) {
        same(buildReport({ format, seed }));
        same(buildLenientReport({ format, seed }));
      }
    }
  });

  it("on generated strict and lenient reports", () => {
    fc.assert(fc.property(anyReport, (report) => same(report)), { numRuns: 150 });
  });

  it("on broken reports and on anything at all", () => {
    fc.assert(fc.property(broken, (report) => same(report)), { numRuns: 150 });
    fc.assert(fc.property(fc.anything(), (value) => same(value)), { numRuns: 100 });
    for (const value of [null, undefined, 5, "2019", [], {}, { format: "2019" }, { format: "2021", year: 2022 }]) same(value);
  });
});
