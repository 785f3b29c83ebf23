// Issue 17: migrate never answers a sum it cannot hold exactly, and reads only the
// report's own keys.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/fixtures/index.js";
import { OTHER_HANDLING_ROWS_2021 } from "../../src/layout/labels.js";
import { migrate } from "../../src/migrate/index.js";
import { LenientReport2019 } from "../../src/schema/report.js";
import { lenient2021 } from "./arbitraries.js";

const SUB_ROWS = Object.keys(OTHER_HANDLING_ROWS_2021) as (keyof typeof OTHER_HANDLING_ROWS_2021)[];
const MAX = Number.MAX_SAFE_INTEGER;

type Row = Record<string, number | null>;
type Other = Record<(typeof SUB_ROWS)[number], Row>;

/** A 2021 report whose （六） sub-rows hold `values` in the 总计 column. */
function withOtherHandling(values: readonly number[]): Record<string, unknown> {
  const report = structuredClone(buildReport({ format: "2021", seed: 7 })) as unknown as { applications: { outcomes: { otherHandling: Other } } };
  SUB_ROWS.forEach((key, index) => {
    report.applications.outcomes.otherHandling[key].total = values[index] ?? 0;
  });
  return report as unknown as Record<string, unknown>;
}

describe("（六） sums at the edge of doubles (2021 → 2019)", () => {
  it("a sum of exactly 2^53 − 1 is carried, and the 2019 schema accepts the result", () => {
    const result = migrate(withOtherHandling([MAX - 2, 1, 1]), "2019");
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.applications.outcomes.otherHandling.total).toBe(MAX);
    expect(LenientReport2019.safeParse(result.data).success).toBe(true);
  });

  it("a sum beyond 2^53 − 1 is an error naming each part, not a wrong number", () => {
    for (const lang of ["zh", "en"] as const) {
      const result = migrate(withOtherHandling([MAX, 2, 0]), "2019", { lang });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.code).toBe("invalid-report");
      expect(result.error.issues.map((issue) => [issue.code, issue.path])).toEqual(
        SUB_ROWS.map((key) => ["too_big", `/applications/outcomes/otherHandling/${key}/total`]),
      );
      expect(result.error.issues[0]?.message).toContain(String(MAX));
      expect(result.error.message).toContain(lang === "zh" ? "（六）其他处理" : "(6) Other handling");
    }
  });

  it("property: every result either passes its own schema or says which sum left the safe range", () => {
    const big = fc.oneof(fc.constant(MAX), fc.integer({ min: MAX - 100, max: MAX }), fc.nat({ max: 10 }));
    fc.assert(
      fc.property(lenient2021, fc.constantFrom(...SUB_ROWS), fc.constantFrom(...SUB_ROWS), big, big, (report, a, b, x, y) => {
        const copy = structuredClone(report) as unknown as { applications: { outcomes: { otherHandling: Other } } };
        copy.applications.outcomes.otherHandling[a].naturalPerson = x;
        copy.applications.outcomes.otherHandling[b].naturalPerson = y;
        const result = migrate(copy, "2019");
        if (result.success) {
          expect(LenientReport2019.safeParse(result.data).success).toBe(true);
        } else {
          expect(result.error.issues.every((issue) => issue.code === "too_big" && issue.path.endsWith("/naturalPerson"))).toBe(true);
          const parts = SUB_ROWS.map((key) => copy.applications.outcomes.otherHandling[key].naturalPerson);
          expect(parts.every((part) => typeof part === "number")).toBe(true);
          expect((parts as number[]).reduce((sum, part) => sum + part, 0)).toBeGreaterThan(MAX);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("hostile input", () => {
  const report = buildReport({ format: "2019", seed: 3 });

  it("reads a report through a transparent Proxy like the report itself", () => {
    expect(migrate(new Proxy(report, {}), "2021")).toStrictEqual(migrate(report, "2021"));
  });

  it("reads own keys only: a report whose keys are all inherited is no report", () => {
    const result = migrate(Object.create(report), "2021");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe("not-a-report");
  });

  it("rejects a BigInt cell as not a number, without throwing", () => {
    const copy = structuredClone(report) as unknown as { reviewAndLitigation: { review: Record<string, unknown> } };
    copy.reviewAndLitigation.review.upheld = 12n;
    const result = migrate(copy, "2021");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toBe("/reviewAndLitigation/review/upheld");
  });

  it("does not carry keys a report's objects only inherit", () => {
    const copy = structuredClone(report) as unknown as Record<string, Record<string, unknown>>;
    const proactive = copy.proactive as Record<string, unknown>;
    copy.proactive = Object.assign(Object.create({ inherited: { decisions: 1 } }), proactive);
    const result = migrate(copy, "2021");
    expect(result.success).toBe(true);
    expect(JSON.stringify(result.data)).not.toContain("inherited");
    expect(result.data?.proactive.licensing.decisions).toBe(report.proactive.licensing.decisions);
  });
});
