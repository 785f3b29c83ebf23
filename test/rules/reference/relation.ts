import type { Lang } from "../../../src/schema/registry.js";
import { atMost, equal, type Interval, isExact } from "../../../src/rules/interval.js";
import type { CellRef } from "./layout.js";
import type { Term } from "./reader.js";
import { inexactMessage, outOfExactRange } from "./exact.js";
import type { RuleId } from "../../../src/rules/rule-id.js";
import type { Bilingual, Finding, Severity } from "../../../src/rules/types.js";

/** Message template of an equality that fails. */
export const EQUALS_TEMPLATE: Bilingual = {
  zh: "{context}：{left}，应等于{right}，相差 {diff}",
  en: "{context}: {left}, should equal {right}; difference {diff}",
};

/** Message template of an upper bound that fails. */
export const AT_MOST_TEMPLATE: Bilingual = {
  zh: "{context}：{left}，应不大于{right}，超出 {diff}",
  en: "{context}: {left}, should not exceed {right}; excess {diff}",
};

/** Message template of a relation that cannot be decided. */
export const NOT_ASSESSABLE_TEMPLATE: Bilingual = {
  zh: "{context}：无法判断（{relation}），因为{blanks}为空",
  en: "{context}: cannot decide ({relation}) because {blanks} {blankVerb} blank",
};

/** Suffix added to a finding when blanks were read as 0. */
export const ZEROED_TEMPLATE: Bilingual = {
  zh: "（按选项 blanks: \"zero\"，空白格按 0 计：{cells}）",
  en: " (option blanks: \"zero\": blank cells read as 0: {cells})",
};

/** A failure template with its `{context}` filled in (the rule record's message). */
export function withContext(template: Bilingual, context: Bilingual): Bilingual {
  return { zh: template.zh.replace("{context}", context.zh), en: template.en.replace("{context}", context.en) };
}

/** A template split at its placeholders: literal text at even positions, placeholder names at odd ones. */
type Compiled = readonly string[];

const compiled = new Map<string, Compiled>();
/** Bounds the memo of {@link fill}: series messages carry years, so their templates are open-ended. */
const COMPILED_LIMIT = 2000;

function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{([\w-]+)\}/);
    if (compiled.size >= COMPILED_LIMIT) compiled.clear();
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Fills `{name}` placeholders (a name not in `values` stays as written). Templates are split once
 * and memoised: messages are filled for every finding of every report.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  const parts = compile(template);
  let out = parts[0] as string;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index] as string;
    out += (name in values ? String(values[name]) : `{${name}}`) + (parts[index + 1] as string);
  }
  return out;
}

/** Formats a number for messages (no float noise). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/**
 * A side or term of a relation that fails, as printed. Never (−∞, +∞): a single blank cell prints
 * as "blank" (see {@link termText}), and a side holding a value unbounded both ways cannot fail.
 */
function intervalText(value: Interval, lang: Lang): string {
  if (isExact(value)) return formatNumber(value.lo);
  if (value.hi === Number.POSITIVE_INFINITY) return lang === "zh" ? `至少 ${formatNumber(value.lo)}` : `at least ${formatNumber(value.lo)}`;
  if (value.lo === Number.NEGATIVE_INFINITY) return lang === "zh" ? `至多 ${formatNumber(value.hi)}` : `at most ${formatNumber(value.hi)}`;
  return `${formatNumber(value.lo)}–${formatNumber(value.hi)}`;
}

function termText(term: Term, lang: Lang): string {
  const label = term.label[lang];
  const self = term.self;
  if (self && term.derived[0] === self) {
    const value = intervalText(term.value, lang);
    if (isExact(term.value))
      return lang === "zh" ? `${label} ${value}（空白，按分项推算）` : `${label} ${value} (blank, derived from its parts)`;
    return lang === "zh" ? `${label} ${value}（空白，按已填分项推算）` : `${label} ${value} (blank, bounded by its filled parts)`;
  }
  if (self && term.blanks[0] === self) return lang === "zh" ? `${label} 空白` : `${label} blank`;
  if (self && term.zeroed[0] === self) return lang === "zh" ? `${label} 0（空白按 0 计）` : `${label} 0 (blank read as 0)`;
  return `${label} ${intervalText(term.value, lang)}`;
}

function sideText(terms: readonly Term[], total: Interval, lang: Lang): string {
  const text = terms.map((term) => termText(term, lang)).join(" + ");
  return terms.length > 1 ? `${text} = ${intervalText(total, lang)}` : text;
}

function relationText(spec: RelationSpec): string {
  const side = (terms: readonly Term[]) => terms.map((term) => term.label[spec.lang]).join(" + ");
  return `${side(spec.left)} ${spec.op === "eq" ? "=" : "≤"} ${side(spec.right)}`;
}

function inexact(spec: RelationSpec): Finding {
  const message = inexactMessage(spec.text().context, relationText(spec), spec.lang);
  return { ruleId: spec.ruleId, severity: "info", paths: uniqueCells(spec.left, spec.right), message, assessable: false };
}

/** Up to this many items, dedupe by scanning (no Set or Map to build). */
const SMALL = 16;

/** The cells, each pointer once in first-seen order (holding its last ref, as a Map keyed by pointer would). */
function uniqueRefs(refs: readonly CellRef[]): readonly CellRef[] {
  if (refs.length <= 1) return refs;
  if (refs.length > SMALL) return [...new Map(refs.map((ref) => [ref.pointer, ref])).values()];
  const unique: CellRef[] = [];
  for (const ref of refs) {
    let at = 0;
    while (at < unique.length && (unique[at] as CellRef).pointer !== ref.pointer) at += 1;
    unique[at] = ref;
  }
  return unique;
}

/** The full labels of cells listed each once (see {@link uniqueRefs}): three named, the rest counted. */
function cellList(unique: readonly CellRef[], lang: Lang): string {
  const shown = unique.slice(0, 3).map((ref) => ref.full[lang]);
  const more = unique.length - shown.length;
  if (lang === "zh") return `${shown.join("、")}${more > 0 ? ` 等 ${unique.length} 格` : ""}`;
  return `${shown.join("; ")}${more > 0 ? ` and ${more} more cells` : ""}`;
}

/** Every cell the terms of both sides read, each once, in order (built only for a finding that is returned). */
function uniqueCells(left: readonly Term[], right: readonly Term[]): string[] {
  let count = 0;
  for (let index = 0; index < left.length; index += 1) count += (left[index] as Term).cells.length;
  for (let index = 0; index < right.length; index += 1) count += (right[index] as Term).cells.length;
  const paths: string[] = [];
  const seen = count > SMALL ? new Set<string>() : undefined;
  const add = (terms: readonly Term[]) => {
    for (let index = 0; index < terms.length; index += 1) {
      const cells = (terms[index] as Term).cells;
      for (let at = 0; at < cells.length; at += 1) {
        const cell = cells[at] as string;
        if (seen ? seen.has(cell) : paths.includes(cell)) continue;
        seen?.add(cell);
        paths.push(cell);
      }
    }
  };
  add(left);
  add(right);
  return paths;
}

/** The refs of one kind (blank, zeroed) of every term of both sides, in order. */
function refsOf(left: readonly Term[], right: readonly Term[], kind: "blanks" | "zeroed"): CellRef[] {
  const refs: CellRef[] = [];
  for (const term of left) for (const ref of term[kind]) refs.push(ref);
  for (const term of right) for (const ref of term[kind]) refs.push(ref);
  return refs;
}

/** The texts of a relation's finding, built only when there is one. */
export interface RelationText {
  /** Where the relation sits, e.g. `三、收到和处理政府信息公开申请情况（自然人列）`. */
  readonly context: string;
  /** The failure message with its placeholders other than `{left}`, `{right}`, `{diff}` filled. */
  readonly template: string;
}

/** A relation between two sides of terms, as the engine evaluates it for a rule. */
export interface RelationSpec {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly lang: Lang;
  /** The finding's context and template; called only when the relation fails or cannot be decided. */
  readonly text: () => RelationText;
  readonly left: readonly Term[];
  readonly right: readonly Term[];
  readonly op: "eq" | "le";
  /** Which side is the expected value (the other is what the report prints). */
  readonly expected: "left" | "right";
  /** Allowed difference. */
  readonly tolerance: number;
}

function sumOf(terms: readonly Term[]): Interval {
  let lo = 0;
  let hi = 0;
  for (const term of terms) {
    lo += term.value.lo;
    hi += term.value.hi;
  }
  return { lo, hi };
}

/**
 * Evaluates a relation; returns a finding when it fails or cannot be decided. The verdict is
 * computed on the intervals alone; texts and paths are built only for the finding returned.
 */
export function relate(spec: RelationSpec): Finding | undefined {
  if (outOfExactRange(spec.left, spec.right)) return inexact(spec);
  const left = sumOf(spec.left);
  const right = sumOf(spec.right);
  const verdict = spec.op === "eq" ? equal(left, right, spec.tolerance) : atMost(left, right, spec.tolerance);
  if (verdict === "holds") return undefined;
  const lang = spec.lang;
  const { context, template } = spec.text();
  const paths = uniqueCells(spec.left, spec.right);
  if (verdict === "unknown") {
    // Each blank once: two derivations of one total can read the same blank cell (the verb counts cells named).
    const blanks = uniqueRefs(refsOf(spec.left, spec.right, "blanks"));
    return {
      ruleId: spec.ruleId,
      severity: "info",
      paths,
      message: fill(NOT_ASSESSABLE_TEMPLATE[lang], {
        context,
        relation: relationText(spec),
        blanks: cellList(blanks, lang),
        blankVerb: blanks.length > 1 ? "are" : "is",
      }),
      assessable: false,
    };
  }
  const expectedSide = spec.expected === "left" ? left : right;
  const actualSide = spec.expected === "left" ? right : left;
  let expected: number;
  let actual: number;
  if (isExact(expectedSide) && isExact(actualSide)) {
    expected = expectedSide.lo;
    actual = actualSide.lo;
  } else if (expectedSide.hi < actualSide.lo) {
    expected = expectedSide.hi;
    actual = actualSide.lo;
  } else {
    expected = expectedSide.lo;
    actual = actualSide.hi;
  }
  const gap = spec.op === "eq" ? Math.abs(actual - expected) : left.lo - right.hi;
  const bounded = !isExact(left) || !isExact(right);
  const diff = bounded ? (lang === "zh" ? `至少 ${formatNumber(gap)}` : `at least ${formatNumber(gap)}`) : formatNumber(gap);
  let message = fill(template, {
    left: sideText(spec.left, left, lang),
    right: sideText(spec.right, right, lang),
    diff,
  });
  const zeroed = refsOf(spec.left, spec.right, "zeroed");
  if (zeroed.length > 0) message += fill(ZEROED_TEMPLATE[lang], { cells: cellList(uniqueRefs(zeroed), lang) });
  return { ruleId: spec.ruleId, severity: spec.severity, paths, message, expected, actual };
}
