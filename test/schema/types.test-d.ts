import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type LenientReport,
  LenientReport2019,
  LenientReport2021,
  Report,
  Report2019,
  Report2021,
} from "../../src/index.js";

type Applicants = {
  naturalPerson: number;
  commercialEnterprise: number;
  researchInstitution: number;
  publicWelfareOrganization: number;
  legalServiceAgency: number;
  otherOrganization: number;
  total: number;
};

describe("section 二 per format", () => {
  it("2021 has no procurement, 2019 has it", () => {
    expectTypeOf<Report2021["proactive"]>().not.toHaveProperty("procurement");
    expectTypeOf<Report2021["proactive"]>().not.toHaveProperty("otherServices");
    expectTypeOf<Report2019["proactive"]>().toHaveProperty("procurement");
    expectTypeOf<keyof Report2021["proactive"]>().toEqualTypeOf<
      "regulations" | "normativeDocuments" | "licensing" | "penalty" | "coercion" | "fees"
    >();
    expectTypeOf<Report2021["proactive"]["regulations"]>().toEqualTypeOf<{ issued: number; repealed: number; inForce: number }>();
    expectTypeOf<Report2019["proactive"]["licensing"]>().toEqualTypeOf<{ itemsLastYear: number; itemsChange: number; decisions: number }>();
  });

  it("procurement.amount carries its unit", () => {
    expectTypeOf<Report2019["proactive"]["procurement"]["amount"]>().toEqualTypeOf<{ value: number; unit: "元" | "万元" }>();
    expectTypeOf<Report2019["proactive"]["procurement"]["amount"]["unit"]>().toEqualTypeOf<"元" | "万元">();
    expectTypeOf<LenientReport2019["proactive"]["procurement"]["amount"]>().toEqualTypeOf<{
      value: number;
      unit: "元" | "万元";
    } | null>();
  });
});

describe("（六）其他处理", () => {
  it("is an applicants row in 2019 and three rows in 2021", () => {
    expectTypeOf<Report2019["applications"]["outcomes"]["otherHandling"]>().toEqualTypeOf<Applicants>();
    expectTypeOf<Report2021["applications"]["outcomes"]["otherHandling"]>().toEqualTypeOf<{
      noCorrection: Applicants;
      unpaidFee: Applicants;
      other: Applicants;
    }>();
  });
});

describe("strict and lenient cells", () => {
  it("strict cells are number, lenient number | null", () => {
    expectTypeOf<Report2021["applications"]["received"]["naturalPerson"]>().toEqualTypeOf<number>();
    expectTypeOf<LenientReport2021["applications"]["received"]["naturalPerson"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Report2019["reviewAndLitigation"]["review"]["total"]>().toEqualTypeOf<number>();
    expectTypeOf<LenientReport2019["reviewAndLitigation"]["review"]["total"]>().toEqualTypeOf<number | null>();
    expectTypeOf<LenientReport2021["proactive"]["fees"]["amountWanYuan"]>().toEqualTypeOf<number | null>();
    expectTypeOf<LenientReport2021["year"]>().toEqualTypeOf<number | null>();
    expectTypeOf<LenientReport2021["agency"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Report2021["agency"]>().toEqualTypeOf<string>();
    expectTypeOf<Report2021["text"]>().toEqualTypeOf<{ overview?: string; problems?: string; other?: string } | undefined>();
  });
});

describe("Report narrows on format", () => {
  it("discriminated union", () => {
    expectTypeOf<Report["format"]>().toEqualTypeOf<"2019" | "2021">();
    const narrow = (report: Report) => {
      if (report.format === "2019") {
        expectTypeOf(report).toEqualTypeOf<Report2019>();
        expectTypeOf(report.proactive.procurement.projects).toEqualTypeOf<number>();
      } else {
        expectTypeOf(report).toEqualTypeOf<Report2021>();
        expectTypeOf(report.applications.outcomes.otherHandling.unpaidFee.total).toEqualTypeOf<number>();
      }
    };
    expectTypeOf(narrow).parameter(0).toEqualTypeOf<Report>();
    expectTypeOf<Extract<LenientReport, { format: "2021" }>>().toEqualTypeOf<LenientReport2021>();
  });

  it("parse returns the type of the same name", () => {
    expectTypeOf(Report.parse).returns.toEqualTypeOf<Report>();
    expectTypeOf(Report2019.parse).returns.toEqualTypeOf<Report2019>();
    expectTypeOf(LenientReport2019.parse).returns.toEqualTypeOf<LenientReport2019>();
  });
});

describe("z.input equals z.output (no transforms)", () => {
  it("for every schema", () => {
    expectTypeOf<z.input<typeof Report2019>>().toEqualTypeOf<z.output<typeof Report2019>>();
    expectTypeOf<z.input<typeof Report2021>>().toEqualTypeOf<z.output<typeof Report2021>>();
    expectTypeOf<z.input<typeof Report>>().toEqualTypeOf<z.output<typeof Report>>();
    expectTypeOf<z.input<typeof LenientReport2019>>().toEqualTypeOf<z.output<typeof LenientReport2019>>();
    expectTypeOf<z.input<typeof LenientReport2021>>().toEqualTypeOf<z.output<typeof LenientReport2021>>();
  });
});

describe("the named report interfaces equal the schemas' output", () => {
  it("strict and lenient, each format and the unions", () => {
    expectTypeOf<Report2019>().toEqualTypeOf<z.output<typeof Report2019>>();
    expectTypeOf<Report2021>().toEqualTypeOf<z.output<typeof Report2021>>();
    expectTypeOf<LenientReport2019>().toEqualTypeOf<z.output<typeof LenientReport2019>>();
    expectTypeOf<LenientReport2021>().toEqualTypeOf<z.output<typeof LenientReport2021>>();
    expectTypeOf<Report>().toEqualTypeOf<z.output<typeof Report>>();
    expectTypeOf<LenientReport>().toEqualTypeOf<z.output<typeof LenientReport>>();
  });

  it("the types follow the built schema: a key of the schema is a key of the type", () => {
    expectTypeOf<keyof Report2021["applications"]>().toEqualTypeOf<keyof (typeof Report2021)["shape"]["applications"]["shape"]>();
    expectTypeOf<keyof Report2019["proactive"]>().toEqualTypeOf<keyof (typeof Report2019)["shape"]["proactive"]["shape"]>();
  });
});
