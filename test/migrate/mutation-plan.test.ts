// Behaviour of migration's apply step (src/migrate/apply.ts) that mutation testing found
// asserted only by the slow property suites `npm run mutation` leaves out (compiled.test.ts,
// laws.test.ts), or not at all: the compiled plan (labels, keys, the output skeleton), an
// empty prose object, which side of a migration each ledger entry points into, and the
// ledger's copies of object values.
//
// Keep the first test first: the plan of each direction is compiled once per module instance,
// at the first migration in that direction, so under Stryker's per-test coverage only the test
// that triggers it runs against mutants of the compiling code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cellsOf } from "../../src/layout/cells.js";
import { getAt } from "../../src/layout/pointer.js";
import { applyMapping } from "../../src/migrate/apply.js";
import { LOSS_REASONS, migrate } from "../../src/migrate/index.js";
import { parseReport } from "../../src/schema/parse.js";
import type { Format, LenientReport2019 } from "../../src/schema/report.js";
import { slowMigrate } from "./slow-apply.js";

type Json = Record<string, unknown>;

const seed = (id: string): Json => JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/seeds", `${id}.json`), "utf8")) as Json;

/** Seeds of both formats: 000, 002, 003 are 2019 reports, 004 a 2021 report. */
const SEEDS = ["000", "002", "003", "004"];

/** The seed as it is, without prose, with an empty prose object, and with one prose section missing. */
function variants(report: Json): Json[] {
  const { text, ...withoutText } = report;
  const { problems: _problems, ...twoSections } = text as Json;
  return [report, withoutText, { ...withoutText, text: {} }, { ...withoutText, text: twoSections }];
}

const other = (format: Format): Format => (format === "2019" ? "2021" : "2019");

describe("the compiled plan", () => {
  // Pins every compiled part of a run: the skeleton (which cells exist, key order, no prose
  // unless the source has some), the keys each step reads and writes, the printed labels in
  // both languages, and the joined counterpart labels of rescoped and measure-replaced entries.
  it("gives the frozen reference's output and ledger, byte for byte, both ways, with and without prose", () => {
    const reports = [...variants(seed("000")), ...variants(seed("004")), seed("002"), seed("003")];
    for (const [index, report] of reports.entries()) {
      const to = other(report.format as Format);
      const where = `report ${index} → ${to}`;
      const fast = migrate(report, to);
      expect(fast.success, where).toBe(true);
      const slow = slowMigrate(report, to);
      expect(JSON.stringify(fast), where).toBe(JSON.stringify(slow));
      expect(fast, where).toStrictEqual(slow);
    }
  });
});

describe("prose", () => {
  // Pins that the output gets a text object whenever the source has one, even an empty one
  // (a run must not rely on copying a section to create it).
  it("an empty text object stays an empty text object in both directions", () => {
    for (const id of ["000", "004"]) {
      const source: Json = { ...seed(id), text: {} };
      const to = other(source.format as Format);
      const result = migrate(source, to);
      if (!result.success) throw new Error(result.error.message);
      expect(result.data.text).toStrictEqual({});
      expect(Object.keys(result.data).at(-1)).toBe("text");
      // 2019 → 2021 still says that section 六 lacks the fee report; 2021 → 2019 says nothing of prose.
      const prose = result.losses.filter((loss) => loss.pointer.startsWith("/text"));
      expect(prose.map((loss) => [loss.pointer, loss.reason, loss.value])).toEqual(to === "2021" ? [["/text/other", "requirement-absent", null]] : []);
    }
  });

  // Pins that a prose section the source lacks stays absent (not null) in the output.
  it("a missing section stays missing, the others are carried unchanged", () => {
    const source = seed("004");
    const text = source.text as Json;
    const { overview: _overview, ...rest } = text;
    const result = migrate({ ...source, text: rest }, "2019");
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.text).toStrictEqual({ problems: text.problems, other: text.other });
  });
});

describe("every ledger entry points into the side its reason names", () => {
  // Pins isSourceSide (read from LOSS_REASONS) and the split between source-side and target-side
  // entries: a source-side entry is a cell of the input with the input's value (null included); a
  // target-side entry is a cell of the output, `value` null, `target` the same cell.
  it("source-side: a cell of the input and its value; target-side: a cell of the output, null", () => {
    for (const id of SEEDS) {
      const source = seed(id);
      const from = source.format as Format;
      const to = other(from);
      const result = migrate(source, to);
      if (!result.success) throw new Error(result.error.message);
      const inputCells = new Set(cellsOf(from).map((cell) => cell.pointer));
      const outputCells = new Set(cellsOf(to).map((cell) => cell.pointer));
      const sides = new Set<string>();
      for (const loss of result.losses) {
        const where = `${id} ${loss.pointer} ${loss.reason}`;
        const side = LOSS_REASONS[loss.reason].side;
        sides.add(side);
        if (side === "source") {
          expect(inputCells.has(loss.pointer), where).toBe(true);
          expect(loss.value, where).toStrictEqual(getAt(source, loss.pointer.slice(1).split("/")) ?? null);
          if (loss.target !== undefined) expect(outputCells.has(loss.target), where).toBe(true);
        } else {
          expect(outputCells.has(loss.pointer), where).toBe(true);
          expect([loss.target, loss.value], where).toEqual([loss.pointer, null]);
        }
      }
      expect([...sides].sort(), id).toEqual(["source", "target"]);
    }
  });
});

describe("applyMapping", () => {
  // Pins copyValue: a ledger value that is an object (an amount) is a copy, so the caller may
  // change the ledger without changing the report it migrated ("sharing nothing with the input").
  it("puts copies of the source's amounts in the ledger, never the source's own objects", () => {
    const parsed = parseReport(seed("000"), { lenient: true });
    if (!parsed.success) throw new Error(parsed.error.message);
    const source = parsed.data as LenientReport2019;
    const amount = source.proactive.procurement.amount;
    expect(amount).toStrictEqual({ value: 26.22, unit: "万元" });
    const migrated = applyMapping(source as unknown as Json, "to2021");
    if (migrated.outOfRange) throw new Error("out of range");
    const entry = migrated.losses.find((loss) => loss.pointer === "/proactive/procurement/amount");
    expect(entry?.value).toStrictEqual(amount);
    expect(entry?.value).not.toBe(amount);
    (entry?.value as { value: number }).value = 0;
    expect(source.proactive.procurement.amount).toStrictEqual({ value: 26.22, unit: "万元" });
  });
});
