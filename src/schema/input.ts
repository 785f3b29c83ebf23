/**
 * The one test every entry point shares for "this is not a report at all":
 * not a plain object, or an object with none of a report's keys.
 */
import type { Bilingual } from "../rules/types.js";
import { preview } from "./preview.js";

/** The top-level keys of a report (both formats). */
export const REPORT_KEYS: readonly string[] = ["format", "year", "agency", "proactive", "applications", "reviewAndLitigation", "text"];

function kind(value: unknown): Bilingual {
  if (value === null) return { zh: "null", en: "null" };
  if (value === undefined) return { zh: "undefined", en: "undefined" };
  const shown = preview(value);
  if (Array.isArray(value)) return { zh: `数组 ${shown}`, en: `array ${shown}` };
  const zh: Record<string, string> = { string: "文本", number: "数字", bigint: "数字", boolean: "布尔值" };
  return { zh: `${zh[typeof value] ?? typeof value} ${shown}`, en: `${typeof value} ${shown}` };
}

/**
 * Why a value is not a report at all, or `undefined` when it may be one
 * (a plain object with at least one report key; the schema judges the rest).
 */
export function notAReport(input: unknown): Bilingual | undefined {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    const got = kind(input);
    return { zh: `输入不是报告：应为对象，实际为 ${got.zh}`, en: `The input is not a report: expected an object, got ${got.en}` };
  }
  let keys: string[];
  try {
    keys = Object.keys(input);
  } catch {
    return undefined;
  }
  if (keys.some((key) => REPORT_KEYS.includes(key))) return undefined;
  const labelled = keys.includes("tables");
  return {
    zh: `输入不是报告：对象中没有报告的任何字段（${REPORT_KEYS.join("、")}）${labelled ? "；它像是按印刷标签给出的表格，请先用 fromLabeledTables() 读取" : ""}`,
    en: `The input is not a report: the object has none of a report's keys (${REPORT_KEYS.join(", ")})${labelled ? "; it looks like labelled tables: read it with fromLabeledTables() first" : ""}`,
  };
}
