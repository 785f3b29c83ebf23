/**
 * What the page does with a dropped file, without the DOM: decode, pick the
 * reader, validate and check, and build the view. Kept DOM-free so the same
 * steps can be tested in Node.
 */
import { checkSeries, fromLabeledTables, locateErrors, migrate, validateReport } from "../../src/index.js";
import type { ReportView, ViewFinding, ViewNote, ViewSuggestion } from "../../src/view/render.js";
import type { ViewLang } from "../../src/view/text.js";
import { readPublished } from "./readers.js";

/** Files larger than this are refused with a message (the page stays responsive). */
export const MAX_BYTES = 25 * 1024 * 1024;

/** One analysed report. */
export interface Analysed {
  readonly view: ReportView;
  /** The report as read (lenient), for download and migration. */
  readonly report: Record<string, unknown> | null;
}

const WORDS = {
  zh: {
    tooLarge: (size: number) => `文件过大（${(size / 1048576).toFixed(1)} MB），上限 25 MB。`,
    badJson: (message: string) => `不是有效的 JSON：${message}`,
    notReport: "JSON 中没有报告：需要含 format、proactive、applications、reviewAndLitigation 的报告，或含 tables 的按标签表格。",
    structure: (count: number, first: string) => `结构问题 ${count} 处，例如：${first}`,
    readAs: (kind: string, format: string, evidence: string) => `读取方式：${kind}；格式 ${format}（依据：${evidence}）`,
    labeled: "按标签的表格",
    canonical: "报告 JSON",
    empty: "文件为空。",
    binary: "无法识别的文件（不是文字、网页、JSON 或 PDF）。",
  },
  en: {
    tooLarge: (size: number) => `File too large (${(size / 1048576).toFixed(1)} MB); the limit is 25 MB.`,
    badJson: (message: string) => `Not valid JSON: ${message}`,
    notReport: "No report in this JSON: expected a report with format, proactive, applications and reviewAndLitigation, or labelled tables with tables.",
    structure: (count: number, first: string) => `${count} structural problem(s), e.g. ${first}`,
    readAs: (kind: string, format: string, evidence: string) => `Read as: ${kind}; format ${format} (evidence: ${evidence})`,
    labeled: "labelled tables",
    canonical: "report JSON",
    empty: "The file is empty.",
    binary: "Unrecognised file (not text, a web page, JSON or PDF).",
  },
} as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checked(name: string, report: Record<string, unknown>, lang: ViewLang, extra: Partial<ReportView> = {}): Analysed {
  const validation = validateReport(report, { lang });
  const findings: ViewFinding[] = validation.findings.map((finding) => ({ ...finding }));
  const issues = validation.success ? [] : validation.error.issues;
  const problem = issues.length > 0 ? WORDS[lang].structure(issues.length, issues[0]?.message ?? "") : extra.problem;
  const suggestions = suggest(report, findings, lang);
  return {
    view: { name, report, findings, ...extra, ...(problem ? { problem } : {}), ...(suggestions.length > 0 ? { suggestions } : {}) },
    report,
  };
}

/** The first repair suggestion when some arithmetic relation fails: which printed cells are probably wrong. */
function suggest(report: Record<string, unknown>, findings: readonly ViewFinding[], lang: ViewLang): ViewSuggestion[] {
  if (!findings.some((finding) => finding.severity === "error" && finding.assessable !== false)) return [];
  const located = locateErrors(report, { lang });
  if (!located.success) return [];
  const first = located.data[0];
  if (!first) return [];
  return first.changes.map((change) => ({ pointer: change.pointer, suggested: change.suggested, text: first.message }));
}

function fromJson(name: string, value: unknown, lang: ViewLang): Analysed[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => fromJson(`${name} #${index + 1}`, item, lang));
  if (!isObject(value)) return [{ view: { name, report: null, findings: [], problem: WORDS[lang].notReport }, report: null }];
  if (isObject(value.tables)) {
    const read = fromLabeledTables(value, { lang });
    const notes: ViewNote[] = read.notes.map((note) => ({ ...(note.pointer ? { pointer: note.pointer } : {}), kind: note.kind, message: note.message }));
    if (!read.success) return [{ view: { name, report: null, findings: [], notes, problem: read.error.message }, report: null }];
    const report = read.data as unknown as Record<string, unknown>;
    return [checked(name, report, lang, { notes, detected: WORDS[lang].readAs(WORDS[lang].labeled, String(report.format), "labels") })];
  }
  if ("format" in value || "applications" in value || "proactive" in value) return [checked(name, value, lang)];
  return [{ view: { name, report: null, findings: [], problem: WORDS[lang].notReport }, report: null }];
}

/** Share of characters that no text file holds (C0 controls other than tab and line breaks, U+FFFD). */
function junkShare(text: string): number {
  const sample = text.slice(0, 8192);
  let junk = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) junk++;
  }
  return sample.length === 0 ? 0 : junk / sample.length;
}

/** UTF-8 text, else GB18030 (GBK and GB2312 pages are common on government sites), else `null` for binary. */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("gb18030").decode(bytes);
  }
  return junkShare(text) > 0.02 ? null : text.replace(/^\uFEFF/u, "");
}

/**
 * Analyses one dropped or pasted input: JSON (a report, labelled tables, or an array of them),
 * an HTML page, page text or a PDF.
 */
export async function analyse(name: string, bytes: Uint8Array, lang: ViewLang): Promise<Analysed[]> {
  const words = WORDS[lang];
  if (bytes.length > MAX_BYTES) return [{ view: { name, report: null, findings: [], problem: words.tooLarge(bytes.length) }, report: null }];
  if (bytes.length === 0) return [{ view: { name, report: null, findings: [], problem: words.empty }, report: null }];
  const isPdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
  const decoded = isPdf ? "" : decodeText(bytes);
  if (decoded === null) return [{ view: { name, report: null, findings: [], problem: words.binary }, report: null }];
  const text = decoded;
  const trimmed = text.trimStart();
  if (!isPdf && (trimmed.startsWith("{") || trimmed.startsWith("["))) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return [{ view: { name, report: null, findings: [], problem: words.badJson(error instanceof Error ? error.message : String(error)) }, report: null }];
    }
    return fromJson(name, value, lang);
  }
  const read = await readPublished(isPdf ? bytes : text, lang);
  if (!read.success) return [{ view: { name, report: null, findings: [], notes: read.notes, problem: read.message }, report: null }];
  return [checked(name, read.report, lang, { notes: read.notes, detected: read.detected })];
}

/** Series findings over the analysed reports when two or more years of one organ were dropped together. */
export function seriesOf(analysed: readonly Analysed[], lang: ViewLang): { readonly indexes: readonly number[]; readonly findings: readonly ViewFinding[] } | null {
  const withReport = analysed.map((item, index) => ({ item, index })).filter(({ item }) => item.report && typeof item.report.year === "number");
  if (withReport.length < 2) return null;
  const agencies = new Set(withReport.map(({ item }) => String(item.report?.agency ?? "")));
  if (agencies.size !== 1) return null;
  const ordered = [...withReport].sort((a, b) => (a.item.report?.year as number) - (b.item.report?.year as number));
  const findings = checkSeries(
    ordered.map(({ item }) => item.report),
    { lang },
  ).map((finding) => ({ ...finding }));
  return { indexes: ordered.map(({ index }) => index), findings };
}

/** The report migrated to the other format, with its ledger. */
export function migrateOther(report: Record<string, unknown>): { readonly report: unknown; readonly losses: readonly { pointer: string; message: { zh: string; en: string } }[] } | null {
  const to = report.format === "2019" ? "2021" : "2019";
  const result = migrate(report, to);
  if (!result.success) return null;
  return { report: result.data, losses: result.losses.map((loss) => ({ pointer: loss.pointer, message: loss.message })) };
}

/** Findings as CSV (one row per finding; paths joined by spaces). */
export function findingsCsv(rows: readonly { name: string; finding: ViewFinding }[]): string {
  const quote = (value: string) => `"${value.replace(/"/gu, '""')}"`;
  const lines = ["file,ruleId,severity,assessable,paths,message"];
  for (const { name, finding } of rows) {
    lines.push([quote(name), finding.ruleId, finding.severity, finding.assessable === false ? "false" : "true", quote(finding.paths.join(" ")), quote(finding.message)].join(","));
  }
  return `${lines.join("\n")}\n`;
}
