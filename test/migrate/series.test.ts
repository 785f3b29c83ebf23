// One organ's 2019–2023 reports across the format change: checkSeries reads
// them as they are (2019–2020 in format "2019", 2021 on in "2021").
import { describe, expect, it } from "vitest";
import { APPLICANT_PART_KEYS } from "../../src/layout/labels.js";
import { migrate } from "../../src/migrate/index.js";
import { check, checkSeries } from "../../src/rules/check.js";
import { Report2019, Report2021 } from "../../src/schema/report.js";

const AGENCY = "某县人民政府办公室";

/** A table 三 row with only natural persons (the other five columns 0). */
const row = (naturalPerson: number) => ({ ...Object.fromEntries(APPLICANT_PART_KEYS.map((key) => [key, 0])), naturalPerson, total: naturalPerson });
const zeros = <Keys extends string>(keys: readonly Keys[]) => Object.fromEntries(keys.map((key) => [key, row(0)])) as Record<Keys, ReturnType<typeof row>>;

/** Table 三 from the year's flows: 一 + 二 = （七） + 四, with （六） given separately. */
function applications(received: number, carriedOver: number, carriedForward: number, otherHandling: number) {
  const total = received + carriedOver - carriedForward;
  return {
    received: row(received),
    carriedOver: row(carriedOver),
    outcomes: {
      disclosed: row(total - otherHandling),
      partiallyDisclosed: row(0),
      withheld: zeros([
        "stateSecret",
        "prohibitedByLaw",
        "threeSecuritiesOneStability",
        "thirdPartyRights",
        "internalAffairs",
        "processInformation",
        "enforcementFiles",
        "administrativeQuery",
      ] as const),
      unableToProvide: zeros(["notHeld", "needsCreation", "stillUnclear"] as const),
      notProcessed: zeros(["complaint", "repeated", "publication", "excessive", "confirmation"] as const),
      total: row(total),
    },
    carriedForward: row(carriedForward),
  };
}

const review = () => {
  const none = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
  return { review: { upheld: 1, corrected: 1, other: 0, pending: 0, total: 2 }, litigationDirect: none, litigationAfterReview: none };
};

function report2019(year: number, proactive: { items: number; change: number; published: number; totalPublished: number }, flows: [number, number, number, number]) {
  const [received, over, forward, other] = flows;
  const base = applications(received, over, forward, other);
  const items = { itemsLastYear: proactive.items, itemsChange: proactive.change, decisions: 40 };
  return Report2019.parse({
    format: "2019",
    year,
    agency: AGENCY,
    proactive: {
      regulations: { made: 0, published: 0, totalPublished: 0 },
      normativeDocuments: { made: proactive.published, published: proactive.published, totalPublished: proactive.totalPublished },
      licensing: items,
      otherServices: { itemsLastYear: 0, itemsChange: 0, decisions: 0 },
      penalty: items,
      coercion: items,
      fees: { itemsLastYear: proactive.items, itemsChange: proactive.change },
      procurement: { projects: 2, amount: { value: 12.5, unit: "万元" } },
    },
    applications: { ...base, outcomes: { ...base.outcomes, otherHandling: row(other) } },
    reviewAndLitigation: review(),
    text: { other: "无。" },
  });
}

function report2021(year: number, documents: { issued: number; repealed: number; inForce: number }, flows: [number, number, number, number]) {
  const [received, over, forward, other] = flows;
  const base = applications(received, over, forward, other);
  return Report2021.parse({
    format: "2021",
    year,
    agency: AGENCY,
    proactive: {
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: documents,
      licensing: { decisions: 40 },
      penalty: { decisions: 40 },
      coercion: { decisions: 40 },
      fees: { amountWanYuan: 1.5 },
    },
    applications: { ...base, outcomes: { ...base.outcomes, otherHandling: { noCorrection: row(other), unpaidFee: row(0), other: row(0) } } },
    reviewAndLitigation: review(),
    text: { other: "本年度未收取信息处理费。" },
  });
}

// [received, carried over, carried forward, （六）] per year; carried over = last year's carried forward.
const series = [
  report2019(2019, { items: 30, change: 2, published: 5, totalPublished: 40 }, [10, 0, 2, 1]),
  report2019(2020, { items: 32, change: -1, published: 6, totalPublished: 46 }, [12, 2, 3, 0]),
  report2021(2021, { issued: 4, repealed: 1, inForce: 20 }, [20, 3, 4, 1]),
  report2021(2022, { issued: 3, repealed: 2, inForce: 21 }, [15, 4, 1, 2]),
  report2021(2023, { issued: 5, repealed: 0, inForce: 26 }, [9, 1, 0, 0]),
];

describe("series 2019–2023 across the format change", () => {
  it("each report is internally consistent (every t3/t4 rule passes)", () => {
    for (const report of series) expect(check(report).filter((finding) => /^t[34]\./.test(finding.ruleId))).toEqual([]);
  });

  it("checkSeries reads the mixed-format series as it is, in any order, with no finding", () => {
    expect(checkSeries(series)).toEqual([]);
    expect(checkSeries([...series].reverse())).toEqual([]);
  });

  it("series.carry-over holds 2020 → 2021 and fails when 2021's 上年结转 is broken", () => {
    const broken = structuredClone(series);
    (broken[2] as { applications: { carriedOver: { naturalPerson: number } } }).applications.carriedOver.naturalPerson = 2;
    const findings = checkSeries(broken);
    expect(findings.map((finding) => finding.ruleId)).toEqual(["series.carry-over"]);
    expect(findings[0]).toMatchObject({ expected: 3, actual: 2, severity: "error" });
    expect(findings[0]?.paths).toEqual(expect.arrayContaining(["/2/applications/carriedOver/naturalPerson", "/1/applications/carriedForward/naturalPerson"]));
    expect(findings[0]?.message).toContain("2020→2021");
  });

  it("migration is not needed, but a series migrated to one format still links the same way", () => {
    const all2021 = series.map((report) => {
      const result = migrate(report, "2021");
      if (!result.success) throw new Error("invalid");
      return result.data;
    });
    const carry = checkSeries(all2021).filter((finding) => finding.ruleId === "series.carry-over");
    expect(carry).toEqual([]);
    // 2019–2020 lose the 2019-only series relations (series.items, series.published-total): nothing left to compare, nothing invented.
    expect(all2021[1]?.proactive.normativeDocuments.inForce).toBeNull();
  });
});
