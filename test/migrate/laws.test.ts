// The migration laws, as fast-check properties over generated reports.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "../../src/rules/check.js";
import { cellsOf } from "../../src/schema/describe.js";
import { fromPointer } from "../../src/schema/pointer.js";
import { type Format, LenientReport, LenientReport2019, LenientReport2021, Report2019, Report2021 } from "../../src/schema/report.js";
import { LOSS_REASONS, type Loss, migrate } from "../../src/migrate/index.js";
import { anyReport, deepFreeze, lenient2019, lenient2021, strict2019, strict2021 } from "./arbitraries.js";

const RUNS = { numRuns: 200 };

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const key of fromPointer(pointer)) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const OTHER_HANDLING = "/applications/outcomes/otherHandling";
/** Cells of tables 三 and 四 shared by both formats (all but （六）). */
const shared34 = cellsOf("2019")
  .filter((cell) => (cell.meta.cell.table === "三" || cell.meta.cell.table === "四") && !cell.pointer.startsWith(OTHER_HANDLING))
  .map((cell) => cell.pointer);

function ok<Result extends { success: boolean }>(result: Result): Extract<Result, { success: true }> {
  if (!result.success) throw new Error(`migration failed: ${JSON.stringify(result)}`);
  return result as Extract<Result, { success: true }>;
}

const t34 = (report: unknown) => check(report).filter((finding) => /^t[34]\./.test(finding.ruleId));

describe("the generators", () => {
  it("make strict reports the schemas accept and that pass every t3/t4 rule", () => {
    fc.assert(
      fc.property(strict2019, strict2021, (a, b) => {
        expect(Report2019.safeParse(a).success).toBe(true);
        expect(Report2021.safeParse(b).success).toBe(true);
        expect(t34(a)).toEqual([]);
        expect(t34(b)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
  it("make lenient reports with blanks", () => {
    fc.assert(
      fc.property(lenient2019, lenient2021, (a, b) => {
        expect(LenientReport2019.safeParse(a).success).toBe(true);
        expect(LenientReport2021.safeParse(b).success).toBe(true);
      }),
      { numRuns: 50 },
    );
    // The generator is not vacuous: some generated reports do hold blanks.
    const samples = fc.sample(lenient2019, { numRuns: 50, seed: 1 });
    expect(samples.some((report) => JSON.stringify(report).includes("null"))).toBe(true);
  });
});

describe("law 1: 2019 → 2021 → 2019 reproduces every 三 and 四 cell", () => {
  it("holds for strict and lenient reports, （六） included", () => {
    fc.assert(
      fc.property(fc.oneof(strict2019, lenient2019), (report) => {
        const there = ok(migrate(report, "2021"));
        const back = ok(migrate(there.data, "2019"));
        for (const pointer of shared34) expect(valueAt(back.data, pointer), pointer).toEqual(valueAt(report, pointer));
        expect(back.data.applications.outcomes.otherHandling).toEqual(report.applications.outcomes.otherHandling);
        // So do the near-exact cells of 二 and the metadata.
        expect(back.data.proactive.licensing.decisions).toBe(report.proactive.licensing.decisions);
        expect(back.data.proactive.normativeDocuments.made).toBe(report.proactive.normativeDocuments.made);
        expect([back.data.year, back.data.agency, back.data.text]).toEqual([report.year, report.agency, report.text]);
      }),
      RUNS,
    );
  });
});

describe("law 2: 2021 → 2019 → 2021 reproduces every 三 and 四 cell but the three （六） sub-rows", () => {
  it("keeps every other cell and the （六） sum (blank when a part is blank)", () => {
    fc.assert(
      fc.property(fc.oneof(strict2021, lenient2021), (report) => {
        const back = ok(migrate(ok(migrate(report, "2019")).data, "2021"));
        for (const pointer of shared34) expect(valueAt(back.data, pointer), pointer).toEqual(valueAt(report, pointer));
        const before = report.applications.outcomes.otherHandling;
        const after = back.data.applications.outcomes.otherHandling;
        for (const column of Object.keys(before.other) as (keyof typeof before.other)[]) {
          const parts = [before.noCorrection[column], before.unpaidFee[column], before.other[column]];
          const sum = parts.every((part) => typeof part === "number") ? (parts as number[]).reduce((a, b) => a + b, 0) : null;
          const again = [after.noCorrection[column], after.unpaidFee[column], after.other[column]];
          expect(again).toEqual(sum === null ? [null, null, null] : [0, 0, sum]);
        }
        // The 二 decision counts of （五）（六） and 本年制发件数 survive too.
        for (const row of ["licensing", "penalty", "coercion"] as const) {
          expect(back.data.proactive[row].decisions).toBe(report.proactive[row].decisions);
        }
        expect(back.data.proactive.regulations.issued).toBe(report.proactive.regulations.issued);
        // What the 2019 format cannot hold comes back blank, never invented.
        expect(back.data.proactive.regulations.repealed).toBeNull();
        expect(back.data.proactive.fees.amountWanYuan).toBeNull();
      }),
      RUNS,
    );
  });
});

describe("law 3: a report passing every t3/t4 rule still passes them after migration", () => {
  it("2019 → 2021", () => {
    fc.assert(
      fc.property(strict2019, (report) => {
        expect(t34(ok(migrate(report, "2021")).data)).toEqual([]);
      }),
      RUNS,
    );
  });
  it("2021 → 2019", () => {
    fc.assert(
      fc.property(strict2021, (report) => {
        expect(t34(ok(migrate(report, "2019")).data)).toEqual([]);
      }),
      RUNS,
    );
  });
  it("and a blank （六） stays not assessable rather than failing", () => {
    fc.assert(
      fc.property(strict2021, (report) => {
        const copy = structuredClone(report) as unknown as { applications: { outcomes: { otherHandling: { unpaidFee: { total: number | null } } } } };
        copy.applications.outcomes.otherHandling.unpaidFee.total = null;
        const findings = t34(ok(migrate(copy, "2019")).data);
        expect(findings.every((finding) => finding.assessable === false)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe("law 4: the input is never mutated", () => {
  it("holds for deep-frozen input of either format, to either format", () => {
    fc.assert(
      fc.property(anyReport, fc.constantFrom<Format>("2019", "2021"), (report, to) => {
        const snapshot = structuredClone(report);
        const frozen = deepFreeze(structuredClone(report));
        const result = ok(migrate(frozen, to));
        expect(frozen).toEqual(snapshot);
        expect(result.data).not.toBe(frozen);
        // The output shares no object with the input.
        const inputs = new Set<unknown>();
        const walk = (node: unknown, visit: (node: object) => void) => {
          if (node && typeof node === "object") {
            visit(node);
            for (const child of Object.values(node)) walk(child, visit);
          }
        };
        walk(frozen, (node) => inputs.add(node));
        walk(result.data, (node) => expect(inputs.has(node)).toBe(false));
        for (const loss of result.losses) walk(loss.value, (node) => expect(inputs.has(node)).toBe(false));
      }),
      RUNS,
    );
  });
  it("migrating to the report's own format returns an equal deep copy and an empty ledger", () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const result = ok(migrate(report, report.format));
        expect(result.data).toEqual(report);
        expect(result.data).not.toBe(report);
        expect(result.data.applications).not.toBe(report.applications);
        expect(result.losses).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

const POINTERS: Record<Format, Set<string>> = {
  "2019": new Set(cellsOf("2019").map((cell) => cell.pointer)),
  "2021": new Set(cellsOf("2021").map((cell) => cell.pointer)),
};

/** Both sides of the ledger, computed from cellsOf (not from the mapping). */
function accounted(report: { format: Format }, to: Format, output: unknown, losses: readonly Loss[]) {
  const sourcePointers = new Set(losses.filter((loss) => LOSS_REASONS[loss.reason].side === "source").map((loss) => loss.pointer));
  const targetPointers = new Set(losses.map((loss) => loss.target).filter((target) => target !== undefined));
  // A cell is carried exactly when the other format has the same pointer and the same value.
  const carried = (pointer: string, other: Format) =>
    POINTERS[other].has(pointer) && JSON.stringify(valueAt(output, pointer)) === JSON.stringify(valueAt(report, pointer));
  const unaccountedSources = [...POINTERS[report.format]].filter(
    (pointer) => pointer !== "/format" && !carried(pointer, to) && !sourcePointers.has(pointer),
  );
  const unaccountedTargets = [...POINTERS[to]].filter(
    (pointer) => pointer !== "/format" && !carried(pointer, report.format) && !targetPointers.has(pointer),
  );
  return { unaccountedSources, unaccountedTargets };
}

describe("law 5: every cell is carried exactly or has a ledger entry", () => {
  it("every source cell (from cellsOf) is carried exactly or named by `pointer`; every output cell is a copy or named by `target`", () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const to: Format = report.format === "2019" ? "2021" : "2019";
        const result = ok(migrate(report, to));
        expect(accounted(report, to, result.data, result.losses)).toEqual({ unaccountedSources: [], unaccountedTargets: [] });
      }),
      RUNS,
    );
  });
  it("never invents a number: an output number with no entry equals the source cell at the same pointer", () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const to: Format = report.format === "2019" ? "2021" : "2019";
        const result = ok(migrate(report, to));
        const explained = new Set(result.losses.map((loss) => loss.target));
        for (const cell of cellsOf(to)) {
          const value = valueAt(result.data, cell.pointer);
          if (typeof value === "number" && !explained.has(cell.pointer)) expect(valueAt(report, cell.pointer), cell.pointer).toBe(value);
        }
        // Cells entered as no-source are null.
        for (const loss of result.losses.filter((entry) => entry.reason === "no-source")) {
          expect(valueAt(result.data, loss.pointer), loss.pointer).toBeNull();
        }
      }),
      RUNS,
    );
  });
  it("the ledger's pointers and reasons depend on the direction only, never on the values", () => {
    const shape = (losses: readonly Loss[]) => losses.map((loss) => `${loss.reason} ${loss.pointer} ${loss.target ?? ""}`);
    const [first2019] = fc.sample(strict2019, { numRuns: 1, seed: 7 });
    const [first2021] = fc.sample(strict2021, { numRuns: 1, seed: 7 });
    fc.assert(
      fc.property(anyReport, (report) => {
        const reference = report.format === "2019" ? first2019 : first2021;
        const to: Format = report.format === "2019" ? "2021" : "2019";
        expect(shape(ok(migrate(report, to)).losses)).toEqual(shape(ok(migrate(reference, to)).losses));
      }),
      { numRuns: 100 },
    );
  });
});

describe("law 6: the output always passes the matching lenient schema", () => {
  it("LenientReport2021 for 2019 → 2021 and LenientReport2019 for 2021 → 2019", () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const to: Format = report.format === "2019" ? "2021" : "2019";
        const { data: output } = ok(migrate(report, to));
        const schema = to === "2019" ? LenientReport2019 : LenientReport2021;
        const parsed = schema.safeParse(output);
        expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 2))).toBe(true);
        // Parsing changes nothing: the output is already in canonical form.
        expect(parsed.data).toEqual(output);
        expect(LenientReport.safeParse(output).success).toBe(true);
      }),
      RUNS,
    );
  });
});
