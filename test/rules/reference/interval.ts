/** A closed range of possible values; `hi` may be `Infinity`. Exact values have `lo === hi`. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/** An exact value. */
export const exact = (value: number): Interval => ({ lo: value, hi: value });

/** A count that was left blank: any value from 0 up. */
export const UNKNOWN_COUNT: Interval = { lo: 0, hi: Number.POSITIVE_INFINITY };

/** A signed value that was left blank. */
export const UNKNOWN_SIGNED: Interval = { lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY };

/** Whether the interval holds a single value. */
export const isExact = (interval: Interval): boolean => interval.lo === interval.hi;

/** The intersection of two intervals that are both known to contain the true value. */
export function intersect(a: Interval, b: Interval): Interval {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : a;
}

/** Outcome of comparing two sides of a relation. */
export type Verdict = "holds" | "fails" | "unknown";

/** `left = right`: fails for sure when the ranges cannot meet. */
export function equal(left: Interval, right: Interval, tolerance = 0): Verdict {
  if (isExact(left) && isExact(right)) return Math.abs(left.lo - right.lo) <= tolerance + 1e-9 ? "holds" : "fails";
  if (left.hi + tolerance < right.lo || right.hi + tolerance < left.lo) return "fails";
  return "unknown";
}

/** `left ≤ right` (within `tolerance`). */
export function atMost(left: Interval, right: Interval, tolerance = 0): Verdict {
  if (left.hi <= right.lo + tolerance) return "holds";
  if (left.lo > right.hi + tolerance) return "fails";
  return "unknown";
}
