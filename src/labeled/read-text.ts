/** The prose sections 一, 五 and 六 of the labelled-table input. */
import { SECTIONS } from "../layout/labels.js";
import { rawText } from "./cells.js";
import { isPlainObject, own, type Plain, q, typeName } from "./input.js";
import type { Note } from "./notes.js";

const TEXT_KEYS = { 一: "overview", 五: "problems", 六: "other" } as const;
const TEXT_SECTIONS = { 一: SECTIONS.overview, 五: SECTIONS.problems, 六: SECTIONS.other } as const;

/** The prose of the report (absent when no section was given) and the notes about it. */
export interface TextReading {
  readonly text: Record<string, string> | undefined;
  readonly notes: readonly Note[];
}

function sectionNote(key: keyof typeof TEXT_KEYS, value: unknown): Note {
  const section = TEXT_SECTIONS[key];
  const pointer = `/text/${TEXT_KEYS[key]}`;
  if (value === undefined) {
    return { kind: "text-missing", table: "text", row: key, pointer, message: { zh: `未给出“${section.zh}”`, en: `“${section.en}” was not given` } };
  }
  return {
    kind: "invalid-input",
    table: "text",
    row: key,
    raw: rawText(value),
    pointer,
    message: { zh: `“${section.zh}”应为文字，实为 ${typeName(value)}，已忽略`, en: `“${section.en}” should be text, got ${typeName(value)}; ignored` },
  };
}

/** Reads `text`: each section that is text, a note for each missing or not text, and for unknown keys. */
export function readText(input: Plain): TextReading {
  const text = own(input, "text");
  const notes: Note[] = [];
  if (text !== undefined && !isPlainObject(text)) {
    notes.push({
      kind: "invalid-input",
      table: "text",
      raw: rawText(text),
      message: { zh: `text 应为对象，实为 ${typeName(text)}，已忽略`, en: `text should be an object, got ${typeName(text)}; ignored` },
    });
  }
  const object = isPlainObject(text) ? text : {};
  for (const key of Object.keys(object)) {
    if (Object.hasOwn(TEXT_KEYS, key)) continue;
    notes.push({
      kind: "unknown-field",
      table: "text",
      row: key,
      message: { zh: `text 中的${q(key)}无法识别（只认“一”“五”“六”），已忽略`, en: `${q(key)} in text is not recognised (only 一, 五, 六); ignored` },
    });
  }
  const out: Record<string, string> = {};
  for (const key of ["一", "五", "六"] as const) {
    const value = own(object, key);
    if (typeof value === "string") out[TEXT_KEYS[key]] = value;
    else notes.push(sectionNote(key, value));
  }
  return { text: Object.keys(out).length > 0 ? out : undefined, notes };
}
