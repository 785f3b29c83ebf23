/**
 * Header rows of the statistical tables, found by position: a column label is
 * the text of one or more pieces stacked in one column (`商业` over `企业`,
 * `社会` / `公益` / `组织`), and each label found gives its column an x-range.
 */
import type { TableId } from "../../layout/labels.js";
import { APPLICANT_HEADER, type ColumnSpec, LABEL_ALIASES, layoutOf } from "../../labeled/labels.js";
import { normalizeLabel } from "../../labeled/normalize.js";
import { LEGAL_PERSON_GROUP, LITIGATION_GROUP, REVIEW_GROUPS } from "../../layout/labels.js";
import type { Format } from "../../schema/report.js";
import { isNumber, type Line, type Piece } from "./lines.js";

/** A printed header label the reader looks for. */
interface Target {
  readonly norm: string;
  /** Tables it can belong to. */
  readonly tables: readonly TableId[];
  /** Column specs it names (by label), empty for a group label. */
  readonly columns: readonly ColumnSpec[];
  /** For a money column: its normalised label without the bracketed unit. */
  readonly base?: string;
  /** For a group of table 四: which row group it heads. */
  readonly group?: "review" | "litigationDirect" | "litigationAfterReview" | "litigation" | "applicants" | "legalPersons";
}

/** One header label found, with its box. */
export interface Leaf {
  readonly printed: string;
  readonly target: Target;
  readonly page: number;
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  readonly pieces: readonly Piece[];
  /** The line (reading order) of its lowest piece. */
  readonly lastLine: number;
}

/** A header: the labels found together above a table's rows. */
export interface HeaderContext {
  readonly table: TableId;
  readonly page: number;
  /** Reading order of the header's last line; rows come after it. */
  readonly lastLine: number;
  readonly top: number;
  readonly bottom: number;
  /** Column labels (not groups), left to right, each with its x-range. */
  readonly columns: readonly HeaderColumn[];
  /** Left edge of the first column and right edge of the last. */
  readonly left: number;
  readonly right: number;
}

/** One column of a header with the x-range its values fall in. */
export interface HeaderColumn {
  readonly leaf: Leaf;
  readonly left: number;
  readonly right: number;
  /** For table 四: the row group the column belongs to, when it could be told. */
  readonly group?: "review" | "litigationDirect" | "litigationAfterReview";
}

const targetCache = new Map<Format, readonly Target[]>();

function targetsOf(format: Format): readonly Target[] {
  const cached = targetCache.get(format);
  if (cached) return cached;
  const layout = layoutOf(format);
  const byNorm = new Map<string, { tables: Set<TableId>; columns: ColumnSpec[]; base?: string }>();
  const add = (text: string, table: TableId, columns: readonly ColumnSpec[], base?: string) => {
    const norm = normalizeLabel(text);
    const entry = byNorm.get(norm) ?? { tables: new Set<TableId>(), columns: [] };
    entry.tables.add(table);
    for (const column of columns) if (!entry.columns.includes(column)) entry.columns.push(column);
    if (base !== undefined) entry.base = base;
    byNorm.set(norm, entry);
  };
  for (const [table, spec] of layout.allColumns) {
    for (const column of spec.columns) {
      const money = column.kind === "money" || column.kind === "amount";
      const bracket = column.label.zh.search(/[（(]/u);
      add(column.label.zh, table, [column], money && bracket > 0 ? normalizeLabel(column.label.zh.slice(0, bracket)) : money ? normalizeLabel(column.label.zh) : undefined);
    }
  }
  for (const alias of LABEL_ALIASES) {
    if (alias.on !== "column" || !alias.formats.includes(format)) continue;
    const spec = layout.allColumns.get(alias.table);
    if (!spec) continue;
    const columns = spec.columns.filter((column) => alias.targets.includes(column.label));
    if (columns.length > 0) add(alias.text, alias.table, columns);
  }
  const targets: Target[] = [...byNorm].map(([norm, entry]) => ({
    norm,
    tables: [...entry.tables],
    columns: entry.columns,
    ...(entry.base !== undefined ? { base: entry.base } : {}),
  }));
  const groups: [string, TableId, NonNullable<Target["group"]>][] = [
    [APPLICANT_HEADER.zh, "三", "applicants"],
    [LEGAL_PERSON_GROUP.zh, "三", "legalPersons"],
    [REVIEW_GROUPS.review.zh, "四", "review"],
    [LITIGATION_GROUP.zh, "四", "litigation"],
    [REVIEW_GROUPS.litigationDirect.zh, "四", "litigationDirect"],
    [REVIEW_GROUPS.litigationAfterReview.zh, "四", "litigationAfterReview"],
  ];
  for (const [text, table, group] of groups) targets.push({ norm: normalizeLabel(text), tables: [table], columns: [], group });
  targetCache.set(format, targets);
  return targets;
}

const UNIT_TAIL = /^[(（][^()（）]{0,12}[)）]$/u;
const UNIT_OPEN = /^[(（][^()（）]{0,12}$/u;

/** Whether `text` (normalised) is the target, or a money column's base followed by a bracketed unit. */
function completes(target: Target, text: string): boolean {
  if (text === target.norm) return true;
  return target.base !== undefined && text.startsWith(target.base) && UNIT_TAIL.test(text.slice(target.base.length));
}

function mayContinue(target: Target, text: string): boolean {
  if (target.norm.startsWith(text)) return true;
  if (target.base === undefined) return false;
  if (target.base.startsWith(text)) return true;
  return text.startsWith(target.base) && UNIT_OPEN.test(text.slice(target.base.length));
}

function overlaps(a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;
}

/** Whether a piece touches another on its line (a label printed character by character continues there). */
function touches(piece: Piece, other: Piece, side: "left" | "right"): boolean {
  if (other === piece || other.line !== piece.line || isNumber(other.text)) return false;
  const gap = side === "right" ? other.x0 - piece.x1 : piece.x0 - other.x1;
  const tolerance = 0.3 * Math.min(piece.h, other.h);
  return gap >= -tolerance && gap <= tolerance;
}

/** A label found must be whole: no piece touches its first piece on the left or a line's last piece on the right. */
function isolated(chain: readonly Piece[], page: readonly Piece[]): boolean {
  const byLine = new Map<number, Piece[]>();
  for (const piece of chain) byLine.set(piece.line, [...(byLine.get(piece.line) ?? []), piece]);
  for (const pieces of byLine.values()) {
    const first = pieces.reduce((a, b) => (b.x0 < a.x0 ? b : a));
    const last = pieces.reduce((a, b) => (b.x1 > a.x1 ? b : a));
    for (const other of page) {
      if (chain.includes(other)) continue;
      if (touches(first, other, "left") || touches(last, other, "right")) return false;
    }
  }
  return true;
}

/** Finds every header label printed in the pieces: one piece, or a stack of pieces in one column. */
export function findLeaves(format: Format, lines: readonly Line[]): Leaf[] {
  const targets = targetsOf(format);
  const candidates: Piece[] = [];
  for (const line of lines) for (const piece of line.pieces) if (!isNumber(piece.text)) candidates.push(piece);
  // Pieces by page for the "below" step.
  const byPage = new Map<number, Piece[]>();
  for (const piece of candidates) {
    const list = byPage.get(piece.page) ?? [];
    list.push(piece);
    byPage.set(piece.page, list);
  }
  const found: Leaf[] = [];
  for (const start of candidates) {
    const first = normalizeLabel(start.compact);
    if (first === "") continue;
    for (const target of targets) {
      if (!mayContinue(target, first) && !completes(target, first)) continue;
      const page = byPage.get(start.page) ?? [];
      // Depth-first over pieces to the right on the same line, or below in the same column.
      const walk = (chain: Piece[], text: string): void => {
        if (completes(target, text) && isolated(chain, page)) {
          const x0 = Math.min(...chain.map((piece) => piece.x0));
          const x1 = Math.max(...chain.map((piece) => piece.x1));
          found.push({
            printed: chain.map((piece) => piece.compact).join(""),
            target,
            page: start.page,
            x0,
            x1,
            top: Math.max(...chain.map((piece) => piece.yc + piece.h / 2)),
            bottom: Math.min(...chain.map((piece) => piece.yc - piece.h / 2)),
            pieces: [...chain],
            lastLine: Math.max(...chain.map((piece) => piece.line)),
          });
          return;
        }
        if (chain.length >= 40) return;
        const last = chain[chain.length - 1] as Piece;
        const column = { x0: Math.min(...chain.map((piece) => piece.x0)), x1: Math.max(...chain.map((piece) => piece.x1)) };
        for (const next of page) {
          if (chain.includes(next)) continue;
          const sameLine = next.line === last.line && next.x0 >= last.x1 - 0.3 * last.h && next.x0 - last.x1 <= 2.5 * Math.min(last.h, next.h);
          const below = next.line > last.line && last.yc - next.yc <= 2.2 * Math.max(last.h, next.h) && overlaps(column, next);
          if (!sameLine && !below) continue;
          const joined = text + normalizeLabel(next.compact);
          if (completes(target, joined) || mayContinue(target, joined)) walk([...chain, next], joined);
        }
      };
      walk([start], first);
    }
  }
  // Longest first; a piece belongs to one label (其他 inside 其他结果 is not the column 其他).
  found.sort((a, b) => b.pieces.length - a.pieces.length || b.printed.length - a.printed.length || a.page - b.page || b.top - a.top || a.x0 - b.x0);
  const claimed = new Set<Piece>();
  const kept: Leaf[] = [];
  for (const leaf of found) {
    if (leaf.pieces.some((piece) => claimed.has(piece))) continue;
    for (const piece of leaf.pieces) claimed.add(piece);
    kept.push(leaf);
  }
  return kept.sort((a, b) => a.page - b.page || b.top - a.top || a.x0 - b.x0);
}

function tableOf(leaves: readonly Leaf[]): TableId | undefined {
  const votes = new Map<TableId, number>();
  for (const leaf of leaves) {
    if (leaf.target.tables.length !== 1) continue;
    const table = leaf.target.tables[0] as TableId;
    votes.set(table, (votes.get(table) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return undefined;
  if (ranked.length > 1 && ranked[0]?.[1] === ranked[1]?.[1]) return undefined;
  return ranked[0]?.[0];
}

/** Groups the labels found into headers (labels close together on one page) and lays out their columns. */
export function headerContexts(leaves: readonly Leaf[]): HeaderContext[] {
  const clusters: Leaf[][] = [];
  for (const leaf of leaves) {
    const current = clusters[clusters.length - 1];
    if (current) {
      const head = current[0] as Leaf;
      const bottom = Math.min(...current.map((known) => known.bottom));
      const height = head.pieces[0]?.h ?? 10;
      if (head.page === leaf.page && leaf.top >= bottom - 3 * height) {
        current.push(leaf);
        continue;
      }
    }
    clusters.push([leaf]);
  }
  const contexts: HeaderContext[] = [];
  for (const cluster of clusters) {
    const table = tableOf(cluster);
    if (!table) continue;
    const leaves = cluster.filter((leaf) => leaf.target.columns.length > 0 && leaf.target.tables.includes(table));
    if (leaves.length === 0) continue;
    const sorted = [...leaves].sort((a, b) => (a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2);
    const groups = cluster.filter((leaf) => leaf.target.group === "review" || leaf.target.group === "litigationDirect" || leaf.target.group === "litigationAfterReview");
    const columns: HeaderColumn[] = sorted.map((leaf, index) => {
      const previous = sorted[index - 1];
      const next = sorted[index + 1];
      const width = leaf.x1 - leaf.x0;
      const leftGap = previous ? Math.max(0, leaf.x0 - previous.x1) / 2 : undefined;
      const rightGap = next ? Math.max(0, next.x0 - leaf.x1) / 2 : undefined;
      const left = previous ? (previous.x1 > leaf.x0 ? ((previous.x0 + previous.x1) / 2 + (leaf.x0 + leaf.x1) / 2) / 2 : leaf.x0 - (leftGap as number)) : leaf.x0 - Math.max(rightGap ?? 0, width / 2);
      const right = next ? (leaf.x1 > next.x0 ? ((next.x0 + next.x1) / 2 + (leaf.x0 + leaf.x1) / 2) / 2 : leaf.x1 + (rightGap as number)) : leaf.x1 + Math.max(leftGap ?? 0, width / 2);
      const group = table === "四" ? groupOf(leaf, groups) : undefined;
      return { leaf, left, right, ...(group ? { group } : {}) };
    });
    contexts.push({
      table,
      page: cluster[0]?.page ?? 0,
      lastLine: Math.max(...cluster.map((leaf) => leaf.lastLine)),
      top: Math.max(...cluster.map((leaf) => leaf.top)),
      bottom: Math.min(...cluster.map((leaf) => leaf.bottom)),
      columns,
      left: columns[0]?.left ?? 0,
      right: columns[columns.length - 1]?.right ?? 0,
    });
  }
  return contexts;
}

/** The row group of a table-四 column: the group label whose span (to the midpoints between group labels) holds it. */
function groupOf(leaf: Leaf, groups: readonly Leaf[]): HeaderColumn["group"] {
  if (groups.length === 0) return undefined;
  const centre = (leaf.x0 + leaf.x1) / 2;
  const sorted = [...groups].sort((a, b) => a.x0 + a.x1 - (b.x0 + b.x1));
  for (let index = 0; index < sorted.length; index++) {
    const group = sorted[index] as Leaf;
    const previous = sorted[index - 1];
    const next = sorted[index + 1];
    const mid = (group.x0 + group.x1) / 2;
    const from = previous ? ((previous.x0 + previous.x1) / 2 + mid) / 2 : Number.NEGATIVE_INFINITY;
    const to = next ? ((next.x0 + next.x1) / 2 + mid) / 2 : Number.POSITIVE_INFINITY;
    if (centre >= from && centre < to) return group.target.group as HeaderColumn["group"];
  }
  return undefined;
}
