/**
 * Tolerant matching of a printed label against official labels, for labels
 * printed with characters missing (`2.其他法律行政止公开`) or truncated. Only
 * a unique, close candidate with the same numbering is accepted; the caller
 * notes every match it takes from here (`label-fuzzy`).
 */
import { normalizeLabel } from "../../labeled/normalize.js";

const NUMBERING = /^(?:\d{1,2}\.|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)/u;

function split(label: string): { numbering: string; body: string } {
  const match = NUMBERING.exec(label);
  return match ? { numbering: match[0], body: label.slice(match[0].length) } : { numbering: "", body: label };
}

/** Length of the longest common subsequence (labels are short: quadratic is fine). */
function lcs(a: string, b: string): number {
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
  const mine = split(norm);
  if (mine.body.length < 3) return undefined;
  const scored: { value: Value; score: number }[] = [];
  for (const candidate of candidates) {
    const official = split(normalizeLabel(candidate.label));
    if (official.numbering !== mine.numbering || official.body === mine.body) continue;
    const common = lcs(mine.body, official.body);
    if (common < 0.9 * mine.body.length || common < 0.7 * official.body.length) continue;
    scored.push({ value: candidate.value, score: common / Math.max(mine.body.length, official.body.length) });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) return undefined;
  if (second && second.score >= best.score - 0.1) return undefined;
  return best.value;
}
