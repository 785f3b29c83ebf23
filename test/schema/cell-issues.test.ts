// parseReport's second shortcut: a report whose structure is right but whose number cells hold
// wrong values is worded cell by cell (each cell's own schema), not by zod parsing the whole
// report. Property: the result is identical to the whole-report parse, on generated, lenient,
// broken and real reports with wrong values in any cells, in both modes and languages.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { brokenReport, lenientReport, strictReport } from "../../src/arbitraries/index.js";
import { cellsOf } from "../../src/schema/describe.js";
import { type FailedCell, fastParse } from "../../src/schema/fast.js";
import { type ParseOptions, parseReport, shortcuts } from "../../src/schema/parse.js";
import { LenientReport2021, Report2019, Report2021 } from "../../src/schema/report.js";
import { clone, consistentReport, setAt } from "../support/reports.js";

afterEach(() => {
  shortcuts.cellIssues = true;
  vi.restoreAllMocks();
});

/** parseReport with the cell shortcut off: zod parses the whole report (the slow path). */
function wholeParse(report: unknown, options: ParseOptions) {
  shortcuts.cellIssues = false;
  try {
    return parseReport(report, options);
  } finally {
    shortcuts.cellIssues = true;
  }
}

const formats = ["2019", "2021"] as const;
const numberKinds = new Set(["count", "signed", "money"]);
const numberCells = (format: "2019" | "2021") => cellsOf(format).filter((cell) => numberKinds.has(cell.meta.cell.kind));
type NumberCell = ReturnType<typeof numberCells>[number];

/** Values a number cell may wrongly hold, as published data and hostile callers give them. */
const wrong = fc.oneof(
  fc.constantFrom<unknown>(-1, -0.5, 1.5, "12", "", "—", "/", "无", null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -Infinity, 2 ** 53, -(2 ** 60), true, 12n, [], {}, [3], { value: 1 }),
  fc.integer({ min: -1000, max: -1 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 80 }),
);

const options = fc.record({
  lenient: fc.boolean(),
  lang: fc.constantFrom("zh" as const, "en" as const),
  maxIssues: fc.constantFrom(1, 3, 50, 100, Number.POSITIVE_INFINITY),
  forced: fc.boolean(),
});

describe("parseReport words wrong number cells cell by cell, exactly as a whole-report parse does", () => {
  it.each(formats)("generated %s reports with wrong values in up to 60 number cells", (format) => {
    const cells = numberCells(format);
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.tuple(fc.nat(cells.length - 1), wrong), { maxLength: 60 }), options, (seed, edits, given) => {
        const report = clone(consistentReport(format, seed)) as Record<string, unknown>;
        for (const [index, value] of edits) setAt(report, (cells[index] as NumberCell).path, value);
        const parseOptions: ParseOptions = { lenient: given.lenient, lang: given.lang, maxIssues: given.maxIssues, ...(given.forced ? { format } : {}) };
        expect(parseReport(report, parseOptions)).toEqual(wholeParse(report, parseOptions));
      }),
      { numRuns: 400 },
    );
  });

  it.each(formats)("generated, lenient and broken %s reports, as drawn", (format) => {
    const reports = fc.oneof(strictReport(format) as fc.Arbitrary<unknown>, lenientReport(format) as fc.Arbitrary<unknown>, brokenReport(format).map((sample) => sample.report as unknown));
    fc.assert(
      fc.property(reports, options, (report, given) => {
        const parseOptions: ParseOptions = { lenient: given.lenient, lang: given.lang, maxIssues: given.maxIssues };
        expect(parseReport(report, parseOptions)).toEqual(wholeParse(report, parseOptions));
      }),
      { numRuns: 200 },
    );
  });

  it("real reports with wrong values written into their cells, and with a structural fault besides", () => {
    const root = join(import.meta.dirname, "../..");
    const files = ["test/fixtures/seeds", "examples/reports"].flatMap((folder) =>
      readdirSync(join(root, folder))
        .filter((name) => name.endsWith(".json"))
        .map((name) => join(root, folder, name)),
    );
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const report = JSON.parse(readFileSync(file, "utf8"));
      const cells = numberCells(report.format);
      for (const [step, value] of [-2, "三", 0.5, null].entries()) {
        const broken = clone(report) as Record<string, unknown>;
        for (let index = step; index < cells.length; index += 7) setAt(broken, (cells[index] as NumberCell).path, value);
        for (const lenient of [true, false]) expect(parseReport(broken, { lenient }), file).toEqual(wholeParse(broken, { lenient }));
        // An unknown key besides: zod parses the whole report, and the result is the same.
        setAt(broken, ["applications", "received", "extra"], 1);
        expect(parseReport(broken, { lenient: true }), file).toEqual(wholeParse(broken, { lenient: true }));
      }
    }
  });

  it("the shortcut is taken: 50 wrong cells are worded without zod parsing the report", () => {
    const report = clone(consistentReport("2021", 7)) as Record<string, unknown>;
    const cells = numberCells("2021");
    for (const cell of cells.slice(0, 50)) setAt(report, cell.path, -1);
    const whole = vi.spyOn(LenientReport2021, "safeParse");
    const result = parseReport(report, { lenient: true, format: "2021" });
    expect(whole).not.toHaveBeenCalled();
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(50);
    expect(result.error.issues.map((issue) => issue.path)).toEqual(cells.slice(0, 50).map((cell) => cell.pointer));
    expect(result.error.issues[0]?.message).toMatch(/不能为负数，实际为 -1$/);
    // With the switch off, the whole report is parsed (the comparison above is with a live slow path).
    wholeParse(report, { lenient: true, format: "2021" });
    expect(whole).toHaveBeenCalledTimes(1);
  });

  it("fastParse lists exactly the wrong number cells, and nothing when the structure is wrong", () => {
    const report = clone(consistentReport("2019", 3)) as Record<string, unknown>;
    const cells = numberCells("2019");
    const chosen = [cells[2], cells[40], cells[cells.length - 1]] as NumberCell[];
    for (const [index, cell] of chosen.entries()) setAt(report, cell.path, ["x", -3, 0.25][index]);
    const failed: FailedCell[] = [];
    expect(fastParse(report, undefined, false, failed)).toBeUndefined();
    expect(failed.map((cell) => [cell.path.join("/"), cell.value, cell.kind])).toEqual(chosen.map((cell, index) => [cell.path.join("/"), ["x", -3, 0.25][index], cell.meta.cell.kind]));
    // A blank is wrong only in a strict report.
    setAt(report, (cells[5] as NumberCell).path, null);
    const strict: FailedCell[] = [];
    const lenient: FailedCell[] = [];
    fastParse(report, undefined, false, strict);
    fastParse(report, undefined, true, lenient);
    expect(strict).toHaveLength(4);
    expect(lenient).toHaveLength(3);
    // A structural fault (an unknown key, a row that is not an object) empties the list.
    for (const fault of [["proactive", "extra"], ["applications", "received"]] as const) {
      const faulty = clone(report) as Record<string, unknown>;
      setAt(faulty, fault, 5);
      const none: FailedCell[] = [];
      expect(fastParse(faulty, undefined, true, none)).toBeUndefined();
      expect(none).toEqual([]);
    }
  });

  it("every number cell of a kind words a wrong value as the first cell of that kind does (the store is keyed by kind)", () => {
    const values = [-1, 1.5, "12", null, Number.NaN, 2 ** 53, true, {}];
    let worded = 0;
    for (const format of formats) {
      const schema = format === "2019" ? Report2019 : Report2021;
      for (const cell of numberCells(format)) {
        for (const value of values) {
          const report = clone(consistentReport(format, 1)) as Record<string, unknown>;
          setAt(report, cell.path, value);
          const zod = schema.safeParse(report);
          const reference = clone(consistentReport(format, 1)) as Record<string, unknown>;
          const first = numberCells(format).find((other) => other.meta.cell.kind === cell.meta.cell.kind) as NumberCell;
          setAt(reference, first.path, value);
          const expected = schema.safeParse(reference);
          // The same values are accepted (a signed cell takes -1, a money cell 1.5) and the rest worded alike.
          expect(zod.success, `${cell.pointer} ${String(value)}`).toBe(expected.success);
          if (zod.success || expected.success) continue;
          const { path: _path, message: _message, ...rest } = zod.error.issues[0] as unknown as Record<string, unknown>;
          const { path: _path2, message: _message2, ...wanted } = expected.error.issues[0] as unknown as Record<string, unknown>;
          expect(rest, `${cell.pointer} ${String(value)}`).toEqual(wanted);
          worded += 1;
        }
      }
    }
    // Every cell was compared on most values (a count takes none of them; a signed cell takes -1).
    expect(worded).toBeGreaterThan(numberCells("2019").length * 6);
  });
});
