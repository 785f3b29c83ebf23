// The mapping declarations are complete and consistent with the reasons list.
import { describe, expect, it } from "vitest";
import { cellMappings, LOSS_REASON_CODES, LOSS_REASONS, MIGRATION_MAPPING } from "../../src/migrate/index.js";
import { cellsOf } from "../../src/schema/describe.js";
import type { Format } from "../../src/schema/report.js";

describe("MIGRATION_MAPPING", () => {
  for (const format of ["2019", "2021"] as const satisfies readonly Format[]) {
    it(`names every ${format} cell (but format) exactly once`, () => {
      const named = cellMappings(format === "2019" ? "to2021" : "to2019").flatMap((cell) => cell.sources);
      const cells = cellsOf(format).map((cell) => cell.pointer).filter((pointer) => pointer !== "/format");
      expect([...named].sort()).toEqual([...cells].sort());
      expect(new Set(named).size).toBe(named.length);
    });
  }

  it("has unique ids and operations that fit their cells", () => {
    expect(new Set(MIGRATION_MAPPING.map((row) => row.id)).size).toBe(MIGRATION_MAPPING.length);
    for (const direction of ["to2021", "to2019"] as const) {
      for (const { step, sources, targets, declaration } of cellMappings(direction)) {
        const where = `${declaration.id} ${direction}`;
        if (step.op === "copy") expect([sources.length, targets.length], where).toEqual([1, 1]);
        if (step.op === "drop") expect(targets.length, where).toBe(0);
        if (step.op === "sum") expect([sources.length > 1, targets.length], where).toEqual([true, 1]);
        if (step.op === "split") expect([sources.length, targets.length > 1], where).toEqual([1, true]);
        if (step.kind === "exact" && step.op === "copy") expect(sources, where).toEqual(targets);
        if (step.op !== "copy" || step.kind !== "exact") expect(step.reason, where).toBeDefined();
      }
    }
  });

  it("uses every reason of LOSS_REASONS, and only those", () => {
    const used = new Set(MIGRATION_MAPPING.flatMap((row) => [row.to2021.reason, row.to2019.reason]).filter(Boolean));
    used.add("no-source"); // also produced for every target a `blank` step leaves null
    expect([...used].sort()).toEqual([...LOSS_REASON_CODES].sort());
    for (const code of LOSS_REASON_CODES) expect(LOSS_REASONS[code].description.zh.length).toBeGreaterThan(10);
  });
});
