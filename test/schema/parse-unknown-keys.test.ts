// parseReport words only the issues it returns: an object may carry up to
// 10,000 unknown keys (the cap), and only `maxIssues` of them are rendered; the
// rest are counted in the last issue. Asserted with a counting hook on the
// message renderer, not with a timer.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { parseReport } from "../../src/schema/parse.js";
import { loadSeed } from "./helpers.js";

const rendered = vi.hoisted(() => ({ codes: [] as string[] }));

vi.mock("../../src/schema/messages.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/schema/messages.js")>();
  return {
    ...actual,
    renderIssue: (...args: Parameters<typeof actual.renderIssue>) => {
      // parseReport words one key at a time ({ code, keys: [key] }); zod's own error map (one call
      // per object, naming at most 10 keys) passes the raw issue, with its input and path.
      if (Object.keys(args[0]).join() === "code,keys") rendered.codes.push(args[0].code);
      return actual.renderIssue(...args);
    },
  };
});

/** A valid report with `top` unknown keys at the top level and `inner` in applications.received. */
function withUnknownKeys(top: number, inner: number) {
  const report = loadSeed("004");
  for (let index = 0; index < top; index += 1) report[`k${index}`] = index;
  for (let index = 0; index < inner; index += 1) report.applications.received[`r${index}`] = index;
  return report;
}

beforeEach(() => {
  rendered.codes.length = 0;
});

describe("unknown keys in parseReport", () => {
  it("9,990 unknown keys with maxIssues 5: five worded, 9,985 counted, five messages rendered", () => {
    const result = parseReport(withUnknownKeys(9_990, 0), { maxIssues: 5, lang: "en" });
    const issues = result.error?.issues ?? [];
    expect(issues.map((issue) => issue.code)).toEqual([...Array(5).fill("unrecognized_keys"), "too_many_issues"]);
    expect(issues.slice(0, 5).map((issue) => issue.path)).toEqual(["/k0", "/k1", "/k2", "/k3", "/k4"]);
    expect(issues[5]?.message).toBe("9985 more issues not listed");
    expect(rendered.codes).toEqual(Array(5).fill("unrecognized_keys"));
  });

  it("the count runs across objects: the second object's keys are counted without being worded", () => {
    const result = parseReport(withUnknownKeys(3, 9_000), { maxIssues: 2, lang: "zh" });
    const issues = result.error?.issues ?? [];
    expect(issues).toHaveLength(3);
    expect(issues[2]).toEqual({ code: "too_many_issues", path: "", message: "另有 9001 个问题未列出" });
    expect(rendered.codes).toHaveLength(2);
  });

  it("with the default maxIssues (100), 100 are rendered; with Infinity, every key is", () => {
    parseReport(withUnknownKeys(5_000, 0));
    expect(rendered.codes).toHaveLength(100);
    rendered.codes.length = 0;
    const all = parseReport(withUnknownKeys(5_000, 0), { maxIssues: Number.POSITIVE_INFINITY });
    expect(all.error?.issues).toHaveLength(5_000);
    expect(all.error?.issues.some((issue) => issue.code === "too_many_issues")).toBe(false);
    expect(rendered.codes).toHaveLength(5_000);
  });

  it("the first worded key of an object keeps the other-format hint", () => {
    const report = withUnknownKeys(0, 0);
    report.proactive.otherServices = {};
    const issues = parseReport(report, { maxIssues: 1, lang: "en" }).error?.issues ?? [];
    expect(issues[0]?.message).toContain("these keys belong to the 2019 format");
  });
});
