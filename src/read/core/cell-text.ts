/**
 * Cleaning a printed cell's text before it is read: whitespace of every kind
 * collapsed, and a bracketed annotation after a number (`22（其中修订16件）`)
 * separated from the number it annotates.
 */
import { isSpace } from "../../labeled/normalize.js";

/**
 * Collapses every run of whitespace (no-break and ideographic spaces, line breaks) to one space and trims.
 *
 * @example
 * ```ts
 * cleanCellText(" 0\u00a0\n");
 * //=> "0"
 * ```
 */
export function cleanCellText(text: string): string {
  let out = "";
  let space = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) space = out.length > 0;
    else {
      if (space) out += " ";
      space = false;
      out += text[index];
    }
  }
  return out;
}

const ANNOTATED = /^([+\-−－]?\s*[0-9０-９][0-9０-９,，.．]*\s*(?:项|件|个|万元|万|元)?)\s*[（(]([^()（）]{1,80})[)）]$/u;

/**
 * Splits `22（其中修订16件）` into the number as printed and its annotation; `undefined` when the
 * text is not a number followed by one bracketed note.
 *
 * @example
 * ```ts
 * splitAnnotation("22（其中修订16件）");
 * //=> { value: "22", annotation: "其中修订16件" }
 * ```
 */
export function splitAnnotation(text: string): { value: string; annotation: string } | undefined {
  const match = ANNOTATED.exec(text);
  if (!match) return undefined;
  return { value: (match[1] as string).trim(), annotation: match[2] as string };
}
