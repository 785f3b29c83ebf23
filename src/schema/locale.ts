import * as z from "zod";
import type { Lang } from "./registry.js";

// zod installs its English locale when the first schema is built; zfxxgk's own
// messages stay Chinese under that default, and follow any locale the user sets
// later with z.config(z.locales.xx()) — Chinese for a Chinese locale, else English.
let defaultLocale: unknown;
let noted = false;
const localeLangs = new WeakMap<object, Lang>();

/** Records zod's locale as it is when zfxxgk builds its schemas (called once per schema, cheap). */
export function noteDefaultLocale(): void {
  if (noted) return;
  noted = true;
  defaultLocale = z.config().localeError;
}

function probe(localeError: z.core.$ZodErrorMap): Lang {
  try {
    const out = localeError({ code: "invalid_type", expected: "number", input: "x", path: [] } as unknown as z.core.$ZodRawIssue);
    const text = typeof out === "string" ? out : (out as { message?: string } | undefined)?.message ?? "";
    return /[\u3400-\u9fff]/.test(text) ? "zh" : "en";
  } catch {
    return "en";
  }
}

/**
 * The language of the schemas' own messages (`Report.safeParse(…).error.issues[…].message`):
 * Chinese by default; after `z.config(z.locales.en())` (or any locale set once zfxxgk is
 * loaded) the language of that locale — Chinese for a Chinese locale, otherwise English.
 */
export function schemaLang(): Lang {
  const current = z.config().localeError;
  if (!current || current === defaultLocale) return "zh";
  let lang = localeLangs.get(current);
  if (!lang) {
    lang = probe(current);
    localeLangs.set(current, lang);
  }
  return lang;
}
