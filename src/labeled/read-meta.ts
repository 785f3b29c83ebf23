/**
 * The report's metadata from the labelled-table input: year, reporting organ,
 * the declared format, and the top-level fields that are not recognised.
 */
import { rawText } from "./cells.js";
import { own, type Plain, q, typeName } from "./input.js";
import type { Note } from "./notes.js";
import type { Format } from "../schema/report.js";

const TOP_KEYS: ReadonlySet<string> = new Set(["format", "year", "agency", "tables", "text"]);

/** What the metadata says, and the notes about it. */
export interface MetaReading {
  readonly year: number | null;
  readonly agency: string | null;
  readonly declared: Format | undefined;
  readonly notes: readonly Note[];
}

/** Notes for the top-level fields of the input that are not recognised. */
export function unknownFields(input: Plain): Note[] {
  return Object.keys(input)
    .filter((key) => !TOP_KEYS.has(key))
    .map((key) => ({
      kind: "unknown-field",
      table: "meta",
      row: key,
      message: { zh: `输入中的字段${q(key)}无法识别，已忽略`, en: `Field ${q(key)} of the input is not recognised; ignored` },
    }));
}

function readYear(input: Plain): { year: number | null; note?: Note } {
  const rawYear = own(input, "year");
  if (rawYear === undefined) {
    return { year: null, note: { kind: "missing-meta", table: "meta", row: "year", pointer: "/year", message: { zh: "未给出报告年度，记为 null", en: "No report year given; null" } } };
  }
  const text = typeof rawYear === "string" ? rawYear.normalize("NFKC").trim() : undefined;
  const value = typeof rawYear === "number" ? rawYear : text !== undefined && text.length === 4 && /^[0-9]{4}$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isInteger(value) && value >= 2000 && value <= 2100) return { year: value };
  return {
    year: null,
    note: {
      kind: "invalid-input",
      table: "meta",
      row: "year",
      raw: rawText(rawYear),
      pointer: "/year",
      message: {
        zh: `报告年度${q(rawText(rawYear))}不是 2000–2100 之间的整数，记为 null`,
        en: `Report year ${q(rawText(rawYear))} is not a whole number from 2000 to 2100; null`,
      },
    },
  };
}

function readAgency(input: Plain): { agency: string | null; note?: Note } {
  const rawAgency = own(input, "agency");
  if (typeof rawAgency === "string" && rawAgency.trim() !== "") return { agency: rawAgency.trim() };
  if (rawAgency === undefined || typeof rawAgency === "string") {
    return {
      agency: null,
      note: { kind: "missing-meta", table: "meta", row: "agency", pointer: "/agency", message: { zh: "未给出报告机关，记为 null", en: "No reporting organ given; null" } },
    };
  }
  return {
    agency: null,
    note: {
      kind: "invalid-input",
      table: "meta",
      row: "agency",
      raw: rawText(rawAgency),
      pointer: "/agency",
      message: { zh: `报告机关应为文字，实为 ${typeName(rawAgency)}，记为 null`, en: `The reporting organ should be text, got ${typeName(rawAgency)}; null` },
    },
  };
}

function readFormat(input: Plain): { declared: Format | undefined; note?: Note } {
  const rawFormat = own(input, "format");
  if (rawFormat === "2019" || rawFormat === "2021") return { declared: rawFormat };
  if (rawFormat === undefined) return { declared: undefined };
  return {
    declared: undefined,
    note: {
      kind: "invalid-input",
      table: "meta",
      row: "format",
      raw: rawText(rawFormat),
      message: {
        zh: `格式${q(rawText(rawFormat))}不是 "2019" 或 "2021"，已忽略，改由标签判定`,
        en: `Format ${q(rawText(rawFormat))} is not "2019" or "2021"; ignored, detected from the labels instead`,
      },
    },
  };
}

/** Reads year, agency and the declared format, with a note for each that is missing or invalid. */
export function readMeta(input: Plain): MetaReading {
  const year = readYear(input);
  const agency = readAgency(input);
  const format = readFormat(input);
  const notes = [year.note, agency.note, format.note].filter((note): note is Note => note !== undefined);
  return { year: year.year, agency: agency.agency, declared: format.declared, notes };
}
