/**
 * The human output of `zfxxgk check`: one block per file, the series groups
 * and a summary line. Every untrusted string (file names, organs, messages
 * quoting cell text or labels) is escaped; colour is added after escaping.
 */
import { NOTE_KINDS } from "../labeled/notes.js";
import type { Finding } from "../rules/types.js";
import type { Lang } from "../schema/registry.js";
import { escapeForTerminal as clean, escapeLines } from "./escape.js";
import type { LoaderNote } from "./inputs.js";
import type { FileResult, Processed, RunSummary, SeriesGroup } from "./results.js";

/** Colours for the terminal; identity functions when colour is off. */
export interface Palette {
  readonly error: (text: string) => string;
  readonly warning: (text: string) => string;
  readonly info: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly ok: (text: string) => string;
}

const sgr = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;

/** The palette: ANSI colours when `enabled`, plain text otherwise. */
export function palette(enabled: boolean): Palette {
  const plain = (text: string) => text;
  return enabled
    ? { error: sgr(31, 39), warning: sgr(33, 39), info: sgr(36, 39), dim: sgr(2, 22), bold: sgr(1, 22), ok: sgr(32, 39) }
    : { error: plain, warning: plain, info: plain, dim: plain, bold: plain, ok: plain };
}

/**
 * Whether to colour: `--color`/`--no-color` first, then `FORCE_COLOR` (`0`
 * turns it off, anything else on), then `NO_COLOR` (any non-empty value turns
 * it off, see no-color.org), else whether the output is a terminal.
 *
 * @example
 * ```ts
 * useColour({ NO_COLOR: "1" }, true, undefined);
 * //=> false
 * ```
 */
export function useColour(env: Readonly<Record<string, string | undefined>>, isTTY: boolean, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTTY;
}

const MARKS = {
  zh: { error: "✖ 错误", warning: "⚠ 警告", info: "ℹ 提示", unassessable: "? 无法判断", schema: "✖ 结构", ok: "✔ 未发现问题", skipped: "- 跳过", link: "↪" },
  en: { error: "✖ error", warning: "⚠ warning", info: "ℹ info", unassessable: "? not assessable", schema: "✖ schema", ok: "✔ no findings", skipped: "- skipped", link: "↪" },
} as const;

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, information and the unassessable, each in catalogue order. */
function ordered(findings: readonly Finding[]): Finding[] {
  const rank = (finding: Finding) => (finding.assessable === false ? 3 : RANK[finding.severity]);
  return [...findings].sort((a, b) => rank(a) - rank(b));
}

/** Options of the human output. */
export interface TextOptions {
  readonly lang: Lang;
  readonly colour: Palette;
  /** List every reader note, not only warnings. */
  readonly allNotes: boolean;
  /** List every undecided check, not one line per rule. */
  readonly all: boolean;
  /** `--quiet`: only paths with something failing are printed (their findings already filtered to errors). */
  readonly quiet?: boolean;
  /**
   * Lines printed under a finding (indented by the caller), e.g. a suggested
   * repair; none by default.
   */
  readonly below?: (finding: Finding, result: FileResult | undefined) => readonly string[];
}

/**
 * One finding as one line: marker, rule id, message (escaped), and `where`
 * (e.g. the files of a series finding).
 *
 * @example
 * ```ts
 * renderFinding({ ruleId: "t4.total", severity: "error", message: "总计 5，应等于 4", … }, { lang: "zh", colour: palette(false), allNotes: false, all: false });
 * //=> "  ✖ 错误 [t4.total] 总计 5，应等于 4"
 * ```
 */
export function renderFinding(finding: Finding, options: TextOptions, where = ""): string {
  const { lang, colour } = options;
  const mark =
    finding.assessable === false
      ? colour.dim(MARKS[lang].unassessable)
      : finding.severity === "error"
        ? colour.error(MARKS[lang].error)
        : finding.severity === "warning"
          ? colour.warning(MARKS[lang].warning)
          : colour.info(MARKS[lang].info);
  return `  ${mark} ${colour.dim(`[${finding.ruleId}]`)} ${clean(finding.message)}${where ? `  ${clean(where)}` : ""}`;
}

/**
 * Finding lines: every decided finding in full (with the `below` lines under
 * it); the unassessable ones (a blank cell kept a rule from deciding) one line
 * per rule unless `all`, since a sparsely filled table yields dozens.
 */
export function renderFindings(findings: readonly Finding[], options: TextOptions, result?: FileResult, where?: (finding: Finding) => string): string[] {
  const { lang, colour } = options;
  const lines: string[] = [];
  const undecided = new Map<string, number>();
  for (const finding of ordered(findings)) {
    if (finding.assessable === false && !options.all) {
      undecided.set(finding.ruleId, (undecided.get(finding.ruleId) ?? 0) + 1);
      continue;
    }
    lines.push(renderFinding(finding, options, where?.(finding)));
    for (const line of options.below?.(finding, result) ?? []) lines.push(`      ${clean(line)}`);
  }
  for (const [ruleId, count] of undecided)
    lines.push(
      lang === "zh"
        ? `  ${colour.dim(MARKS.zh.unassessable)} ${colour.dim(`[${ruleId}]`)} ${count} 处因单元格空白无法判断（--all 逐条列出）`
        : `  ${colour.dim(MARKS.en.unassessable)} ${colour.dim(`[${ruleId}]`)} ${count} ${count === 1 ? "check" : "checks"} undecided because of blank cells (--all lists them)`,
    );
  return lines;
}

/** Whether a loader note is a warning (labelled-table kinds, or a reader's `level`). */
export function isWarningNote(note: LoaderNote): boolean {
  const level = (NOTE_KINDS as Record<string, { level?: string }>)[note.kind]?.level ?? (note as { level?: string }).level;
  return level === "warning";
}

function renderNotes(notes: readonly LoaderNote[], options: TextOptions): string[] {
  const { lang, colour } = options;
  const counts = new Map<string, number>();
  for (const note of notes) counts.set(note.kind, (counts.get(note.kind) ?? 0) + 1);
  const warnings = notes.filter(isWarningNote);
  const summary = [...counts.entries()].map(([kind, count]) => `${clean(kind)} ${count}`).join(" · ");
  const lines = [
    lang === "zh" ? `  读取注记 ${notes.length} 条（警告 ${warnings.length}）：${summary}` : `  reader notes: ${notes.length} (${warnings.length} warnings): ${summary}`,
  ];
  const shown = options.allNotes ? notes : warnings.slice(0, 10);
  for (const note of shown) lines.push(`    ${isWarningNote(note) ? colour.warning("⚠") : "·"} ${clean(note.kind)}: ${clean(note.message[lang])}`);
  const hidden = notes.length - shown.length;
  if (hidden > 0 && shown.length === 0) lines[0] += lang === "zh" ? "（--notes 逐条列出）" : " (--notes lists them)";
  else if (hidden > 0) lines.push(lang === "zh" ? `    另有 ${hidden} 条注记，用 --notes 查看全部` : `    ${hidden} more notes; --notes lists them all`);
  return lines;
}

/** The human-readable block of one path. */
export function renderFileResult(processed: Processed, options: TextOptions): string {
  const { result } = processed;
  const { lang, colour } = options;
  if (options.quiet && (result.skipped || (!result.error && result.issues.length === 0 && result.findings.length === 0))) return "";
  const name = `${colour.bold(clean(result.file))}${result.link ? colour.dim(lang === "zh" ? "（符号链接，已跟随）" : " (symbolic link, followed)") : ""}`;
  if (result.skipped) return `${colour.dim(`${MARKS[lang].skipped} ${clean(result.file)}${lang === "zh" ? "：" : ": "}${clean(result.skipped.message)}`)}\n`;
  const lines = [name];
  if (result.error) {
    lines.push(`  ${colour.error("✖")} ${clean(result.error.message)}`);
    if (processed.excerpt) lines.push(...escapeLines(processed.excerpt).split("\n").map((line) => `      ${line}`));
  } else {
    const unknown = lang === "zh" ? "未知" : "unknown";
    const agency = result.agency === null ? unknown : clean(result.agency);
    lines.push(
      lang === "zh"
        ? `  格式 ${result.format ?? unknown} · 年度 ${result.year ?? unknown} · 机关 ${agency}${result.input === "labeled" ? " · 按标签的表格" : ""}`
        : `  format ${result.format ?? unknown} · year ${result.year ?? unknown} · organ ${agency}${result.input === "labeled" ? " · labelled tables" : ""}`,
    );
    for (const issue of result.issues) lines.push(`  ${colour.error(MARKS[lang].schema)} ${clean(issue.path || "/")}  ${clean(issue.message)}`);
    lines.push(...renderFindings(result.findings, options, result));
    if (result.issues.length === 0 && result.findings.length === 0) lines.push(`  ${colour.ok(MARKS[lang].ok)}`);
  }
  if (result.notes.length > 0) lines.push(...renderNotes(result.notes, options));
  return `${lines.join("\n")}\n`;
}

/** A followed link to a folder: one line. */
export function renderFollowedFolder(file: string, message: string, options: TextOptions): string {
  return `${options.colour.dim(`${MARKS[options.lang].link} ${clean(file)}${options.lang === "zh" ? "：" : ": "}${clean(message)}`)}\n`;
}

/** The series checks of one organ. */
export function renderSeries(group: SeriesGroup, options: TextOptions): string {
  const { lang, colour } = options;
  const organ = group.agency === null ? (lang === "zh" ? "机关未知" : "organ unknown") : clean(group.agency);
  const lines = [
    colour.bold(
      lang === "zh"
        ? `系列检查：${organ}（同一机关各年度，${group.files.length} 份报告）`
        : `series check: ${organ} (one organ's years, ${group.files.length} ${group.files.length === 1 ? "report" : "reports"})`,
    ),
  ];
  group.files.forEach((file, index) => lines.push(`  ${index}: ${clean(file)} (${group.years[index] ?? "?"})`));
  if (group.files.length < 2) {
    lines.push(lang === "zh" ? "  只有一个年度，没有可比较的" : "  only one year; nothing to compare");
    return `${lines.join("\n")}\n`;
  }
  const where = (finding: Finding) => {
    const involved = [...new Set(finding.paths.map((path) => Number(/^\/(\d+)/.exec(path)?.[1])).filter((index) => Number.isInteger(index)))].sort((a, b) => a - b);
    const names = involved.map((index) => group.files[index]).filter(Boolean);
    return names.length ? `(${names.join(", ")})` : "";
  };
  lines.push(...renderFindings(group.findings, options, undefined, where));
  if (group.findings.length === 0) lines.push(`  ${colour.ok(MARKS[lang].ok)}`);
  return `${lines.join("\n")}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** The summary line (and, when nothing was checked, why that is not a pass). */
export function renderSummary(summary: RunSummary, options: TextOptions): string {
  const { lang, colour } = options;
  const skipped = Object.values(summary.skipped).reduce((sum, count) => sum + count, 0);
  const special = summary.skipped["not-regular-file"] + summary.skipped["dangling-symlink"] + summary.skipped["symlink-loop"] + summary.skipped["already-walked"];
  const status = summary.exitStatus === 0 ? colour.ok : summary.exitStatus === 1 ? colour.error : colour.error;
  const line =
    lang === "zh"
      ? `共 ${summary.checked} 个文件：错误 ${summary.errors} · 警告 ${summary.warnings} · 提示 ${summary.infos} · 无法判断 ${summary.unassessable} · 结构不符 ${summary.invalid} 个文件 · 无法使用 ${summary.unreadable} 个文件` +
        (summary.noteWarnings > 0 ? ` · 读取警告 ${summary.noteWarnings}` : "") +
        (skipped > 0 ? ` · 跳过 ${skipped} 个路径${special > 0 ? `（其中特殊文件或链接 ${special}）` : ""}` : "") +
        (summary.linksFollowed > 0 ? ` · 跟随符号链接 ${summary.linksFollowed}` : "")
      : `${plural(summary.checked, "file")}: ${plural(summary.errors, "error")} · ${plural(summary.warnings, "warning")} · ${summary.infos} info · ${summary.unassessable} not assessable · ${summary.invalid} with structure issues · ${summary.unreadable} unusable` +
        (summary.noteWarnings > 0 ? ` · ${plural(summary.noteWarnings, "reader warning")}` : "") +
        (skipped > 0 ? ` · ${plural(skipped, "path")} skipped${special > 0 ? ` (${special} special files or links)` : ""}` : "") +
        (summary.linksFollowed > 0 ? ` · ${plural(summary.linksFollowed, "symbolic link")} followed` : "");
  const lines = [status(line)];
  if (summary.checked === 0 && summary.unreadable === 0)
    lines.push(colour.error(lang === "zh" ? "没有可检查的文件：没有检查任何内容，不算通过" : "no file to check: nothing was checked, which is not a pass"));
  return `${lines.join("\n")}\n`;
}
