import * as z from "zod";
import { META_FIELDS, SECTIONS } from "../../layout/labels.js";
import { type Blankable, field, labelled, type Mode } from "../cells.js";

/** The report year: a whole number from 2000 to 2100. */
export type YearSchema<M extends Mode> = Blankable<M, z.ZodInt>;
/** The reporting organ: a non-blank string. */
export type AgencySchema<M extends Mode> = Blankable<M, z.ZodString>;
/** The prose sections 一, 五 and 六, each optional. */
export type TextSchema = z.ZodOptional<
  z.ZodObject<
    { overview: z.ZodOptional<z.ZodString>; problems: z.ZodOptional<z.ZodString>; other: z.ZodOptional<z.ZodString> },
    z.core.$strict
  >
>;

/** The report year (统计期限). */
export function year<M extends Mode>(mode: M): YearSchema<M> {
  return field(mode, (error) => z.int({ error }).min(2000, { error }).max(2100, { error }), { rows: [META_FIELDS.year] }, "year");
}

/** The reporting organ. */
export function agency<M extends Mode>(mode: M): AgencySchema<M> {
  return field(mode, (error) => z.string({ error }).regex(/\S/, { error }), { rows: [META_FIELDS.agency] }, "agency");
}

/** The `format` discriminator. */
export function formatLiteral<Format extends "2019" | "2021">(format: Format): z.ZodLiteral<Format> {
  return field("strict", (error) => z.literal(format, { error }), { rows: [META_FIELDS.format] }, "format");
}

/** Sections 一、五、六 as free text. */
export function text(): TextSchema {
  const prose = (label: (typeof SECTIONS)[keyof typeof SECTIONS]) =>
    labelled(z.string().optional(), { section: label, rows: [label] }, "text");
  return labelled(
    z
      .strictObject({
        overview: prose(SECTIONS.overview),
        problems: prose(SECTIONS.problems),
        other: prose(SECTIONS.other),
      })
      .optional(),
    { rows: [META_FIELDS.text] },
    "node",
  );
}
