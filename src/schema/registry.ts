import * as z from "zod";
import type { Label, TableId } from "../layout/labels.js";

/** What kind of value a schema node holds. */
export type ValueKind =
  | "count"
  | "signed"
  | "money"
  | "amount"
  | "unit"
  | "year"
  | "agency"
  | "format"
  | "text"
  | "node";

/**
 * Where a schema node sits in the printed report.
 *
 * @see ../../docs/format-2019.md and ../../docs/format-2021.md for every cell.
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
 * The package-owned registry holding the printed label of every schema node.
 *
 * It is separate from zod's global registry so that importing zfxxgk never
 * changes the metadata of a user's own schemas.
 *
 * @example
 * ```ts
 * import { labelRegistry, Report2021 } from "zfxxgk";
 * labelRegistry.get(Report2021.shape.applications.shape.received.shape.naturalPerson)?.title;
 * //=> "一、本年新收政府信息公开申请数量 · 自然人"
 * ```
 */
export const labelRegistry = /* @__PURE__ */ z.registry<ZfxxgkMeta>();

/** A language for messages: Chinese (default) or English. */
export type Lang = "zh" | "en";

/**
 * The printed label of a node, e.g. `三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 · 自然人`.
 */
export function labelText(cell: CellDescription, lang: Lang = "zh"): string {
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
