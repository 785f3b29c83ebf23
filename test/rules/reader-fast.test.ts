// The reader's table-三 array (issue 12, fifth session): a cell's slot in it, the array read with
// named loads in APPLICANT_KEYS order, and cells read from it agree with walking the report.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lenientReport, strictReport } from "../../src/arbitraries/index.js";
import { APPLICANT_KEYS } from "../../src/layout/labels.js";
import { cellRef, layoutOf, reviewRef } from "../../src/rules/layout.js";
import { Reader, valueAt } from "../../src/rules/reader.js";
import { clone, setAt } from "../support/reports.js";

const formats = ["2019", "2021"] as const;
const strictReportOf = (format: (typeof formats)[number]) => fc.sample(strictReport(format), { numRuns: 1, seed: 7 })[0];

describe.each(formats)("the table-三 slots of format %s", (format) => {
  const layout = layoutOf(format);

  it("each cell of the layout sits at row index × 7 + column index", () => {
    expect(APPLICANT_KEYS).toEqual(["naturalPerson", "commercialEnterprise", "researchInstitution", "publicWelfareOrganization", "legalServiceAgency", "otherOrganization", "total"]);
    const slots = layout.rows.flatMap((row) => APPLICANT_KEYS.map((key) => layout.cell(row, key).slot));
    expect(slots).toEqual(slots.map((_, index) => index));
  });

  it("a ref built elsewhere for a table-三 path has the same slot; other cells have none", () => {
    const row = layout.outcomeRows[3];
    if (!row) throw new Error("no row");
    expect(cellRef(format, [...row.path, "legalServiceAgency"], { zh: "甲", en: "a" }).slot).toBe(row.index * 7 + 4);
    expect(reviewRef(format, "review", "total").slot).toBeUndefined();
    expect(cellRef(format, ["applications", "outcomes", "withheld", "total"], { zh: "乙", en: "b" }).slot).toBeUndefined();
    expect(cellRef(format, ["applications", "received", "bogus"], { zh: "丙", en: "c" }).slot).toBeUndefined();
  });

  it("table3() holds every cell as valueAt reads it (NaN for blank), on lenient and mangled reports", () => {
    const junk = fc.constantFrom(null, "3", true, Number.NaN, Number.POSITIVE_INFINITY, -0, 2.5, -4, 2 ** 53);
    const reports = fc.oneof(
      lenientReport(format) as fc.Arbitrary<unknown>,
      fc.tuple(strictReport(format), fc.array(fc.tuple(fc.constantFrom(...layout.rows), fc.constantFrom(...APPLICANT_KEYS, undefined), junk))).map(([report, changes]) => {
        const copy = clone(report) as Record<string, unknown>;
        for (const [row, key, value] of changes) setAt(copy, key ? [...row.path, key] : row.path, value);
        return copy;
      }),
    );
    fc.assert(
      fc.property(reports, (report) => {
        const reader = new Reader(report, format, "unknown");
        const values = reader.table3();
        for (const row of layout.rows)
          for (const key of APPLICANT_KEYS) {
            const ref = layout.cell(row, key);
            expect(values[ref.slot as number]).toBe(valueAt(report, ref.path) ?? Number.NaN);
          }
        let magnitude = 0;
        for (const value of values) if (!Number.isNaN(value)) magnitude += Math.abs(value);
        expect(reader.table3Exact()).toBe(magnitude <= Number.MAX_SAFE_INTEGER);
      }),
      { numRuns: 200 },
    );
  });

  it("reads rows of any prototype as own keys only: null, Object.prototype (even polluted), another object, an array", () => {
    const report = clone(strictReportOf(format)) as unknown as Record<string, Record<string, unknown>>;
    const applications = report.applications as Record<string, unknown>;
    const received = applications.received as Record<string, unknown>;
    applications.received = Object.assign(Object.create(null) as object, received);
    applications.carriedOver = Object.assign(Object.create({ total: 99 }) as object, { naturalPerson: 4 });
    applications.carriedForward = Object.assign([], { total: 7 });
    const outcomes = applications.outcomes as Record<string, Record<string, unknown>>;
    delete outcomes.disclosed?.naturalPerson;
    const slot = (row: (typeof layout.rows)[number], key: (typeof APPLICANT_KEYS)[number]) => layout.cell(row, key).slot as number;
    const check = () => {
      const values = new Reader(report, format, "unknown").table3();
      expect(values[slot(layout.received, "total")]).toBe(received.total);
      expect(values[slot(layout.carriedOver, "naturalPerson")]).toBe(4);
      expect(values[slot(layout.carriedOver, "total")]).toBeNaN();
      expect(values[slot(layout.carriedForward, "total")]).toBe(7);
      const disclosed = layout.outcomeRows[0];
      if (!disclosed) throw new Error("no row");
      expect(values[slot(disclosed, "naturalPerson")]).toBeNaN();
      expect(values[slot(disclosed, "total")]).toBe(outcomes.disclosed?.total);
    };
    check();
    const polluted = Object.prototype as Record<string, unknown>;
    polluted.naturalPerson = 5;
    try {
      check();
    } finally {
      delete polluted.naturalPerson;
    }
  });
});

describe("work the reader saves per report (derived totals)", () => {
  type CellRead = Reader["cell"];
  const prototype = Reader.prototype as { cell: CellRead };
  const original = prototype.cell;
  const counting = <Result>(run: () => Result): { result: Result; reads: number } => {
    let reads = 0;
    prototype.cell = function cell(this: Reader, ...args: Parameters<CellRead>) {
      reads += 1;
      return original.apply(this, args);
    };
    try {
      return { result: run(), reads };
    } finally {
      prototype.cell = original;
    }
  };

  it.each(formats)("a blank table-四 总计 is derived once per report (%s)", (format) => {
    const report = clone(strictReportOf(format)) as unknown as Record<string, Record<string, Record<string, unknown>>>;
    const review = report.reviewAndLitigation?.review as Record<string, unknown>;
    review.total = null;
    const reader = new Reader(report, format, "unknown");
    const total = reviewRef(format, "review", "total");
    const first = counting(() => reader.cell(total));
    expect(first.reads).toBe(1 + 4);
    const second = counting(() => reader.cell(total));
    expect(second.reads).toBe(1);
    expect(second.result.value).toEqual(first.result.value);
  });

  it.each(formats)("a derived total's paths are built once per report, whatever label it is read with (%s)", (format) => {
    const report = clone(strictReportOf(format)) as unknown as Record<string, Record<string, Record<string, unknown>>>;
    const layout = layoutOf(format);
    (report.applications?.received as Record<string, unknown>).total = null;
    const reader = new Reader(report, format, "unknown");
    const total = layout.cell(layout.received, "total");
    const first = reader.cell(total);
    const labelled = reader.cell(total, { label: { zh: "总计", en: "total" } });
    expect(labelled.cells).toBe(first.cells);
    expect(labelled.label).toEqual({ zh: "总计", en: "total" });
    expect(first.cells).toEqual([total.pointer, ...layout.rows.slice(0, 1).flatMap((row) => APPLICANT_KEYS.slice(0, 6).map((key) => layout.cell(row, key).pointer))]);
    // Another reader of the same report builds its own.
    expect(new Reader(report, format, "unknown").cell(total).cells).not.toBe(first.cells);
  });
});

describe("blank cells outside table 三", () => {
  it.each(formats)("two blank table-四 总计 of one report are each derived from their own group (%s)", (format) => {
    const report = clone(strictReportOf(format)) as unknown as Record<string, Record<string, Record<string, unknown>>>;
    const groups = report.reviewAndLitigation as Record<string, Record<string, unknown>>;
    Object.assign(groups.review as object, { upheld: 1, corrected: 2, other: 3, pending: 4, total: null });
    Object.assign(groups.litigationDirect as object, { upheld: 5, corrected: 6, other: 7, pending: 8, total: null });
    const reader = new Reader(report, format, "unknown");
    expect(reader.cell(reviewRef(format, "review", "total")).value).toEqual({ lo: 10, hi: 10 });
    expect(reader.cell(reviewRef(format, "litigationDirect", "total")).value).toEqual({ lo: 26, hi: 26 });
  });

  it.each(formats)("only a table-四 总计 is derived: not a blank part of 四, nor a 总计 elsewhere (%s)", (format) => {
    const report = clone(strictReportOf(format)) as unknown as Record<string, Record<string, Record<string, unknown>>>;
    const review = report.reviewAndLitigation?.review as Record<string, unknown>;
    review.upheld = null;
    report.other = { review: { total: null, upheld: 1, corrected: 1, other: 1, pending: 1 } };
    const reader = new Reader(report, format, "unknown");
    const part = reviewRef(format, "review", "upheld");
    expect(reader.cell(part).blanks).toEqual([part]);
    const elsewhere = cellRef(format, ["other", "review", "total"], { zh: "别处", en: "elsewhere" });
    expect(reader.cell(elsewhere).derived).toEqual([]);
    expect(reader.cell(elsewhere).value).toEqual({ lo: 0, hi: Number.POSITIVE_INFINITY });
  });

  it("valueAt reads finite numbers only", () => {
    for (const junk of ["12", "", true, null, Number.NaN, Number.POSITIVE_INFINITY, { value: 1 }]) expect(valueAt({ a: { b: junk } }, ["a", "b"])).toBeUndefined();
    expect(valueAt({ a: { b: -0 } }, ["a", "b"])).toBe(-0);
    expect(valueAt({ a: { b: 2.5 } }, ["a", "b"])).toBe(2.5);
  });

  it.each(formats)("table 三's sums are exact up to 2^53 − 1 in magnitude, and not one past (%s)", (format) => {
    const layout = layoutOf(format);
    const withCorner = (value: number) => {
      const report = { applications: { received: { naturalPerson: value } } };
      return new Reader(report, format, "unknown");
    };
    expect(withCorner(Number.MAX_SAFE_INTEGER).table3Exact()).toBe(true);
    expect(withCorner(-Number.MAX_SAFE_INTEGER).table3Exact()).toBe(true);
    expect(withCorner(Number.MAX_SAFE_INTEGER + 1).table3Exact()).toBe(false);
    expect(withCorner(1).table3()[layout.cell(layout.received, "naturalPerson").slot as number]).toBe(1);
  });
});
