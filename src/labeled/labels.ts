/**
 * Matcher tables for labelled tables, built from the package's own cell list
 * (`cellsOf`) so that every official label is the one in src/layout/labels.ts,
 * plus a short documented alias list. Matching is exact after normalisation —
 * never a fuzzy guess.
 */
import {
  APPLICANT_COLUMNS,
  type Label,
  OUTCOME_ROWS,
  PROACTIVE_COLUMNS_2019,
  PROACTIVE_COLUMNS_2021,
  PROACTIVE_ROWS,
  SECTIONS,
  type TableId,
} from "../layout/labels.js";
import { type CellEntry, cellsOf } from "../layout/cells.js";
import type { Format } from "../schema/report.js";
import type { CellKind, MoneyUnit } from "./cells.js";
import { canonicalNumbering, normalizeLabel, splitPath, squeeze, stripAnnotation, unitOfAnnotation } from "./normalize.js";
import type { Bilingual } from "../layout/labels.js";

/** A documented alternative spelling of an official label. */
export interface LabelAlias {
  /** The table it applies to. */
  readonly table: TableId;
  /** Whether it names a row or a column. */
  readonly on: "row" | "column";
  /** The alias as printed (normalised before comparison). */
  readonly text: string;
  /** The official label(s) it stands for; two targets are resolved by position only when unambiguous. */
  readonly targets: readonly Label[];
  /** Formats in which the alias is accepted. */
  readonly formats: readonly Format[];
  /** Why the alias exists (where it was seen). */
  readonly why: Bilingual;
}

/**
 * Every alias accepted besides the official labels; docs/labeled-tables.md lists them.
 *
 * @example
 * ```ts
 * LABEL_ALIASES.find((alias) => alias.text === "社会组织")?.targets[0]?.zh;
 * //=> "社会公益组织"
 * ```
 */
export const LABEL_ALIASES: readonly LabelAlias[] = [
  {
    table: "三",
    on: "column",
    text: "社会组织",
    targets: [APPLICANT_COLUMNS.publicWelfareOrganization],
    formats: ["2019", "2021"],
    why: { zh: "已发布报告中的常见写法（种子 000）", en: "common in published reports (seed 000)" },
  },
  {
    table: "三",
    on: "row",
    text: OUTCOME_ROWS.partiallyDisclosed.short,
    targets: [OUTCOME_ROWS.partiallyDisclosed],
    formats: ["2019", "2021"],
    why: { zh: "省略了括注的写法", en: "printed without its bracketed note" },
  },
  {
    table: "二",
    on: "row",
    text: PROACTIVE_ROWS.normativeDocuments2019.zh,
    targets: [PROACTIVE_ROWS.normativeDocuments2021],
    formats: ["2021"],
    why: { zh: "2021 格式报告沿用旧行名（种子 004）", en: "2021-format reports keeping the old row name (seed 004)" },
  },
  {
    table: "二",
    on: "row",
    text: PROACTIVE_ROWS.normativeDocuments2021.zh,
    targets: [PROACTIVE_ROWS.normativeDocuments2019],
    formats: ["2019"],
    why: { zh: "2019 格式报告使用新行名", en: "2019-format reports using the new row name" },
  },
  {
    table: "二",
    on: "column",
    text: "现行有效件",
    targets: [PROACTIVE_COLUMNS_2021.inForce],
    formats: ["2021"],
    why: { zh: "截断的表头（种子 004）", en: "truncated header (seed 004)" },
  },
  {
    table: "二",
    on: "column",
    text: "本年新",
    targets: [PROACTIVE_COLUMNS_2019.made, PROACTIVE_COLUMNS_2019.published],
    formats: ["2019"],
    why: {
      zh: "截断的表头（乌海市工信局 2020）；两列同名时仅在位置无歧义时按顺序对应",
      en: "truncated header (乌海 2020); matched by position only when that is unambiguous",
    },
  },
  {
    table: "二",
    on: "column",
    text: PROACTIVE_COLUMNS_2019.decisions.zh,
    targets: [PROACTIVE_COLUMNS_2021.decisions],
    formats: ["2021"],
    why: { zh: "2021 格式报告沿用旧列名", en: "2021-format reports keeping the old column name" },
  },
  {
    table: "二",
    on: "column",
    text: PROACTIVE_COLUMNS_2021.decisions.zh,
    targets: [PROACTIVE_COLUMNS_2019.decisions],
    formats: ["2019"],
    why: { zh: "2019 格式报告使用新列名", en: "2019-format reports using the new column name" },
  },
  {
    table: "二",
    on: "column",
    text: "本年收费金额",
    targets: [PROACTIVE_COLUMNS_2021.amountWanYuan],
    formats: ["2021"],
    why: { zh: "表头未印单位，按模板的万元读取", en: "header without its unit; read in the template's 万元" },
  },
];

/**
 * Section headings allowed before any label of their table, besides the label's own ancestors.
 *
 * @example
 * ```ts
 * SECTION_PREFIXES["四"].zh;
 * //=> "四、政府信息公开行政复议、行政诉讼情况"
 * ```
 */
export const SECTION_PREFIXES: Record<TableId, Label> = {
  二: SECTIONS.proactive,
  三: SECTIONS.applications,
  四: SECTIONS.reviewAndLitigation,
};

/**
 * Header over all applicant columns of table 三, allowed as a column prefix.
 *
 * @example
 * ```ts
 * APPLICANT_HEADER.zh;
 * //=> "申请人情况"
 * ```
 */
export const APPLICANT_HEADER: Label = { zh: "申请人情况", en: "applicants" };

/** One column of a row: where its value goes and how to read it. */
export interface ColumnSpec {
  /** The JSON key of the cell. */
  readonly key: string;
  /** JSON Pointer of the cell. */
  readonly pointer: string;
  /** The printed column label. */
  readonly label: Label;
  /** How the cell is read. */
  readonly kind: CellKind;
  /** The unit the template prints in the header, if any. */
  readonly unit?: MoneyUnit;
  /** Normalised label; `base` without a unit note. */
  readonly norm: string;
  readonly base: string;
  /** Normalised header labels allowed before it (法人或其他组织, 申请人情况). */
  readonly ancestors: readonly string[];
  /** The cell entry from `cellsOf`. */
  readonly entry: CellEntry;
}

/** One data row of a table in one format. */
export interface RowSpec {
  readonly table: TableId;
  /** JSON Pointer of the row object. */
  readonly pointer: string;
  /** Printed labels from the outermost down. */
  readonly path: readonly Label[];
  readonly columns: readonly ColumnSpec[];
}

/** A row label or a group label (a label without cells) in one format. */
interface RowNode {
  readonly table: TableId;
  readonly label: Label;
  readonly path: readonly Label[];
  readonly ancestors: readonly string[];
  readonly row?: RowSpec;
}

/** The matcher tables of one format. */
export interface Layout {
  readonly format: Format;
  readonly rows: readonly RowSpec[];
  readonly nodes: ReadonlyMap<string, readonly RowNode[]>;
  readonly allColumns: ReadonlyMap<TableId, RowSpec>;
}

function push<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const KINDS: ReadonlySet<string> = new Set(["count", "signed", "money", "amount"]);

/** A column of the cell table as the matcher sees it. */
function columnSpec(entry: CellEntry): { table: TableId; path: readonly Label[]; spec: ColumnSpec } | undefined {
  const { table, rows: path, column, columnGroup, kind, unit } = entry.meta.cell;
  if (!table || !column || !KINDS.has(kind)) return undefined;
  const key = entry.path[entry.path.length - 1] as string;
  const norm = squeeze(column.zh);
  const stripped = unit ? stripAnnotation(norm) : undefined;
  const ancestors = table === "三" ? [squeeze(APPLICANT_HEADER.zh), ...(columnGroup ? [squeeze(columnGroup.zh)] : [])] : [];
  const spec: ColumnSpec = {
    key,
    pointer: entry.pointer,
    label: column,
    kind: kind as CellKind,
    ...(unit === "元" || unit === "万元" ? { unit } : {}),
    norm,
    base: stripped ? stripped.base : norm,
    ancestors,
    entry,
  };
  return { table, path, spec };
}

/** The data rows of a format, each with its columns, in cell-table order. */
function rowSpecsOf(format: Format): RowSpec[] {
  const rows = new Map<string, { table: TableId; path: readonly Label[]; columns: ColumnSpec[] }>();
  for (const entry of cellsOf(format)) {
    const found = columnSpec(entry);
    if (!found) continue;
    const rowPointer = entry.pointer.slice(0, entry.pointer.lastIndexOf("/"));
    const row = rows.get(rowPointer);
    if (row) row.columns.push(found.spec);
    else rows.set(rowPointer, { table: found.table, path: found.path, columns: [found.spec] });
  }
  return [...rows].map(([pointer, row]) => ({ pointer, ...row }));
}

/** Row and group labels by their normalised last segment. */
function nodesOf(rowSpecs: readonly RowSpec[]): Map<string, RowNode[]> {
  const nodes = new Map<string, RowNode[]>();
  const groups = new Set<string>();
  for (const row of rowSpecs) {
    const section = normalizeLabel(SECTION_PREFIXES[row.table].zh);
    const norms = row.path.map((label) => normalizeLabel(label.zh));
    const last = row.path[row.path.length - 1] as Label;
    push(nodes, norms[norms.length - 1] as string, { table: row.table, label: last, path: row.path, ancestors: [section, ...norms.slice(0, -1)], row });
    for (let depth = 1; depth < row.path.length; depth++) {
      const id = `${row.table}|${norms.slice(0, depth).join("/")}`;
      if (groups.has(id)) continue;
      groups.add(id);
      push(nodes, norms[depth - 1] as string, {
        table: row.table,
        label: row.path[depth - 1] as Label,
        path: row.path.slice(0, depth),
        ancestors: [section, ...norms.slice(0, depth - 1)],
      });
    }
  }
  return nodes;
}

/** Per table, a pseudo-row holding every column label of the table once. */
function allColumnsOf(rowSpecs: readonly RowSpec[]): Map<TableId, RowSpec> {
  const allColumns = new Map<TableId, RowSpec>();
  for (const row of rowSpecs) {
    const all = allColumns.get(row.table);
    const columns = all ? [...all.columns] : [];
    for (const column of row.columns) if (!columns.some((known) => known.label === column.label)) columns.push(column);
    allColumns.set(row.table, { table: row.table, pointer: "", path: [], columns });
  }
  return allColumns;
}

function buildLayout(format: Format): Layout {
  const rows = rowSpecsOf(format);
  return { format, rows, nodes: nodesOf(rows), allColumns: allColumnsOf(rows) };
}

const layouts = new Map<Format, Layout>();

/**
 * The matcher tables of a format (built once from `cellsOf`).
 *
 * @example
 * ```ts
 * layoutOf("2021").rows.length;
 * //=> 34
 * ```
 */
export function layoutOf(format: Format): Layout {
  let layout = layouts.get(format);
  if (!layout) {
    layout = buildLayout(format);
    layouts.set(format, layout);
  }
  return layout;
}

/** How a label was recognised. */
export interface Recognition {
  /** The alias used, if any. */
  readonly alias?: LabelAlias;
  /** A trailing note removed to recognise the label, if any. */
  readonly annotation?: string;
}

/** The result of matching a row label. */
export type RowMatch =
  | ({ readonly kind: "row"; readonly row: RowSpec } & Recognition)
  | ({ readonly kind: "group"; readonly label: Label; readonly path: readonly Label[] } & Recognition)
  | { readonly kind: "unknown"; readonly prefixMismatch: boolean }
  | { readonly kind: "ambiguous"; readonly candidates: readonly Label[] };

function aliasesFor(table: TableId, on: "row" | "column", format: Format, text: string): LabelAlias[] {
  return LABEL_ALIASES.filter(
    (alias) => alias.table === table && alias.on === on && alias.formats.includes(format) && normalizeLabel(alias.text) === text,
  );
}

function prefixFits(prefixes: readonly string[], ancestors: readonly string[]): boolean {
  let at = 0;
  for (const prefix of prefixes) {
    const base = stripAnnotation(prefix)?.base;
    while (at < ancestors.length && ancestors[at] !== prefix && ancestors[at] !== base) at++;
    if (at === ancestors.length) return false;
    at++;
  }
  return true;
}

function candidatesFor(layout: Layout, table: TableId, text: string): { node: RowNode; alias?: LabelAlias }[] {
  const exact = (layout.nodes.get(text) ?? []).filter((node) => node.table === table).map((node) => ({ node }));
  if (exact.length > 0) return exact;
  const found: { node: RowNode; alias?: LabelAlias }[] = [];
  for (const alias of aliasesFor(table, "row", layout.format, text)) {
    for (const target of alias.targets) {
      for (const node of layout.nodes.get(normalizeLabel(target.zh)) ?? []) {
        if (node.table === table && node.label === target) found.push({ node, alias });
      }
    }
  }
  return found;
}

/** Labels longer than this (after normalisation) are never official; matching stops early. */
const MAX_LABEL_LENGTH = 400;

/**
 * Matches a printed row label (or row path) of a table against a format.
 *
 * @example
 * ```ts
 * const match = matchRow(layoutOf("2019"), "三", "三、本年度办理结果/（三）不予公开/1．属于国家秘密");
 * match.kind === "row" && match.row.pointer;
 * //=> "/applications/outcomes/withheld/stateSecret"
 * ```
 */
export function matchRow(layout: Layout, table: TableId, printed: string): RowMatch {
  return remember(rowMatches, layout, `${table}|${printed}`, printed.length, () => matchRowOnce(layout, table, printed));
}

/**
 * Matches are pure functions of the layout and the printed text, and the same labels come back
 * in every report: each matcher table keeps the matches of short labels it has seen, up to a
 * bound (then it stops remembering, so memory stays bounded whatever the input).
 */
const MEMO_LABEL_LENGTH = 200;
const MEMO_ENTRIES = 4096;
const rowMatches = new WeakMap<Layout, Map<string, RowMatch>>();
const columnMatches = new WeakMap<RowSpec, Map<string, ColumnMatch>>();

function remember<Owner extends object, Match>(memo: WeakMap<Owner, Map<string, Match>>, owner: Owner, key: string, length: number, match: () => Match): Match {
  if (length > MEMO_LABEL_LENGTH) return match();
  let seen = memo.get(owner);
  if (!seen) {
    seen = new Map();
    memo.set(owner, seen);
  }
  let found = seen.get(key);
  if (found === undefined) {
    found = match();
    if (seen.size < MEMO_ENTRIES) seen.set(key, found);
  }
  return found;
}

function matchRowOnce(layout: Layout, table: TableId, printed: string): RowMatch {
  const squeezed = squeeze(printed);
  if (squeezed.length > MAX_LABEL_LENGTH) return { kind: "unknown", prefixMismatch: false };
  const segments = splitPath(squeezed).map(canonicalNumbering);
  const last = segments[segments.length - 1];
  if (last === undefined) return { kind: "unknown", prefixMismatch: false };
  const prefixes = segments.slice(0, -1);
  let annotation: string | undefined;
  let candidates = candidatesFor(layout, table, last);
  if (candidates.length === 0) {
    const stripped = stripAnnotation(last);
    if (stripped) {
      candidates = candidatesFor(layout, table, canonicalNumbering(stripped.base));
      annotation = stripped.annotation;
    }
  }
  if (candidates.length === 0) return { kind: "unknown", prefixMismatch: false };
  const fitting = candidates.filter((candidate) => prefixFits(prefixes, candidate.node.ancestors));
  if (fitting.length === 0) return { kind: "unknown", prefixMismatch: true };
  if (fitting.length > 1) return { kind: "ambiguous", candidates: fitting.map((candidate) => candidate.node.label) };
  const { node, alias } = fitting[0] as { node: RowNode; alias?: LabelAlias };
  const recognition = { ...(alias ? { alias } : {}), ...(annotation !== undefined ? { annotation } : {}) };
  return node.row
    ? { kind: "row", row: node.row, ...recognition }
    : { kind: "group", label: node.label, path: node.path, ...recognition };
}

/** The result of matching a column label within a row. */
export type ColumnMatch =
  | ({ readonly kind: "column"; readonly columns: readonly ColumnSpec[]; readonly headerUnit?: MoneyUnit } & Recognition)
  | { readonly kind: "unknown" };

function columnCandidates(row: RowSpec, format: Format, text: string, prefixes: readonly string[]) {
  const fits = (column: ColumnSpec) => prefixFits(prefixes, column.ancestors);
  const exact = row.columns.filter((column) => column.norm === text && fits(column));
  if (exact.length > 0) return { columns: exact };
  for (const alias of aliasesFor(row.table, "column", format, text)) {
    const columns = alias.targets.flatMap((target) => row.columns.filter((column) => column.label === target && fits(column)));
    if (columns.length > 0) return { columns, alias };
  }
  return undefined;
}

function matchColumnText(row: RowSpec, format: Format, text: string, prefixes: readonly string[]): ColumnMatch | undefined {
  const direct = columnCandidates(row, format, text, prefixes);
  if (direct) return { kind: "column", ...direct };
  const stripped = stripAnnotation(text);
  if (!stripped) return undefined;
  const unit = unitOfAnnotation(stripped.annotation);
  // A note naming a unit we do not know (单位：美元, 千元…) is never stripped: it would change the value.
  if (!unit && (stripped.annotation.includes("单位") || stripped.annotation.includes("元"))) return undefined;
  if (unit) {
    const byBase = row.columns.filter(
      (column) => (column.kind === "money" || column.kind === "amount") && column.base === stripped.base && prefixFits(prefixes, column.ancestors),
    );
    if (byBase.length > 0) return { kind: "column", columns: byBase, headerUnit: unit };
    const aliased = columnCandidates(row, format, stripped.base, prefixes);
    if (aliased && aliased.columns.every((column) => column.kind === "money" || column.kind === "amount")) {
      return { kind: "column", ...aliased, headerUnit: unit };
    }
  }
  const base = columnCandidates(row, format, stripped.base, prefixes);
  if (base) return { kind: "column", ...base, annotation: stripped.annotation };
  return undefined;
}

/**
 * Matches a printed column label within a row. The unsplit label is tried
 * first (`本年增/减`), then `header/column` paths (`法人或其他组织/商业企业`).
 *
 * @example
 * ```ts
 * const row = layoutOf("2021").rows.find((spec) => spec.pointer === "/proactive/fees")!;
 * const match = matchColumn(row, "2021", "本年收费金额(单位:元)");
 * match.kind === "column" && match.headerUnit;
 * //=> "元"
 * ```
 */
export function matchColumn(row: RowSpec, format: Format, printed: string): ColumnMatch {
  return remember(columnMatches, row, `${format}|${printed}`, printed.length, () => matchColumnOnce(row, format, printed));
}

function matchColumnOnce(row: RowSpec, format: Format, printed: string): ColumnMatch {
  const squeezed = squeeze(printed);
  if (squeezed.length > MAX_LABEL_LENGTH) return { kind: "unknown" };
  const whole = matchColumnText(row, format, squeezed, []);
  if (whole) return whole;
  // Also for a single segment: a stray `/` (`自然人/`, `/自然人`) is dropped, as in a row path.
  const segments = splitPath(squeezed);
  if (segments.length > 0) {
    const found = matchColumnText(row, format, segments[segments.length - 1] as string, segments.slice(0, -1));
    if (found) return found;
  }
  return { kind: "unknown" };
}
