// The rule reader's shortcuts, asserted by counting work (issue 10): the table-三 fast path
// (Reader.table3) falls back to the same findings as the cell-by-cell path, so a broken fast path
// shows only in how many cells are read one by one. Counted, never timed. Also the table-四
// derivation of a blank 总计, which the prose rules read (text.review, text.litigation).
import { afterEach, describe, expect, it } from "vitest";
import { runReportRules } from "../../src/rules/check.js";
import { reviewRef } from "../../src/rules/layout.js";
import { Reader } from "../../src/rules/reader.js";
import { t3ApplicantTotal, t3Balance, t3OutcomesTotal } from "../../src/rules/report-rules.js";
import type { Finding } from "../../src/rules/types.js";
import { clone, consistentReport } from "../support/reports.js";

type Json = Record<string, unknown>;
type CellRead = Reader["cell"];
const TABLE3_RULES = [t3Balance, t3OutcomesTotal, t3ApplicantTotal];
const prototype = Reader.prototype as { cell: CellRead };
const original = prototype.cell;
afterEach(() => {
  prototype.cell = original;
});

/** The findings of the three table-三 rules and how many cells they read one by one (slow path). */
function counted(report: unknown): { findings: Finding[]; reads: number } {
  let reads = 0;
  prototype.cell = function cell(this: Reader, ...args: Parameters<CellRead>) {
    reads += 1;
    return original.apply(this, args);
  };
  try {
    return { findings: runReportRules(TABLE3_RULES, report), reads };
  } finally {
    prototype.cell = original;
  }
}

const rows = (report: Json) => report.applications as Record<string, Json>;

describe.each(["2019", "2021"] as const)("table 三 in format %s", (format) => {
  it("a table that balances is decided from the fast path alone: no cell is read one by one", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { findings, reads } = counted(consistentReport(format, seed));
      expect(findings).toEqual([]);
      expect(reads).toBe(0);
    }
  });

  it("one blank cell sends exactly its row and its column to the slow path, and nothing else", () => {
    const report = clone(consistentReport(format, 7)) as unknown as Json;
    (rows(report).received as Json).naturalPerson = null;
    const { findings, reads } = counted(report);
    // t3.balance reads the four cells of the natural-person column; t3.applicant-total the
    // received row's 总计 and its six columns; t3.outcomes-total does not read 一 at all.
    expect(reads).toBe(4 + 7);
    expect(findings.map((finding) => [finding.ruleId, finding.assessable])).toEqual([
      ["t3.balance", false],
      ["t3.applicant-total", false],
    ]);
  });

  it("one blank outcome cell: its row, its column's balance and its column's outcome total", () => {
    const report = clone(consistentReport(format, 8)) as unknown as Json;
    const layout = new Reader(report, format, "unknown").layout;
    const row = layout.outcomeRows[0]?.path ?? [];
    let node = report;
    for (const key of row) node = node[key] as Json;
    node.commercialEnterprise = null;
    const { reads } = counted(report);
    // t3.outcomes-total: （七）总计 and one cell per outcome row; t3.applicant-total: the row's 7 cells.
    // t3.balance still holds on the fast path (its column's （七）总计 is printed).
    expect(reads).toBe(1 + layout.outcomeRows.length + 7);
  });

  it("the table is read once per report, not once per rule", () => {
    const report = clone(consistentReport(format, 9)) as unknown as Json;
    let gets = 0;
    report.applications = new Proxy(rows(report), {
      get(target, key, receiver) {
        gets += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    counted(report);
    expect(gets).toBe(new Reader(report, format, "unknown").layout.rows.length);
  });

  it.each([
    ["a numeric string", "12"],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["NaN", Number.NaN],
    ["true", true],
  ])("%s where the count would balance is blank in the fast path too", (_, junk) => {
    const report = clone(consistentReport(format, 10)) as unknown as Json;
    const received = rows(report).received as Json;
    // The printed value, as a string, would balance: the fast path must not read it as a number.
    received.naturalPerson = junk === "12" ? String(received.naturalPerson) : junk;
    const { findings, reads } = counted(report);
    expect(findings.map((finding) => [finding.ruleId, finding.assessable])).toEqual([
      ["t3.balance", false],
      ["t3.applicant-total", false],
    ]);
    // Like any blank: only its row and its column go cell by cell (an Infinity kept in the fast
    // table would turn the whole table's shortcut off).
    expect(reads).toBe(4 + 7);
  });

  it("an inherited count is blank in the fast path too", () => {
    const report = clone(consistentReport(format, 11)) as unknown as Json;
    const received = rows(report).received as Json;
    const inherited = Object.assign(Object.create({ naturalPerson: received.naturalPerson }) as Json, received);
    delete inherited.naturalPerson;
    rows(report).received = inherited;
    expect(counted(report).findings.map((finding) => finding.ruleId)).toEqual(["t3.balance", "t3.applicant-total"]);
  });

  it("a stray key in a row is not read as a cell, nor into the next row (`row[undefined] = n` writes \"undefined\")", () => {
    const report = clone(consistentReport(format, 14)) as unknown as Json;
    const over = rows(report).carriedOver as Json;
    // 二、上年结转 × 自然人 (the first cell of the row after 一、本年新收) is blank; the stray key
    // holds the value that would balance it.
    (rows(report).received as Json).undefined = over.naturalPerson;
    over.naturalPerson = null;
    const { findings, reads } = counted(report);
    expect(findings.map((finding) => [finding.ruleId, finding.paths[0], finding.assessable])).toEqual([
      ["t3.balance", "/applications/received/naturalPerson", false],
      ["t3.applicant-total", "/applications/carriedOver/total", false],
    ]);
    expect(reads).toBe(4 + 7);
  });

  it("a row that is not an object leaves only its own relations to the slow path", () => {
    const report = clone(consistentReport(format, 12)) as unknown as Json;
    (report.applications as Json).carriedForward = 5;
    const { reads } = counted(report);
    // Seven columns of t3.balance (4 cells each; the row's blank 总计 derived once from its six
    // blank columns) and the row's own relation (7 cells).
    expect(reads).toBe(7 * 4 + 6 + 7);
  });
});

describe.each(["2019", "2021"] as const)("a blank table 四 总计 (format %s) is derived from its four parts", (format) => {
  const withReview = (parts: readonly (number | null)[]) => {
    const report = clone(consistentReport(format, 13)) as unknown as Json;
    const review = (report.reviewAndLitigation as Record<string, Json>).review as Json;
    ["upheld", "corrected", "other", "pending"].forEach((key, index) => {
      review[key] = parts[index];
    });
    review.total = null;
    return report;
  };
  const total = reviewRef(format, "review", "total");

  it("exactly when every part is printed, naming the parts it read", () => {
    const term = new Reader(withReview([1, 2, 3, 4]), format, "unknown").cell(total);
    expect(term.value).toEqual({ lo: 10, hi: 10 });
    expect(term.derived).toEqual([total]);
    expect(term.blanks).toEqual([]);
    expect(term.cells).toEqual([total.pointer, ...["upheld", "corrected", "other", "pending"].map((key) => `/reviewAndLitigation/review/${key}`)]);
  });

  it("as a lower bound when a part is blank too, with that part as the blank", () => {
    const term = new Reader(withReview([1, null, 3, 4]), format, "unknown").cell(total);
    expect(term.value).toEqual({ lo: 8, hi: Number.POSITIVE_INFINITY });
    expect(term.blanks.map((ref) => ref.pointer)).toEqual(["/reviewAndLitigation/review/corrected"]);
  });

  it("not when the rule asks for the printed cell (derive: false), nor under blanks: \"zero\"", () => {
    expect(new Reader(withReview([1, 2, 3, 4]), format, "unknown").cell(total, { derive: false }).value).toEqual({ lo: 0, hi: Number.POSITIVE_INFINITY });
    expect(new Reader(withReview([1, 2, 3, 4]), format, "zero").cell(total).value).toEqual({ lo: 0, hi: 0 });
  });
});

describe("work the reader saves per report", () => {
  const report = () => {
    const value = clone(consistentReport("2021", 15)) as unknown as Json;
    (rows(value).received as Json).total = null;
    return value;
  };

  it("a blank 总计 is derived once, however many relations read it", () => {
    const reader = new Reader(report(), "2021", "unknown");
    const total = reader.layout.cell(reader.layout.received, "total");
    let reads = 0;
    prototype.cell = function cell(this: Reader, ...args: Parameters<CellRead>) {
      reads += 1;
      return original.apply(this, args);
    };
    const first = reader.cell(total);
    // The total itself and its six columns.
    expect(reads).toBe(1 + 6);
    const second = reader.cell(total);
    expect(reads).toBe(1 + 6 + 1);
    expect(second.value).toEqual(first.value);
    expect(second.cells).toEqual(first.cells);
  });

  it("a printed cell's term shares its ref's frozen paths (no array per read), unless pointers carry a prefix", () => {
    const reader = new Reader(report(), "2021", "unknown");
    const ref = reader.layout.cell(reader.layout.received, "naturalPerson");
    expect(reader.cell(ref).cells).toBe(ref.cells);
    expect(new Reader(reader.report, "2021", "unknown", "/3").cell(ref).cells).toEqual(["/3/applications/received/naturalPerson"]);
  });
});
