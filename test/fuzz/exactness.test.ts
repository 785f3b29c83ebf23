import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/fixtures/index.js";
import { check, LenientReport, parseReport, Report } from "../../src/index.js";

const MAX = Number.MAX_SAFE_INTEGER;
const report = () => structuredClone(buildReport({ format: "2021", seed: 11 })) as unknown as { applications: Record<string, Record<string, unknown>> };

describe("counts past 2^53 − 1", () => {
  it("are rejected by the schema, strict and lenient, and 2^53 − 1 itself is accepted", () => {
    for (const [value, valid] of [
      [MAX, true],
      [MAX + 1, false],
      [2 ** 60, false],
    ] as const) {
      const input = report();
      (input.applications.received as Record<string, unknown>).naturalPerson = value;
      for (const schema of [Report, LenientReport]) {
        // The other cells no longer add up, but that is the rules' business, not the schema's.
        expect(schema.safeParse(input).success, `${value}`).toBe(valid);
      }
      expect(parseReport(input, { lenient: true }).success).toBe(valid);
      if (!valid) expect(parseReport(input, { lang: "en" }).error?.issues[0]?.message).toContain("must be at most 9007199254740991");
    }
  });

  it("have maximum 9007199254740991 in the JSON Schema", () => {
    const schema = readFileSync(join(import.meta.dirname, "../../dist/json-schema/report-2021.strict.json"), "utf8");
    const maximums = [...schema.matchAll(/"maximum":\s*(\d+)/g)].map((match) => Number(match[1]));
    expect(maximums.length).toBeGreaterThan(100);
    expect(new Set(maximums)).toEqual(new Set([MAX, 2100]));
  });
});

describe("t3.balance past 2^53: not assessable exactly, never a silent pass", () => {
  // 一 = 2^53 − 1, 二 = 2, （七） = 2^53 − 2, 四 = 2: 2^53 + 1 ≠ 2^53, but doubles round both sides to 2^53.
  const balanced = (received: number, carriedOver: number, total: number, carriedForward: number) => {
    const input = report();
    const a = input.applications as Record<string, Record<string, unknown>>;
    (a.received as Record<string, unknown>).naturalPerson = received;
    (a.carriedOver as Record<string, unknown>).naturalPerson = carriedOver;
    ((a.outcomes as Record<string, Record<string, unknown>>).total as Record<string, unknown>).naturalPerson = total;
    (a.carriedForward as Record<string, unknown>).naturalPerson = carriedForward;
    return check(input, { lang: "en" }).filter((finding) => finding.ruleId === "t3.balance" && finding.paths.includes("/applications/received/naturalPerson"));
  };

  it("an imbalance of 1 at the edge is reported as not assessable exactly", () => {
    expect(2 ** 53 - 1 + 2 === 2 ** 53 - 2 + 2).toBe(true); // why: the doubles agree
    const [finding] = balanced(MAX, 2, MAX - 1, 2);
    expect(finding).toMatchObject({ severity: "info", assessable: false });
    expect(finding?.message).toContain("cannot decide exactly");
    expect(finding?.message).toContain("2^53−1");
  });

  it("a balance that truly holds at the edge is not assessable either (the engine cannot tell), and small numbers are unaffected", () => {
    expect(balanced(MAX - 2, 2, MAX - 2, 2)[0]?.assessable).toBe(false);
    expect(balanced(3, 2, 3, 2)).toEqual([]);
    expect(balanced(3, 2, 3, 3)[0]).toMatchObject({ severity: "error", expected: 5, actual: 6 });
  });
});
