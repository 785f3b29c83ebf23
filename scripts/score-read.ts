// `npm run score:read`: reads every keyed published document (test/read/keys/*.json) with
// readDocument and compares it cell by cell with its hand-checked key. A cell is right, flagged
// (null with a note pointing at it, or the read failed with an error) or silently wrong. Prints
// the figures per document and per kind; exits 1 when any cell is silently wrong.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { readDocument } from "../src/pdf/index.js";
import type { ReadResult } from "../src/read/index.js";
import { cellsOf } from "../src/schema/describe.js";
import type { Format } from "../src/schema/report.js";

const root = join(import.meta.dirname, "..");
const keysDir = join(root, "test/read/keys");

/** A key file: the document, its kind, and the expected lenient report. */
export interface Key {
  readonly document: string;
  readonly kind: string;
  readonly expected: { readonly format: Format; readonly [key: string]: unknown };
  readonly notes?: unknown;
}

/** The score of one document. */
export interface Score {
  readonly name: string;
  readonly kind: string;
  readonly cells: number;
  readonly right: number;
  readonly flagged: number;
  readonly wrong: readonly { pointer: string; expected: unknown; actual: unknown }[];
  readonly formatRight: boolean;
  readonly error?: string;
}

function at(report: unknown, path: readonly string[]): unknown {
  let node = report;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function same(expected: unknown, actual: unknown): boolean {
  if (expected === null || expected === undefined) return actual === null || actual === undefined;
  if (typeof expected === "number") return typeof actual === "number" && Math.abs(expected - actual) < 1e-9;
  return JSON.stringify(expected) === JSON.stringify(actual);
}

/** Compares a read result with a key, cell by cell. */
export function scoreResult(name: string, key: Key, result: ReadResult): Score {
  const format = key.expected.format;
  let right = 0;
  let flagged = 0;
  let cells = 0;
  const wrong: { pointer: string; expected: unknown; actual: unknown }[] = [];
  const notes = result.notes;
  const covered = (pointer: string) =>
    notes.some((note) => note.pointer !== undefined && (note.pointer === pointer || pointer.startsWith(`${note.pointer}/`)));
  for (const entry of cellsOf(format)) {
    if (!entry.meta.cell.table) continue;
    cells++;
    const expected = at(key.expected, entry.path);
    if (!result.success) {
      if (expected === null) right++;
      else flagged++;
      continue;
    }
    const actual = at(result.data, entry.path);
    if (same(expected, actual)) right++;
    else if ((actual === null || actual === undefined) && covered(entry.pointer)) flagged++;
    else wrong.push({ pointer: entry.pointer, expected, actual });
  }
  return {
    name,
    kind: key.kind,
    cells,
    right,
    flagged,
    wrong,
    formatRight: result.detected.format === format,
    ...(result.success ? {} : { error: result.error.code }),
  };
}

/** Reads and scores every key file. */
export async function scoreAll(): Promise<Score[]> {
  const scores: Score[] = [];
  for (const file of readdirSync(keysDir).filter((name) => name.endsWith(".json")).sort()) {
    const key = JSON.parse(readFileSync(join(keysDir, file), "utf8")) as Key;
    const bytes = new Uint8Array(readFileSync(join(root, key.document)));
    const result = await readDocument(bytes);
    scores.push(scoreResult(file.replace(/\.json$/u, ""), key, result));
  }
  return scores;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)}%`;
}

async function main(): Promise<void> {
  const scores = await scoreAll();
  const rows = scores.map((score) => [
    score.name,
    score.kind,
    String(score.cells),
    percent(score.right, score.cells),
    percent(score.flagged, score.cells),
    String(score.wrong.length),
    score.formatRight ? "yes" : "no",
    score.error ?? "",
  ]);
  const kinds = [...new Set(scores.map((score) => score.kind))];
  const byKind = kinds.map((kind) => {
    const mine = scores.filter((score) => score.kind === kind);
    const sum = (pick: (score: Score) => number) => mine.reduce((total, score) => total + pick(score), 0);
    const cells = sum((score) => score.cells);
    return [
      `[${kind}] ${mine.length} doc(s)`,
      kind,
      String(cells),
      percent(sum((score) => score.right), cells),
      percent(sum((score) => score.flagged), cells),
      String(sum((score) => score.wrong.length)),
      `${mine.filter((score) => score.formatRight).length}/${mine.length}`,
      "",
    ];
  });
  const header = ["document", "kind", "cells", "right", "flagged", "silently wrong", "format right", "error"];
  const table = [header, ...rows, ...byKind];
  const widths = header.map((_, column) => Math.max(...table.map((row) => [...(row[column] as string)].length)));
  for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column] as number)).join("  "));
  const wrong = scores.flatMap((score) => score.wrong.map((cell) => ({ ...cell, name: score.name })));
  for (const cell of wrong) console.log(`silently wrong: ${cell.name} ${cell.pointer}: expected ${JSON.stringify(cell.expected)}, read ${JSON.stringify(cell.actual)}`);
  process.exitCode = wrong.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
