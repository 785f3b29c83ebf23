import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/fixtures/index.js";
import { check, checkSeries, fromLabeledTables, locateErrors, migrate, parseReport, validateReport, withRules } from "../../src/index.js";
import { ENTRY_POINTS, readDocumentEntry, shapeProblem } from "./entry-points.js";
import { deepArray, fingerprint, HOSTILE_KINDS, hostile, plant } from "./hostile.js";
import { MAX_SERIES } from "../../src/safe.js";

const report = () => buildReport({ format: "2021", seed: 7 }) as unknown as Record<string, unknown>;
const UPHELD = ["reviewAndLitigation", "review", "upheld"];
const PLACES: Record<string, readonly string[]> = {
  "the report": [],
  "a section": ["reviewAndLitigation"],
  "a row": ["applications", "received"],
  "a table-四 cell": UPHELD,
  "the year": ["year"],
};

describe("every safe entry point, on every hostile kind in every place", () => {
  for (const kind of HOSTILE_KINDS) {
    for (const [place, path] of Object.entries(PLACES)) {
      it(`${kind} as ${place}: no throw, documented shape, input not mutated`, async () => {
        for (const entry of ENTRY_POINTS) {
          const input = plant(report(), path, (old) => hostile(kind, old));
          const before = fingerprint(input);
          let result: unknown;
          expect(() => {
            result = entry.call(input);
          }, entry.name).not.toThrow();
          expect(shapeProblem(entry, result), entry.name).toBeUndefined();
          expect(fingerprint(input), entry.name).toBe(before);
        }
        const input = plant(report(), path, (old) => hostile(kind, old));
        await expect(readDocumentEntry(input)).resolves.toMatchObject({ success: false });
      });
    }
  }
});

describe("a read that throws is unreadable-input, with the path where it failed", () => {
  const getter = () =>
    plant(report(), ["applications", "received"], (old) => {
      const row = { ...(old as object) };
      Object.defineProperty(row, "naturalPerson", {
        enumerable: true,
        get() {
          throw new Error("boom");
        },
      });
      return row;
    });
  const AT = "/applications/received/naturalPerson";

  it("parseReport, validateReport, migrate, fromLabeledTables, locateErrors: error code and path", () => {
    const results: { success: boolean; error?: { code: string; message: string } }[] = [
      parseReport(getter()),
      validateReport(getter()),
      migrate(getter(), "2019"),
      locateErrors(getter()),
    ];
    for (const result of results) {
      expect(result.success).toBe(false);
      expect(result.error).toMatchObject({ code: "unreadable-input", path: AT });
      expect(result.error?.message).toContain(AT);
      expect(result.error?.message).toContain("boom");
    }
    expect(parseReport(getter()).error?.issues).toEqual([expect.objectContaining({ code: "unreadable-input", path: AT })]);
    const tables = { format: "2021", tables: { 三: getter() } };
    expect(fromLabeledTables(tables).error).toMatchObject({ code: "unreadable-input", path: "/tables/三/applications/received/naturalPerson" });
  });

  it("check: one report.input error; checkSeries: one series.input error, path under the item's index", () => {
    expect(check(getter(), { lang: "en" })).toEqual([
      { ruleId: "report.input", severity: "error", paths: [AT], message: expect.stringContaining(`reading ${AT} failed (boom)`) },
    ]);
    expect(checkSeries([report(), getter()])).toEqual([expect.objectContaining({ ruleId: "series.input", severity: "error", paths: [`/1${AT}`] })]);
  });

  it("withRules: a custom issue at the path", () => {
    const result = withRules().safeParse(getter());
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "custom", path: ["applications", "received", "naturalPerson"] });
  });

  it("a revoked Proxy as the report fails at the root (path \"\")", () => {
    const { proxy, revoke } = Proxy.revocable(report(), {});
    revoke();
    expect(parseReport(proxy).error).toMatchObject({ code: "unreadable-input", path: "" });
    expect(check(proxy)[0]).toMatchObject({ ruleId: "report.input", paths: [""] });
  });

  it("an invalid option still throws first, even on unreadable input", () => {
    expect(() => parseReport(getter(), { lang: "fr" as "en" })).toThrow(TypeError);
    expect(() => check(getter(), { blanks: "none" as "zero" })).toThrow(/blanks/);
    expect(() => migrate(getter(), "2020" as "2019")).toThrow(/"to"/);
  });
});

describe("a value that is not a finite number is not a number, wherever it sits", () => {
  for (const [name, value] of [
    ["12n", 12n],
    ["a Symbol", Symbol("x")],
    ["a null-prototype object", Object.create(null)],
    ["a 5,000-deep array", deepArray(5000)],
    ["Infinity", Number.POSITIVE_INFINITY],
  ] as const) {
    it(`${name} in review.upheld: parseReport names the cell, check and validateReport do not throw`, () => {
      const input = plant(report(), UPHELD, () => value);
      const parsed = parseReport(input, { lang: "en" });
      expect(parsed.error?.code).toBe("invalid-report");
      expect(parsed.error?.issues.map((issue) => issue.path)).toContain("/reviewAndLitigation/review/upheld");
      const findings = check(input);
      expect(findings.some((finding) => finding.paths.includes("/reviewAndLitigation/review/upheld"))).toBe(true);
      expect(findings.some((finding) => finding.ruleId === "report.input")).toBe(false);
      expect(validateReport(input).error?.code).toBe("invalid-report");
    });
  }

  it("review.pending = 12n: t4.total cannot be assessed (a BigInt is no number), not a crash", () => {
    const input = plant(report(), ["reviewAndLitigation", "review", "pending"], () => 12n);
    const finding = check(input, { lang: "en" }).find((item) => item.ruleId === "t4.total");
    expect(finding?.paths).toContain("/reviewAndLitigation/review/pending");
  });
});

describe("own keys only, like JSON: every entry point agrees", () => {
  it("Object.create(validReport) (every key inherited) is no report anywhere", () => {
    const inherited = Object.create(report());
    expect(parseReport(inherited).error?.code).toBe("not-a-report");
    expect(validateReport(inherited).error?.code).toBe("not-a-report");
    expect(migrate(inherited, "2019").error?.code).toBe("not-a-report");
    expect(check(inherited).map((finding) => finding.ruleId)).toEqual(["report.input"]);
    expect(checkSeries([inherited, report()]).map((finding) => finding.ruleId)).toEqual(["series.input"]);
    expect(locateErrors(inherited)).toMatchObject({ success: false, error: { code: "not-a-report" } });
    expect(withRules().safeParse(inherited).success).toBe(false);
  });

  it("an inherited cell is a missing cell everywhere (not read through the prototype)", () => {
    const input = plant(report(), ["applications", "received"], (old) => Object.create(old as object));
    expect(parseReport(input).error?.issues[0]?.path).toBe("/applications/received/naturalPerson");
    expect(check(input).some((finding) => finding.paths.includes("/applications/received/naturalPerson"))).toBe(true);
    expect(validateReport(input).error?.code).toBe("invalid-report");
  });

  it("Symbol keys are ignored (as JSON.stringify ignores them)", () => {
    const input = { ...report(), [Symbol("extra")]: 1 };
    expect(parseReport(input).success).toBe(true);
    expect(check(input)).toEqual(check(report()));
    expect(validateReport(input).success).toBe(true);
    expect(migrate(input, "2021").success).toBe(true);
  });

  it("a getter that returns a value is read once, as JSON reads it", () => {
    let reads = 0;
    const input = plant(report(), ["applications", "received"], (old) => {
      const row = { ...(old as Record<string, number>) };
      const value = row.naturalPerson;
      Object.defineProperty(row, "naturalPerson", {
        enumerable: true,
        get() {
          reads += 1;
          return value;
        },
      });
      return row;
    });
    expect(validateReport(input).success).toBe(true);
    expect(reads).toBe(1);
  });
});

describe("input-size limits: a clear answer, never seconds of work", () => {
  it("an object of 250,000 unknown keys is refused at its path, by every entry point", () => {
    const input = report();
    const row = input.applications as Record<string, unknown>;
    for (let index = 0; index < 250_000; index += 1) row[`k${index}`] = index;
    expect(parseReport(input).error).toMatchObject({ code: "unreadable-input", path: "/applications" });
    expect(parseReport(input, { lang: "en" }).error?.message).toContain("an object of 250004 keys: at most 10000 are read");
    expect(check(input)[0]).toMatchObject({ ruleId: "report.input", paths: ["/applications"] });
  });

  it("9,000 unknown keys are read, and parseReport lists maxIssues of them then a count", () => {
    const input = report();
    for (let index = 0; index < 9_000; index += 1) input[`k${index}`] = index;
    const issues = parseReport(input, { maxIssues: 5 }).error?.issues ?? [];
    expect(issues.map((issue) => issue.code)).toEqual([...Array(5).fill("unrecognized_keys"), "too_many_issues"]);
    expect(issues[5]?.message).toContain("8995");
  });

  it("a series of more than MAX_SERIES reports is refused (one at the limit is read); an array of a million zeros in a cell is read up to 1,000", () => {
    // Holes, not objects: the refusal is decided from the length before any item is read.
    expect(checkSeries(new Array(MAX_SERIES + 1))[0]).toMatchObject({ ruleId: "series.input", severity: "error", paths: [""] });
    expect(checkSeries(new Array(MAX_SERIES + 1))[0]?.message).toContain(String(MAX_SERIES));
    expect(checkSeries(Array.from({ length: 1001 }, () => ({}))).some((finding) => finding.paths.includes(""))).toBe(false);
    const input = plant(report(), UPHELD, () => new Array(1_000_000).fill(0));
    expect(parseReport(input, { lang: "en" }).error?.issues[0]?.message).toMatch(/got array \[0,0,0,0,0,0,0,0,…\]$/);
  });

  it("a preview reads a bounded part of the value: 200 cells nested 5,000 deep", () => {
    const input = report();
    const received = (input.applications as Record<string, Record<string, unknown>>).received as Record<string, unknown>;
    for (const key of Object.keys(received)) received[key] = deepArray(5000);
    const issues = parseReport(input, { lang: "en" }).error?.issues ?? [];
    expect(issues.length).toBe(Object.keys(received).length);
    for (const issue of issues) expect(issue.message).toMatch(/got array \[\[\[\[…\]\]\]\]$/);
  });
});
