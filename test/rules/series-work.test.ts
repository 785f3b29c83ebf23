// checkSeries must do work linear in the number of reports. Counted, not timed: every step of
// an array iterator (spread, for…of, destructuring) and every element copied by slice/concat
// while it runs. Copying an index list per report (the old cliff: 20,000 reports took 15–26 s)
// makes the count per report grow with the series; here it must stay flat.
import { afterEach, describe, expect, it } from "vitest";
import { checkSeries } from "../../src/rules/check.js";
import type { Finding } from "../../src/rules/types.js";
import { zeroReport } from "../support/reports.js";

const iteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]()) as { next: (this: unknown) => IteratorResult<unknown> };
const originals = { next: iteratorPrototype.next, slice: Array.prototype.slice, concat: Array.prototype.concat };

function restore(): void {
  iteratorPrototype.next = originals.next;
  Array.prototype.slice = originals.slice;
  Array.prototype.concat = originals.concat;
}
afterEach(restore);

/** Runs `work` and returns how many array elements it stepped through or copied. */
function countWork(work: () => void): number {
  let steps = 0;
  iteratorPrototype.next = function next(this: unknown) {
    steps += 1;
    return originals.next.call(this);
  };
  Array.prototype.slice = function slice(this: unknown[], ...args: [number?, number?]) {
    const out = originals.slice.apply(this, args);
    steps += out.length;
    return out;
  };
  Array.prototype.concat = function concat(this: unknown[], ...args: unknown[]) {
    const out = originals.concat.apply(this, args) as unknown[];
    steps += out.length;
    return out;
  };
  try {
    work();
  } finally {
    restore();
  }
  return steps;
}

/** One organ's reports for `count` consecutive years, in one format, shuffled a little. */
function series(count: number): unknown[] {
  const base = zeroReport("2021");
  const reports = Array.from({ length: count }, (_, index) => ({ ...base, year: 2021 + index }));
  return reports.reverse();
}

describe("checkSeries does linear work (counted, not timed)", () => {
  it("the work per report does not grow from 100 to 1,600 reports", () => {
    let small: Finding[] = [];
    let large: Finding[] = [];
    const perReportSmall = countWork(() => (small = checkSeries(series(100)))) / 100;
    const perReportLarge = countWork(() => (large = checkSeries(series(1600)))) / 1600;
    // The counter is live: a series does some counted work, and the inputs are valid series.
    expect(perReportSmall).toBeGreaterThan(1);
    expect(small.filter((finding) => finding.ruleId === "series.input")).toEqual([]);
    expect(large.filter((finding) => finding.ruleId === "series.input")).toEqual([]);
    expect(perReportLarge).toBeLessThan(perReportSmall * 1.5);
  });

  it("the counter catches a per-report copy (the test can fail)", () => {
    const copying = (count: number) => {
      let list: number[] = [];
      for (let index = 0; index < count; index += 1) list = [...list, index];
    };
    const small = countWork(() => copying(100)) / 100;
    const large = countWork(() => copying(1600)) / 1600;
    expect(large).toBeGreaterThan(small * 1.5);
  });
});
