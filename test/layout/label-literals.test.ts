/**
 * Official label phrases are written once, in src/layout/labels.ts: no string literal (or
 * template text) anywhere else in src/ may contain one. Code that needs a label reads it from
 * the layout module, so a wording fix is one edit and a rule message cannot drift from the
 * printed table.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";
import * as labels from "../../src/layout/labels.js";

const ROOT = join(import.meta.dirname, "../..");
/** Shorter phrases (一、, 总计, 自然人) are words, not labels: they may appear in prose and patterns. */
const MIN_LENGTH = 4;

function phrases(): Set<string> {
  const found = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value !== "object" || value === null) return;
    const record = value as Record<string, unknown>;
    for (const key of ["zh", "short"]) {
      const text = record[key];
      if (typeof text === "string" && [...text].length >= MIN_LENGTH) found.add(text);
    }
    for (const child of Object.values(record)) visit(child);
  };
  // The report's title and its metadata words (报告年度, 报告机关 …) are not printed table labels:
  // messages and help name them in ordinary prose.
  const notTableLabels = new Set<unknown>([labels.REPORT_TITLES, labels.META_FIELDS]);
  for (const value of Object.values(labels)) if (!notTableLabels.has(value)) visit(value);
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path.endsWith(join("src", "layout")) ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The text of every string literal and template chunk of a file (comments excluded). */
function literals(file: string, text = readFileSync(file, "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) out.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

const PHRASES = [...phrases()];
const offenders = new Map<string, string[]>();
for (const file of sourceFiles(join(ROOT, "src"))) {
  const found = new Set<string>();
  for (const text of literals(file)) for (const phrase of PHRASES) if (text.includes(phrase)) found.add(phrase);
  if (found.size > 0) offenders.set(relative(ROOT, file).replaceAll("\\", "/"), [...found].sort());
}

it("collects the official label phrases from src/layout/labels.ts", () => {
  expect(PHRASES.length).toBeGreaterThan(60);
  expect(PHRASES).toContain("四、结转下年度继续办理");
  expect(PHRASES).toContain("行政诉讼");
});

it("no string literal outside src/layout/ repeats an official label phrase", () => {
  expect([...offenders].map(([file, found]) => `${file}: ${found.join(" | ")}`)).toEqual([]);
});

it("the check itself finds a label typed again: in a string, in template text, not in a comment", () => {
  const probe = [
    "// 四、结转下年度继续办理 in a comment is not a literal",
    "const n = 1;",
    'export const typedAgain = [`四、结转下年度继续办理 ${n} 件`, "行政诉讼", `总计 ${n}`];',
  ].join("\n");
  const found = literals("probe.ts", probe).filter((text) => PHRASES.some((phrase) => text.includes(phrase)));
  // 总计 alone is a word, shorter than the label minimum: not an offender.
  expect(found).toEqual(["四、结转下年度继续办理 ", "行政诉讼"]);
});
