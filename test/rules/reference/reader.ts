import { APPLICANT_KEYS, APPLICANT_PART_KEYS, type ApplicantKey } from "../../../src/layout/labels.js";
import { getAt } from "../../../src/layout/pointer.js";
import type { Format } from "../../../src/schema/report.js";
import { exact, type Interval, intersect, isExact, UNKNOWN_COUNT, UNKNOWN_SIGNED } from "../../../src/rules/interval.js";
import { type CellRef, layoutOf, REVIEW_PART_KEYS, type ReviewGroupKey, type RuleLayout, reviewRef } from "./layout.js";
import type { Bilingual, BlankPolicy } from "../../../src/rules/types.js";

/** One side's term of a relation: a cell or a sum of cells, read as an interval. */
export interface Term {
  readonly label: Bilingual;
  readonly value: Interval;
  /** Pointers of every cell read for this term. */
  readonly cells: readonly string[];
  /** Cells that were blank and made the term inexact. */
  readonly blanks: readonly CellRef[];
  /** Blank printed totals whose value was derived from their parts. */
  readonly derived: readonly CellRef[];
  /** Blank cells read as 0 (blanks: "zero"). */
  readonly zeroed: readonly CellRef[];
  /** The cell itself, when the term is one cell (not a sum). */
  readonly self?: CellRef;
}

const EMPTY: readonly never[] = [];

/** Reads a value at a path, tolerating any shape: a non-finite or non-number value is "blank". */
export function valueAt(report: unknown, path: readonly string[]): number | undefined {
  const current = getAt(report, path);
  return typeof current === "number" && Number.isFinite(current) ? current : undefined;
}

/**
 * Reads cells of one report as intervals. Under blanks "unknown", a blank count is any value
 * ≥ 0 and a blank printed total (a row's 总计, a （七）总计 cell, a table 四 总计) is derived
 * from its parts; under "zero", every blank is 0.
 */
export class Reader {
  readonly layout: RuleLayout;

  constructor(
    readonly report: unknown,
    readonly format: Format,
    readonly policy: BlankPolicy,
    /** Prefix for pointers (the report's index in a series input). */
    readonly prefix = "",
  ) {
    this.layout = layoutOf(format);
  }

  private table3Cache: Float64Array | undefined;

  /**
   * Every cell of table 三 as numbers, `NaN` where blank or invalid, row-major in
   * {@link RuleLayout.rows} order × {@link APPLICANT_KEYS} order. Read once per report;
   * rules use it to skip relations that hold exactly (the common case) without
   * building terms or messages.
   */
  table3(): Float64Array {
    if (this.table3Cache) return this.table3Cache;
    const rows = this.layout.rows;
    const values = new Float64Array(rows.length * APPLICANT_KEYS.length).fill(Number.NaN);
    for (const row of rows) {
      const current = getAt(this.report, row.path);
      if (current === null || typeof current !== "object") continue;
      const base = row.index * APPLICANT_KEYS.length;
      for (let column = 0; column < APPLICANT_KEYS.length; column += 1) {
        const key = APPLICANT_KEYS[column] as string;
        const value = Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined;
        if (typeof value === "number" && Number.isFinite(value)) values[base + column] = value;
      }
    }
    this.table3Cache = values;
    return values;
  }

  /** The pointer of a cell as reported in findings. */
  pointer(ref: CellRef): string {
    return this.prefix + ref.pointer;
  }

  /** The paths of a term that reads one cell: the ref's shared array, unless pointers carry a prefix. */
  private cellsOf(ref: CellRef): readonly string[] {
    return this.prefix === "" ? ref.cells : [this.prefix + ref.pointer];
  }

  /** Reads one cell; `derive: false` reads a blank total as unknown (for the rule that checks it). */
  cell(ref: CellRef, options: { derive?: boolean; label?: Bilingual } = {}): Term {
    const label = options.label ?? ref.short;
    const value = valueAt(this.report, ref.path);
    if (value !== undefined)
      return { label, value: exact(value), cells: this.cellsOf(ref), blanks: EMPTY, derived: EMPTY, zeroed: EMPTY, self: ref };
    // Under "unknown", a blank printed total is derived from its parts (a blank
    // total means "not printed", not 0). Under "zero", every blank is 0, totals
    // included, so that every rule reads the same blank cell the same way.
    if (options.derive !== false && this.policy === "unknown") {
      const parts = this.derived(ref);
      if (parts) {
        return {
          label,
          value: parts.value,
          cells: [this.pointer(ref), ...parts.cells],
          blanks: isExact(parts.value) ? EMPTY : parts.blanks,
          derived: [ref],
          zeroed: parts.zeroed,
          self: ref,
        };
      }
    }
    if (this.policy === "zero")
      return { label, value: exact(0), cells: this.cellsOf(ref), blanks: EMPTY, derived: EMPTY, zeroed: [ref], self: ref };
    return {
      label,
      value: ref.signed ? UNKNOWN_SIGNED : UNKNOWN_COUNT,
      cells: this.cellsOf(ref),
      blanks: [ref],
      derived: EMPTY,
      zeroed: EMPTY,
      self: ref,
    };
  }

  /** The sum of several cells as one term. */
  sum(refs: readonly CellRef[], label: Bilingual, options: { derive?: boolean } = {}): Term {
    const terms = refs.map((ref) => this.cell(ref, options));
    return combine(terms, label);
  }

  private derivations: Map<CellRef, Term | null> | undefined;

  /**
   * {@link derivation}, once per report: a blank 总计 is read by several relations (its row's,
   * its column's, the balance, the prose figures), and deriving it walks up to 23 rows × 6 columns.
   */
  private derived(ref: CellRef): Term | undefined {
    if (!this.derivations) this.derivations = new Map();
    const cache = this.derivations;
    let term = cache.get(ref);
    if (term === undefined) {
      term = withUniqueCells(this.derivation(ref)) ?? null;
      cache.set(ref, term);
    }
    return term ?? undefined;
  }

  /** How a blank total can be derived from its parts, if `ref` is a total. */
  private derivation(ref: CellRef): Term | undefined {
    const path = ref.path;
    const last = path[path.length - 1];
    const layout = this.layout;
    if (path[0] === "reviewAndLitigation" && last === "total" && path.length === 3) {
      const group = path[1] as ReviewGroupKey;
      const parts = REVIEW_PART_KEYS.map((key) => this.cell(reviewRef(this.format, group, key), { derive: false }));
      return combine(parts, ref.short);
    }
    if (path[0] !== "applications") return undefined;
    const column = last as ApplicantKey;
    const rowPath = path.slice(0, -1);
    const isOutcomesTotal = rowPath.length === 3 && rowPath[1] === "outcomes" && rowPath[2] === "total";
    const row = layout.rowOf(rowPath);
    if (!row) return undefined;
    const fromRow =
      column === "total"
        ? combine(
            APPLICANT_PART_KEYS.map((key) => this.cell(layout.cell(row, key), { derive: isOutcomesTotal })),
            ref.short,
          )
        : undefined;
    const fromColumn = isOutcomesTotal
      ? combine(
          layout.outcomeRows.map((outcome) => this.cell(layout.cell(outcome, column), { derive: column === "total" })),
          ref.short,
        )
      : undefined;
    if (fromRow && fromColumn) {
      const value = intersect(fromRow.value, fromColumn.value);
      const best = isExact(fromRow.value) ? fromRow : isExact(fromColumn.value) ? fromColumn : undefined;
      return {
        ...(best ?? fromRow),
        self: undefined,
        value,
        cells: [...fromRow.cells, ...fromColumn.cells],
        blanks: isExact(value) ? EMPTY : [...fromRow.blanks, ...fromColumn.blanks],
      };
    }
    return fromRow ?? fromColumn;
  }
}

/**
 * The term with each cell once (first occurrence kept): a derived total reads shared cells twice
 * (the corner （七）总计 × 总计 up to 143 paths), and deduplicating once per report spares every
 * finding that names it. Findings list each cell once anyway, in the same order.
 */
function withUniqueCells(term: Term | undefined): Term | undefined {
  if (!term || term.cells.length <= 1) return term;
  const unique = [...new Set(term.cells)];
  return unique.length === term.cells.length ? term : { ...term, cells: unique };
}

/** Adds terms into one. */
export function combine(terms: readonly Term[], label: Bilingual): Term {
  if (terms.length === 1) {
    const [only] = terms as [Term];
    return { ...only, label };
  }
  // Plain loops: combine runs for every relation that reads a sum (flatMap allocated per field).
  let lo = 0;
  let hi = 0;
  const cells: string[] = [];
  const blanks: CellRef[] = [];
  const derived: CellRef[] = [];
  const zeroed: CellRef[] = [];
  for (const term of terms) {
    lo += term.value.lo;
    hi += term.value.hi;
    for (const cell of term.cells) cells.push(cell);
    for (const ref of term.blanks) blanks.push(ref);
    for (const ref of term.derived) derived.push(ref);
    for (const ref of term.zeroed) zeroed.push(ref);
  }
  return { label, self: undefined, value: { lo, hi }, cells, blanks, derived, zeroed };
}
