/**
 * A whole self-contained HTML file of checked reports (inline CSS, no
 * script, no external request): what `zfxxgk check --html out.html` writes
 * for people who receive results by e-mail.
 */
import { escapeHtml, renderLegend, renderReport, type ReportView } from "./render.js";
import { VIEW_CSS } from "./style.js";
import type { ViewLang } from "./text.js";

const TITLE = { zh: "政府信息公开工作年度报告检查结果", en: "Annual report check results" } as const;

/**
 * Renders checked reports as one self-contained HTML document.
 *
 * @example
 * ```ts
 * const html = renderDocument([{ name: "a.json", report: null, findings: [], problem: "文件为空。" }], "zh");
 * [html.startsWith("<!doctype html>"), html.includes("<script")];
 * //=> [true, false]
 * ```
 */
export function renderDocument(views: readonly ReportView[], lang: ViewLang, generated?: string): string {
  const title = TITLE[lang];
  const stamp = generated ? `<p class="detected">${escapeHtml(generated)}</p>` : "";
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${VIEW_CSS}main{max-width:1320px;margin:0 auto;padding:8px 16px}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${stamp}${renderLegend(lang)}
${views.map((view, index) => renderReport(view, index, lang)).join("\n")}
</main></body></html>
`;
}
