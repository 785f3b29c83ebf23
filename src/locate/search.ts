// An exact small search for the fewest printed cells whose change makes every relation
// satisfiable (Fellegi–Holt). Blank cells are unknowns the repair may fill at no cost.
// Feasibility of a candidate set is decided by bounds propagation over the linear
// relations (coefficients ±1): exact when no blank is involved, and at least as strong as
// the rules' own reading of blanks (each relation on its own, blank totals derived).
import type { Model } from "./model.js";

/** A set of changed cells with the values that make every relation hold. */
export interface Solution {
  /** Changed printed cells, ascending. */
  readonly cells: readonly number[];
  /** Suggested value per changed cell (same order). */
  readonly values: readonly number[];
  /** Blank cells the repair determines, with their value. */
  readonly fills: ReadonlyMap<number, number>;
}

/** What the search found. */
export interface SearchResult {
  readonly status: "consistent" | "located" | "unexplained" | "search-limit";
  /** Every minimal solution found (all of the smallest size), unordered. */
  readonly solutions: readonly Solution[];
  /** Relations that fail as printed (fixed relations that do not hold, and the first conflict among blanks). */
  readonly failing: readonly number[];
  /** Candidate sets whose feasibility was decided (the search's work). */
  readonly work: number;
}

type Solve =
  | { readonly kind: "ok"; readonly solution: Solution }
  | { readonly kind: "redundant" }
  | { readonly kind: "conflict"; readonly candidates: readonly number[]; readonly relations: readonly number[] };

const EPSILON = 1e-9;

/** Searches for the minimal changes; `values` holds NaN for blank cells. */
export function search(model: Model, values: Float64Array, maxCells: number, budget: number): SearchResult {
  const { cells, relations, cellRelations } = model;
  const n = cells.length;
  const blank = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) if (Number.isNaN(values[i] as number)) blank[i] = 1;

  // Relations with blanks are always propagated; fully printed ones are evaluated once.
  const blankRelations: number[] = [];
  const violatedFixed: number[] = [];
  relations.forEach((relation, r) => {
    let sum = 0;
    let hasBlank = false;
    for (let t = 0; t < relation.cells.length; t += 1) {
      const cell = relation.cells[t] as number;
      if (blank[cell]) hasBlank = true;
      else sum += (relation.coefs[t] as number) * (values[cell] as number);
    }
    if (hasBlank) blankRelations.push(r);
    else if (relation.op === "eq" ? Math.abs(sum) > EPSILON : sum > EPSILON) violatedFixed.push(r);
  });

  const baseLo = new Float64Array(n);
  const baseHi = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    if (blank[i]) {
      baseLo[i] = cells[i]?.signed ? Number.NEGATIVE_INFINITY : 0;
      baseHi[i] = Number.POSITIVE_INFINITY;
    } else baseLo[i] = baseHi[i] = values[i] as number;
  }
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const reason = new Int32Array(n);
  const inQueue = new Uint8Array(relations.length);
  const inS = new Uint8Array(n);

  const seen = new Int32Array(relations.length).fill(-1);
  const marked = new Int32Array(n).fill(-1);
  let generation = 0;
  function conflictOf(start: number): { candidates: number[]; relations: number[] } {
    generation += 1;
    seen[start] = generation;
    const found = [start];
    for (let at = 0; at < found.length; at += 1) {
      for (const cell of (relations[found[at] as number] as Model["relations"][number]).cells) {
        const because = reason[cell] as number;
        if (because >= 0 && seen[because] !== generation) {
          seen[because] = generation;
          found.push(because);
        }
      }
    }
    const candidates: number[] = [];
    for (const r of found)
      for (const cell of (relations[r] as Model["relations"][number]).cells)
        if (!blank[cell] && !inS[cell] && marked[cell] !== generation) {
          marked[cell] = generation;
          candidates.push(cell);
        }
    return { candidates: candidates.sort((a, b) => a - b), relations: found };
  }

  /** Propagates bounds from the queued relations; returns a conflicting relation or -1. */
  function propagate(queue: number[]): number {
    let steps = 0;
    const cap = 60 * relations.length + 1000;
    for (let head = 0; head < queue.length; head += 1) {
      const r = queue[head] as number;
      inQueue[r] = 0;
      steps += 1;
      if (steps > cap) return r;
      const relation = relations[r] as Model["relations"][number];
      const terms = relation.cells.length;
      let finLo = 0;
      let finHi = 0;
      let infLo = 0;
      let infHi = 0;
      for (let t = 0; t < terms; t += 1) {
        const cell = relation.cells[t] as number;
        const a = relation.coefs[t] as number;
        const tLo = a > 0 ? (lo[cell] as number) : -(hi[cell] as number);
        const tHi = a > 0 ? (hi[cell] as number) : -(lo[cell] as number);
        if (tLo === Number.NEGATIVE_INFINITY) infLo += 1;
        else finLo += tLo;
        if (tHi === Number.POSITIVE_INFINITY) infHi += 1;
        else finHi += tHi;
      }
      const sumLo = infLo > 0 ? Number.NEGATIVE_INFINITY : finLo;
      const sumHi = infHi > 0 ? Number.POSITIVE_INFINITY : finHi;
      if (sumLo > EPSILON || (relation.op === "eq" && sumHi < -EPSILON)) return r;
      for (let t = 0; t < terms; t += 1) {
        const cell = relation.cells[t] as number;
        if ((lo[cell] as number) === (hi[cell] as number)) continue;
        const a = relation.coefs[t] as number;
        const tLo = a > 0 ? (lo[cell] as number) : -(hi[cell] as number);
        const tHi = a > 0 ? (hi[cell] as number) : -(lo[cell] as number);
        const restLo = tLo === Number.NEGATIVE_INFINITY ? (infLo > 1 ? Number.NEGATIVE_INFINITY : finLo) : infLo > 0 ? Number.NEGATIVE_INFINITY : finLo - tLo;
        const restHi = tHi === Number.POSITIVE_INFINITY ? (infHi > 1 ? Number.POSITIVE_INFINITY : finHi) : infHi > 0 ? Number.POSITIVE_INFINITY : finHi - tHi;
        // a·x ∈ [−restHi, −restLo] for "eq"; a·x ≤ −restLo for "le".
        const termLo = relation.op === "eq" ? -restHi : Number.NEGATIVE_INFINITY;
        const termHi = -restLo;
        const newLo = a > 0 ? termLo : -termHi;
        const newHi = a > 0 ? termHi : -termLo;
        let changed = false;
        if (newLo > (lo[cell] as number) + EPSILON) {
          lo[cell] = newLo;
          changed = true;
        }
        if (newHi < (hi[cell] as number) - EPSILON) {
          hi[cell] = newHi;
          changed = true;
        }
        if (!changed) continue;
        if ((lo[cell] as number) > (hi[cell] as number) + EPSILON) {
          reason[cell] = r;
          return r;
        }
        if (Math.abs((lo[cell] as number) - (hi[cell] as number)) <= EPSILON) hi[cell] = lo[cell] as number;
        reason[cell] = r;
        for (const next of cellRelations[cell] as readonly number[]) {
          if (next !== r && !inQueue[next]) {
            inQueue[next] = 1;
            queue.push(next);
          }
        }
      }
    }
    queue.length = 0;
    return -1;
  }

  function solve(set: readonly number[]): Solve {
    for (const cell of set) inS[cell] = 1;
    try {
      // A fully printed relation that fails must contain a changed cell.
      let smallest = -1;
      for (const r of violatedFixed) {
        const relation = relations[r] as Model["relations"][number];
        if (relation.cells.some((cell) => inS[cell])) continue;
        if (smallest < 0 || relation.cells.length < (relations[smallest] as Model["relations"][number]).cells.length) smallest = r;
      }
      reason.fill(-1);
      if (smallest >= 0) return { kind: "conflict", ...conflictOf(smallest) };
      lo.set(baseLo);
      hi.set(baseHi);
      for (const cell of set) {
        lo[cell] = cells[cell]?.signed ? Number.NEGATIVE_INFINITY : 0;
        hi[cell] = Number.POSITIVE_INFINITY;
      }
      inQueue.fill(0);
      const queue: number[] = [];
      const enqueue = (r: number) => {
        if (!inQueue[r]) {
          inQueue[r] = 1;
          queue.push(r);
        }
      };
      for (const r of blankRelations) enqueue(r);
      for (const cell of set) for (const r of cellRelations[cell] as readonly number[]) enqueue(r);
      let failed = propagate(queue);
      if (failed >= 0) return { kind: "conflict", ...conflictOf(failed) };
      // Choose a value for each changed cell: determined, or the bound nearest to the print.
      const chosen: number[] = [];
      for (const cell of set) {
        const printed = values[cell] as number;
        let value: number;
        if ((lo[cell] as number) === (hi[cell] as number)) value = lo[cell] as number;
        else if (printed >= (lo[cell] as number) - EPSILON && printed <= (hi[cell] as number) + EPSILON) return { kind: "redundant" };
        else {
          value = printed < (lo[cell] as number) ? (lo[cell] as number) : (hi[cell] as number);
          lo[cell] = hi[cell] = value;
          for (const r of cellRelations[cell] as readonly number[]) enqueue(r);
          failed = propagate(queue);
          if (failed >= 0) return { kind: "conflict", ...conflictOf(failed) };
        }
        if (Math.abs(value - printed) <= EPSILON) return { kind: "redundant" };
        chosen.push(value);
      }
      const fills = new Map<number, number>();
      for (const cell of set)
        for (const r of cellRelations[cell] as readonly number[])
          for (const other of (relations[r] as Model["relations"][number]).cells)
            if (blank[other] && (lo[other] as number) === (hi[other] as number)) fills.set(other, lo[other] as number);
      return { kind: "ok", solution: { cells: set, values: chosen, fills } };
    } finally {
      for (const cell of set) inS[cell] = 0;
    }
  }

  const cache = new Map<string, Solve>();
  let spent = 0;
  const solveCached = (set: readonly number[]): Solve | undefined => {
    const key = set.join(",");
    let result = cache.get(key);
    if (!result) {
      if (spent >= budget) return undefined;
      spent += 1;
      result = solve(set);
      cache.set(key, result);
    }
    return result;
  };

  const base = solveCached([]) as Solve;
  const failing = [...violatedFixed];
  if (base.kind === "conflict" && violatedFixed.length === 0) failing.push(...base.relations);
  if (base.kind !== "conflict") return { status: "consistent", solutions: [], failing: [], work: spent };

  let limited = false;
  for (let size = 1; size <= maxCells; size += 1) {
    const found: Solution[] = [];
    const visited = new Set<string>();
    const dfs = (set: readonly number[]): void => {
      if (limited) return;
      const key = set.join(",");
      if (visited.has(key)) return;
      visited.add(key);
      const result = solveCached(set);
      if (!result) {
        limited = true;
        return;
      }
      if (result.kind === "ok") {
        if (set.length === size) found.push(result.solution);
        return;
      }
      if (result.kind === "redundant" || set.length >= size) return;
      for (const cell of result.candidates) dfs([...set, cell].sort((a, b) => a - b));
    };
    dfs([]);
    if (found.length > 0) return { status: "located", solutions: found, failing, work: spent };
    if (limited) return { status: "search-limit", solutions: [], failing, work: spent };
  }
  return { status: "unexplained", solutions: [], failing, work: spent };
}
