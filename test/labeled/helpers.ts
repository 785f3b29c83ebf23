import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { fromLabeledTables, type Note, type NoteKind } from "../../src/labeled/index.js";
import { type LenientReport as LenientReportType, LenientReport } from "../../src/schema/report.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");

/** Reads a labelled seed fixture. */
export function labeledSeed(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(fixtures, "labeled", `${id}.json`), "utf8")) as Record<string, unknown>;
}

/** Reads a canonical seed report. */
export function canonicalSeed(id: string): unknown {
  return JSON.parse(readFileSync(join(fixtures, "seeds", `${id}.json`), "utf8"));
}

/** Runs fromLabeledTables, asserts ok and that the report passes LenientReport; returns report and notes. */
export function readOk(input: unknown): { report: LenientReportType; notes: readonly Note[] } {
  const result = fromLabeledTables(input);
  if (!result.success) throw new Error(`expected success, got ${result.error.code}: ${result.error.messages.en}`);
  expect(LenientReport.safeParse(result.data).success).toBe(true);
  return { report: result.data, notes: result.notes };
}

/** Notes of one kind. */
export function notesOf(notes: readonly Note[], kind: NoteKind): Note[] {
  return notes.filter((note) => note.kind === kind);
}

/** Counts notes by kind. */
export function countKinds(notes: readonly Note[]): Partial<Record<NoteKind, number>> {
  const counts: Partial<Record<NoteKind, number>> = {};
  for (const note of notes) counts[note.kind] = (counts[note.kind] ?? 0) + 1;
  return counts;
}

/** A minimal 2019 input with the given extra 二 rows. */
export function with2019(tables: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: "2019", year: 2019, agency: "测试机关", tables, ...extra };
}

/** A minimal 2021 input with the given tables. */
export function with2021(tables: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: "2021", year: 2022, agency: "测试机关", tables, ...extra };
}
