// The faster engine (issue 12, fifth session) gives byte-identical findings to the engine it
// replaced, kept verbatim in test/rules/reference/ as the oracle (the modules the speed work left
// as they were, interval, format-of and types, are imported from src): on real reports, generated
// strict and lenient reports, reports broken by breakRule or brokenReport, and reports whose
// table cells were blanked, deleted or replaced by junk (strings, Infinity, NaN, -0, fractions,
// negatives, values past 2^53, rows that are not objects) — in both languages, under both blank
// policies and with rules turned off or re-levelled. Compared with toStrictEqual after a JSON
// round trip would hide -0 and undefined keys, so the findings are compared as they are.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brokenReport, lenientReport, strictReport } from "../../src/arbitraries/index.js";
import { blankReport, breakRule, buildReport, buildSeries, ruleIdsFor } from "../../src/fixtures/index.js";
import { cellsOf } from "../../src/layout/cells.js";
import { checkSeries, runReportRules } from "../../src/rules/check.js";
import { REPORT_RULES } from "../../src/rules/report-rules.js";
import type { CheckOptions } from "../../src/rules/types.js";
import type { Format } from "../../src/schema/report.js";
import { clone, setAt } from "../support/reports.js";
import { referenceReportRules, referenceSeries } from "./reference/run.js";

const ROOT = join(import.meta.dirname, "../..");
// examples/ is left out of the mutation-testing sandbox (stryker.config.mjs); the properties still run there.
const real = ["test/fixtures/seeds", "examples/reports", "examples/series"].filter((folder) => existsSync(join(ROOT, folder))).flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith(".json"))
    .map((name) => [`${folder}/${name}`, JSON.parse(readFileSync(join(ROOT, folder, name), "utf8")) as unknown] as const),
);

const OPTIONS: readonly (CheckOptions | undefined)[] = [
  undefined,
  { lang: "en" },
  { blanks: "zero" },
  { lang: "en", blanks: "zero" },
  { rules: { "t3.balance": "warning", "t3.applicant-total": "off", "t4.total": "info" } },
];
const options = fc.constantFrom(...OPTIONS);

const same = (report: unknown, option: CheckOptions | undefined) => {
  expect(runReportRules(REPORT_RULES, report, option)).toStrictEqual(referenceReportRules(report, option));
};

/** Values a published or malformed cell may hold. */
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(0),
  fc.constant(-0),
  fc.integer({ min: -5, max: 40 }),
  fc.double({ noNaN: false }),
  fc.constantFrom("12", "", true, Number.POSITIVE_INFINITY, Number.NaN, 2 ** 53, 2 ** 53 + 2, -(2 ** 52), 4.5e15, { total: 3 }, [1]),
);

/** Table cells (三, 四, 二) and the rows above them, as paths. */
function places(format: Format): (readonly string[])[] {
  const cells = cellsOf(format)
    .filter((cell) => cell.meta.cell.table === "三" || cell.meta.cell.table === "四" || cell.meta.cell.table === "二")
    .map((cell) => cell.path);
  const rows = new Map(cells.map((path) => [path.slice(0, -1).join("/"), path.slice(0, -1)]));
  return [...cells, ...rows.values(), ["applications"], ["applications", "outcomes"], ["reviewAndLitigation"], ["proactive"]];
}

/** A strict report with some cells or rows replaced (junk) or deleted. */
function mangled(format: Format): fc.Arbitrary<unknown> {
  const where = places(format);
  return fc
    .tuple(
      strictReport(format),
      fc.array(fc.tuple(fc.constantFrom(...where), junk, fc.boolean()), { maxLength: 12 }),
      fc.array(fc.constantFrom(...where), { maxLength: 40 }),
    )
    .map(([report, changes, blanks]) => {
      const copy = clone(report) as Record<string, unknown>;
      for (const path of blanks) if (path.length > 2) setAt(copy, path, null);
      for (const [path, value, remove] of changes) {
        if (remove) {
          const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), copy);
          if (parent && typeof parent === "object") delete (parent as Record<string, unknown>)[path[path.length - 1] as string];
        } else setAt(copy, path, value);
      }
      return copy;
    });
}

/** A built report with realistic blanks and, sometimes, one rule broken first. */
function built(format: Format): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.integer({ min: 0, max: 10_000 }), fc.option(fc.constantFrom(...ruleIdsFor(format))), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean())
    .map(([seed, rule, zeroRows, legalPersonZeros, reviewZeros, outcomesTotal]) => {
      const report = buildReport({ format, seed });
      const broken = rule ? breakRule(report, rule, { seed }) : report;
      return blankReport(broken, { zeroRows, legalPersonZeros, reviewZeros, outcomesTotal });
    });
}

describe("the engine gives the findings of the engine it replaced (test/rules/reference)", () => {
  it.each(real)("real report %s, every option set", (_, report) => {
    for (const option of OPTIONS) same(report, option);
  });

  it.each(["2019", "2021"] as const)("generated, lenient, broken and blanked %s reports", (format) => {
    const reports = fc.oneof(
      strictReport(format) as fc.Arbitrary<unknown>,
      lenientReport(format) as fc.Arbitrary<unknown>,
      brokenReport(format).map((sample) => sample.report as unknown),
      built(format),
    );
    fc.assert(fc.property(reports, options, (report, option) => same(report, option)), { numRuns: 150 });
  });

  it.each(["2019", "2021"] as const)("%s reports with cells blanked, deleted or replaced by junk", (format) => {
    fc.assert(fc.property(mangled(format), options, (report, option) => same(report, option)), { numRuns: 300 });
  });

  it("not a report at all", () => {
    for (const value of [null, 12, "x", [], {}, { applications: 5 }, { applications: { received: [] } }]) same(value, undefined);
  });

  it("series: built, broken by a blank and mangled (the series rules read cells through the reader)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom([2019, 2020], [2020, 2021], [2021, 2022, 2023], [2019, 2020, 2021]),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...places("2019"), ...places("2021")), junk), { maxLength: 10 }),
        options,
        (seed, years, changes, option) => {
          const series = buildSeries({ years, seed }).map((report) => clone(report) as Record<string, unknown>);
          for (const [index, path, value] of changes) setAt(series[index % series.length] as Record<string, unknown>, path, value);
          expect(checkSeries(series, option)).toStrictEqual(referenceSeries(series, option));
        },
      ),
      { numRuns: 150 },
    );
  });
});
