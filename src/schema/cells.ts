import * as z from "zod";
import { noteDefaultLocale, schemaLang } from "./locale.js";
import { renderIssue } from "./messages.js";
import { type CellDescription, labelRegistry, metaFor, type ValueKind } from "./registry.js";

/** `strict`: every cell holds a value. `lenient`: a cell may be `null` (blank as published). */
export type Mode = "strict" | "lenient";

/** A schema that also accepts `null` in lenient mode. */
export type Blankable<M extends Mode, Schema extends z.ZodType> = { readonly strict: Schema; readonly lenient: z.ZodNullable<Schema> }[M];

/** A count: a non-negative safe integer. */
export type CountSchema<M extends Mode> = Blankable<M, z.ZodInt>;
/** A signed safe integer (2019 本年增/减). */
export type SignedSchema<M extends Mode> = Blankable<M, z.ZodInt>;
/** A finite non-negative decimal. */
export type MoneySchema<M extends Mode> = Blankable<M, z.ZodNumber>;

/** Where a cell sits, without its kind (the factory sets that). */
export type Position = Omit<CellDescription, "kind">;

function errorMap(cell: CellDescription, mode: Mode) {
  return (issue: z.core.$ZodRawIssue): string => renderIssue(issue, cell, schemaLang(), mode === "strict");
}

function register<Schema extends z.ZodType>(schema: Schema, cell: CellDescription): Schema {
  labelRegistry.add(schema, metaFor(cell));
  noteDefaultLocale();
  return schema;
}

function blankable<M extends Mode, Schema extends z.ZodType>(
  mode: M,
  base: Schema,
  cell: CellDescription,
): Blankable<M, Schema> {
  // Indexing by the mode gives the mode's type without a cast; only the chosen variant is built.
  const variants = {
    get strict() {
      return register(base, cell);
    },
    get lenient() {
      register(base, cell);
      return register(base.nullable(), cell);
    },
  };
  return variants[mode];
}

function described(position: Position, kind: ValueKind): CellDescription {
  return { ...position, kind };
}

/** A count cell: an integer ≥ 0 (件, 项, 人次…). */
export function count<M extends Mode>(mode: M, position: Position): CountSchema<M> {
  const cell = described(position, "count");
  const error = errorMap(cell, mode);
  return blankable(mode, z.int({ error }).min(0, { error }), cell);
}

/** A signed integer cell (2019 本年增/减). */
export function signed<M extends Mode>(mode: M, position: Position): SignedSchema<M> {
  const cell = described(position, "signed");
  const error = errorMap(cell, mode);
  return blankable(mode, z.int({ error }), cell);
}

/** A money cell: a finite decimal ≥ 0. */
export function money<M extends Mode>(mode: M, position: Position): MoneySchema<M> {
  const cell = described(position, "money");
  const error = errorMap(cell, mode);
  return blankable(mode, z.number({ error }).min(0, { error }), cell);
}

/** A strict object node (a row, group or section) carrying its printed label. */
export function node<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
  position: Position,
): z.ZodObject<z.core.util.Writeable<Shape>, z.core.$strict> {
  const cell = described(position, "node");
  return register(z.strictObject(shape, { error: errorMap(cell, "strict") }), cell);
}

/** A leaf that is not a table cell (year, agency, format, text). */
export function field<M extends Mode, Schema extends z.ZodType>(
  mode: M,
  build: (error: (issue: z.core.$ZodRawIssue) => string) => Schema,
  position: Position,
  kind: ValueKind,
): Blankable<M, Schema> {
  const cell = described(position, kind);
  return blankable(mode, build(errorMap(cell, mode)), cell);
}

/** Registers a schema built elsewhere under a position. */
export function labelled<Schema extends z.ZodType>(schema: Schema, position: Position, kind: ValueKind): Schema {
  return register(schema, described(position, kind));
}
