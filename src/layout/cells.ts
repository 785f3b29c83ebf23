/**
 * The cell table: every node of each format — its JSON Pointer, table, printed row and
 * column labels (zh/en) and value kind — as plain data built from the labels in
 * `./labels.ts`. No zod: the rules, the labeled-table reader, migrations, fixtures and docs
 * read it, and the schemas' label registry is checked equal to it (test/schema/cell-table.test.ts).
 */
import { FORMATS, oneOf } from "../options.js";
import type { Format } from "./formats.js";
import { fromPointer, type PathSegments, toPointer } from "./pointer.js";
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  type ApplicantKey,
  ARTICLE_20_BLOCKS,
  type Label,
  LEGAL_PERSON_GROUP,
  LEGAL_PERSON_KEYS,
  LITIGATION_GROUP,
  META_FIELDS,
  OUTCOME_COLUMNS,
  OUTCOME_ROWS,
  outcomeGroupsOf,
  type OutcomeKey,
  PROACTIVE_COLUMNS_2019,
  PROACTIVE_COLUMNS_2021,
  PROACTIVE_ROWS,
  REPORT_TITLES,
  REVIEW_GROUPS,
  SECTIONS,
  type TableId,
} from "./labels.js";

/** A language for messages: Chinese (default) or English. */
export type Lang = "zh" | "en";

/** What kind of value a schema node holds. */
export type ValueKind = "count" | "signed" | "money" | "amount" | "unit" | "year" | "agency" | "format" | "text" | "node";

/**
 * Where a schema node sits in the printed report.
 *
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2019.md and https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2021.md for every cell.
 */
export interface CellDescription {
  /** The statistical table (二, 三 or 四), when the node is inside one. */
  readonly table?: TableId;
  /** The section heading the node belongs to. */
  readonly section?: Label;
  /** Printed row labels from the outermost down (for 二 the block title first). */
  readonly rows: readonly Label[];
  /** The printed column label, for cells. */
  readonly column?: Label;
  /** The printed header grouping the column (法人或其他组织, 行政诉讼), if any. */
  readonly columnGroup?: Label;
  /** A unit printed by the template (only 万元 in 2021 table 二). */
  readonly unit?: string;
  /** What the node holds. */
  readonly kind: ValueKind;
}

/** Metadata zfxxgk attaches to each of its schema nodes. */
export interface ZfxxgkMeta {
  /** The printed label (Chinese), used as JSON Schema `title`. */
  readonly title: string;
  /** English description, used as JSON Schema `description`. */
  readonly description: string;
  /** Structured position of the node in the printed report. */
  readonly cell: CellDescription;
}

/**
 * The printed label of a node, e.g. `三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 · 自然人`.
 *
 * @example
 * ```ts
 * labelText({ rows: [{ zh: "一、本年新收政府信息公开申请数量", en: "1. New applications received this year" }], column: { zh: "自然人", en: "natural persons" }, kind: "count" }, "en");
 * //=> "1. New applications received this year — natural persons"
 * ```
 */
export function labelText(cell: CellDescription, lang: Lang = "zh"): string {
  return buildLabelText(cell, lang);
}

const labelTexts = new WeakMap<CellDescription, Readonly<Record<Lang, string>>>();

/**
 * {@link labelText}, built once per cell description and language: for the package's own cell
 * descriptions (the layout's and the schemas'), which nothing changes after they are made. Every
 * issue message names its cell, so a report with many wrong cells built the same texts again.
 */
export function cellLabel(cell: CellDescription, lang: Lang): string {
  let texts = labelTexts.get(cell);
  if (texts === undefined) {
    texts = { zh: buildLabelText(cell, "zh"), en: buildLabelText(cell, "en") };
    labelTexts.set(cell, texts);
  }
  return lang === "en" ? texts.en : texts.zh;
}

function buildLabelText(cell: CellDescription, lang: Lang): string {
  if (lang === "en") {
    const rows = cell.rows.map((row) => row.en).join(" › ");
    const column = cell.column ? cell.column.en : "";
    if (!rows) return column || (cell.section?.en ?? "");
    return column ? `${rows} — ${column}` : rows;
  }
  const rows = cell.rows.map((row) => row.zh).join(" / ");
  const column = cell.column ? cell.column.zh : "";
  if (!rows) return column || (cell.section?.zh ?? "");
  return column ? `${rows} · ${column}` : rows;
}

/** Builds the registry entry for a node. */
export function metaFor(cell: CellDescription): ZfxxgkMeta {
  const en = labelText(cell, "en");
  const section = cell.section ? `${cell.section.en}: ` : "";
  return {
    title: labelText(cell, "zh"),
    description: cell.section && cell.rows.length === 0 && !cell.column ? cell.section.en : `${section}${en}`,
    cell,
  };
}

/** One node of the cell table: its description and, for objects, its children by key. */
export interface LayoutNode {
  readonly meta: ZfxxgkMeta;
  readonly children?: Readonly<Record<string, LayoutNode>>;
}

/** Where a node sits, without its kind. */
type Position = Omit<CellDescription, "kind">;

const leaf = (kind: ValueKind, position: Position): LayoutNode => ({ meta: metaFor({ ...position, kind }) });
const group = (position: Position, children: Record<string, LayoutNode>, kind: ValueKind = "node"): LayoutNode => ({
  meta: metaFor({ ...position, kind }),
  children,
});

// --- 三 ---------------------------------------------------------------------

const S3 = SECTIONS.applications;

/** The label path above the rows of 三、本年度办理结果. */
export const OUTCOMES_PATH: readonly Label[] = [APPLICATION_ROWS.outcomes];

function applicantRow(rows: readonly Label[]): LayoutNode {
  const children: Record<string, LayoutNode> = {};
  for (const key of Object.keys(APPLICANT_COLUMNS) as ApplicantKey[]) {
    children[key] = leaf("count", {
      table: "三",
      section: S3,
      rows,
      column: APPLICANT_COLUMNS[key],
      ...(LEGAL_PERSON_KEYS.includes(key) ? { columnGroup: LEGAL_PERSON_GROUP } : {}),
    });
  }
  return group({ table: "三", section: S3, rows }, children);
}

function rowGroup(parents: readonly Label[], labels: Readonly<Record<string, Label>>): LayoutNode {
  const children: Record<string, LayoutNode> = {};
  for (const [key, label] of Object.entries(labels)) children[key] = applicantRow([...parents, label]);
  return group({ table: "三", section: S3, rows: parents }, children);
}

function applications(format: Format): LayoutNode {
  const under = (label: Label) => [...OUTCOMES_PATH, label];
  const outcomes = group(
    { table: "三", section: S3, rows: OUTCOMES_PATH },
    {
      ...Object.fromEntries(
        outcomeGroupsOf(format).map((entry) => [entry.key, entry.rows ? rowGroup(under(entry.label), entry.rows) : applicantRow(under(entry.label))]),
      ),
      total: applicantRow(under(OUTCOME_ROWS.total)),
    },
  );
  return group(
    { table: "三", section: S3, rows: [] },
    {
      received: applicantRow([APPLICATION_ROWS.received]),
      carriedOver: applicantRow([APPLICATION_ROWS.carriedOver]),
      outcomes,
      carriedForward: applicantRow([APPLICATION_ROWS.carriedForward]),
    },
  );
}

// --- 四 ---------------------------------------------------------------------

const S4 = SECTIONS.reviewAndLitigation;

function reviewGroup(rows: readonly Label[]): LayoutNode {
  const children: Record<string, LayoutNode> = {};
  for (const key of Object.keys(OUTCOME_COLUMNS) as OutcomeKey[]) children[key] = leaf("count", { table: "四", section: S4, rows, column: OUTCOME_COLUMNS[key] });
  return group({ table: "四", section: S4, rows }, children);
}

function reviewAndLitigation(): LayoutNode {
  return group(
    { table: "四", section: S4, rows: [] },
    {
      review: reviewGroup([REVIEW_GROUPS.review]),
      litigationDirect: reviewGroup([LITIGATION_GROUP, REVIEW_GROUPS.litigationDirect]),
      litigationAfterReview: reviewGroup([LITIGATION_GROUP, REVIEW_GROUPS.litigationAfterReview]),
    },
  );
}

// --- 二 ---------------------------------------------------------------------

const S2 = SECTIONS.proactive;

/** A row of table 二: its columns as `[key, kind, label]`, each cell at `rows`. */
function proactiveRow(rows: readonly Label[], columns: readonly (readonly [string, ValueKind, Label, string?])[]): LayoutNode {
  const children: Record<string, LayoutNode> = {};
  for (const [key, kind, column, unit] of columns) children[key] = leaf(kind, { table: "二", section: S2, rows, column, ...(unit ? { unit } : {}) });
  return group({ table: "二", section: S2, rows }, children);
}

function proactive2019(): LayoutNode {
  const c = PROACTIVE_COLUMNS_2019;
  const documents = (row: Label) =>
    proactiveRow(
      [ARTICLE_20_BLOCKS["1"], row],
      [
        ["made", "count", c.made],
        ["published", "count", c.published],
        ["totalPublished", "count", c.totalPublished],
      ],
    );
  const items = (block: Label, row: Label) =>
    proactiveRow(
      [block, row],
      [
        ["itemsLastYear", "count", c.itemsLastYear],
        ["itemsChange", "signed", c.itemsChange],
        ["decisions", "count", c.decisions],
      ],
    );
  const procurementRows = [ARTICLE_20_BLOCKS["9"], PROACTIVE_ROWS.procurement];
  const amountPosition: Position = { table: "二", section: S2, rows: procurementRows, column: c.amount };
  return group(
    { table: "二", section: S2, rows: [] },
    {
      regulations: documents(PROACTIVE_ROWS.regulations),
      normativeDocuments: documents(PROACTIVE_ROWS.normativeDocuments2019),
      licensing: items(ARTICLE_20_BLOCKS["5"], PROACTIVE_ROWS.licensing),
      otherServices: items(ARTICLE_20_BLOCKS["5"], PROACTIVE_ROWS.otherServices),
      penalty: items(ARTICLE_20_BLOCKS["6"], PROACTIVE_ROWS.penalty),
      coercion: items(ARTICLE_20_BLOCKS["6"], PROACTIVE_ROWS.coercion),
      fees: proactiveRow(
        [ARTICLE_20_BLOCKS["8"], PROACTIVE_ROWS.fees],
        [
          ["itemsLastYear", "count", c.itemsLastYear],
          ["itemsChange", "signed", c.itemsChange],
        ],
      ),
      procurement: group(
        { table: "二", section: S2, rows: procurementRows },
        {
          projects: leaf("count", { table: "二", section: S2, rows: procurementRows, column: c.projects }),
          amount: group(amountPosition, { value: leaf("money", amountPosition), unit: leaf("unit", amountPosition) }, "amount"),
        },
      ),
    },
  );
}

function proactive2021(): LayoutNode {
  const c = PROACTIVE_COLUMNS_2021;
  const documents = (row: Label) =>
    proactiveRow(
      [ARTICLE_20_BLOCKS["1"], row],
      [
        ["issued", "count", c.issued],
        ["repealed", "count", c.repealed],
        ["inForce", "count", c.inForce],
      ],
    );
  const decisions = (block: Label, row: Label) => proactiveRow([block, row], [["decisions", "count", c.decisions]]);
  return group(
    { table: "二", section: S2, rows: [] },
    {
      regulations: documents(PROACTIVE_ROWS.regulations),
      normativeDocuments: documents(PROACTIVE_ROWS.normativeDocuments2021),
      licensing: decisions(ARTICLE_20_BLOCKS["5"], PROACTIVE_ROWS.licensing),
      penalty: decisions(ARTICLE_20_BLOCKS["6"], PROACTIVE_ROWS.penalty),
      coercion: decisions(ARTICLE_20_BLOCKS["6"], PROACTIVE_ROWS.coercion),
      fees: proactiveRow([ARTICLE_20_BLOCKS["8"], PROACTIVE_ROWS.fees], [["amountWanYuan", "money", c.amountWanYuan, "万元"]]),
    },
  );
}

// --- the report -------------------------------------------------------------

function prose(): LayoutNode {
  const section = (label: Label) => leaf("text", { section: label, rows: [label] });
  return group({ rows: [META_FIELDS.text] }, { overview: section(SECTIONS.overview), problems: section(SECTIONS.problems), other: section(SECTIONS.other) });
}

function reportLayout(format: Format): LayoutNode {
  return group(
    { rows: [], section: REPORT_TITLES[format] },
    {
      format: leaf("format", { rows: [META_FIELDS.format] }),
      year: leaf("year", { rows: [META_FIELDS.year] }),
      agency: leaf("agency", { rows: [META_FIELDS.agency] }),
      proactive: format === "2019" ? proactive2019() : proactive2021(),
      applications: applications(format),
      reviewAndLitigation: reviewAndLitigation(),
      text: prose(),
    },
  );
}

const layouts = new Map<Format, LayoutNode>();

/**
 * The cell table of a format as a tree (built once, on first use).
 *
 * @example
 * ```ts
 * layoutTree("2021").children?.applications?.meta.title;
 * //=> "三、收到和处理政府信息公开申请情况"
 * ```
 */
export function layoutTree(format: Format): LayoutNode {
  let tree = layouts.get(format);
  if (!tree) {
    tree = reportLayout(format);
    layouts.set(format, tree);
  }
  return tree;
}

/** One cell of a format, with its JSON Pointer and printed label. */
export interface CellEntry {
  /** JSON Pointer into a report, e.g. `/applications/received/naturalPerson`. */
  readonly pointer: string;
  /** The same path as property keys. */
  readonly path: readonly string[];
  /** The registry entry: printed label, English description, position. */
  readonly meta: ZfxxgkMeta;
}

/**
 * The printed label and position of any node of a report, by JSON Pointer or path.
 * For a path below a known node (an unknown key), the nearest known ancestor is returned.
 *
 * @example
 * ```ts
 * describeCell("2021", "/applications/outcomes/withheld/stateSecret/naturalPerson")?.title;
 * //=> "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 · 自然人"
 * ```
 */
export function describeCell(format: Format, path: string | PathSegments): ZfxxgkMeta | undefined {
  oneOf("describeCell", "format", format, FORMATS);
  const segments = typeof path === "string" ? fromPointer(path) : path;
  let node: LayoutNode | undefined = layoutTree(format);
  let found = node.meta;
  for (const segment of segments) {
    const children: Readonly<Record<string, LayoutNode>> | undefined = node?.children;
    node = children && Object.hasOwn(children, String(segment)) ? children[String(segment)] : undefined;
    if (!node) break;
    found = node.meta;
  }
  return found;
}

const LEAF_KINDS: ReadonlySet<ValueKind> = new Set(["count", "signed", "money", "amount", "year", "agency", "format", "text"]);
const cellLists = new Map<Format, readonly CellEntry[]>();

/**
 * Every cell of a format in printed order (tables 二, 三, 四, then year, agency
 * and prose), with JSON Pointers and labels. Docs, rules and readers build on it.
 * A format other than `"2019"` or `"2021"` is a programmer error (a `TypeError`).
 *
 * @example
 * ```ts
 * cellsOf("2021").filter((cell) => cell.meta.cell.table === "二").length;
 * //=> 10
 * ```
 */
export function cellsOf(format: Format): readonly CellEntry[] {
  oneOf("cellsOf", "format", format, FORMATS);
  const cached = cellLists.get(format);
  if (cached) return cached;
  const entries: CellEntry[] = [];
  const visit = (node: LayoutNode, path: string[]) => {
    if (LEAF_KINDS.has(node.meta.cell.kind)) {
      entries.push({ pointer: toPointer(path), path, meta: node.meta });
      return;
    }
    for (const [key, child] of Object.entries(node.children ?? {})) visit(child, [...path, key]);
  };
  visit(layoutTree(format), []);
  const order = (entry: CellEntry) => ["二", "三", "四"].indexOf(entry.meta.cell.table ?? "") >>> 0;
  const sorted = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => order(a.entry) - order(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
  cellLists.set(format, sorted);
  return sorted;
}
