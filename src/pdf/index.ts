/**
 * `zfxxgk/pdf` — read a published report from PDF bytes. The PDF's text layer
 * is taken with unpdf (pdf.js packaged to run without a worker or canvas in
 * Node, browsers and edge runtimes), an optional peer dependency: install
 * `unpdf` to use this entry. Without it, every function returns the error
 * `pdf-unavailable` saying what to install; nothing is thrown.
 *
 * pdf.js stays in this entry only: `zfxxgk` and `zfxxgk/read` never load it.
 *
 * @packageDocumentation
 */
import { readFailure } from "../read/core/assemble.js";
import type { ReadError, ReadOptions, ReadResult } from "../read/core/types.js";
import { readItems } from "../read/items/index.js";
import type { TextItem } from "../read/items/lines.js";
import { type DocumentInput, type ReadDocumentOptions, readDocument as readAnyDocument } from "../read/document.js";

export type { TextItem } from "../read/items/lines.js";

/** The PDF's text items, or why there are none. */
export type PdfTextItemsResult =
  | { readonly success: true; readonly data: readonly TextItem[]; readonly pages: number; readonly error?: undefined }
  | { readonly success: false; readonly error: ReadError; readonly data?: undefined };

/** The part of unpdf this entry uses. */
interface PdfModule {
  getDocumentProxy(data: Uint8Array): Promise<PdfDocument>;
}

interface PdfDocument {
  readonly numPages: number;
  getPage(page: number): Promise<{ getTextContent(): Promise<{ items: readonly unknown[] }> }>;
  destroy?(): Promise<void> | void;
}

interface RawItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

/** Loads the optional peer; `undefined` when it is not installed. */
export type PdfLoader = () => Promise<PdfModule | undefined>;

const loadUnpdf: PdfLoader = async () => {
  try {
    return (await import("unpdf")) as unknown as PdfModule;
  } catch {
    return undefined;
  }
};

function isRawItem(item: unknown): item is RawItem {
  const raw = item as Partial<RawItem> | null;
  return !!raw && typeof raw.str === "string" && Array.isArray(raw.transform) && raw.transform.length >= 6;
}

function failure(code: ReadError["code"], lang: "zh" | "en", detail?: { zh: string; en: string }): { success: false; error: ReadError } {
  const result = readFailure(code, { input: "pdf", format: null, formatEvidence: [], tables: [] }, { lang, ...(detail ? { detail } : {}) });
  return { success: false, error: result.error as ReadError };
}

function bytesOf(input: unknown): Uint8Array | undefined {
  // A copy: pdf.js may detach the buffer it is given.
  if (input instanceof Uint8Array) return new Uint8Array(input);
  if (input instanceof ArrayBuffer) return new Uint8Array(input.slice(0));
  return undefined;
}

/**
 * Internal: the text items of a PDF with a given loader (tests pass a loader that finds no peer).
 */
export async function pdfTextItemsWith(input: unknown, load: PdfLoader, lang: "zh" | "en" = "zh"): Promise<PdfTextItemsResult> {
  const bytes = bytesOf(input);
  if (!bytes) return failure("invalid-input", lang);
  if (bytes.length < 5 || String.fromCharCode(...bytes.subarray(0, 5)) !== "%PDF-") {
    return failure("pdf-unreadable", lang, { zh: "（不是 PDF：文件不以 %PDF- 开头）", en: "(not a PDF: it does not start with %PDF-)" });
  }
  const module = await load();
  if (!module) return failure("pdf-unavailable", lang);
  let document: PdfDocument | undefined;
  try {
    document = await module.getDocumentProxy(bytes);
    const items: TextItem[] = [];
    for (let page = 1; page <= document.numPages; page++) {
      const content = await (await document.getPage(page)).getTextContent();
      for (const item of content.items) {
        if (!isRawItem(item)) continue;
        const [, , c, d, x, y] = item.transform as [number, number, number, number, number, number];
        items.push({ str: item.str, x, y, width: item.width, height: item.height || Math.hypot(c, d), page });
      }
    }
    if (!items.some((item) => item.str.trim() !== "")) {
      return failure("pdf-unreadable", lang, { zh: "（没有文字层：可能是扫描件）", en: "(no text layer: probably a scan)" });
    }
    return { success: true, data: items, pages: document.numPages };
  } catch (error) {
    return failure("pdf-unreadable", lang, { zh: `（${String(error)}）`, en: `(${String(error)})` });
  } finally {
    try {
      await document?.destroy?.();
    } catch {
      // Nothing to release.
    }
  }
}

/**
 * The positioned text items of a PDF (`{ str, x, y, width, height, page }`, the input of `fromTextItems`).
 * Needs the optional peer `unpdf`; never throws.
 *
 * @example
 * ```ts
 * const result = await pdfTextItems(new TextEncoder().encode("not a pdf"));
 * result.success || result.error.code;
 * //=> "pdf-unreadable"
 * ```
 */
export function pdfTextItems(bytes: Uint8Array | ArrayBuffer, options: Pick<ReadOptions, "lang"> = {}): Promise<PdfTextItemsResult> {
  return pdfTextItemsWith(bytes, loadUnpdf, options.lang ?? "zh");
}

/** Internal: `readPdf` with a given loader. */
export async function readPdfWith(bytes: unknown, options: ReadOptions, load: PdfLoader): Promise<ReadResult> {
  const items = await pdfTextItemsWith(bytes, load, options.lang ?? "zh");
  if (!items.success) return { success: false, error: items.error, notes: [], detected: { input: "pdf", format: null, formatEvidence: [], tables: [] } };
  return readItems(items.data, options, "pdf");
}

/**
 * Reads a published report from PDF bytes (text layer): the same result as every reader of `zfxxgk/read`,
 * with the page and position of every cell. A PDF without a text layer ends in `pdf-unreadable`; without
 * the optional peer `unpdf` installed, in `pdf-unavailable`. Never throws.
 *
 * @example
 * ```ts
 * const result = await readPdf(new Uint8Array([1, 2, 3]));
 * result.success || result.error.code;
 * //=> "pdf-unreadable"
 * ```
 */
export function readPdf(bytes: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<ReadResult> {
  return readPdfWith(bytes, options, loadUnpdf);
}

/**
 * `readDocument` of `zfxxgk/read` with this entry's {@link readPdf}: HTML, DOM nodes, page text
 * and PDF bytes, each to its reader. Never throws.
 *
 * @example
 * ```ts
 * const result = await readDocument("<p>无关的页面</p>");
 * result.success || result.error.code;
 * //=> "no-report-found"
 * ```
 */
export function readDocument(input: DocumentInput, options: ReadDocumentOptions = {}): Promise<ReadResult> {
  return readAnyDocument(input, { ...options, readPdf: options.readPdf ?? readPdf });
}
