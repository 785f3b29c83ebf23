import type { Lang } from "../schema/registry.js";
import type { Term } from "./reader.js";

// Doubles add integers exactly only up to 2^53 − 1: past it, 2^53 − 1 + 2 rounds to 2^53 and an
// imbalance of 1 can vanish. A relation whose terms could leave that range is reported as not
// assessable exactly, never answered wrongly. (The schema rejects such counts; check reads anything.)

/**
 * The sum of `values` when each is a number and every partial sum is exact, else `undefined`.
 * Used by the engine's fast paths before they decide that a relation holds.
 */
export function exactSum(values: readonly unknown[]): number | undefined {
  let sum = 0;
  let magnitude = 0;
  for (const value of values) {
    if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
    sum += value;
    magnitude += Math.abs(value);
  }
  return magnitude <= Number.MAX_SAFE_INTEGER ? sum : undefined;
}

/** `magnitude` plus the finite bounds of a term, lo then hi. */
function withBounds(magnitude: number, term: Term): number {
  let sum = magnitude;
  if (Number.isFinite(term.value.lo)) sum += Math.abs(term.value.lo);
  if (Number.isFinite(term.value.hi)) sum += Math.abs(term.value.hi);
  return sum;
}

/** Whether adding the finite bounds of the terms of both sides could leave the range where doubles are exact. */
export function outOfExactRange(left: readonly Term[], right: readonly Term[]): boolean {
  let magnitude = 0;
  for (const term of left) magnitude = withBounds(magnitude, term);
  for (const term of right) magnitude = withBounds(magnitude, term);
  return magnitude > Number.MAX_SAFE_INTEGER;
}

/** The message of a relation whose sums leave the exact range. */
export function inexactMessage(context: string, relation: string, lang: Lang): string {
  return lang === "zh"
    ? `${context}：无法精确判断（${relation}），因为数值之和超出 2^53−1（9007199254740991），浮点加法在此范围外不精确`
    : `${context}: cannot decide exactly (${relation}) because the sums exceed 2^53−1 (9007199254740991), beyond which floating-point addition is inexact`;
}
