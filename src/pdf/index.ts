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
import type { ReadOptions, ReadResult } from "../read/core/types.js";
import { type DocumentInput, type ReadDocumentOptions, readDocument as readAnyDocument } from "../read/document.js";
import { loadUnpdf, type PdfTextItemsResult, pdfTextItemsWith, readPdfWith } from "./load.js";

export type { TextItem } from "../read/items/lines.js";
export type { PdfTextItemsResult } from "./load.js";

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
