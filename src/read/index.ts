/**
 * `zfxxgk/read` — read 政府信息公开工作年度报告 as published (HTML pages, DOM
 * nodes, page text, PDF text items) into lenient reports, with the source of
 * every cell and a note for everything not read. Deterministic; never guesses.
 *
 * @packageDocumentation
 */
export { assemble, type CellText, type Extraction, formatOfYear, placementOf, readFailure, rowLabelOf, type SectionTexts } from "./core/assemble.js";
export { type PageMeta, readPageMeta } from "./core/meta.js";
export { READ_ERRORS, READ_NOTE_KINDS, type ReadNoteKind } from "./core/notes.js";
export type {
  Detected,
  DetectedTable,
  InputKind,
  Provenance,
  ReadError,
  ReadErrorCode,
  ReadFailure,
  ReadNote,
  ReadOptions,
  ReadResult,
  ReadSuccess,
} from "./core/types.js";
export * from "./html/index.js";
export { decodePage, type DocumentInput, isPdf, looksLikeHtml, type PdfReader, type ReadDocumentOptions, readDocument } from "./document.js";
export * from "./text/index.js";
export * from "./items/index.js";
