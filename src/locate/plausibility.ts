// How plausible a change from the printed value to the suggested one is, as a typo.
import type { Model } from "./model.js";

/**
 * The kind of slip a change would undo, most plausible first:
 * - `follows`: a total changed by the same amount as one of its parts in the same suggestion
 *   (one underlying error that the total faithfully added up);
 * - `digit`: one digit wrong in a number of two or more digits (`35` for `38`);
 * - `transposition`: two digits swapped (`53` for `35`);
 * - `neighbour`: the printed value is that of the cell beside it (left, right, above or below);
 * - `blank-total`: a total printed as 0 (left blank and read as 0) where its parts add up to more;
 * - `copied-total`: a total printed with the value of another total of the same table;
 * - `digit-count`: one digit too many or too few (`135` or `5` for `35`);
 * - `arbitrary`: none of these.
 */
export type ChangeKind = "follows" | "digit" | "transposition" | "neighbour" | "blank-total" | "copied-total" | "digit-count" | "arbitrary";

/** Score of each kind, in (0, 1]. */
export const KIND_SCORE: Readonly<Record<ChangeKind, number>> = {
  follows: 1,
  digit: 0.9,
  transposition: 0.85,
  neighbour: 0.8,
  "blank-total": 0.8,
  "copied-total": 0.7,
  "digit-count": 0.6,
  arbitrary: 0.1,
};

function digits(value: number): string | undefined {
  return Number.isInteger(value) && value >= 0 ? String(value) : undefined;
}

function digitKind(printed: number, suggested: number): ChangeKind | undefined {
  const a = digits(printed);
  const b = digits(suggested);
  if (a === undefined || b === undefined) return undefined;
  if (a.length === b.length) {
    const differ: number[] = [];
    for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) differ.push(i);
    if (differ.length === 1) return a.length > 1 ? "digit" : undefined;
    if (differ.length === 2) {
      const [i, j] = differ as [number, number];
      if (a[i] === b[j] && a[j] === b[i]) return "transposition";
    }
    return undefined;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return undefined;
  for (let i = 0; i < long.length; i += 1) if (long.slice(0, i) + long.slice(i + 1) === short) return "digit-count";
  return undefined;
}

/** Classifies one change; `repaired` holds every cell's value after the repair (NaN where still blank). */
export function classify(model: Model, cell: number, printed: number, suggested: number, repaired: Float64Array): ChangeKind {
  const candidates: ChangeKind[] = [];
  const digit = digitKind(printed, suggested);
  if (digit) candidates.push(digit);
  const own = model.cells[cell];
  if (own) {
    for (const [dr, dc] of [
      [0, -1],
      [0, 1],
      [-1, 0],
      [1, 0],
    ] as const) {
      const other = model.grid.get(`${own.table}|${own.row + dr}|${own.col + dc}`);
      if (other !== undefined && printed !== 0 && repaired[other] === printed) {
        candidates.push("neighbour");
        break;
      }
    }
    if (own.total) {
      if (printed === 0 && suggested > 0) candidates.push("blank-total");
      else if (printed !== 0)
        for (let other = 0; other < model.cells.length; other += 1) {
          const entry = model.cells[other];
          if (other !== cell && entry?.total && entry.table === own.table && repaired[other] === printed) {
            candidates.push("copied-total");
            break;
          }
        }
    }
  }
  let best: ChangeKind = "arbitrary";
  for (const kind of candidates) if (KIND_SCORE[kind] > KIND_SCORE[best]) best = kind;
  return best;
}
