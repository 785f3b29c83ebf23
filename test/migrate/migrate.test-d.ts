import { describe, expectTypeOf, it } from "vitest";
import { type LenientReport2019, type LenientReport2021, type Loss, type LossReason, migrate, type ReportIssue } from "../../src/index.js";

describe("migrate types", () => {
  it("types the report by the target format", () => {
    const to2021 = migrate({}, "2021");
    if (to2021.success) {
      expectTypeOf(to2021.data).toEqualTypeOf<LenientReport2021>();
      expectTypeOf(to2021.losses).toEqualTypeOf<Loss[]>();
      expectTypeOf(to2021.data.applications.outcomes.otherHandling.other.total).toEqualTypeOf<number | null>();
    } else {
      expectTypeOf(to2021.error.issues).toEqualTypeOf<readonly ReportIssue[]>();
      expectTypeOf(to2021.error.code).toEqualTypeOf<"not-a-report" | "invalid-report" | "unreadable-input">();
      expectTypeOf(to2021.data).toEqualTypeOf<undefined>();
    }
    const to2019 = migrate({}, "2019");
    if (to2019.success) expectTypeOf(to2019.data).toEqualTypeOf<LenientReport2019>();
  });

  it("reasons are a closed union", () => {
    expectTypeOf<Loss["reason"]>().toEqualTypeOf<LossReason>();
    // @ts-expect-error not a reason
    const reason: LossReason = "lost";
    void reason;
  });
});
