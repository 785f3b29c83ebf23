// What the reader's shortcuts save, counted (issue 12, fifth session): table 三 is walked once
// per report and its cells are then read from the array, plain rows are read without an
// own-property check per cell, the exactness bound is summed once, a blank total is derived once
// whichever ref names it, and a sum with nothing blank makes no empty list. Each shortcut gives
// the same values as the slow path it skips, so only counting shows it working. Counted, never timed.
import { afterEach, describe, expect, it } from "vitest";
import { APPLICANT_KEYS, APPLICANT_PART_KEYS } from "../../src/layout/labels.js";
import { cellRef, layoutOf } from "../../src/rules/layout.js";
import { Reader } from "../../src/rules/reader.js";
import { clone, consistentReport } from "../support/reports.js";

type Json = Record<string, unknown>;
const formats = ["2019", "2021"] as const;

type CellRead = Reader["cell"];
type TableRead = Reader["table3"];
const prototype = Reader.prototype as unknown as { cell: CellRead; table3: TableRead };
const originalCell = prototype.cell;
const originalTable = prototype.table3;
const originalHasOwn = Object.hasOwn;
afterEach(() => {
  prototype.cell = originalCell;
  prototype.table3 = originalTable;
  Object.hasOwn = originalHasOwn;
});

/** Counts the calls of `Reader.prototype.cell` while `run` runs. */
function countingCells<Result>(run: () => Result): { result: Result; reads: number } {
  let reads = 0;
  prototype.cell = function cell(this: Reader, ...args: Parameters<CellRead>) {
    reads += 1;
    return originalCell.apply(this, args);
  };
  try {
    return { result: run(), reads };
  } finally {
    prototype.cell = originalCell;
  }
}

/** A report whose property reads (at every depth) are counted. */
function counted(report: unknown): { report: unknown; gets: () => number } {
  let gets = 0;
  const wrap = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    return new Proxy(value, {
      get(target, key, receiver) {
        gets += 1;
        return wrap(Reflect.get(target, key, receiver));
      },
    });
  };
  return { report: wrap(report), gets: () => gets };
}

/** How many own-property checks `run` makes on each of `objects`. */
function checkedOn<Result>(objects: readonly object[], run: () => Result): { result: Result; counts: number[] } {
  const counts = objects.map(() => 0);
  Object.hasOwn = (object: object, key: PropertyKey) => {
    const index = objects.indexOf(object);
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
    return originalHasOwn(object, key);
  };
  try {
    return { result: run(), counts };
  } finally {
    Object.hasOwn = originalHasOwn;
  }
}

describe.each(formats)("table 三 of format %s", (format) => {
  const layout = layoutOf(format);

  it("is walked once per report: its cells are then read from the array, never from the report again", () => {
    const { report, gets } = counted(consistentReport(format, 21));
    const reader = new Reader(report, format, "unknown");
    const values = reader.table3();
    const walked = gets();
    expect(walked).toBeGreaterThan(0);
    for (const row of layout.rows)
      for (const key of APPLICANT_KEYS) {
        const ref = layout.cell(row, key);
        expect(reader.cell(ref).value).toEqual({ lo: values[ref.slot as number], hi: values[ref.slot as number] });
      }
    expect(gets()).toBe(walked);
  });

  it("plain rows (prototype Object.prototype or null) are read with named loads, without an own-property check per cell", () => {
    const report = clone(consistentReport(format, 22)) as unknown as Json;
    const applications = report.applications as Record<string, Json>;
    const received = Object.assign(Object.create(null) as Json, applications.received);
    applications.received = received;
    const carriedOver = applications.carriedOver as Json;
    const checks = checkedOn([received, carriedOver], () => new Reader(report, format, "unknown").table3());
    expect(checks.result[layout.cell(layout.received, "naturalPerson").slot as number]).toBe(received.naturalPerson);
    expect(checks.result[layout.cell(layout.carriedOver, "total").slot as number]).toBe(carriedOver.total);
    expect(checks.counts).toEqual([0, 0]);
  });

  it("a row of another prototype is read own key by own key, the others still with named loads", () => {
    const report = clone(consistentReport(format, 23)) as unknown as Json;
    const applications = report.applications as Record<string, Json>;
    const carriedOver = Object.assign(Object.create({ total: 99 }) as Json, applications.carriedOver);
    applications.carriedOver = carriedOver;
    const received = applications.received as Json;
    const checks = checkedOn([received, carriedOver], () => new Reader(report, format, "unknown").table3());
    expect(checks.counts).toEqual([0, APPLICANT_KEYS.length]);
    expect(checks.result[layout.cell(layout.carriedOver, "total").slot as number]).toBe(carriedOver.total);
  });

  it("the exactness bound is summed once per report, however often a rule asks", () => {
    const reader = new Reader(consistentReport(format, 24), format, "unknown");
    let tables = 0;
    prototype.table3 = function table3(this: Reader) {
      tables += 1;
      return originalTable.apply(this);
    };
    expect(reader.table3Exact()).toBe(true);
    expect(reader.table3Exact()).toBe(true);
    expect(reader.table3Exact()).toBe(true);
    expect(tables).toBe(1);
  });

  it("a blank total is derived once per report, whichever ref names it (the prose rules read it with their own label)", () => {
    const report = clone(consistentReport(format, 25)) as unknown as Json;
    ((report.applications as Record<string, Json>).received as Json).total = null;
    const reader = new Reader(report, format, "unknown");
    const own = layout.cell(layout.received, "total");
    const other = cellRef(format, own.path, { zh: "总数", en: "total count" });
    expect(other).not.toBe(own);
    expect(other.slot).toBe(own.slot);
    const first = countingCells(() => reader.cell(own));
    expect(first.reads).toBe(1 + APPLICANT_PART_KEYS.length);
    const second = countingCells(() => reader.cell(other));
    expect(second.reads).toBe(1);
    expect(second.result.value).toEqual(first.result.value);
    // Each term names the ref it was read by as the derived cell, so a message says so
    // ("… (blank, derived from its parts)") whichever label the rule gave the cell.
    expect(first.result.derived).toEqual([own]);
    expect(first.result.derived[0]).toBe(first.result.self);
    expect(second.result.derived[0]).toBe(other);
    expect(second.result.derived[0]).toBe(second.result.self);
    expect(second.result.label).toEqual({ zh: "总数", en: "total count" });
    expect(second.result.cells).toEqual(first.result.cells);
    // Read again by the first ref: still named by it.
    expect(reader.cell(own).derived[0]).toBe(own);
  });
});

describe.each(formats)("sums (format %s)", (format) => {
  const layout = layoutOf(format);
  const parts = APPLICANT_PART_KEYS.map((key) => layout.cell(layout.received, key));

  it("a sum with nothing blank, derived or zeroed makes no list to stay empty: every such sum shares one", () => {
    const reader = new Reader(consistentReport(format, 26), format, "unknown");
    const first = reader.sum(parts, { zh: "甲", en: "a" });
    const second = reader.sum(
      APPLICANT_PART_KEYS.map((key) => layout.cell(layout.carriedOver, key)),
      { zh: "乙", en: "b" },
    );
    expect(first.blanks).toEqual([]);
    expect(first.derived).toEqual([]);
    expect(first.zeroed).toEqual([]);
    expect(second.blanks).toBe(first.blanks);
    expect(second.derived).toBe(first.blanks);
    expect(second.zeroed).toBe(first.blanks);
  });

  it("under blanks: \"zero\", a sum names its blank cells as read as 0, in order", () => {
    const report = clone(consistentReport(format, 27)) as unknown as Json;
    const received = (report.applications as Record<string, Json>).received as Json;
    received.commercialEnterprise = null;
    received.otherOrganization = null;
    const term = new Reader(report, format, "zero").sum(parts, { zh: "甲", en: "a" });
    const expected = Number(received.naturalPerson) + Number(received.researchInstitution) + Number(received.publicWelfareOrganization) + Number(received.legalServiceAgency);
    expect(term.value).toEqual({ lo: expected, hi: expected });
    expect(term.zeroed.map((ref) => ref.pointer)).toEqual(["/applications/received/commercialEnterprise", "/applications/received/otherOrganization"]);
    expect(term.blanks).toEqual([]);
    expect(term.derived).toEqual([]);
  });
});
