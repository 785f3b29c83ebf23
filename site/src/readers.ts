/**
 * The page's bridge to the readers of published reports (zfxxgk/read and,
 * for PDF, zfxxgk/pdf with pdf.js bundled into the page — loaded only when a
 * PDF is dropped).
 */
import type { ReadResult } from "../../src/read/index.js";
import type { ViewNote } from "../../src/view/render.js";
import type { ViewLang } from "../../src/view/text.js";

/** A published document read into a report, or why not. */
export type Published =
  | { readonly success: true; readonly report: Record<string, unknown>; readonly notes: readonly ViewNote[]; readonly detected: string }
  | { readonly success: false; readonly message: string; readonly notes: readonly ViewNote[] };

const KIND = {
  zh: { html: "网页", dom: "网页", text: "网页文字", "text-items": "PDF 文字", pdf: "PDF" },
  en: { html: "web page", dom: "web page", text: "page text", "text-items": "PDF text", pdf: "PDF" },
} as const;

function describe(result: ReadResult, lang: ViewLang): string {
  const { detected } = result;
  const kind = KIND[lang][detected.input];
  const evidence = detected.formatEvidence.slice(0, 4).join("、") || "—";
  const tables = detected.tables.filter((table) => table.holds !== null).length;
  return lang === "zh"
    ? `读取方式：${kind}；格式 ${detected.format ?? "未定"}（依据：${evidence}）；找到统计表 ${tables} 张`
    : `Read as: ${kind}; format ${detected.format ?? "undetermined"} (evidence: ${evidence}); ${tables} statistical table(s) found`;
}

/** Reads an HTML page, page text or PDF bytes. */
export async function readPublished(input: string | Uint8Array, lang: ViewLang): Promise<Published> {
  const result: ReadResult =
    typeof input === "string"
      ? await (await import("../../src/read/index.js")).readDocument(input, { lang })
      : await (await import("../../src/pdf/index.js")).readPdf(input, { lang });
  const notes: ViewNote[] = result.notes.map((note) => ({ ...(note.pointer ? { pointer: note.pointer } : {}), kind: note.kind, message: note.message }));
  if (!result.success) {
    const images = result.error.images?.length ? ` (${result.error.images.slice(0, 5).join(", ")})` : "";
    return { success: false, message: `${result.error.message}${images}`, notes };
  }
  return { success: true, report: result.data as unknown as Record<string, unknown>, notes, detected: describe(result, lang) };
}
