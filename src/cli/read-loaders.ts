/**
 * Loaders for published reports (`zfxxgk/read`): HTML pages, page text and
 * PDFs become reports that `check` and `migrate` handle like JSON files.
 */
import type { ReadResult } from "../read/core/types.js";
import { DEFAULT_MAX_BYTES, type InputLoader, type InputSource, type LoadResult } from "./inputs.js";

/**
 * The largest published page read: 4 MiB, like JSON (a Word export is a few hundred kilobytes).
 * The HTML reader holds about 70 times the page's size at its peak (a 6 MiB page: 440 MB), so
 * the 16 MiB allowed before could take more than a gigabyte.
 */
const PAGE_MAX_BYTES = DEFAULT_MAX_BYTES;
/**
 * The largest PDF read: 16 MiB (a published report is well under 2 MiB). pdf.js holds about
 * 13 times the file at its peak (a 50 MB file: 662 MB), so the 64 MiB allowed before could pass
 * the run's memory bound.
 */
const PDF_MAX_BYTES = 16 * 1024 * 1024;
/** A PDF's header `%PDF-` must start within its first 1,024 bytes (ISO 32000, 7.5.2). */
const PDF_HEADER_WITHIN = 1024;

function toLoadResult(result: ReadResult, source: InputSource): LoadResult {
  if (result.success) return { success: true, data: result.data, notes: result.notes };
  return { success: false, error: { code: result.error.code, message: `${source.name}: ${result.error.messages[source.lang]}` }, notes: result.notes };
}

async function load(source: InputSource): Promise<LoadResult> {
  // The readers (and their HTML parser) load with the first published page, not at start-up.
  const { readDocument } = await import("../pdf/index.js");
  return toLoadResult(await readDocument(source.bytes, { lang: source.lang }), source);
}

function startsWithMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<table") || head.startsWith("<meta") || head.startsWith("<div") || head.startsWith("<p");
}

/** An HTML page (`.html`, `.htm`), read with `fromHtml`. */
export const htmlLoader: InputLoader = { kind: "html", extensions: [".html", ".htm"], maxBytes: PAGE_MAX_BYTES, sniff: startsWithMarkup, load };

/** Page text (`.txt`), read with `fromText`. */
export const textLoader: InputLoader = { kind: "text", extensions: [".txt"], maxBytes: PAGE_MAX_BYTES, load };

/** Whether `%PDF-` starts within the first 1,024 bytes. */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 5, PDF_HEADER_WITHIN - 5);
  for (let index = 0; index <= end; index += 1) {
    if (bytes[index] === 0x25 && bytes[index + 1] === 0x50 && bytes[index + 2] === 0x44 && bytes[index + 3] === 0x46 && bytes[index + 4] === 0x2d) return true;
  }
  return false;
}

/** A file named `.pdf` without a PDF header is refused before pdf.js is loaded (it would hold many times its size). */
function loadPdf(source: InputSource): Promise<LoadResult> | LoadResult {
  if (hasPdfHeader(source.bytes)) return load(source);
  const message = source.lang === "en" ? `${source.name}: not a PDF (no %PDF- header in its first 1,024 bytes).` : `${source.name}：不是 PDF 文件（前 1024 字节中没有 %PDF- 文件头）。`;
  return { success: false, error: { code: "pdf-unreadable", message } };
}

/** A PDF (`.pdf`), read by `zfxxgk/pdf` when the optional peer `unpdf` is installed. */
export const pdfLoader: InputLoader = {
  kind: "pdf",
  extensions: [".pdf"],
  maxBytes: PDF_MAX_BYTES,
  sniff: (bytes) => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46,
  load: loadPdf,
};

/** The loaders of published reports, in the order they are tried. */
export const READ_LOADERS: readonly InputLoader[] = [htmlLoader, pdfLoader, textLoader];
