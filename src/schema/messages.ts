import type { CellDescription, Lang } from "./registry.js";
import { cellLabel } from "./registry.js";
import { preview } from "./preview.js";


/** The fields of a zod issue that zfxxgk's messages read. */
export interface IssueLike {
  readonly code: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly received?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly options?: readonly unknown[];
  readonly message?: string;
}

const LEAF_VALUE_KINDS = new Set(["count", "signed", "money", "amount", "year", "agency"]);

const EXPECTED_ZH: Record<string, string> = {
  number: "数字",
  int: "整数",
  object: "对象",
  string: "文本",
  nonoptional: "值",
};

/** "a whole number", "an object", "a string": English needs the article to agree. */
function expectedEn(expected: string): string {
  if (expected === "int") return "a whole number";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function typeName(value: unknown, lang: Lang): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return lang === "zh" ? "数组" : "array";
  const type = typeof value;
  if (lang === "en") return type;
  return { string: "文本", number: "数字", boolean: "布尔值", object: "对象" }[type as string] ?? type;
}

/** What a message renderer is given: the issue, the cell it is about, the language and whether to hint at lenient mode. */
interface ProblemContext {
  readonly issue: IssueLike;
  readonly cell: CellDescription | undefined;
  readonly zh: boolean;
  readonly strictHint: boolean;
}

/** Renders the problem of one issue code (the shape of zod's locales: one renderer per code). */
type ProblemRenderer = (context: ProblemContext) => string;

function invalidType({ issue, cell, zh, strictHint }: ProblemContext): string {
  const input = issue.input;
  if (input === undefined) {
    const isRow = cell?.kind === "node";
    return zh ? (isRow ? "缺少此部分" : "缺少此项") : isRow ? "missing" : "missing value";
  }
  if (input === null && strictHint && cell && LEAF_VALUE_KINDS.has(cell.kind))
    return zh
      ? "为空（null）：严格模式要求每格都有数字；按发布稿原样（含空白）的报告请用宽松模式 LenientReport"
      : "is blank (null): a strict report needs a value here; use the lenient schema (LenientReport) for reports as published";
  if (typeof input === "number" && !Number.isFinite(input))
    return zh ? `应为有限数字，实际为 ${preview(input)}` : `must be a finite number, got ${preview(input)}`;
  if (issue.expected === "int" && typeof input === "number")
    return zh ? `应为整数，实际为 ${preview(input)}` : `must be a whole number, got ${preview(input)}`;
  const expected = issue.expected ?? "value";
  if (input === null) return zh ? `应为${EXPECTED_ZH[expected] ?? expected}，实际为 null` : `must be ${expectedEn(expected)}, got null`;
  return zh
    ? `应为${EXPECTED_ZH[expected] ?? expected}，实际为${typeName(input, "zh")} ${preview(input)}`
    : `must be ${expectedEn(expected)}, got ${typeName(input, "en")} ${preview(input)}`;
}

function tooSmall({ issue, cell, zh }: ProblemContext): string {
  const input = issue.input;
  if (Number(issue.minimum) === 0) return zh ? `不能为负数，实际为 ${preview(input)}` : `must not be negative, got ${preview(input)}`;
  if (cell?.kind === "agency" || cell?.kind === "text") return zh ? "不能为空" : "must not be empty";
  return zh ? `应不小于 ${issue.minimum}，实际为 ${preview(input)}` : `must be at least ${issue.minimum}, got ${preview(input)}`;
}

function tooBig({ issue, zh }: ProblemContext): string {
  return zh ? `应不大于 ${issue.maximum}，实际为 ${preview(issue.input)}` : `must be at most ${issue.maximum}, got ${preview(issue.input)}`;
}

/** At most this many unknown keys are named in one message; the rest are counted. */
const MAX_KEYS_SHOWN = 10;

function unrecognizedKeys({ issue, zh }: ProblemContext): string {
  const keys = issue.keys ?? [];
  const shown = keys.slice(0, MAX_KEYS_SHOWN).map((key) => preview(key)).join(zh ? "、" : ", ");
  const more = keys.length > MAX_KEYS_SHOWN ? (zh ? ` 等 ${keys.length} 个` : ` and ${keys.length - MAX_KEYS_SHOWN} more`) : "";
  return zh
    ? `有未定义的键 ${shown}${more}（不接受额外的键，以免数据被静默丢弃）`
    : `has unknown key${keys.length === 1 ? "" : "s"} ${shown}${more} (extra keys are rejected so that no data is dropped silently)`;
}

function invalidValue({ issue, zh }: ProblemContext): string {
  const values = (issue.values ?? []).map((value) => JSON.stringify(value)).join(zh ? " 或 " : " or ");
  return zh ? `应为 ${values}，实际为 ${preview(issue.input)}` : `must be ${values}, got ${preview(issue.input)}`;
}

function invalidUnion({ issue, zh }: ProblemContext): string {
  const options = (issue.options ?? []).map((value) => JSON.stringify(value)).join(zh ? " 或 " : " or ");
  return zh
    ? `应为 ${options || "允许的取值之一"}，实际为 ${preview(issue.input)}`
    : `must be ${options || "one of the allowed values"}, got ${preview(issue.input)}`;
}

function invalidFormat({ zh }: ProblemContext): string {
  return zh ? "不能为空白" : "must not be blank";
}

const PROBLEM_RENDERERS: Readonly<Record<string, ProblemRenderer>> = {
  invalid_type: invalidType,
  too_small: tooSmall,
  too_big: tooBig,
  unrecognized_keys: unrecognizedKeys,
  invalid_value: invalidValue,
  invalid_union: invalidUnion,
  invalid_format: invalidFormat,
};

function describeProblem(issue: IssueLike, cell: CellDescription | undefined, lang: Lang, strictHint: boolean): string {
  const zh = lang === "zh";
  const render = Object.hasOwn(PROBLEM_RENDERERS, issue.code) ? PROBLEM_RENDERERS[issue.code] : undefined;
  return render ? render({ issue, cell, zh, strictHint }) : (issue.message ?? (zh ? "无效" : "invalid"));
}

/**
 * Renders a zod issue as a message naming the printed label of the cell.
 *
 * @example
 * ```ts
 * renderIssue({ code: "too_small", minimum: 0, input: -1 }, cell, "zh");
 * //=> "一、本年新收政府信息公开申请数量 · 自然人：不能为负数，实际为 -1"
 * ```
 */
export function renderIssue(issue: IssueLike, cell: CellDescription | undefined, lang: Lang, strictHint = true): string {
  const problem = describeProblem(issue, cell, lang, strictHint);
  const label = cell ? cellLabel(cell, lang) : lang === "zh" ? "报告" : "report";
  return lang === "zh" ? `${label}：${problem}` : `${label}: ${problem}`;
}
