// Laws of the interval arithmetic the rules decide with (issue 10: the tolerance and bound
// mutants of the interval module survived because no test passed a tolerance or a bound).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { atMost, equal, exact, type Interval, intersect, isExact, subtract, UNKNOWN_COUNT, UNKNOWN_SIGNED } from "../../src/rules/interval.js";

const small = fc.integer({ min: -1000, max: 1000 });
const tolerance = fc.integer({ min: 0, max: 20 });
/** A range [lo, hi], hi possibly unbounded. */
const range = fc
  .tuple(small, fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }))
  .map(([lo, width]): Interval => ({ lo, hi: width === undefined ? Number.POSITIVE_INFINITY : lo + width }));

describe("equal", () => {
  it("two exact values hold exactly when they differ by at most the tolerance", () => {
    fc.assert(
      fc.property(small, small, tolerance, (a, b, t) => {
        expect(equal(exact(a), exact(b), t)).toBe(Math.abs(a - b) <= t ? "holds" : "fails");
      }),
      { numRuns: 200 },
    );
  });

  it("ranges fail exactly when they are further apart than the tolerance; otherwise, if not both exact, unknown", () => {
    fc.assert(
      fc.property(range, range, tolerance, (left, right, t) => {
        const apart = left.hi + t < right.lo || right.hi + t < left.lo;
        const verdict = equal(left, right, t);
        if (apart) expect(verdict).toBe("fails");
        else if (isExact(left) && isExact(right)) expect(verdict).toBe("holds");
        else expect(verdict).toBe("unknown");
      }),
      { numRuns: 300 },
    );
  });

  it("at the tolerance's edge", () => {
    expect(equal(exact(5), exact(7), 2)).toBe("holds");
    expect(equal(exact(5), exact(8), 2)).toBe("fails");
    expect(equal({ lo: 10, hi: Number.POSITIVE_INFINITY }, exact(8), 2)).toBe("unknown");
    expect(equal({ lo: 11, hi: Number.POSITIVE_INFINITY }, exact(8), 2)).toBe("fails");
    expect(equal(exact(8), { lo: 11, hi: Number.POSITIVE_INFINITY }, 2)).toBe("fails");
    expect(equal(exact(8), { lo: 10, hi: Number.POSITIVE_INFINITY }, 2)).toBe("unknown");
    expect(equal(exact(0.1 + 0.2), exact(0.3))).toBe("holds");
    expect(equal(exact(0.3), exact(0.3 + 1e-6))).toBe("fails");
    // The rounding allowance is closed: a difference of exactly 1e-9 still holds.
    expect(equal(exact(0), exact(1e-9))).toBe("holds");
    expect(equal(exact(0), exact(2e-9))).toBe("fails");
  });

  it("a blank signed value is never decided against anything", () => {
    fc.assert(
      fc.property(range, (other) => {
        expect(equal(UNKNOWN_SIGNED, other)).toBe("unknown");
        expect(equal(other, UNKNOWN_SIGNED)).toBe("unknown");
      }),
    );
    expect(equal(UNKNOWN_COUNT, exact(-1))).toBe("fails");
  });
});

describe("atMost", () => {
  it("holds when the left's top is within the right's bottom plus tolerance, fails when its bottom is above the right's top", () => {
    fc.assert(
      fc.property(range, range, tolerance, (left, right, t) => {
        const verdict = atMost(left, right, t);
        if (left.hi <= right.lo + t) expect(verdict).toBe("holds");
        else if (left.lo > right.hi + t) expect(verdict).toBe("fails");
        else expect(verdict).toBe("unknown");
      }),
      { numRuns: 300 },
    );
  });

  it("at the tolerance's edge", () => {
    expect(atMost(exact(7), exact(5), 2)).toBe("holds");
    expect(atMost(exact(8), exact(5), 2)).toBe("fails");
    expect(atMost({ lo: 7, hi: Number.POSITIVE_INFINITY }, exact(5), 2)).toBe("unknown");
    expect(atMost({ lo: 8, hi: Number.POSITIVE_INFINITY }, exact(5), 2)).toBe("fails");
    expect(atMost(exact(6), { lo: 4, hi: Number.POSITIVE_INFINITY }, 2)).toBe("holds");
    expect(atMost(exact(7), { lo: 4, hi: Number.POSITIVE_INFINITY }, 2)).toBe("unknown");
  });
});

describe("intersect", () => {
  it("of two ranges that both hold the true value is the overlap, contained in both", () => {
    fc.assert(
      fc.property(range, range, (a, b) => {
        const lo = Math.max(a.lo, b.lo);
        const hi = Math.min(a.hi, b.hi);
        if (lo <= hi) expect(intersect(a, b)).toEqual({ lo, hi });
        else expect(intersect(a, b)).toEqual(a); // inconsistent: the first is kept, nothing is invented
      }),
    );
    expect(intersect({ lo: 2, hi: 5 }, { lo: 5, hi: 9 })).toEqual(exact(5));
  });
});

describe("subtract", () => {
  it("is the widest difference", () => {
    expect(subtract({ lo: 10, hi: 12 }, { lo: 1, hi: 3 })).toEqual({ lo: 7, hi: 11 });
    expect(subtract(exact(5), UNKNOWN_COUNT)).toEqual({ lo: Number.NEGATIVE_INFINITY, hi: 5 });
  });
});
