/**
 * Tolerant label matching for the readers: what print and conversion do to
 * official labels (characters missing, truncation, traditional characters)
 * on top of the exact, alias-aware matching of `matchRow` / `matchColumn`.
 * A fuzzy match is accepted only when one official label fits clearly better
 * than every other one of the same table, with the same numbering.
 */
import type { TableId } from "../../layout/labels.js";
import { layoutOf, matchRow, type RowSpec } from "../../labeled/labels.js";
import { normalizeLabel, splitPath } from "../../labeled/normalize.js";
import type { Format } from "../../schema/report.js";

/**
 * Traditional characters that occur in the official labels, each with its simplified form
 * (pairs written as traditional then simplified). Enough for mirror pages that convert
 * a report to traditional characters; not a general converter.
 *
 * @example
 * ```ts
 * TRADITIONAL_PAIRS.includes("規规");
 * //=> true
 * ```
 */
export const TRADITIONAL_PAIRS: readonly string[] = [
  "規规", "範范", "許许", "處处", "罰罚", "強强", "業业", "費费", "採采", "購购", "對对", "務务", "項项", "數数", "總总",
  "額额", "製制", "發发", "廢废", "現现", "單单", "萬万", "內内", "條条", "請请", "況况", "組组", "織织", "機机", "構构",
  "會会", "護护", "權权", "計计", "結结", "轉转", "辦办", "開开", "區区", "這这", "屬属", "於于", "國国", "險险", "穩稳",
  "類类", "過过", "執执", "詢询", "無无", "關关", "沒没", "補补", "後后", "確确", "訪访", "舉举", "報报", "訴诉", "複复",
  "覆复", "復复", "獲获", "繼继", "續续", "議议", "審审", "維维", "糾纠", "經经", "動动", "繳缴", "納纳", "頭头", "資资",
  "與与", "為为", "當当", "讓让", "應应", "歸归", "決决", "據据", "號号", "實实", "際际", "體体", "題题", "進进",
  "態态", "適适", "職职", "訊讯", "門门", "問问", "間间", "幣币", "價价", "說说", "稅税", "樣样", "設设",
];

const TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(TRADITIONAL_PAIRS.map((pair) => [pair[0] as string, pair[1] as string]));
const HAS_TRADITIONAL = new RegExp(`[${[...TO_SIMPLIFIED.keys()].join("")}]`, "u");

/**
 * Replaces the traditional characters of the label table by their simplified forms.
 *
 * @example
 * ```ts
 * toSimplified("行政規範性文件");
 * //=> { text: "行政规范性文件", changed: true }
 * ```
 */
export function toSimplified(text: string): { text: string; changed: boolean } {
  if (!HAS_TRADITIONAL.test(text)) return { text, changed: false };
  let changed = false;
  let out = "";
  for (const char of text) {
    const simple = TO_SIMPLIFIED.get(char);
    if (simple !== undefined) {
      changed = true;
      out += simple;
    } else out += char;
  }
  return changed ? { text: out, changed } : { text, changed };
}

const NUMBERING = /^(?:\d+\.|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/u;

function splitNumbering(normalized: string): { number: string; body: string } {
  const match = NUMBERING.exec(normalized);
  return match ? { number: match[0], body: normalized.slice(match[0].length) } : { number: "", body: normalized };
}

/** Length of the longest common subsequence (labels are short; inputs are capped). */
function commonLength(left: string, right: string): number {
  const a = left.slice(0, 80);
  const b = right.slice(0, 80);
  let previous = new Uint8Array(b.length + 1);
  let current = new Uint8Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const char = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      current[j] = char === b.charCodeAt(j - 1) ? (previous[j - 1] as number) + 1 : Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/** How close a printed label is to an official one (0…1); 0 when their numbering differs. */
function similarity(printed: string, official: string): number {
  const left = splitNumbering(printed);
  const right = splitNumbering(official);
  if (left.number !== "" && left.number !== right.number) return 0;
  const a = left.body;
  const b = right.body;
  // A truncated label: the printed text is the start of the official one (at least 6 characters).
  if (a.length >= 6 && a.length < b.length && b.startsWith(a)) return 0.9;
  // The score 2c/(|a|+|b|) reaches ACCEPT only when the shorter is at least 2/3 of the longer.
  if (a.length === 0 || b.length === 0 || 3 * Math.min(a.length, b.length) < 2 * Math.max(a.length, b.length)) return 0;
  const common = commonLength(a, b);
  if (common < 3) return 0;
  return (2 * common) / (a.length + b.length);
}

const normalizedLists = new WeakMap<readonly string[], readonly (readonly [string, string])[]>();

/** Accept a fuzzy match at or above this similarity… */
const ACCEPT = 0.8;
/** …and only when the runner-up is at least this much further away. */
const MARGIN = 0.1;

/**
 * The one official label a printed label stands for, when it is clearly closer to it than to
 * any other candidate (characters missing, a truncated end); `undefined` otherwise.
 *
 * @example
 * ```ts
 * fuzzyLabel("2.其他法律行政止公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "2.重复申请"]);
 * //=> "2.其他法律行政法规禁止公开"
 * ```
 */
export function fuzzyLabel(printed: string, candidates: readonly string[]): string | undefined {
  let normalizedCandidates = normalizedLists.get(candidates);
  if (!normalizedCandidates) {
    normalizedCandidates = [...new Set(candidates)].map((candidate) => [candidate, normalizeLabel(candidate)] as const);
    normalizedLists.set(candidates, normalizedCandidates);
  }
  const normalized = normalizeLabel(toSimplified(printed).text);
  let best: string | undefined;
  let bestScore = 0;
  let second = 0;
  for (const [candidate, official] of normalizedCandidates) {
    const score = similarity(normalized, official);
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = candidate;
    } else if (score > second) second = score;
  }
  return best !== undefined && bestScore >= ACCEPT && bestScore - second >= MARGIN ? best : undefined;
}

const vocabularies = new Map<string, readonly string[]>();

/**
 * Every official row and group label of a table in a format (the words a row label may be).
 *
 * @example
 * ```ts
 * rowVocabulary("2021", "四");
 * //=> ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
 * ```
 */
export function rowVocabulary(format: Format, table: TableId): readonly string[] {
  const key = `${format}|${table}`;
  let words = vocabularies.get(key);
  if (!words) {
    const found = new Set<string>();
    for (const row of layoutOf(format).rows) {
      if (row.table !== table) continue;
      for (const label of row.path) if (!label.zh.startsWith("第二十条")) found.add(label.zh);
    }
    words = [...found];
    vocabularies.set(key, words);
  }
  return words;
}

/** A row label recognised, and how. */
export interface RowLabelMatch {
  /** The data row, or `undefined` when the label names a group (a label without cells of its own). */
  readonly row?: RowSpec;
  /** The group's official path, when the label names a group. */
  readonly group?: readonly string[];
  /** Printed segments replaced by an official label through {@link fuzzyLabel}. */
  readonly fuzzy: readonly { readonly printed: string; readonly official: string }[];
  /** True when traditional characters were converted to recognise it. */
  readonly traditional: boolean;
  /** The documented alias the label was recognised through (`规范性文件` in a 2021 table), if any. */
  readonly alias?: { readonly printed: string; readonly official: string };
}

/**
 * Recognises a printed row label path (`三、本年度办理结果/（三）不予公开/2.其他法律行政止公开`) in a
 * table of a format: exactly (with the documented aliases) first, then with traditional
 * characters converted, then segment by segment through {@link fuzzyLabel}.
 *
 * @example
 * ```ts
 * matchRowLabel("2021", "三", ["（三）不予公开", "2.其他法律行政止公开"])?.row?.pointer;
 * //=> "/applications/outcomes/withheld/prohibitedByLaw"
 * ```
 */
export function matchRowLabel(format: Format, table: TableId, segments: readonly string[]): RowLabelMatch | undefined {
  const key = `${format}|${table}|${segments.join("\u0000")}`;
  if (rowMatches.has(key)) return rowMatches.get(key);
  const found = matchRowLabelUncached(format, table, segments);
  if (rowMatches.size > 20_000) rowMatches.clear();
  rowMatches.set(key, found);
  return found;
}

const rowMatches = new Map<string, RowLabelMatch | undefined>();

function matchRowLabelUncached(format: Format, table: TableId, segments: readonly string[]): RowLabelMatch | undefined {
  const layout = layoutOf(format);
  const parts = segments.flatMap((segment) => splitPath(segment)).filter((segment) => segment.length > 0);
  if (parts.length === 0) return undefined;
  const attempt = (path: readonly string[]) => {
    const match = matchRow(layout, table, path.join("/"));
    const alias = match.kind === "row" || match.kind === "group" ? match.alias : undefined;
    const via = alias ? { alias: { printed: alias.text, official: alias.targets.map((target) => target.zh).join("/") } } : {};
    if (match.kind === "row") return { row: match.row, ...via };
    if (match.kind === "group") return { group: match.path.map((label) => label.zh), ...via };
    return undefined;
  };
  const exact = attempt(parts);
  if (exact) return { ...exact, fuzzy: [], traditional: false };
  const simplified = parts.map((part) => toSimplified(part));
  const traditional = simplified.some((part) => part.changed);
  const plain = simplified.map((part) => part.text);
  if (traditional) {
    const converted = attempt(plain);
    if (converted) return { ...converted, fuzzy: [], traditional };
  }
  const words = rowVocabulary(format, table);
  const known = new Set(words.map((word) => normalizeLabel(word)));
  const fuzzy: { printed: string; official: string }[] = [];
  const repaired = plain.map((part, index) => {
    if (known.has(normalizeLabel(part))) return part;
    const official = fuzzyLabel(part, words);
    if (official === undefined) return part;
    fuzzy.push({ printed: parts[index] as string, official });
    return official;
  });
  if (fuzzy.length === 0) return undefined;
  const found = attempt(repaired);
  return found ? { ...found, fuzzy, traditional } : undefined;
}

// ─── Used by the text reader (fromText) ─────────────────────────────────────

const ROW_NUMBERING = /^(?:\d{1,2}\.|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)/u;

function splitRowNumbering(label: string): { numbering: string; body: string } {
  const match = ROW_NUMBERING.exec(label);
  return match ? { numbering: match[0], body: label.slice(match[0].length) } : { numbering: "", body: label };
}

/** Length of the longest common subsequence (labels are short: quadratic is fine). */
function rowLcs(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** One official label to match against, with what it stands for. */
export interface LabelCandidate<Value> {
  readonly label: string;
  readonly value: Value;
}

/**
 * The one candidate a printed label stands for when it is not printed exactly: same numbering,
 * nearly every printed character found in order in the official label, and most of the official
 * label present. `undefined` when no candidate or more than one fits equally well.
 *
 * @example
 * ```ts
 * fuzzyRowMatch("2.其他法律行政止公开", [
 *   { label: "1.属于国家秘密", value: "stateSecret" },
 *   { label: "2.其他法律行政法规禁止公开", value: "prohibitedByLaw" },
 * ]);
 * //=> "prohibitedByLaw"
 * ```
 */
export function fuzzyRowMatch<Value>(printed: string, candidates: readonly LabelCandidate<Value>[]): Value | undefined {
  const norm = normalizeLabel(printed);
  if (norm.length < 3 || norm.length > 80) return undefined;
  const mine = splitRowNumbering(norm);
  if (mine.body.length < 3) return undefined;
  const scored: { value: Value; score: number }[] = [];
  for (const candidate of candidates) {
    const official = splitRowNumbering(normalizeLabel(candidate.label));
    if (official.numbering !== mine.numbering || official.body === mine.body) continue;
    const common = rowLcs(mine.body, official.body);
    if (common < 0.9 * mine.body.length || common < 0.7 * official.body.length) continue;
    scored.push({ value: candidate.value, score: common / Math.max(mine.body.length, official.body.length) });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) return undefined;
  if (second && second.score >= best.score - 0.1) return undefined;
  return best.value;
}
