/**
 * The checked-report view as HTML strings, with no DOM: the three tables in
 * the official layout of the report's format (cells marked by the findings
 * that read them, blanks distinct from zeros, reader notes attached) and the
 * findings grouped by rule, each linked to its cells. The web page and
 * `zfxxgk check --html` render the same view from here.
 */
import {
  APPLICANT_COLUMNS,
  type ApplicantKey,
  LEGAL_PERSON_GROUP,
  LEGAL_PERSON_KEYS,
  LITIGATION_GROUP,
  OUTCOME_COLUMNS,
  REVIEW_GROUPS,
  SECTIONS,
  type Label,
  type TableId,
} from "../layout/labels.js";
import { APPLICANT_HEADER, layoutOf, type RowSpec } from "../labeled/labels.js";
import { fromPointer, getAt } from "../layout/pointer.js";
import type { Format } from "../schema/report.js";
import { VIEW_TEXT, type ViewLang } from "./text.js";

/** A finding as the view needs it (the shape `check` returns). */
export interface ViewFinding {
  readonly ruleId: string;
  readonly severity: "error" | "warning" | "info";
  readonly paths: readonly string[];
  readonly message: string;
  readonly assessable?: false;
}

/** A note about one cell (a reader's note, a migration loss…). */
export interface ViewNote {
  readonly pointer?: string;
  readonly kind: string;
  readonly message: { readonly zh: string; readonly en: string };
}

/** A repair suggestion for one cell. */
export interface ViewSuggestion {
  readonly pointer: string;
  readonly suggested: number | null;
  readonly text: string;
}

/** Everything one report's view shows. */
export interface ReportView {
  /** A name for the report (file name). */
  readonly name: string;
  /** The report (strict or lenient), or `null` when none could be read. */
  readonly report: Readonly<Record<string, unknown>> | null;
  readonly findings: readonly ViewFinding[];
  readonly notes?: readonly ViewNote[];
  readonly suggestions?: readonly ViewSuggestion[];
  /** Why there is no report, or a structural problem summary. */
  readonly problem?: string;
  /** One line on how the input was read (kind, format and its evidence). */
  readonly detected?: string;
}

const RANK = { info: 1, warning: 2, error: 3 } as const;

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml(`<a href="x">&</a>`);
 * //=> "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => ENTITY[character] as string);
}

const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function valueAt(report: Readonly<Record<string, unknown>>, pointer: string): unknown {
  return getAt(report, fromPointer(pointer));
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "object" && value !== null && "value" in value) {
    const amount = value as { value: unknown; unit: unknown };
    return `${String(amount.value)} ${String(amount.unit)}`;
  }
  return String(value);
}

/** The DOM id of a cell: `cell-` and the pointer with `/` as `.`. */
export function cellId(view: number, pointer: string): string {
  return `r${view}-cell${pointer.replace(/[^A-Za-z0-9]/gu, ".")}`;
}

interface CellState {
  readonly severity?: "error" | "warning" | "info";
  /** Part of a derivation in a failing relation (not one of its own cells). */
  readonly involved?: "error" | "warning" | "info";
  readonly undecided: boolean;
  readonly rules: readonly string[];
}

/**
 * The cells a finding is about, as opposed to the parts a blank total was derived from:
 * a t3.balance finding lists every part of a blank （七）总计, but the relation is between four cells.
 */
const PRIMARY: Readonly<Record<string, RegExp>> = {
  "t3.balance": /^\/applications\/(?:received|carriedOver|carriedForward|outcomes\/total)\//u,
  "t3.outcomes-total": /^\/applications\/outcomes\/total\//u,
  "t3.applicant-total": /\/total$/u,
  "t4.total": /\/total$/u,
};

function primaryPaths(finding: ViewFinding): ReadonlySet<string> {
  const pattern = PRIMARY[finding.ruleId];
  const primary = pattern ? finding.paths.filter((path) => pattern.test(path)) : [];
  return new Set(primary.length > 0 ? primary : finding.paths);
}

function cellStates(findings: readonly ViewFinding[]): Map<string, CellState> {
  const states = new Map<string, { severity?: "error" | "warning" | "info"; involved?: "error" | "warning" | "info"; undecided: boolean; rules: string[] }>();
  for (const finding of findings) {
    const primary = primaryPaths(finding);
    for (const path of finding.paths) {
      const state = states.get(path) ?? { undecided: false, rules: [] };
      if (!state.rules.includes(finding.ruleId)) state.rules.push(finding.ruleId);
      if (finding.assessable === false) state.undecided = true;
      else if (!primary.has(path)) {
        if (!state.involved || RANK[finding.severity] > RANK[state.involved]) state.involved = finding.severity;
      } else if (!state.severity || RANK[finding.severity] > RANK[state.severity]) state.severity = finding.severity;
      states.set(path, state);
    }
  }
  return states;
}

function label(text: Label, lang: ViewLang): string {
  return lang === "zh" ? text.zh : `${text.en}`;
}

function relationsOf(table: TableId, format: Format, pointer: string): string[] {
  if (table === "三") return ["t3.balance", "t3.outcomes-total", "t3.applicant-total"];
  if (table === "四") return ["t4.total"];
  if (format === "2019" && /\/(published|totalPublished)$/u.test(pointer)) return ["t2.published-within-total"];
  return [];
}

interface Context {
  readonly index: number;
  readonly view: ReportView;
  readonly report: Readonly<Record<string, unknown>>;
  readonly format: Format;
  readonly lang: ViewLang;
  readonly states: Map<string, CellState>;
  readonly notes: Map<string, ViewNote[]>;
  readonly suggestions: Map<string, ViewSuggestion>;
}

function cell(context: Context, row: RowSpec, key: string): string {
  const column = row.columns.find((spec) => spec.key === key);
  if (!column) return `<td class="na"></td>`;
  const { lang } = context;
  const text = VIEW_TEXT[lang];
  const value = valueAt(context.report, column.pointer);
  const state = context.states.get(column.pointer);
  const notes = context.notes.get(column.pointer) ?? [];
  const suggestion = context.suggestions.get(column.pointer);
  const classes = ["v"];
  if (value === null || value === undefined) classes.push("blank");
  else if (value === 0) classes.push("zero");
  if (state?.severity) classes.push(`f-${state.severity}`);
  else if (state?.involved) classes.push(`in-${state.involved}`);
  else if (state?.undecided) classes.push("f-undecided");
  if (notes.length > 0) classes.push("noted");
  if (suggestion) classes.push("suggested");
  const title = [
    `${row.path.map((part) => label(part, lang)).join(" / ")} · ${label(column.label, lang)}`,
    `${text.value}: ${value === null || value === undefined ? text.blank : shown(value)}`,
    `${text.relations}: ${relationsOf(row.table, context.format, column.pointer).join(", ") || "—"}`,
    ...(state ? [`${text.failing}: ${state.rules.join(", ")}`] : []),
    ...notes.map((note) => `${text.note}: ${note.message[lang]}`),
    ...(suggestion ? [`${text.suggestion}: ${suggestion.text}`] : []),
  ].join("\n");
  const badge = suggestion ? `<span class="sugg" aria-hidden="true">→${escapeHtml(shown(suggestion.suggested))}</span>` : "";
  return `<td id="${cellId(context.index, column.pointer)}" class="${classes.join(" ")}" tabindex="0" data-pointer="${escapeHtml(column.pointer)}" title="${escapeHtml(title)}">${escapeHtml(shown(value))}${badge}</td>`;
}

function table2(context: Context): string {
  const rows = layoutOf(context.format).rows.filter((row) => row.table === "二");
  const blocks = new Map<string, RowSpec[]>();
  for (const row of rows) {
    const block = row.path.length > 1 ? (row.path[0] as Label).zh : "";
    blocks.set(block, [...(blocks.get(block) ?? []), row]);
  }
  const width = Math.max(...rows.map((row) => row.columns.length)) + 1;
  let html = "";
  for (const [, blockRows] of blocks) {
    const first = blockRows[0] as RowSpec;
    if (first.path.length > 1) html += `<tr><th class="block" colspan="${width}">${escapeHtml(label(first.path[0] as Label, context.lang))}</th></tr>`;
    const columns = first.columns;
    html += `<tr><th>${escapeHtml(VIEW_TEXT[context.lang].content)}</th>${columns
      .map((column, at) => `<th${at === columns.length - 1 ? ` colspan="${width - columns.length}"` : ""}>${escapeHtml(label(column.label, context.lang))}</th>`)
      .join("")}</tr>`;
    for (const row of blockRows) {
      const last = row.path[row.path.length - 1] as Label;
      html += `<tr><th scope="row">${escapeHtml(label(last, context.lang))}</th>${row.columns
        .map((column, at) => cell(context, row, column.key).replace("<td ", at === row.columns.length - 1 && width - row.columns.length > 1 ? `<td colspan="${width - row.columns.length}" ` : "<td "))
        .join("")}</tr>`;
    }
  }
  return `<table class="t t2"><caption>${escapeHtml(label(SECTIONS.proactive, context.lang))}</caption><tbody>${html}</tbody></table>`;
}

function table3(context: Context): string {
  const { lang } = context;
  const keys = Object.keys(APPLICANT_COLUMNS) as ApplicantKey[];
  const head =
    `<tr><th rowspan="3" colspan="3" class="corner"></th><th colspan="7">${escapeHtml(label(APPLICANT_HEADER, lang))}</th></tr>` +
    `<tr><th rowspan="2">${escapeHtml(label(APPLICANT_COLUMNS.naturalPerson, lang))}</th><th colspan="5">${escapeHtml(label(LEGAL_PERSON_GROUP, lang))}</th><th rowspan="2">${escapeHtml(label(APPLICANT_COLUMNS.total, lang))}</th></tr>` +
    `<tr>${LEGAL_PERSON_KEYS.map((key) => `<th>${escapeHtml(label(APPLICANT_COLUMNS[key], lang))}</th>`).join("")}</tr>`;
  const rows = layoutOf(context.format).rows.filter((row) => row.table === "三");
  let body = "";
  const seenGroups = new Set<string>();
  for (const row of rows) {
    for (let depth = 1; depth < row.path.length - 1; depth++) {
      const group = row.path.slice(0, depth + 1).map((part) => part.zh).join("/");
      if (seenGroups.has(group)) continue;
      seenGroups.add(group);
      body += `<tr class="group"><th scope="rowgroup" colspan="3" class="d${depth}">${escapeHtml(label(row.path[depth] as Label, lang))}</th><td colspan="7" class="na"></td></tr>`;
    }
    if (row.path.length > 1 && !seenGroups.has((row.path[0] as Label).zh)) {
      seenGroups.add((row.path[0] as Label).zh);
      body += `<tr class="group"><th scope="rowgroup" colspan="10" class="d0">${escapeHtml(label(row.path[0] as Label, lang))}</th></tr>`;
    }
    const depth = row.path.length - 1;
    body += `<tr><th scope="row" colspan="3" class="d${depth}">${escapeHtml(label(row.path[depth] as Label, lang))}</th>${keys.map((key) => cell(context, row, key)).join("")}</tr>`;
  }
  return `<table class="t t3"><caption>${escapeHtml(label(SECTIONS.applications, lang))}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function table4(context: Context): string {
  const { lang } = context;
  const columns = Object.keys(OUTCOME_COLUMNS) as (keyof typeof OUTCOME_COLUMNS)[];
  const rows = layoutOf(context.format).rows.filter((row) => row.table === "四");
  const byGroup = (key: keyof typeof REVIEW_GROUPS) => rows.find((row) => row.pointer.endsWith(`/${key}`)) as RowSpec;
  const head =
    `<tr><th colspan="5" rowspan="2">${escapeHtml(label(REVIEW_GROUPS.review, lang))}</th><th colspan="10">${escapeHtml(label(LITIGATION_GROUP, lang))}</th></tr>` +
    `<tr><th colspan="5">${escapeHtml(label(REVIEW_GROUPS.litigationDirect, lang))}</th><th colspan="5">${escapeHtml(label(REVIEW_GROUPS.litigationAfterReview, lang))}</th></tr>` +
    `<tr>${[0, 1, 2].map(() => columns.map((key) => `<th>${escapeHtml(label(OUTCOME_COLUMNS[key], lang))}</th>`).join("")).join("")}</tr>`;
  const data = (["review", "litigationDirect", "litigationAfterReview"] as const)
    .map((group) => columns.map((key) => cell(context, byGroup(group), key)).join(""))
    .join("");
  return `<table class="t t4"><caption>${escapeHtml(label(SECTIONS.reviewAndLitigation, lang))}</caption><thead>${head}</thead><tbody><tr>${data}</tr></tbody></table>`;
}

function findingItems(context: Context, findings: readonly ViewFinding[]): string {
  const { lang, index } = context;
  const text = VIEW_TEXT[lang];
  const groups = new Map<string, ViewFinding[]>();
  for (const finding of findings) groups.set(finding.ruleId, [...(groups.get(finding.ruleId) ?? []), finding]);
  const ordered = [...groups].sort(([, a], [, b]) => worst(b) - worst(a));
  return ordered
    .map(
      ([ruleId, group]) =>
        `<section class="rule"><h4><code>${escapeHtml(ruleId)}</code> <span class="count">${group.length}</span></h4><ul>${group
          .map((finding) => {
            const kind = finding.assessable === false ? "undecided" : finding.severity;
            const links = [...new Set(primaryPaths(finding))]
              .filter((path) => path.startsWith("/"))
              .slice(0, 8)
              .map((path) => `<a href="#${cellId(index, path)}" data-pointer="${escapeHtml(path)}">${escapeHtml(path.split("/").slice(-2).join("/"))}</a>`)
              .join(" ");
            return `<li class="f-${kind}"><span class="sev">${escapeHtml(text.severity[kind])}</span> ${escapeHtml(finding.message)}${links ? `<div class="links">${links}</div>` : ""}</li>`;
          })
          .join("")}</ul></section>`,
    )
    .join("");
}

/** Decided findings first, grouped by rule; relations left open by blanks folded away below them. */
function findingsList(context: Context): string {
  const { view, lang } = context;
  const text = VIEW_TEXT[lang];
  const decided = view.findings.filter((finding) => finding.assessable !== false);
  const undecided = view.findings.filter((finding) => finding.assessable === false);
  const clean = decided.length === 0 ? `<p class="clean">${escapeHtml(text.noFindings)}</p>` : "";
  const open = undecided.length > 0 ? `<details class="undecided"><summary>${escapeHtml(text.severity.undecided)} (${undecided.length})</summary>${findingItems(context, undecided)}</details>` : "";
  return `<div class="findings">${clean}${findingItems(context, decided)}${open}</div>`;
}

function worst(findings: readonly ViewFinding[]): number {
  return Math.max(...findings.map((finding) => (finding.assessable === false ? 0 : RANK[finding.severity])));
}

function notesList(view: ReportView, lang: ViewLang): string {
  const notes = view.notes ?? [];
  if (notes.length === 0) return "";
  return `<details class="notes"><summary>${escapeHtml(VIEW_TEXT[lang].notes)} (${notes.length})</summary><ul>${notes
    .map((note) => `<li><code>${escapeHtml(note.kind)}</code> ${escapeHtml(note.message[lang])}</li>`)
    .join("")}</ul></details>`;
}

/**
 * One report's view: heading, how it was read, findings, notes, and the three tables.
 *
 * @example
 * ```ts
 * renderReport({ name: "x.json", report: null, findings: [], problem: "不是报告" }, 0, "zh").includes("不是报告");
 * //=> true
 * ```
 */
export function renderReport(view: ReportView, index: number, lang: ViewLang): string {
  const text = VIEW_TEXT[lang];
  const report = view.report;
  const format = report && (report.format === "2019" || report.format === "2021") ? (report.format as Format) : null;
  const heading = `<h3>${escapeHtml(view.name)}${report ? ` — ${escapeHtml(shown(report.agency) || text.unknownAgency)} ${escapeHtml(shown(report.year))}` : ""}${format ? ` <span class="fmt">${escapeHtml(text.format)} ${format}</span>` : ""}</h3>`;
  const detected = view.detected ? `<p class="detected">${escapeHtml(view.detected)}</p>` : "";
  const problem = view.problem ? `<p class="problem" role="alert">${escapeHtml(view.problem)}</p>` : "";
  if (!report || !format) return `<article class="report" id="report-${index}">${heading}${problem}${detected}${notesList(view, lang)}</article>`;
  const notes = new Map<string, ViewNote[]>();
  for (const note of view.notes ?? []) if (note.pointer) notes.set(note.pointer, [...(notes.get(note.pointer) ?? []), note]);
  const suggestions = new Map<string, ViewSuggestion>();
  for (const suggestion of view.suggestions ?? []) if (!suggestions.has(suggestion.pointer)) suggestions.set(suggestion.pointer, suggestion);
  const context: Context = { index, view, report, format, lang, states: cellStates(view.findings), notes, suggestions };
  const counts = (["error", "warning", "info"] as const).map((severity) => view.findings.filter((f) => f.severity === severity && f.assessable !== false).length);
  const undecided = view.findings.filter((finding) => finding.assessable === false).length;
  const summary = `<p class="summary">${escapeHtml(text.summary(counts[0] as number, counts[1] as number, counts[2] as number, undecided))}</p>`;
  const advice = [...new Set((view.suggestions ?? []).map((suggestion) => suggestion.text))];
  const suggestionList = advice.length > 0 ? `<ul class="advice">${advice.map((text) => `<li>${escapeHtml(text)}</li>`).join("")}</ul>` : "";
  return `<article class="report" id="report-${index}">${heading}${problem}${detected}${summary}${suggestionList}${findingsList(context)}${notesList(view, lang)}<div class="tables">${table2(context)}${table3(context)}${table4(context)}</div></article>`;
}

/**
 * The legend explaining the cell marks.
 *
 * @example
 * ```ts
 * renderLegend("en").includes("blank");
 * //=> true
 * ```
 */
export function renderLegend(lang: ViewLang): string {
  const text = VIEW_TEXT[lang];
  return `<p class="legend"><span class="v f-error">1</span> ${escapeHtml(text.legend.error)} <span class="v f-warning">1</span> ${escapeHtml(text.legend.warning)} <span class="v f-undecided">1</span> ${escapeHtml(text.legend.undecided)} <span class="v blank"></span> ${escapeHtml(text.legend.blank)} <span class="v zero">0</span> ${escapeHtml(text.legend.zero)} <span class="v noted">1</span> ${escapeHtml(text.legend.noted)}</p>`;
}
