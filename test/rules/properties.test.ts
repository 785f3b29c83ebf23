import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "../../src/rules/check.js";
import { cellsOf } from "../../src/schema/describe.js";
import { clone, consistentReport, getAt, setAt } from "../support/reports.js";

const formats = ["2019", "2021"] as const;

describe("laws of the single-report rules", () => {
  it.each(formats)("a report whose tables are consistent has no finding (%s)", (format) => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(check(consistentReport(format, seed))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each(formats)("changing any one count of tables 三 or 四 breaks at least one t3/t4 relation (%s)", (format) => {
    const cells = cellsOf(format).filter((cell) => cell.meta.cell.table === "三" || cell.meta.cell.table === "四");
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...cells), fc.integer({ min: 1, max: 1000 }), (seed, cell, delta) => {
        const report = clone(consistentReport(format, seed));
        setAt(report, cell.path, (getAt(report, cell.path) as number) + delta);
        const findings = check(report);
        expect(findings.length).toBeGreaterThan(0);
        expect(findings.every((finding) => /^t[34]\./.test(finding.ruleId) && finding.severity === "error")).toBe(true);
        expect(findings.some((finding) => finding.paths.includes(cell.pointer))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it.each(formats)("blanking cells never yields a passing verdict from nothing: each blank appears in some finding's paths (%s)", (format) => {
    const cells = cellsOf(format).filter((cell) => cell.meta.cell.table === "三" || cell.meta.cell.table === "四");
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...cells), (seed, cell) => {
        const report = clone(consistentReport(format, seed)) as Record<string, unknown>;
        setAt(report, cell.path, null);
        const findings = check(report);
        // A blank count is said somewhere, unless it was derivable exactly (a blank total with all parts filled)
        // or cannot matter (0 ≤ anything); in the derivable case the total's own rule says so.
        expect(findings.some((finding) => finding.paths.includes(cell.pointer))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("check never throws on any JSON-like value and returns well-formed findings", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const findings = check(value);
        for (const finding of findings) {
          expect(typeof finding.ruleId).toBe("string");
          expect(["error", "warning", "info"]).toContain(finding.severity);
          expect(finding.paths.every((path) => path === "" || path.startsWith("/"))).toBe(true); // "" is the whole input (report.input)
          expect(finding.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
