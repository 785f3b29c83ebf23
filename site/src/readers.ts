/**
 * The page's bridge to the readers of published reports (zfxxgk/read). One
 * place, so the page keeps working while the readers grow.
 */
import type { ViewNote } from "../../src/view/render.js";
import type { ViewLang } from "../../src/view/text.js";

/** A published document read into a report, or why not. */
export type Published =
  | { readonly success: true; readonly report: Record<string, unknown>; readonly notes: readonly ViewNote[]; readonly detected: string }
  | { readonly success: false; readonly message: string; readonly notes: readonly ViewNote[] };

/** Reads an HTML page, page text or PDF bytes. */
export async function readPublished(_input: string | Uint8Array, lang: ViewLang): Promise<Published> {
  return {
    success: false,
    notes: [],
    message: lang === "zh" ? "此版本尚不能读取网页、文字或 PDF。" : "This build cannot read pages, text or PDF yet.",
  };
}
