import type * as z from "zod";
import { FORMATS, oneOf } from "../options.js";
import { type PathSegments, fromPointer, toPointer } from "./pointer.js";
import { labelRegistry, type ValueKind, type ZfxxgkMeta } from "./registry.js";
import { type Format, Report2019, Report2021 } from "./report.js";

/** One cell of a format, with its JSON Pointer and printed label. */
export interface CellEntry {
  /** JSON Pointer into a report, e.g. `/applications/received/naturalPerson`. */
  readonly pointer: string;
  /** The same path as property keys. */
  readonly path: readonly string[];
  /** The registry entry: printed label, English description, position. */
  readonly meta: ZfxxgkMeta;
}

const LEAF_KINDS: ReadonlySet<ValueKind> = new Set(["count", "signed", "money", "amount", "year", "agency", "format", "text"]);

interface Internals {
  _zod: { def: { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> } };
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema as unknown as Internals;
  while (current._zod.def.type === "nullable" || current._zod.def.type === "optional") {
    current = current._zod.def.innerType as unknown as Internals;
  }
  return current as unknown as z.ZodType;
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = (unwrap(schema) as unknown as Internals)._zod.def;
  return def.type === "object" ? def.shape : undefined;
}

function schemaOf(format: Format): z.ZodType {
  return format === "2019" ? Report2019 : Report2021;
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
  let schema: z.ZodType | undefined = schemaOf(format);
  let found = labelRegistry.get(schema);
  for (const segment of segments) {
    const shape: Record<string, z.ZodType> | undefined = schema ? shapeOf(schema) : undefined;
    schema = shape && Object.hasOwn(shape, String(segment)) ? shape[String(segment)] : undefined;
    if (!schema) break;
    found = labelRegistry.get(schema) ?? labelRegistry.get(unwrap(schema)) ?? found;
  }
  return found;
}

const cache = new Map<Format, readonly CellEntry[]>();

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
  const cached = cache.get(format);
  if (cached) return cached;
  const entries: CellEntry[] = [];
  const visit = (schema: z.ZodType, path: string[]) => {
    const meta = labelRegistry.get(schema) ?? labelRegistry.get(unwrap(schema));
    if (meta && LEAF_KINDS.has(meta.cell.kind)) {
      entries.push({ pointer: toPointer(path), path, meta });
      return;
    }
    const shape = shapeOf(schema);
    if (!shape) return;
    for (const [key, child] of Object.entries(shape)) visit(child, [...path, key]);
  };
  visit(schemaOf(format), []);
  const order = (entry: CellEntry) => ["二", "三", "四"].indexOf(entry.meta.cell.table ?? "") >>> 0;
  const sorted = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => order(a.entry) - order(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
  cache.set(format, sorted);
  return sorted;
}
