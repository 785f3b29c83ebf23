// Test support: strict reports built cell by cell from the schema's own cell list,
// so tests never hand-type 200 cells. Not part of the package.
import { cellsOf } from "../../src/schema/describe.js";
import type { Format, Report2019, Report2021 } from "../../src/schema/report.js";
import { APPLICANT_PART_KEYS } from "../../src/layout/labels.js";

/** Sets a value at a JSON-pointer path, creating objects on the way. */
export function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = target;
  for (const key of path.slice(0, -1)) {
    if (typeof current[key] !== "object" || current[key] === null) current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  current[path[path.length - 1] as string] = value;
}

/** Reads a value at a path. */
export function getAt(target: unknown, path: readonly string[]): unknown {
  let current = target;
  for (const key of path) current = (current as Record<string, unknown>)[key];
  return current;
}

/** A strict report in which every count is 0: it passes every single-report rule. */
export function zeroReport<F extends Format>(format: F): F extends "2019" ? Report2019 : Report2021 {
  const report: Record<string, unknown> = {};
  for (const cell of cellsOf(format)) {
    const kind = cell.meta.cell.kind;
    const value =
      kind === "format"
        ? format
        : kind === "year"
          ? format === "2019" ? 2020 : 2023
          : kind === "agency"
            ? "测试市测试区人民政府"
            : kind === "amount"
              ? { value: 0, unit: "万元" }
              : kind === "text"
                ? { overview: "本年度政务公开工作有序推进。", problems: "公开质量有待提升。", other: "本年度未收取信息处理费。" }[cell.path[1] as string]
                : 0;
    setAt(report, cell.path, value);
  }
  return report as F extends "2019" ? Report2019 : Report2021;
}

/** A deep copy (reports are plain JSON). */
export function clone<Value>(value: Value): Value {
  return structuredClone(value);
}

/** mulberry32: a tiny seeded PRNG for test data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Outcome row paths of table 三 for a format. */
export function outcomeRows(format: Format): string[][] {
  const rows = new Set<string>();
  for (const cell of cellsOf(format)) {
    if (cell.path[0] === "applications" && cell.path[1] === "outcomes" && cell.path[2] !== "total") rows.add(cell.path.slice(0, -1).join("/"));
  }
  return [...rows].map((row) => row.split("/"));
}

/**
 * A strict report whose tables 三 and 四 satisfy every relation, with random
 * small counts (many zeros) drawn from `seed`.
 */
export function consistentReport<F extends Format>(format: F, seed: number): F extends "2019" ? Report2019 : Report2021 {
  const next = random(seed);
  const small = () => (next() < 0.5 ? 0 : Math.floor(next() * (next() < 0.1 ? 500 : 12)));
  const report = zeroReport(format) as unknown as Record<string, unknown>;
  const rows = outcomeRows(format);
  const columnTotals: Record<string, number> = {};
  for (const row of rows) {
    let rowTotal = 0;
    for (const key of APPLICANT_PART_KEYS) {
      const value = small();
      setAt(report, [...row, key], value);
      rowTotal += value;
      columnTotals[key] = (columnTotals[key] ?? 0) + value;
    }
    setAt(report, [...row, "total"], rowTotal);
  }
  const sums = { received: 0, carriedOver: 0, outcomes: 0, carriedForward: 0 };
  for (const key of APPLICANT_PART_KEYS) {
    const outcomes = columnTotals[key] ?? 0;
    const forward = small();
    const over = Math.min(small(), outcomes + forward);
    const received = outcomes + forward - over;
    setAt(report, ["applications", "outcomes", "total", key], outcomes);
    setAt(report, ["applications", "carriedForward", key], forward);
    setAt(report, ["applications", "carriedOver", key], over);
    setAt(report, ["applications", "received", key], received);
    sums.received += received;
    sums.carriedOver += over;
    sums.outcomes += outcomes;
    sums.carriedForward += forward;
  }
  setAt(report, ["applications", "received", "total"], sums.received);
  setAt(report, ["applications", "carriedOver", "total"], sums.carriedOver);
  setAt(report, ["applications", "outcomes", "total", "total"], sums.outcomes);
  setAt(report, ["applications", "carriedForward", "total"], sums.carriedForward);
  for (const group of ["review", "litigationDirect", "litigationAfterReview"]) {
    let total = 0;
    for (const key of ["upheld", "corrected", "other", "pending"]) {
      const value = small();
      setAt(report, ["reviewAndLitigation", group, key], value);
      total += value;
    }
    setAt(report, ["reviewAndLitigation", group, "total"], total);
  }
  if (format === "2019") {
    for (const row of ["regulations", "normativeDocuments"]) {
      const published = small();
      setAt(report, ["proactive", row, "made"], published + small());
      setAt(report, ["proactive", row, "published"], published);
      setAt(report, ["proactive", row, "totalPublished"], published + small());
    }
  }
  return report as F extends "2019" ? Report2019 : Report2021;
}

