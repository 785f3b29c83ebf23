/**
 * `fromTextItems`: read a report from positioned text items (a PDF's text
 * layer). Rows are rebuilt from positions; every value is placed in the column
 * whose header x-range holds it, never by counting values.
 */
import { LITIGATION_GROUP, OUTCOME_ROWS, PROACTIVE_COLUMNS_2019, PROACTIVE_COLUMNS_2021, REVIEW_GROUPS, type TableId } from "../../layout/labels.js";
import { layoutOf, matchRow, type RowSpec } from "../../labeled/labels.js";
import { normalizeLabel } from "../../labeled/normalize.js";
import type { Format } from "../../schema/report.js";
import { assemble, type CellText, type Extraction, formatOfYear, readFailure } from "../core/assemble.js";
import { fuzzyRowMatch } from "../core/label-match.js";
import { pageMetaFields, readPageMeta } from "../core/meta.js";
import type { DetectedTable, Provenance, ReadNote, ReadOptions, ReadResult } from "../core/types.js";
import { findLeaves, type HeaderColumn, type HeaderContext, headerContexts, type Leaf } from "./header.js";
import { buildLines, isNumber, isValueText, type Line, lineText, DECORATED_PAGE_NUMBER, type Piece, pageText, piecesOf, type TextItem } from "./lines.js";

const TABLES: readonly TableId[] = ["二", "三", "四"];
const OTHER_HANDLING = "/applications/outcomes/otherHandling";

type PdfProvenance = Extract<Provenance, { kind: "pdf" }>;

function provenanceOf(pieces: readonly Piece[]): PdfProvenance {
  const x = Math.min(...pieces.map((piece) => piece.x0));
  const right = Math.max(...pieces.map((piece) => piece.x1));
  const y = Math.min(...pieces.map((piece) => piece.y));
  const top = Math.max(...pieces.map((piece) => piece.y + piece.h));
  return {
    kind: "pdf",
    page: pieces[0]?.page ?? 0,
    x: round(x),
    y: round(y),
    width: round(right - x),
    height: round(top - y),
    text: pieces.map((piece) => piece.text).join(""),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

interface ValueLine {
  readonly line: Line;
  readonly context: HeaderContext;
  readonly values: readonly Piece[];
  /** Printed labels nearest to this value line, with their distance. */
  readonly labels: { run: LabelRun; distance: number }[];
}

/** What one format made of the items. */
interface FormatRead {
  readonly format: Format;
  readonly cells: CellText[];
  readonly notes: ReadNote[];
  readonly tables: DetectedTable[];
  readonly evidence: string[];
}

function centre(piece: Piece): number {
  return (piece.x0 + piece.x1) / 2;
}

/** Pieces of one printed line that touch (a label split by font changes: `1.` + `属于国家秘密`). */
interface Segment {
  readonly pieces: readonly Piece[];
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly yc: number;
  readonly h: number;
  readonly line: number;
  readonly page: number;
}

function segmentsOf(pieces: readonly Piece[]): Segment[] {
  const sorted = [...pieces].sort((a, b) => a.line - b.line || a.x0 - b.x0);
  const groups: Piece[][] = [];
  for (const piece of sorted) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    const gap = last ? piece.x0 - last.x1 : 0;
    if (group && last && last.line === piece.line && gap <= 0.2 * Math.min(piece.h, last.h) && gap >= -0.3 * Math.min(piece.h, last.h)) group.push(piece);
    else groups.push([piece]);
  }
  return groups.map((group) => ({
    pieces: group,
    text: group.map((piece) => piece.compact).join(""),
    x0: Math.min(...group.map((piece) => piece.x0)),
    x1: Math.max(...group.map((piece) => piece.x1)),
    yc: (group[0] as Piece).yc,
    h: Math.min(...group.map((piece) => piece.h)),
    line: (group[0] as Piece).line,
    page: (group[0] as Piece).page,
  }));
}

/** Label columns: segments that overlap horizontally and follow each other closely, top to bottom. */
function sequencesOf(segments: readonly Segment[]): Segment[][] {
  const parent = segments.map((_, index) => index);
  const find = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] as number;
    return at;
  };
  for (let a = 0; a < segments.length; a++) {
    for (let b = a + 1; b < segments.length; b++) {
      const one = segments[a] as Segment;
      const two = segments[b] as Segment;
      if (one.page !== two.page || one.line === two.line) continue;
      const overlap = Math.min(one.x1, two.x1) - Math.max(one.x0, two.x0);
      if (overlap > 0 && Math.abs(one.yc - two.yc) <= 2.5 * Math.max(one.h, two.h)) parent[find(a)] = find(b);
    }
  }
  const groups = new Map<number, Segment[]>();
  segments.forEach((segment, index) => {
    const root = find(index);
    const list = groups.get(root) ?? [];
    list.push(segment);
    groups.set(root, list);
  });
  return [...groups.values()].map((group) => group.sort((a, b) => a.line - b.line || a.x0 - b.x0));
}

type LabelMatch = { readonly kind: "row"; readonly row: RowSpec } | { readonly kind: "other-handling" } | { readonly kind: "group" };

function matchText(format: Format, text: string, order: readonly TableId[]): LabelMatch | undefined {
  if (text.length === 0 || text.length > 200) return undefined;
  const layout = layoutOf(format);
  for (const table of order) {
    const match = matchRow(layout, table, text);
    if (match.kind === "row") return { kind: "row", row: match.row };
    if (match.kind === "group") {
      return format === "2021" && match.path[match.path.length - 1]?.zh === OUTCOME_ROWS.otherHandling.zh ? { kind: "other-handling" } : { kind: "group" };
    }
  }
  return undefined;
}

/** A printed label: a run of segments of one label column, matched or not. */
interface LabelRun {
  readonly segments: readonly Segment[];
  readonly text: string;
  readonly yc: number;
  readonly page: number;
  readonly line: number;
  readonly h: number;
  readonly half: number;
  readonly match: LabelMatch | undefined;
}

function runOf(segments: readonly Segment[], match: LabelMatch | undefined): LabelRun {
  const top = Math.max(...segments.map((segment) => segment.yc));
  const bottom = Math.min(...segments.map((segment) => segment.yc));
  return {
    segments,
    text: segments.map((segment) => segment.text).join(""),
    yc: (top + bottom) / 2,
    page: (segments[0] as Segment).page,
    line: (segments[0] as Segment).line,
    h: Math.max(...segments.map((segment) => segment.h)),
    half: (top - bottom) / 2,
    match,
  };
}

/** Cuts each label column into printed labels, longest official label first; what matches nothing is kept as a run of its own. */
function labelRuns(format: Format, sequences: readonly Segment[][], order: readonly TableId[]): LabelRun[] {
  const runs: LabelRun[] = [];
  for (const sequence of sequences) {
    let leftover: Segment[] = [];
    const flush = () => {
      if (leftover.length > 0) runs.push(runOf(leftover, undefined));
      leftover = [];
    };
    for (let from = 0; from < sequence.length; ) {
      let taken = false;
      for (let to = Math.min(sequence.length, from + 16); to > from; to--) {
        const segments = sequence.slice(from, to);
        const match = matchText(format, segments.map((segment) => segment.text).join(""), order);
        if (!match) continue;
        flush();
        runs.push(runOf(segments, match));
        from = to;
        taken = true;
        break;
      }
      if (!taken) {
        leftover.push(sequence[from] as Segment);
        from++;
      }
    }
    flush();
  }
  return runs;
}

type RowFound =
  | { readonly kind: "row"; readonly row: RowSpec; readonly printed: string; readonly fuzzy: boolean; readonly pieces: readonly Piece[] }
  | { readonly kind: "other-handling"; readonly printed: string }
  | { readonly kind: "none"; readonly printed: string };

function tablesFrom(table: TableId): TableId[] {
  return [table, ...TABLES.filter((other) => other !== table)].filter((other) => other !== "四");
}

/** The row of a value line: the nearest official label; else （六） printed as one row; else a unique close label. */
function decideRow(format: Format, valueLine: ValueLine, claimed: ReadonlySet<string>): RowFound {
  const labels = [...valueLine.labels].sort((a, b) => a.distance - b.distance);
  const printed = labels.map((label) => label.run.text).join(" ");
  const rows = labels.filter((label) => label.run.match?.kind === "row");
  const [first, second] = rows;
  if (first && first.run.match?.kind === "row") {
    const row = first.run.match.row;
    if (second && second.run.match?.kind === "row" && second.run.match.row !== row && second.distance - first.distance < 0.25 * first.run.h) {
      return { kind: "none", printed };
    }
    return { kind: "row", row, printed: first.run.text, fuzzy: false, pieces: first.run.segments.flatMap((segment) => segment.pieces) };
  }
  const other = labels.find((label) => label.run.match?.kind === "other-handling");
  if (other) return { kind: "other-handling", printed: other.run.text };
  const layout = layoutOf(format);
  for (const { run } of labels.filter((label) => !label.run.match)) {
    const texts = [run.text, ...(run.segments.length > 1 ? run.segments.map((segment) => segment.text) : [])];
    for (const table of tablesFrom(valueLine.context.table)) {
      const candidates = layout.rows.filter((row) => row.table === table && !claimed.has(row.pointer));
      for (const text of texts) {
        const row = fuzzyRowMatch(text, candidates.map((candidate) => ({ label: candidate.path[candidate.path.length - 1]?.zh ?? "", value: candidate })));
        if (row) return { kind: "row", row, printed: text, fuzzy: true, pieces: run.segments.flatMap((segment) => segment.pieces) };
      }
    }
  }
  return { kind: "none", printed };
}

function columnSpecFor(row: RowSpec, column: HeaderColumn) {
  const group = row.pointer.slice(row.pointer.lastIndexOf("/") + 1);
  return row.columns.filter((spec) => {
    if (!column.leaf.target.columns.some((known) => known.label === spec.label)) return false;
    if (row.table === "四") return column.group === group;
    return true;
  });
}

function note(kind: ReadNote["kind"], message: ReadNote["message"], extra: Partial<ReadNote> = {}): ReadNote {
  return { kind, message, ...extra };
}

/** Places one row's values in the columns of its header. */
function placeRow(
  format: Format,
  row: RowSpec,
  valueLine: ValueLine,
  context: HeaderContext,
  cells: CellText[],
  notes: ReadNote[],
  misaligned: ReadonlySet<HeaderColumn>,
): void {
  for (const [column, pieces] of byColumn(valueLine, context, notes, misaligned)) {
    const specs = columnSpecFor(row, column);
    const source = provenanceOf(pieces);
    if (specs.length !== 1) {
      notes.push(
        note(
          "values-unplaced",
          {
            zh: `第 ${source.page} 页“${source.text}”位于表头“${column.leaf.printed}”下，但该列不属于“${row.path.map((label) => label.zh).join("/")}”（或无法确定属于哪一组），未采用`,
            en: `Page ${source.page}: “${source.text}” sits under the header “${column.leaf.printed}”, which is not a column of this row (or its group is unclear); not used`,
          },
          { table: row.table, raw: source.text, source },
        ),
      );
      continue;
    }
    const spec = specs[0] as (typeof specs)[number];
    const printedHeader = column.leaf.printed;
    const columnLabel = normalizeLabel(printedHeader) !== normalizeLabel(spec.label.zh) && (spec.kind === "money" || spec.kind === "amount") ? printedHeader : undefined;
    cells.push({ pointer: spec.pointer, text: source.text, source, ...(columnLabel ? { columnLabel } : {}) });
  }
  void format;
}

/**
 * Columns whose values do not line up from row to row (left, right or centre alignment): two
 * clusters under one header mean a column the header did not name (a label not recognised)
 * has spilled into its neighbour. Such columns are not read.
 */
function misalignedColumns(valueLines: readonly ValueLine[]): Set<HeaderColumn> {
  const boxes = new Map<HeaderColumn, { x0: number; x1: number; h: number }[]>();
  for (const valueLine of valueLines) {
    const cells = new Map<HeaderColumn, Piece[]>();
    for (const piece of valueLine.values) {
      const x = centre(piece);
      const column = valueLine.context.columns.find((known) => x >= known.left && x < known.right);
      if (!column) continue;
      cells.set(column, [...(cells.get(column) ?? []), piece]);
    }
    for (const [column, pieces] of cells) {
      const list = boxes.get(column) ?? [];
      list.push({ x0: Math.min(...pieces.map((piece) => piece.x0)), x1: Math.max(...pieces.map((piece) => piece.x1)), h: Math.min(...pieces.map((piece) => piece.h)) });
      boxes.set(column, list);
    }
  }
  const bad = new Set<HeaderColumn>();
  for (const [column, list] of boxes) {
    const parent = list.map((_, index) => index);
    const find = (index: number): number => {
      let at = index;
      while (parent[at] !== at) at = parent[at] as number;
      return at;
    };
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const one = list[a] as { x0: number; x1: number; h: number };
        const two = list[b] as { x0: number; x1: number; h: number };
        const tolerance = 0.5 * Math.min(one.h, two.h);
        const aligned = Math.abs(one.x0 - two.x0) <= tolerance || Math.abs(one.x1 - two.x1) <= tolerance || Math.abs(one.x0 + one.x1 - two.x0 - two.x1) / 2 <= tolerance;
        if (aligned) parent[find(a)] = find(b);
      }
    }
    if (new Set(list.map((_, index) => find(index))).size > 1) bad.add(column);
  }
  return bad;
}

/** A row's value pieces by header column; pieces outside every column, or two apart in one column, are noted and dropped. */
function byColumn(valueLine: ValueLine, context: HeaderContext, notes: ReadNote[], misaligned: ReadonlySet<HeaderColumn> = new Set()): Map<HeaderColumn, Piece[]> {
  const out = new Map<HeaderColumn, Piece[]>();
  for (const piece of valueLine.values) {
    const x = centre(piece);
    const column = context.columns.find((known) => x >= known.left && x < known.right);
    if (!column) {
      const source = provenanceOf([piece]);
      notes.push(
        note("values-unplaced", { zh: `第 ${source.page} 页“${piece.text}”不在任何表头列的范围内，未采用`, en: `Page ${source.page}: “${piece.text}” lies under no header column; not used` }, { table: context.table, raw: piece.text, source }),
      );
      continue;
    }
    const list = out.get(column) ?? [];
    list.push(piece);
    out.set(column, list);
  }
  for (const [column, pieces] of out) {
    pieces.sort((a, b) => a.x0 - b.x0);
    let apart = false;
    for (let index = 1; index < pieces.length; index++) {
      const previous = pieces[index - 1] as Piece;
      const piece = pieces[index] as Piece;
      if (piece.x0 - previous.x1 > 0.8 * Math.min(piece.h, previous.h) && isNumber(previous.text) && isNumber(piece.text)) apart = true;
    }
    if (misaligned.has(column)) {
      const source = provenanceOf(pieces);
      notes.push(
        note(
          "values-unplaced",
          {
            zh: `第 ${source.page} 页“${source.text}”：表头“${column.leaf.printed}”下的数值上下不对齐（可能有未识别的列挤入），该格留空`,
            en: `Page ${source.page}: “${source.text}”: the values under the header “${column.leaf.printed}” do not line up from row to row (an unrecognised column may spill into it); the cell stays null`,
          },
          { table: context.table, raw: source.text, source },
        ),
      );
      out.delete(column);
      continue;
    }
    if (apart) {
      const source = provenanceOf(pieces);
      notes.push(
        note(
          "values-unplaced",
          {
            zh: `第 ${source.page} 页表头“${column.leaf.printed}”下有多个分开的数值（${pieces.map((piece) => piece.text).join("、")}），无法确定，该格留空`,
            en: `Page ${source.page}: several separate values under the header “${column.leaf.printed}” (${pieces.map((piece) => piece.text).join(", ")}); the cell stays null`,
          },
          { table: context.table, raw: source.text, source },
        ),
      );
      out.delete(column);
    }
  }
  return out;
}

function zero(text: string): boolean {
  return isNumber(text) && Number(text.replace(/[,，]/gu, "").replace("．", ".").replace("−", "-").replace("–", "-")) === 0;
}

/** The texts of touching pieces joined (`3` `2` `.` `5` set character by character read as `32.5`). */
function valueRuns(pieces: readonly Piece[]): string[] {
  const runs: string[] = [];
  let last: Piece | undefined;
  for (const piece of [...pieces].sort((a, b) => a.x0 - b.x0)) {
    const gap = last ? piece.x0 - last.x1 : Number.POSITIVE_INFINITY;
    if (last && gap <= 0.3 * Math.min(piece.h, last.h) && gap >= -0.3 * Math.min(piece.h, last.h)) runs[runs.length - 1] += piece.text;
    else runs.push(piece.text);
    last = piece;
  }
  return runs;
}

/** Reads the items with one format's labels. */
function readWith(format: Format, lines: readonly Line[]): FormatRead {
  const leaves = findLeaves(format, lines);
  const contexts = headerContexts(leaves);
  const headerPieces = new Set<Piece>(leaves.flatMap((leaf: Leaf) => leaf.pieces));
  const cells: CellText[] = [];
  const notes: ReadNote[] = [];
  const valueLines: ValueLine[] = [];
  const fragmentsOf = new Map<Line, Piece[]>();
  let contextIndex = -1;
  for (const line of lines) {
    while (contextIndex + 1 < contexts.length && (contexts[contextIndex + 1] as HeaderContext).lastLine < line.order) contextIndex++;
    const context = contexts[contextIndex];
    if (!context) continue;
    const inSpan = line.pieces.filter((piece) => !headerPieces.has(piece) && centre(piece) >= context.left && centre(piece) < context.right);
    const isValueLine =
      inSpan.length > 0 && !DECORATED_PAGE_NUMBER.test(lineText(line)) && valueRuns(inSpan).every((run) => isValueText(run)) && inSpan.some((piece) => /\d/u.test(piece.text));
    // Label text: left of the columns; on a line without values, whatever starts left of them.
    const left = line.pieces.filter((piece) => !headerPieces.has(piece) && (isValueLine ? centre(piece) : piece.x0) < context.left);
    if (isValueLine) {
      valueLines.push({ line, context, values: inSpan, labels: [] });
    }
    if (left.length > 0) fragmentsOf.set(line, left);
  }
  // Each printed label goes to the value line nearest its vertical centre (a wrapped label is centred on its values).
  const byContext = new Map<HeaderContext, Piece[]>();
  for (const [line, fragments] of fragmentsOf) {
    const context = contexts.filter((known) => known.lastLine < line.order).pop();
    if (!context) continue;
    const list = byContext.get(context) ?? [];
    list.push(...fragments);
    byContext.set(context, list);
  }
  for (const [context, fragments] of byContext) {
    for (const run of labelRuns(format, sequencesOf(segmentsOf(fragments)), tablesFrom(context.table))) {
      let best: ValueLine | undefined;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (const valueLine of valueLines) {
        if (valueLine.line.page !== run.page || valueLine.context.lastLine >= run.line) continue;
        const distance = Math.abs(valueLine.line.yc - run.yc);
        if (distance < bestDistance) {
          best = valueLine;
          bestDistance = distance;
        }
      }
      if (best && bestDistance <= run.half + 0.8 * Math.max(run.h, best.line.h)) best.labels.push({ run, distance: bestDistance });
    }
  }

  const misaligned = misalignedColumns(valueLines);
  const claimed = new Set<string>();
  const evidence: string[] = [];
  const segments = new Map<string, { table: TableId; page: number; rows: number }>();
  for (const valueLine of valueLines) {
    const { context } = valueLine;
    const found = decideRow(format, valueLine, claimed);
    const stray = (fragmentsOf.get(valueLine.line) ?? []).filter((piece) => isNumber(piece.text) && !(fragmentsOf.get(valueLine.line) ?? []).some((other) => other !== piece && !isNumber(other.text) && Math.abs(other.x0 - piece.x1) <= 0.3 * piece.h));
    if (stray.length > 0) {
      const source = provenanceOf(stray);
      notes.push(
        note(
          "values-unplaced",
          {
            zh: `第 ${source.page} 页“${stray.map((piece) => piece.text).join(" ")}”在表头各列左侧（其列的表头未识别），未采用`,
            en: `Page ${source.page}: “${stray.map((piece) => piece.text).join(" ")}” lies left of every header column (its column's header was not recognised); not used`,
          },
          { table: context.table, raw: source.text, source },
        ),
      );
    }
    let table: TableId | undefined;
    if (found.kind === "row") {
      table = found.row.table;
      const rowContext = found.row.table === context.table ? context : [...contexts].reverse().find((known) => known.table === found.row.table && known.lastLine < valueLine.line.order);
      if (!rowContext) {
        const source = provenanceOf(valueLine.values);
        notes.push(note("values-unplaced", { zh: `“${found.printed}”一行没有可用的表头，数值未采用`, en: `The row “${found.printed}” has no header to place its values; not used` }, { table, raw: source.text, source }));
        continue;
      }
      claimed.add(found.row.pointer);
      if (found.fuzzy) {
        notes.push(
          note(
            "label-fuzzy",
            {
              zh: `印刷的行标签“${found.printed}”与官方标签“${found.row.path[found.row.path.length - 1]?.zh}”不完全相同，按相似度识别`,
              en: `The printed row label “${found.printed}” differs from the official “${found.row.path[found.row.path.length - 1]?.zh}”; recognised by similarity`,
            },
            { table, row: found.printed, pointer: found.row.pointer, raw: found.printed, source: provenanceOf(found.pieces) },
          ),
        );
      }
      placeRow(format, found.row, valueLine, rowContext, cells, notes, misaligned);
    } else if (found.kind === "other-handling") {
      table = "三";
      const subRows = layoutOf(format).rows.filter((row) => row.pointer.startsWith(`${OTHER_HANDLING}/`));
      const placed: CellText[] = [];
      const scratch: ReadNote[] = [];
      placeRow(format, subRows[subRows.length - 1] as RowSpec, valueLine, context, placed, scratch, misaligned);
      notes.push(...scratch);
      const zeros: string[] = [];
      const others: string[] = [];
      for (const cell of placed) {
        const key = cell.pointer.slice(cell.pointer.lastIndexOf("/") + 1);
        if (zero(cell.text)) {
          zeros.push(key);
          for (const sub of subRows) cells.push({ pointer: `${sub.pointer}/${key}`, text: cell.text, source: cell.source });
        } else others.push(`${key}=${cell.text}`);
      }
      for (const sub of subRows) claimed.add(sub.pointer);
      notes.push(
        note(
          "single-other-handling",
          {
            zh: `${OUTCOME_ROWS.otherHandling.zh}只印了一行：印为 0 的列（${zeros.join("、") || "无"}）三个子行都记为 0（分项之和为 0，各分项必为 0）；其余列（${others.join("、") || "无"}）无法拆分，三个子行留空`,
            en: `${OUTCOME_ROWS.otherHandling.zh} was printed as one row: columns printed 0 (${zeros.join(", ") || "none"}) are 0 in all three sub-rows (parts of a zero sum are zero); the other columns (${others.join(", ") || "none"}) cannot be split and stay null in all three`,
          },
          { table: "三", pointer: OTHER_HANDLING, raw: found.printed, source: provenanceOf(valueLine.values) },
        ),
      );
    } else if (context.table === "四" && found.kind === "none") {
      table = "四";
      const rows = layoutOf(format).rows.filter((row) => row.table === "四");
      const fresh = rows.filter((row) => !claimed.has(row.pointer));
      if (fresh.length === 0) {
        const source = provenanceOf(valueLine.values);
        notes.push(note("extra-table", { zh: `第 ${source.page} 页表四的又一行数值未合并`, en: `Page ${source.page}: a further value row of table 四 was not merged` }, { table: "四", raw: source.text, source }));
        continue;
      }
      for (const row of rows) {
        claimed.add(row.pointer);
        const placed: CellText[] = [];
        const scratch: ReadNote[] = [];
        placeRow(format, row, valueLine, context, placed, scratch, misaligned);
        cells.push(...placed);
      }
      // A value under no 四 column of any group: noted once.
      for (const [column, pieces] of byColumn(valueLine, context, notes, misaligned)) {
        if (rows.some((row) => columnSpecFor(row, column).length === 1)) continue;
        const source = provenanceOf(pieces);
        notes.push(
          note(
            "values-unplaced",
            {
              zh: `第 ${source.page} 页“${source.text}”位于表头“${column.leaf.printed}”下，但无法确定属于${REVIEW_GROUPS.review.zh}还是哪类${LITIGATION_GROUP.zh}，未采用`,
              en: `Page ${source.page}: “${source.text}” under the header “${column.leaf.printed}” cannot be assigned to review or a kind of litigation; not used`,
            },
            { table: "四", raw: source.text, source },
          ),
        );
      }
    } else {
      const source = provenanceOf(valueLine.values);
      notes.push(
        note(
          "values-unplaced",
          {
            zh: `第 ${source.page} 页一行数值（${source.text}）的行标签“${found.printed}”无法识别，未采用`,
            en: `Page ${source.page}: the row label “${found.printed}” of a value row (${source.text}) is not recognised; not used`,
          },
          { table: context.table, raw: `${found.printed} ${source.text}`.trim(), source },
        ),
      );
      continue;
    }
    const key = `${table}|${valueLine.line.page}`;
    const segment = segments.get(key) ?? { table, page: valueLine.line.page, rows: 0 };
    segment.rows++;
    segments.set(key, segment);
  }
  const tables: DetectedTable[] = [];
  const seen = new Set<TableId>();
  for (const segment of [...segments.values()].sort((a, b) => a.page - b.page || TABLES.indexOf(a.table) - TABLES.indexOf(b.table))) {
    const joined = seen.has(segment.table);
    tables.push({ holds: segment.table, source: `page ${segment.page}`, rows: segment.rows, role: joined ? "joined" : "read" });
    seen.add(segment.table);
    if (joined) {
      notes.push(
        note(
          "table-joined",
          {
            zh: `表${segment.table}跨页：第 ${segment.page} 页的 ${segment.rows} 行接续前一页，已合并（列按表头的位置读取）`,
            en: `Table ${segment.table} breaks over pages: its ${segment.rows} rows on page ${segment.page} continue the previous page and were joined (columns read by the header's positions)`,
          },
          { table: segment.table },
        ),
      );
    }
  }
  for (const leaf of leaves) {
    if (leaf.target.columns.length === 0) continue;
    if (!isExclusive(format, leaf.target.norm)) continue;
    if (!evidence.includes(leaf.printed)) evidence.push(leaf.printed);
  }
  return { format, cells, notes, tables, evidence };
}

const exclusiveCache = new Map<string, boolean>();

/** A column label printed in one format only (the other format neither has it nor accepts it as an alias). */
function isExclusive(format: Format, norm: string): boolean {
  const key = `${format}|${norm}`;
  const cached = exclusiveCache.get(key);
  if (cached !== undefined) return cached;
  const other = layoutOf(format === "2021" ? "2019" : "2021");
  let found = false;
  for (const spec of other.allColumns.values()) if (spec.columns.some((column) => normalizeLabel(column.label.zh) === norm)) found = true;
  const result = !found && (format === "2019" ? PROACTIVE_COLUMNS_2019 : PROACTIVE_COLUMNS_2021).decisions.zh !== norm;
  exclusiveCache.set(key, result);
  return result;
}

/**
 * Reads positioned text items (or a PDF's text layer) as a given input kind.
 * Internal: `fromTextItems` and the `zfxxgk/pdf` helper call it.
 */
export function readItems(items: unknown, options: ReadOptions, input: "text-items" | "pdf"): ReadResult {
  const lang = options.lang ?? "zh";
  const empty = { input, format: null, formatEvidence: [], tables: [] };
  if (!Array.isArray(items)) return readFailure("invalid-input", empty, { lang });
  try {
    const { pieces, skipped } = piecesOf(items);
    const lines = buildLines(pieces);
    const meta = readPageMeta(pageText(lines));
    const formats: Format[] = options.format ? [options.format] : ["2021", "2019"];
    const reads = formats.map((format) => readWith(format, lines));
    let chosen = reads[0] as FormatRead;
    let format: Format | null = options.format ?? null;
    const evidence: string[] = [];
    if (!options.format) {
      const withEvidence = reads.filter((read) => read.evidence.length > 0);
      const year = options.year ?? meta.year;
      if (withEvidence.length === 1) {
        chosen = withEvidence[0] as FormatRead;
        format = chosen.format;
        evidence.push(...chosen.evidence);
      } else if (year !== null && year !== undefined) {
        format = formatOfYear(year);
        chosen = reads.find((read) => read.format === format) as FormatRead;
      } else {
        const ranked = [...reads].sort((a, b) => b.cells.length - a.cells.length);
        chosen = ranked[0] as FormatRead;
        format = null;
      }
    }
    const notes: ReadNote[] = [...chosen.notes];
    if (skipped > 0) {
      notes.push(
        note("values-unplaced", {
          zh: `${skipped} 个文本项不是 { str, x, y, width, height, page } 形式（或超出上限），已忽略`,
          en: `${skipped} text items were not of the form { str, x, y, width, height, page } (or beyond the limit) and were ignored`,
        }),
      );
    }
    if (chosen.cells.length === 0 && pieces.length === 0 && input === "pdf") {
      return readFailure("pdf-unreadable", { ...empty }, { lang, notes });
    }
    const extraction: Extraction = {
      input,
      format,
      formatEvidence: evidence,
      ...pageMetaFields(meta),
      cells: chosen.cells,
      notes,
      tables: chosen.tables,
    };
    return assemble(extraction, options);
  } catch (error) {
    return readFailure("internal-error", empty, {
      lang,
      detail: { zh: `（${String(error)}）`, en: `(${String(error)})` },
    });
  }
}

/**
 * Reads a report from positioned text items, as a PDF library returns them (`{ str, x, y, width, height, page }`
 * per item, `y` the baseline with larger values higher on the page). Rows are rebuilt from positions, header
 * labels give each column its x-range, and every value goes to the column it sits under. Never throws.
 *
 * @example
 * ```ts
 * const items = [
 *   { str: "四、政府信息公开行政复议、行政诉讼情况", x: 60, y: 700, width: 300, height: 16, page: 1 },
 *   { str: "行政复议", x: 100, y: 670, width: 40, height: 10, page: 1 },
 *   ...["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map((str, index) => ({ str, x: 60 + index * 40, y: 650, width: 30, height: 10, page: 1 })),
 *   ...["1", "0", "0", "0", "1"].map((str, index) => ({ str, x: 72 + index * 40, y: 630, width: 6, height: 10, page: 1 })),
 * ];
 * const result = fromTextItems(items, { format: "2021", year: 2023, agency: "某局" });
 * result.success && result.data.reviewAndLitigation.review.upheld;
 * //=> 1
 * ```
 */
export function fromTextItems(items: readonly TextItem[], options: ReadOptions = {}): ReadResult {
  return readItems(items, options, "text-items");
}
