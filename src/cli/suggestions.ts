// Text rendering of locateErrors suggestions under a file's (or a series') failing findings.
import type { Suggestion } from "../locate/locate-errors.js";
import type { Finding } from "../rules/types.js";
import type { Lang } from "../schema/registry.js";
import { escapeForTerminal } from "./escape.js";

/** How many suggestions are printed per file (the rest are in the library's result). */
export const SHOWN_SUGGESTIONS = 3;

/**
 * Lines naming the cells that are probably wrong, best first, for the findings that carry
 * suggestions (`validateReport(…, { suggest: true })` semantics); `""` when none asked.
 *
 * @example
 * ```ts
 * renderSuggestions(findings, "zh");
 * //=> "  → 可能有误：（七）总计 · 自然人 印为 35，若为 43 则 3 条关系成立\n"
 * ```
 */
export function renderSuggestions(findings: readonly Finding[], lang: Lang, maxCells = 3): string {
  const asked = findings.filter((finding) => finding.suggestions !== undefined);
  if (asked.length === 0) return "";
  const seen = new Map<string, Suggestion>();
  for (const finding of asked) for (const suggestion of finding.suggestions ?? []) if (!seen.has(suggestion.message)) seen.set(suggestion.message, suggestion);
  const all = [...seen.values()].sort((a, b) => b.plausibility - a.plausibility);
  if (all.length === 0) {
    const none = lang === "zh" ? `改动不超过 ${maxCells} 格无法使上述关系全部成立` : `no change of at most ${maxCells} cells makes these relations hold`;
    return `  → ${none}\n`;
  }
  const lines = all.slice(0, SHOWN_SUGGESTIONS).map((suggestion) => `  → ${escapeForTerminal(suggestion.message)}`);
  if (all.length > SHOWN_SUGGESTIONS)
    lines.push(lang === "zh" ? `  → 另有 ${all.length - SHOWN_SUGGESTIONS} 种同样少改动的解释（见 locateErrors）` : `  → ${all.length - SHOWN_SUGGESTIONS} more explanations with as few changes (see locateErrors)`);
  return `${lines.join("\n")}\n`;
}
