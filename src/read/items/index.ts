/**
 * Positioned text items (a PDF's text layer) → report. The PDF bytes helper is `zfxxgk/pdf`.
 */
export { fromTextItems } from "./reader.js";
export type { TextItem } from "./lines.js";
