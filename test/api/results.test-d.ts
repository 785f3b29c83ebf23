import { describe, expectTypeOf, it } from "vitest";
import { breakRule, buildReport } from "../../src/fixtures/index.js";
import {
  type AnyReport,
  check,
  type Finding,
  fromLabeledTables,
  type LenientReport,
  migrate,
  parseReport,
  type Report,
  type ReportIssue,
  type RuleId,
  validateReport,
} from "../../src/index.js";

describe("one narrowable result shape", () => {
  it("parseReport narrows on success", () => {
    const result = parseReport({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Report>();
    else {
      expectTypeOf(result.error.code).toEqualTypeOf<"not-a-report" | "invalid-report" | "unreadable-input">();
      expectTypeOf(result.error.issues).toEqualTypeOf<readonly ReportIssue[]>();
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
    }
    const lenient = parseReport({}, { lenient: true });
    if (lenient.success) expectTypeOf(lenient.data).toEqualTypeOf<LenientReport>();
  });

  it("validateReport narrows on success (`if (v.success) v.data.year` compiles)", () => {
    const result = validateReport({});
    if (result.success) expectTypeOf(result.data.year).toEqualTypeOf<AnyReport["year"]>();
    else expectTypeOf(result.error.code).toEqualTypeOf<"not-a-report" | "invalid-report" | "unreadable-input" | "rules-failed">();
    expectTypeOf(result.findings).toEqualTypeOf<readonly Finding[]>();
  });

  it("migrate and fromLabeledTables use success / data / error", () => {
    const moved = migrate({}, "2021");
    if (moved.success) expectTypeOf(moved.data.format).toEqualTypeOf<"2021">();
    else expectTypeOf(moved.error.message).toEqualTypeOf<string>();
    const read = fromLabeledTables({ tables: {} });
    if (read.success) expectTypeOf(read.data).toEqualTypeOf<LenientReport>();
    else expectTypeOf(read.error.message).toEqualTypeOf<string>();
  });
});

describe("RuleId is a literal union, used wherever a rule id is taken", () => {
  it("findings, check options and breakRule", () => {
    expectTypeOf<Finding["ruleId"]>().toEqualTypeOf<RuleId>();
    expectTypeOf<"t3.balance">().toExtend<RuleId>();
    expectTypeOf<"t3.balanse">().not.toExtend<RuleId>();
    // @ts-expect-error a misspelt id
    check({}, { rules: { "t3.balanse": "off" } });
    // @ts-expect-error a misspelt id
    breakRule(buildReport({}), "t3.balanse");
    check({}, { rules: { "t3.balance": "off" } });
  });
});
