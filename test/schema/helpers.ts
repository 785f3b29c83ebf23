import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { ParseResult, ReportIssue } from "../../src/schema/parse.js";
import { toPointer } from "../../src/schema/pointer.js";

/**
 * The seed fixtures that exist as canonical JSON (001 exists only as labelled tables).
 *
 * @example
 * ```ts
 * SEED_IDS.map(loadSeed).length;
 * //=> 4
 * ```
 */
export const SEED_IDS = ["000", "002", "003", "004"] as const;
/**
 * One of the canonical seed fixtures.
 *
 * @example
 * ```ts
 * const id: SeedId = "004";
 * ```
 */
export type SeedId = (typeof SEED_IDS)[number];

const seedsFolder = join(import.meta.dirname, "../fixtures/seeds");

/**
 * A fresh, mutable copy of a seed fixture, parsed with `JSON.parse` as a user would.
 *
 * @example
 * ```ts
 * loadSeed("004").applications.received.total;
 * //=> 715
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: fixtures are mutated freely by the tests
export function loadSeed(id: SeedId): any {
  return JSON.parse(readFileSync(join(seedsFolder, `${id}.json`), "utf8"));
}

/**
 * JSON Pointers of every `null` in a JSON value, in document order.
 *
 * @example
 * ```ts
 * nullPointers({ a: { b: null } });
 * //=> ["/a/b"]
 * ```
 */
export function nullPointers(value: unknown, path: string[] = []): string[] {
  if (value === null) return [toPointer(path)];
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => nullPointers(child, [...path, key]));
}

/**
 * The fields of an issue a test states (`path` always; the others when given).
 *
 * @example
 * ```ts
 * const expected: ExpectedIssue = { path: "/format", code: "invalid_union" };
 * ```
 */
export type ExpectedIssue = Partial<ReportIssue> & Pick<ReportIssue, "path">;

/**
 * The one helper asserting a failed parse: the issues, in order, with exactly the given fields.
 *
 * @example
 * ```ts
 * expectIssues(parseReport({ format: 1 }), [{ code: "invalid_value", path: "/format" }]);
 * ```
 */
export function expectIssues(result: ParseResult<unknown>, expected: readonly ExpectedIssue[]): void {
  expect(result.success).toBe(false);
  expect(result.data).toBeUndefined();
  expect(issuesOf(result).map((issue) => pick(issue, expected))).toEqual(expected);
}

/** The issues of a parse result: none on success, `error.issues` on failure. */
export function issuesOf(result: ParseResult<unknown>): readonly ReportIssue[] {
  return result.success ? [] : result.error.issues;
}

function pick(issue: ReportIssue, expected: readonly ExpectedIssue[]): Partial<ReportIssue> {
  const keys = new Set(expected.flatMap((entry) => Object.keys(entry)));
  return Object.fromEntries(Object.entries(issue).filter(([key]) => keys.has(key)));
}
