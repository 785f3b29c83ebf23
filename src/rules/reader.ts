import { APPLICANT_KEYS, APPLICANT_PART_KEYS, type ApplicantKey } from "../layout/labels.js";
import { getAt } from "../layout/pointer.js";
import type { Format } from "../schema/report.js";
import { exact, type Interval, intersect, isExact, UNKNOWN_COUNT, UNKNOWN_SIGNED } from "./interval.js";
import { type CellRef, layoutOf, REVIEW_PART_KEYS, type ReviewGroupKey, type Row3, type RuleLayout, reviewRef } from "./layout.js";
import type { Bilingual, BlankPolicy } from "./types.js";

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

/** A term; every term is made here, so all share one shape (the engine reads their fields in hot loops). */
function makeTerm(
  label: Bilingual,
  value: Interval,
  cells: readonly string[],
  blanks: readonly CellRef[],
  derived: readonly CellRef[],
  zeroed: readonly CellRef[],
  self: CellRef | undefined,
): Term {
  return { label, value, cells, blanks, derived, zeroed, self };
}

/** The lists of a derived total's term, each cell and blank once. */
interface DerivedLists {
  readonly cells: readonly string[];
  readonly blanks: readonly CellRef[];
  readonly derived: readonly [CellRef];
  readonly zeroed: readonly CellRef[];
}

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
const WIDTH = APPLICANT_KEYS.length;
const TOTAL_COLUMN = APPLICANT_KEYS.indexOf("total");

/** An own property's value (an inherited one is not the report's). */
function own(row: object, key: string): unknown {
  return Object.hasOwn(row, key) ? (row as Record<string, unknown>)[key] : undefined;
}

/** A count as the fast table holds it: the number, or `NaN` when blank or invalid. */
function countOf(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : Number.NaN;
}

const NO_OPTIONS: { derive?: boolean; label?: Bilingual } = {};
/** Read the printed cell: a blank total stays unknown. */
const PRINTED = { derive: false } as const;

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

  private table3Cache: number[] | undefined;
  private exactTable: boolean | undefined;

  /**
   * Every cell of table 三 as numbers, `NaN` where blank or invalid, row-major in
   * {@link RuleLayout.rows} order × {@link APPLICANT_KEYS} order (a cell's {@link CellRef.slot}).
   * Read once per report: rules use it to skip relations that hold exactly (the common case)
   * without building terms or messages, and {@link cell} reads table-三 cells from it.
   */
  table3(): readonly number[] {
    if (this.table3Cache) return this.table3Cache;
    const rows = this.layout.rows;
    const values: number[] = [];
    // A plain row's missing key reads Object.prototype's: plain loads are own loads unless it has one.
    const plain = !APPLICANT_KEYS.some((key) => Object.hasOwn(Object.prototype, key));
    for (const row of rows) {
      const current = getAt(this.report, row.path);
      if (current === null || typeof current !== "object") {
        for (let column = 0; column < WIDTH; column += 1) values.push(Number.NaN);
        continue;
      }
      // Named loads, in APPLICANT_KEYS order (test/rules/reader-fast.test.ts holds the order).
      const prototype = Object.getPrototypeOf(current);
      if (prototype === null || (plain && prototype === Object.prototype)) {
        const cells = current as Readonly<Record<ApplicantKey, unknown>>;
        values.push(
          countOf(cells.naturalPerson),
          countOf(cells.commercialEnterprise),
          countOf(cells.researchInstitution),
          countOf(cells.publicWelfareOrganization),
          countOf(cells.legalServiceAgency),
          countOf(cells.otherOrganization),
          countOf(cells.total),
        );
        continue;
      }
      values.push(
        countOf(own(current, "naturalPerson")),
        countOf(own(current, "commercialEnterprise")),
        countOf(own(current, "researchInstitution")),
        countOf(own(current, "publicWelfareOrganization")),
        countOf(own(current, "legalServiceAgency")),
        countOf(own(current, "otherOrganization")),
        countOf(own(current, "total")),
      );
    }
    this.table3Cache = values;
    return values;
  }

  /**
   * Whether any sum of table 三's printed values is exact (their magnitudes add up to at most
   * 2^53 − 1): the table-三 fast paths add only when this holds.
   */
  table3Exact(): boolean {
    if (this.exactTable === undefined) {
      let magnitude = 0;
      for (const value of this.table3()) if (!Number.isNaN(value)) magnitude += Math.abs(value);
      this.exactTable = magnitude <= Number.MAX_SAFE_INTEGER;
    }
    return this.exactTable;
  }

  /** The pointer of a cell as reported in findings. */
  pointer(ref: CellRef): string {
    return this.prefix + ref.pointer;
  }

  /** The paths of a term that reads one cell: the ref's shared array, unless pointers carry a prefix. */
  private cellsOf(ref: CellRef): readonly string[] {
    return this.prefix === "" ? ref.cells : [this.prefix + ref.pointer];
  }

  /** The value of a cell, `undefined` when blank: table-三 cells from {@link table3}, others walked. */
  private valueOf(ref: CellRef): number | undefined {
    const slot = ref.slot;
    if (slot === undefined) return valueAt(this.report, ref.path);
    const value = this.table3()[slot] as number;
    return Number.isNaN(value) ? undefined : value;
  }

  /** The lists of derived terms as {@link cell} returns them, by the derivation they were built from. */
  private derivedLists: Map<Term, DerivedLists> | undefined;

  /** Reads one cell; `derive: false` reads a blank total as unknown (for the rule that checks it). */
  cell(ref: CellRef, options: { derive?: boolean; label?: Bilingual } = NO_OPTIONS): Term {
    const label = options.label ?? ref.short;
    const value = this.valueOf(ref);
    if (value !== undefined) return makeTerm(label, exact(value), this.cellsOf(ref), EMPTY, EMPTY, EMPTY, ref);
    // Under "unknown", a blank printed total is derived from its parts (a blank
    // total means "not printed", not 0). Under "zero", every blank is 0, totals
    // included, so that every rule reads the same blank cell the same way.
    if (options.derive !== false && this.policy === "unknown") {
      const parts = this.derived(ref);
      if (parts) {
        // The lists of a derived total are built once per derivation (its paths can be 143 long).
        if (!this.derivedLists) this.derivedLists = new Map();
        let lists = this.derivedLists.get(parts);
        if (!lists || lists.derived[0] !== ref) {
          // A derivation lists each cell and blank once, and never the total itself.
          lists = { cells: [this.pointer(ref), ...parts.cells], blanks: isExact(parts.value) ? EMPTY : parts.blanks, derived: [ref], zeroed: parts.zeroed };
          this.derivedLists.set(parts, lists);
        }
        return makeTerm(label, parts.value, lists.cells, lists.blanks, lists.derived, lists.zeroed, ref);
      }
    }
    if (this.policy === "zero") return makeTerm(label, exact(0), this.cellsOf(ref), EMPTY, EMPTY, [ref], ref);
    return makeTerm(label, ref.signed ? UNKNOWN_SIGNED : UNKNOWN_COUNT, this.cellsOf(ref), [ref], EMPTY, EMPTY, ref);
  }

  /** The sum of several cells as one term. */
  sum(refs: readonly CellRef[], label: Bilingual, options: { derive?: boolean } = NO_OPTIONS): Term {
    const terms: Term[] = [];
    for (const ref of refs) terms.push(this.cell(ref, options));
    return combine(terms, label);
  }

  private derivations: (Term | null | undefined)[] | undefined;
  private reviewDerivations: Map<CellRef, Term | null> | undefined;

  /**
   * {@link derivation}, once per report: a blank 总计 is read by several relations (its row's,
   * its column's, the balance, the prose figures), and deriving it walks up to 23 rows × 6 columns.
   */
  private derived(ref: CellRef): Term | undefined {
    const slot = ref.slot;
    if (slot !== undefined) {
      if (!this.derivations) this.derivations = [];
      let term = this.derivations[slot];
      if (term === undefined) {
        term = this.derivation(ref) ?? null;
        this.derivations[slot] = term;
      }
      return term ?? undefined;
    }
    if (!this.reviewDerivations) this.reviewDerivations = new Map();
    const cache = this.reviewDerivations;
    let term = cache.get(ref);
    if (term === undefined) {
      term = this.derivation(ref) ?? null;
      cache.set(ref, term);
    }
    return term ?? undefined;
  }

  /**
   * How a blank total can be derived from its parts, if `ref` is a total; the term lists each
   * cell and blank once (a row's parts are distinct columns, a column's distinct rows; the corner
   * （七）总计 × 总计, derived both ways, drops the cells its two derivations share).
   */
  private derivation(ref: CellRef): Term | undefined {
    const slot = ref.slot;
    if (slot === undefined) {
      const path = ref.path;
      if (path[0] !== "reviewAndLitigation" || path[2] !== "total" || path.length !== 3) return undefined;
      const group = path[1] as ReviewGroupKey;
      const parts = REVIEW_PART_KEYS.map((key) => this.cell(reviewRef(this.format, group, key), PRINTED));
      return combine(parts, ref.short);
    }
    const layout = this.layout;
    const rowIndex = Math.floor(slot / WIDTH);
    const column = slot - rowIndex * WIDTH;
    const row = layout.rows[rowIndex] as Row3;
    const isOutcomesTotal = row === layout.outcomesTotal;
    const isTotal = column === TOTAL_COLUMN;
    const fromRow = isTotal
      ? combine(
          APPLICANT_PART_KEYS.map((key) => this.cell(layout.cell(row, key), isOutcomesTotal ? NO_OPTIONS : PRINTED)),
          ref.short,
        )
      : undefined;
    const key = APPLICANT_KEYS[column] as ApplicantKey;
    const fromColumn = isOutcomesTotal
      ? combine(
          layout.outcomeRows.map((outcome) => this.cell(layout.cell(outcome, key), isTotal ? NO_OPTIONS : PRINTED)),
          ref.short,
        )
      : undefined;
    if (fromRow && fromColumn) {
      const value = intersect(fromRow.value, fromColumn.value);
      const best = (isExact(fromRow.value) ? fromRow : isExact(fromColumn.value) ? fromColumn : undefined) ?? fromRow;
      return makeTerm(
        best.label,
        value,
        uniqueStrings([...fromRow.cells, ...fromColumn.cells]),
        isExact(value) ? EMPTY : uniqueByPointer([...fromRow.blanks, ...fromColumn.blanks]),
        best.derived,
        best.zeroed,
        undefined,
      );
    }
    return fromRow ?? fromColumn;
  }
}

/** The strings each once, first occurrence kept (the same array when there is no repeat). */
function uniqueStrings(strings: readonly string[]): readonly string[] {
  const unique = new Set(strings);
  return unique.size === strings.length ? strings : Array.from(unique);
}

/**
 * The refs each pointer once, in first-seen order, holding its last ref (as a Map keyed by
 * pointer would; relate lists blank cells the same way).
 */
function uniqueByPointer(refs: readonly CellRef[]): readonly CellRef[] {
  if (refs.length <= 1) return refs;
  const byPointer = new Map<string, CellRef>();
  for (const ref of refs) byPointer.set(ref.pointer, ref);
  return byPointer.size === refs.length ? refs : Array.from(byPointer.values());
}

/** The refs of one kind of the terms, in order (`count` of them; the shared empty list for none). */
function listOf(terms: readonly Term[], kind: "blanks" | "derived" | "zeroed", count: number): readonly CellRef[] {
  if (count === 0) return EMPTY;
  const refs: CellRef[] = [];
  for (const term of terms) for (const ref of term[kind]) refs.push(ref);
  return refs;
}

/** Adds terms into one. */
export function combine(terms: readonly Term[], label: Bilingual): Term {
  if (terms.length === 1) {
    const [only] = terms as [Term];
    return makeTerm(label, only.value, only.cells, only.blanks, only.derived, only.zeroed, only.self);
  }
  // combine runs for every derivation and every sum a relation reads: plain loops, and no
  // list is made to stay empty.
  let lo = 0;
  let hi = 0;
  let blankCount = 0;
  let derivedCount = 0;
  let zeroedCount = 0;
  const cells: string[] = [];
  for (const term of terms) {
    lo += term.value.lo;
    hi += term.value.hi;
    for (const cell of term.cells) cells.push(cell);
    blankCount += term.blanks.length;
    derivedCount += term.derived.length;
    zeroedCount += term.zeroed.length;
  }
  return makeTerm(label, { lo, hi }, cells, listOf(terms, "blanks", blankCount), listOf(terms, "derived", derivedCount), listOf(terms, "zeroed", zeroedCount), undefined);
}
