import { describe, expectTypeOf, it } from "vitest";
import { type LenientReport2019, type LenientReport2021, type Loss, type LossReason, migrate, type ReportIssue } from "../../src/index.js";

describe("migrate types", () => {
  it("types the report by the target format", () => {
    const to2021 = migrate({}, "2021");
    if (to2021.ok) {
      expectTypeOf(to2021.report).toEqualTypeOf<LenientReport2021>();
      expectTypeOf(to2021.losses).toEqualTypeOf<Loss[]>();
      expectTypeOf(to2021.report.applications.outcomes.otherHandling.other.total).toEqualTypeOf<number | null>();
    } else {
      expectTypeOf(to2021.issues).toEqualTypeOf<readonly ReportIssue[]>();
      expectTypeOf(to2021.report).toEqualTypeOf<undefined>();
    }
    const to2019 = migrate({}, "2019");
    if (to2019.ok) expectTypeOf(to2019.report).toEqualTypeOf<LenientReport2019>();
  });

  it("reasons are a closed union", () => {
    expectTypeOf<Loss["reason"]>().toEqualTypeOf<LossReason>();
    // @ts-expect-error not a reason
    const reason: LossReason = "lost";
    void reason;
  });
});
