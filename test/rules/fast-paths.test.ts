// The rule engine's shortcuts give the same findings as the slow path they replace:
// a blank total is derived once per report and reused (Reader.derived) instead of being
// derived again by every relation that reads it. Property: identical findings with the
// memo switched off, on generated, lenient (blank), real and broken reports.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { brokenReport, lenientReport, strictReport } from "../../src/arbitraries/index.js";
import { check } from "../../src/rules/check.js";
import { Reader } from "../../src/rules/reader.js";
import type { Finding } from "../../src/rules/types.js";

type Derive = { derived: (ref: unknown) => unknown; derivation: (ref: unknown) => unknown };
const prototype = Reader.prototype as unknown as Derive;
const memoised = prototype.derived;
let calls = 0;

/** check with every derivation recomputed (the slow path), counting derivations. */
function slowCheck(report: unknown, options?: Parameters<typeof check>[1]): Finding[] {
  prototype.derived = function derived(this: Derive, ref: unknown) {
    calls += 1;
    return this.derivation(ref);
  };
  try {
    return check(report, options);
  } finally {
    prototype.derived = memoised;
  }
}
afterEach(() => {
  prototype.derived = memoised;
});

const ROOT = join(import.meta.dirname, "../..");
// examples/ is left out of the mutation-testing sandbox (stryker.config.mjs): there the file ran no test at all.
const real = ["test/fixtures/seeds", "examples/reports", "examples/series"].filter((folder) => existsSync(join(ROOT, folder))).flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith(".json"))
    .map((name) => [`${folder}/${name}`, JSON.parse(readFileSync(join(ROOT, folder, name), "utf8"))] as const),
);

describe("check: the memoised derivation of blank totals agrees with deriving each time", () => {
  it.each(real)("real report %s: identical findings (both blank policies, both languages)", (_, report) => {
    for (const options of [undefined, { lang: "en" as const }, { blanks: "zero" as const }]) expect(check(report, options)).toEqual(slowCheck(report, options));
  });

  it("the slow path really derives more often on a report with blank totals (the switch is live)", () => {
    const report = real.find(([name]) => name.includes("003"))?.[1];
    calls = 0;
    slowCheck(report);
    const slow = calls;
    let fast = 0;
    const original = prototype.derivation;
    prototype.derivation = function derivation(this: Derive, ref: unknown) {
      fast += 1;
      return original.call(this, ref);
    };
    try {
      check(report);
    } finally {
      prototype.derivation = original;
    }
    expect(fast).toBeGreaterThan(0);
    expect(slow).toBeGreaterThan(fast);
  });

  it.each(["2019", "2021"] as const)("generated, lenient and broken %s reports: identical findings", (format) => {
    const reports = fc.oneof(
      strictReport(format) as fc.Arbitrary<unknown>,
      lenientReport(format) as fc.Arbitrary<unknown>,
      brokenReport(format).map((sample) => sample.report as unknown),
    );
    fc.assert(
      fc.property(reports, (report) => {
        expect(check(report)).toEqual(slowCheck(report));
      }),
      { numRuns: 60 },
    );
  });
});
