/**
 * Every public safe entry point, called the same way, for the fuzz and hostile-input tests:
 * each returns what it returned, and the tests assert it did not throw (or reject), did not
 * mutate its input, and returned its documented shape.
 */
import {
  check,
  checkSeries,
  fromLabeledTables,
  LenientReport,
  locateErrors,
  locateSeriesErrors,
  migrate,
  parseReport,
  Report,
  validateReport,
  withRules,
} from "../../src/index.js";
import { fromHtml, fromText, readDocument } from "../../src/read/index.js";

/** A safe entry point: a name and a call on one input (series entry points wrap it in an array). */
export interface EntryPoint {
  readonly name: string;
  readonly call: (input: unknown) => unknown;
  /** What a well-formed result looks like. */
  readonly shape: "result" | "findings" | "zod";
}

const ChecksWithRules = withRules();

export const ENTRY_POINTS: readonly EntryPoint[] = [
  { name: "parseReport", call: (input) => parseReport(input), shape: "result" },
  { name: "parseReport lenient en", call: (input) => parseReport(input, { lenient: true, lang: "en", maxIssues: 5 }), shape: "result" },
  { name: "check", call: (input) => check(input), shape: "findings" },
  { name: "check en blanks zero", call: (input) => check(input, { lang: "en", blanks: "zero" }), shape: "findings" },
  { name: "checkSeries (input)", call: (input) => checkSeries(input as unknown[]), shape: "findings" },
  { name: "checkSeries (element)", call: (input) => checkSeries([input, input]), shape: "findings" },
  { name: "validateReport", call: (input) => validateReport(input), shape: "result" },
  { name: "validateReport suggest", call: (input) => validateReport(input, { suggest: true, lenient: false }), shape: "result" },
  { name: "withRules().safeParse", call: (input) => ChecksWithRules.safeParse(input), shape: "zod" },
  { name: "migrate 2019", call: (input) => migrate(input, "2019"), shape: "result" },
  { name: "migrate 2021", call: (input) => migrate(input, "2021", { lang: "en" }), shape: "result" },
  { name: "fromLabeledTables", call: (input) => fromLabeledTables(input), shape: "result" },
  { name: "locateErrors", call: (input) => locateErrors(input), shape: "result" },
  { name: "locateSeriesErrors", call: (input) => locateSeriesErrors(input as unknown[]), shape: "result" },
  { name: "fromHtml", call: (input) => fromHtml(input as string), shape: "result" },
  { name: "fromText", call: (input) => fromText(input as string), shape: "result" },
];

/** The exported zod schemas: zod's own `safeParse`, which zfxxgk cannot wrap; tried on plain JSON only. */
export const SCHEMA_ENTRY_POINTS: readonly EntryPoint[] = [
  { name: "Report.safeParse", call: (input) => Report.safeParse(input), shape: "zod" },
  { name: "LenientReport.safeParse", call: (input) => LenientReport.safeParse(input), shape: "zod" },
];

/** readDocument is async: it must resolve, never reject. */
export const readDocumentEntry = (input: unknown): Promise<unknown> => readDocument(input as string);

/** Why a result is not of its entry point's documented shape, or `undefined` when it is. */
export function shapeProblem(entry: EntryPoint, result: unknown): string | undefined {
  if (entry.shape === "findings") {
    if (!Array.isArray(result)) return "findings are not an array";
    for (const finding of result as { ruleId?: unknown; message?: unknown; paths?: unknown }[]) {
      if (typeof finding.ruleId !== "string" || typeof finding.message !== "string" || !Array.isArray(finding.paths)) return "a malformed finding";
    }
    return undefined;
  }
  const value = result as { success?: unknown; error?: { code?: unknown; message?: unknown } };
  if (typeof value?.success !== "boolean") return "no boolean success";
  if (entry.shape === "zod" || value.success) return undefined;
  if (typeof value.error?.code !== "string" || typeof value.error.message !== "string") return "an error without code or message";
  return undefined;
}
