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

/**
 * Files that still type labels again, with why they are allowed for now. TODO(lead): each entry
 * belongs to another helper's area this session; fix it at merge and delete the entry (the test
 * fails on an entry that no longer has an offender, so the list can only shrink).
 */
const ALLOWED: Readonly<Record<string, string>> = {
  "src/fixtures/break-rule.ts": "TODO(lead, hostile's area): the prose breakers type 行政复议 / 行政诉讼 / 规范性文件 / 行政事业性收费; read REVIEW_GROUPS, LITIGATION_GROUP, PROACTIVE_ROWS",
  "src/fixtures/text.ts": "TODO(lead, hostile's area): the generated overview types 行政复议 / 行政诉讼; read REVIEW_GROUPS and LITIGATION_GROUP",
  "src/migrate/mapping.ts": "TODO(lead, migrate-labeled's area): mapping notes quote labels (第二十条第（九）项, 规范性文件, （六）其他处理 …); interpolate them from the layout",
  "src/read/core/notes.ts": "TODO(lead, readers (no owner this session)): a note quotes （六）其他处理; interpolate OUTCOME_ROWS.otherHandling",
  "src/read/html/read-tables.ts": "TODO(lead, readers): column and row labels typed again for header matching; derive from the cell table",
  "src/read/items/reader.ts": "TODO(lead, readers): 行政复议 / 行政诉讼 / 处理决定数量 / （六）其他处理 typed again for header matching; derive from the cell table",
  "src/read/text/index.ts": "TODO(lead, readers): patterns for page text type two dozen labels again; build them from the layout",
  "src/rules/report-rules.ts": "TODO(lead, perf's area): rule descriptions and templates type 二、上年结转, 第二十条第（一）项, （七）总计 …; interpolate from the layout",
  "src/rules/series-rules.ts": "TODO(lead, perf's area): series rule descriptions type 上一年项目数量, 本年增/减, 行政许可 …; interpolate from the layout",
};

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
function literals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
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

it("no string literal outside src/layout/ repeats an official label phrase (except the allow-listed files)", () => {
  const unexpected = [...offenders].filter(([file]) => !(file in ALLOWED)).map(([file, found]) => `${file}: ${found.join(" | ")}`);
  expect(unexpected).toEqual([]);
});

it("every allow-listed file still has an offender (delete the entry once fixed)", () => {
  expect(Object.keys(ALLOWED).filter((file) => !offenders.has(file))).toEqual([]);
});
