/**
 * `readDocument`: one entry for whatever a user holds — an HTML page, a DOM
 * node, page text, or PDF bytes — choosing the reader from the input itself.
 */
import { readFailure } from "./core/assemble.js";
import { detailOf, langOf, unreadableMessage } from "../safe.js";
import type { InputKind, ReadOptions, ReadResult } from "./core/types.js";
import { type DomNodeLike, fromDom, fromHtml } from "./html/index.js";
import * as textReader from "./text/index.js";

/** What {@link readDocument} accepts. */
export type DocumentInput = string | Uint8Array | ArrayBuffer | DomNodeLike;

type TextReader = (text: string, options?: ReadOptions) => ReadResult;
/** A PDF reader: `readPdf` of `zfxxgk/pdf`. */
export type PdfReader = (bytes: Uint8Array, options?: ReadOptions) => Promise<ReadResult> | ReadResult;

const MARKUP = /<(?:!doctype\s+html|html|head|body|table|tbody|tr|td|th|p|div|span|br|h[1-6])\b[^<>]*>/iu;

/**
 * True when a string is HTML markup rather than page text (a tag such as `<table>`, `<p>`, `<div>` near the start).
 *
 * @example
 * ```ts
 * [looksLikeHtml("<p>一、总体情况</p>"), looksLikeHtml("一、总体情况\n规章\t0")];
 * //=> [true, false]
 * ```
 */
export function looksLikeHtml(text: string): boolean {
  return MARKUP.test(text.slice(0, 200_000));
}

/**
 * True when bytes are a PDF (`%PDF` within the first kilobyte).
 *
 * @example
 * ```ts
 * isPdf(new TextEncoder().encode("%PDF-1.7\n"));
 * //=> true
 * ```
 */
export function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let index = 0; index + 3 < head.length; index++) {
    if (head[index] === 0x25 && head[index + 1] === 0x50 && head[index + 2] === 0x44 && head[index + 3] === 0x46) return true;
  }
  return false;
}

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu;

/**
 * Decodes page bytes: UTF-8 (with or without BOM) unless the page declares another charset
 * (GBK, GB2312 and GB18030 pages are common) or is not valid UTF-8, then GB18030.
 *
 * @example
 * ```ts
 * decodePage(new TextEncoder().encode("规章"));
 * //=> "规章"
 * ```
 */
export function decodePage(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const declared = CHARSET.exec(head)?.[1]?.toLowerCase();
  const legacy = declared !== undefined && /^(?:gb2312|gbk|gb18030|x-gbk)$/u.test(declared);
  if (!legacy) {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      // not UTF-8: fall through to GB18030
    }
  }
  try {
    return new TextDecoder("gb18030").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function kindless(input: InputKind) {
  return { input, format: null, formatEvidence: [], tables: [] } as const;
}

/** Options of {@link readDocument}: the readers' options, and the PDF reader to use for `%PDF` bytes. */
export interface ReadDocumentOptions extends ReadOptions {
  /**
   * Reads PDF bytes (`readPdf` of `zfxxgk/pdf`). `zfxxgk/read` ships no PDF code; `readDocument` of
   * `zfxxgk/pdf` passes it for you.
   */
  readonly readPdf?: PdfReader;
}

/**
 * Reads a published report from whatever the caller holds: markup goes to `fromHtml`, a DOM
 * node to `fromDom`, `%PDF` bytes to `options.readPdf` (`readDocument` of `zfxxgk/pdf` passes
 * its `readPdf`, which needs the optional peer `unpdf`; without a PDF reader the result is the
 * error `pdf-unavailable`), anything else to `fromText`. Never throws.
 *
 * @example
 * ```ts
 * const result = await readDocument("<p>无关的页面</p>");
 * result.success || result.error.code;
 * //=> "no-report-found"
 * ```
 */
export async function readDocument(input: DocumentInput, options: ReadDocumentOptions = {}): Promise<ReadResult> {
  try {
    return await readAnyDocument(input, options);
  } catch (error) {
    // Only a hostile input gets here (a Proxy whose traps throw): it resolves as invalid input, never rejects.
    const detail = unreadableMessage({ path: "", detail: detailOf(error) });
    return readFailure("invalid-input", kindless("text"), { lang: langOf(options), detail: { zh: `（${detail.zh}）`, en: ` (${detail.en})` } });
  }
}

async function readAnyDocument(input: DocumentInput, options: ReadDocumentOptions): Promise<ReadResult> {
  const lang = options.lang ?? "zh";
  const { readPdf: _readPdf, ...readerOptions } = options;
  if (typeof input === "string") return readString(input, readerOptions);
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) {
    const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    if (isPdf(bytes)) {
      const { readPdf, ...readOptions } = options;
      if (!readPdf) {
        return readFailure("pdf-unavailable", kindless("pdf"), {
          lang,
          detail: { zh: "（zfxxgk/read 不含 PDF 代码：请用 zfxxgk/pdf 的 readDocument 或 readPdf）", en: "(zfxxgk/read holds no PDF code: use readDocument or readPdf of zfxxgk/pdf)" },
        });
      }
      try {
        return await readPdf(bytes, readOptions);
      } catch (error) {
        return readFailure("internal-error", kindless("pdf"), { lang, detail: { zh: `（${String(error)}）`, en: `(${String(error)})` } });
      }
    }
    return readString(decodePage(bytes), readerOptions);
  }
  if (typeof input === "object" && input !== null && typeof (input as DomNodeLike).nodeType === "number") return fromDom(input as DomNodeLike, readerOptions);
  return readFailure("invalid-input", kindless("text"), { lang });
}

function readString(text: string, options: ReadOptions): ReadResult {
  if (looksLikeHtml(text)) return fromHtml(text, options);
  const fromText = (textReader as { fromText?: TextReader }).fromText;
  if (typeof fromText === "function") return fromText(text, options);
  return readFailure("no-report-found", kindless("text"), {
    lang: options.lang ?? "zh",
    detail: { zh: "（此版本尚无页面文字读取器）", en: "(this build has no page-text reader yet)" },
  });
}
