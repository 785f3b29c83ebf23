import {
  APPLICANT_KEYS,
  APPLICATION_ROWS,
  type ApplicantKey,
  type Label,
  OUTCOME_COLUMNS,
  OUTCOME_ROWS,
  outcomeGroupsOf,
  type ReviewGroupKey,
} from "../../../src/layout/labels.js";
import { describeCell, labelText } from "../../../src/layout/cells.js";
import { toPointer } from "../../../src/layout/pointer.js";
import type { Format } from "../../../src/schema/report.js";
import type { Bilingual } from "../../../src/rules/types.js";

/** A cell the rules read: its path, pointer and the short label used in arithmetic. */
export interface CellRef {
  readonly path: readonly string[];
  readonly pointer: string;
  /** Short label for arithmetic messages. */
  readonly short: Bilingual;
  /** Full printed label (row path · column). */
  readonly full: Bilingual;
  /** Whether a blank means any integer (signed) or any count ≥ 0. */
  readonly signed?: boolean;
  /** `[pointer]`, frozen: the paths of a term that reads this one cell, shared by every report. */
  readonly cells: readonly string[];
}

/** A data row of table 三 with its path and labels. */
export interface Row3 {
  readonly path: readonly string[];
  /** Position in {@link RuleLayout.rows} (and in the fast value array). */
  readonly index: number;
  /** Short label for arithmetic (e.g. `一、本年新收`). */
  readonly short: Bilingual;
  /** Printed row path (e.g. `三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密`). */
  readonly full: Bilingual;
}

/** The short label of a printed label, for arithmetic messages. */
export const shortOf = (label: Label): Bilingual => ({ zh: label.short ?? label.zh, en: label.shortEn ?? label.en });

function fullOf(format: Format, path: readonly string[]): Bilingual {
  const meta = describeCell(format, path);
  return meta ? { zh: labelText(meta.cell, "zh"), en: labelText(meta.cell, "en") } : { zh: path.join("/"), en: path.join("/") };
}

const refs = new Map<string, CellRef>();

/** Builds a cell reference; memoised, so labels are resolved once per cell. */
export function cellRef(format: Format, path: readonly string[], short: Bilingual, signed = false): CellRef {
  const key = `${format}|${path.join("/")}|${short.zh}|${short.en}|${signed}`;
  let ref = refs.get(key);
  if (!ref) {
    const pointer = toPointer(path);
    ref = { path, pointer, short, full: fullOf(format, path), ...(signed ? { signed } : {}), cells: Object.freeze([pointer]) };
    refs.set(key, ref);
  }
  return ref;
}

function row(format: Format, path: readonly string[], label: Label): Row3 {
  return { path, index: -1, short: shortOf(label), full: fullOf(format, path) };
}

/** The outcome rows of 三 grouped as the terms of （七）总计 = （一）+（二）+Σ（三）+Σ（四）+Σ（五）+Σ（六）. */
export interface OutcomeGroup {
  readonly label: Bilingual;
  readonly rows: readonly Row3[];
}

/** Everything the rules need to know about one format's table 三 and 四. */
export interface RuleLayout {
  readonly format: Format;
  /** Every data row of 三 in printed order. */
  readonly rows: readonly Row3[];
  /** Outcome rows grouped as the terms of （七）总计. */
  readonly outcomeGroups: readonly OutcomeGroup[];
  /** The rows of {@link outcomeGroups}, flat (（一） to （六）, without （七）总计). */
  readonly outcomeRows: readonly Row3[];
  readonly received: Row3;
  readonly carriedOver: Row3;
  readonly outcomesTotal: Row3;
  readonly carriedForward: Row3;
  /** Cell reference for a row and column of 三. */
  cell(row: Row3, column: ApplicantKey): CellRef;
  /** The data row at a path, if it is one. */
  rowOf(path: readonly string[]): Row3 | undefined;
}

function group(format: Format, key: keyof typeof OUTCOME_ROWS, children?: Record<string, Label>): OutcomeGroup {
  const base = ["applications", "outcomes", key];
  const label = OUTCOME_ROWS[key];
  if (!children) return { label: shortOf(label), rows: [row(format, base, label)] };
  return {
    label: { zh: `Σ${label.zh}`, en: `Σ${label.en}` },
    rows: Object.entries(children).map(([child, childLabel]) => row(format, [...base, child], childLabel)),
  };
}

function buildLayout(format: Format): RuleLayout {
  const outcomeGroups = outcomeGroupsOf(format).map((entry) => group(format, entry.key, entry.rows));
  const received = row(format, ["applications", "received"], APPLICATION_ROWS.received);
  const carriedOver = row(format, ["applications", "carriedOver"], APPLICATION_ROWS.carriedOver);
  const outcomesTotal = row(format, ["applications", "outcomes", "total"], OUTCOME_ROWS.total);
  const carriedForward = row(format, ["applications", "carriedForward"], APPLICATION_ROWS.carriedForward);
  const rows = [received, carriedOver, ...outcomeGroups.flatMap((entry) => entry.rows), outcomesTotal, carriedForward];
  rows.forEach((entry, index) => {
    (entry as { index: number }).index = index;
  });
  const cells = rows.map((entry) =>
    Object.fromEntries(APPLICANT_KEYS.map((key) => [key, cellRef(format, [...entry.path, key], entry.short)])),
  ) as Record<ApplicantKey, CellRef>[];
  const byPath = new Map(rows.map((entry) => [entry.path.join("/"), entry]));
  return {
    format,
    rows,
    outcomeGroups,
    outcomeRows: outcomeGroups.flatMap((entry) => entry.rows),
    received,
    carriedOver,
    outcomesTotal,
    carriedForward,
    cell(target, column) {
      return (cells[target.index] as Record<ApplicantKey, CellRef>)[column];
    },
    rowOf(path) {
      return byPath.get(path.join("/"));
    },
  };
}

const layouts = new Map<Format, RuleLayout>();

/** The rule layout of a format (built once). */
export function layoutOf(format: Format): RuleLayout {
  let layout = layouts.get(format);
  if (!layout) {
    layout = buildLayout(format);
    layouts.set(format, layout);
  }
  return layout;
}

export { REVIEW_GROUP_KEYS, REVIEW_PART_KEYS, type ReviewGroupKey } from "../../../src/layout/labels.js";

const reviewRefs = new Map<string, CellRef>();

/** Cell reference for a table 四 group and column. */
export function reviewRef(format: Format, group: ReviewGroupKey, column: keyof typeof OUTCOME_COLUMNS): CellRef {
  const key = `${format}/${group}/${column}`;
  let ref = reviewRefs.get(key);
  if (!ref) {
    const label = OUTCOME_COLUMNS[column];
    ref = cellRef(format, ["reviewAndLitigation", group, column], { zh: label.zh, en: label.en });
    reviewRefs.set(key, ref);
  }
  return ref;
}

export { DOCUMENT_ROWS_2019, DOCUMENT_ROWS_2021 } from "../../../src/layout/labels.js";

export { APPLICANT_KEYS, OUTCOME_COLUMNS };
