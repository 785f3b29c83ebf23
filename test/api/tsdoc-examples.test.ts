// The @example blocks of check and parseReport show real output: this test
// reads the `//=>` lines from the source and compares them with what runs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { check, parseReport } from "../../src/index.js";

const ROOT = join(import.meta.dirname, "../..");
const seed = (id: string) => JSON.parse(readFileSync(join(ROOT, "test/fixtures/seeds", `${id}.json`), "utf8"));
const shown = (file: string, after: string): string => {
  const source = readFileSync(join(ROOT, file), "utf8");
  const at = source.indexOf(after);
  expect(at, `${file}: ${after}`).toBeGreaterThan(-1);
  const match = /\/\/=> (.*)$/m.exec(source.slice(at));
  return (match?.[1] ?? "").trim();
};

it("check's example: the t3.balance message of seed 003, and [] for seed 004", () => {
  const message = check(seed("003")).find((finding) => finding.ruleId === "t3.balance")?.message;
  expect(JSON.stringify(message)).toBe(shown("src/rules/check.ts", 'check(seed003).find((finding) => finding.ruleId === "t3.balance")?.message;'));
  expect(JSON.stringify(check(seed("004"), { lang: "en", rules: { "text.overview-length": "off" } }))).toBe(
    shown("src/rules/check.ts", 'check(seed004, { lang: "en", rules: { "text.overview-length": "off" } });'),
  );
});

it("parseReport's example: a negative cell, in English", () => {
  const withNegativeCell = seed("004");
  withNegativeCell.applications.received.naturalPerson = -1;
  const result = parseReport(withNegativeCell, { lenient: true, lang: "en" });
  const lines = result.success ? [] : result.error.issues.map((issue) => `${issue.path} ${issue.message}`);
  expect(lines).toEqual([shown("src/schema/parse.ts", "for (const issue of result.error.issues) console.log(issue.path, issue.message);")]);
});
