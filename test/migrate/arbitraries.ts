// fast-check arbitraries for strict and lenient reports of each format, written
// for the migration laws (independent of zfxxgk/fixtures). Strict reports
// satisfy every t3.* and t4.* rule: totals are computed from their parts.
import fc from "fast-check";
import { APPLICANT_KEYS, APPLICANT_PART_KEYS, NOT_PROCESSED_ROWS, UNABLE_ROWS, WITHHELD_ROWS } from "../../src/layout/labels.js";
import { cellsOf } from "../../src/schema/describe.js";
import { fromPointer } from "../../src/schema/pointer.js";
import type { Format, LenientReport2019, LenientReport2021, Report2019, Report2021 } from "../../src/schema/report.js";

type Applicants = Record<(typeof APPLICANT_KEYS)[number], number>;
type Parts = Record<(typeof APPLICANT_PART_KEYS)[number], number>;

const small = fc.nat({ max: 40 });

/** Six applicant columns; 总计 is their sum. */
const applicants: fc.Arbitrary<Applicants> = fc.tuple(small, small, small, small, small, small).map((values) => {
  const row = Object.fromEntries(APPLICANT_PART_KEYS.map((key, index) => [key, values[index] as number])) as Parts;
  return { ...row, total: values.reduce((a, b) => a + b, 0) };
});

const group = <Keys extends string>(keys: readonly Keys[]) =>
  fc.tuple(...keys.map(() => applicants)).map((rows) => Object.fromEntries(keys.map((key, index) => [key, rows[index]])) as Record<Keys, Applicants>);

function addRows(rows: readonly Applicants[]): Applicants {
  return Object.fromEntries(APPLICANT_KEYS.map((key) => [key, rows.reduce((sum, row) => sum + row[key], 0)])) as Applicants;
}

/** Table 三 given the format's （六）: totals from parts, 一 + 二 = （七） + 四 in every column. */
function applications<Other>(other: fc.Arbitrary<Other>, otherRows: (other: Other) => Applicants[]) {
  return fc
    .record({
      disclosed: applicants,
      partiallyDisclosed: applicants,
      withheld: group(Object.keys(WITHHELD_ROWS) as (keyof typeof WITHHELD_ROWS)[]),
      unableToProvide: group(Object.keys(UNABLE_ROWS) as (keyof typeof UNABLE_ROWS)[]),
      notProcessed: group(Object.keys(NOT_PROCESSED_ROWS) as (keyof typeof NOT_PROCESSED_ROWS)[]),
      otherHandling: other,
      carriedForward: applicants,
      // Per column, the share (‰) of 一 + 二 that was carried over.
      shares: fc.tuple(...APPLICANT_PART_KEYS.map(() => fc.nat({ max: 1000 }))),
    })
    .map(({ shares, carriedForward, ...outcomes }) => {
      const total = addRows([
        outcomes.disclosed,
        outcomes.partiallyDisclosed,
        ...Object.values(outcomes.withheld),
        ...Object.values(outcomes.unableToProvide),
        ...Object.values(outcomes.notProcessed),
        ...otherRows(outcomes.otherHandling),
      ]);
      const inflow = addRows([total, carriedForward]);
      const over = Object.fromEntries(
        APPLICANT_PART_KEYS.map((key, index) => [key, Math.floor((inflow[key] * (shares[index] as number)) / 1000)]),
      ) as Parts;
      const carriedOver = { ...over, total: APPLICANT_PART_KEYS.reduce((sum, key) => sum + over[key], 0) };
      const received = Object.fromEntries(APPLICANT_KEYS.map((key) => [key, inflow[key] - carriedOver[key]])) as Applicants;
      return { received, carriedOver, outcomes: { ...outcomes, total }, carriedForward };
    });
}

const outcome = fc.tuple(small, small, small, small).map(([upheld, corrected, other, pending]) => ({
  upheld,
  corrected,
  other,
  pending,
  total: upheld + corrected + other + pending,
}));

const reviewAndLitigation = fc.record({ review: outcome, litigationDirect: outcome, litigationAfterReview: outcome });

const big = fc.nat({ max: 100_000 });
const money = fc.nat({ max: 100_000_000 }).map((cents) => cents / 100);
const text = fc.option(
  fc.record(
    { overview: fc.string({ maxLength: 20 }), problems: fc.string({ maxLength: 20 }), other: fc.string({ maxLength: 20 }) },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);
const agency = fc.constantFrom("临沂市兰山区人民政府", "罗庄区人民政府办公室", "Some Organ", " 某 局 ");

const items = fc.record({ itemsLastYear: big, itemsChange: fc.integer({ min: -500, max: 500 }), decisions: big });
const documents2019 = fc.record({ made: big, published: big, totalPublished: big });

/** A strict 2019-format report passing every t3.* and t4.* rule. */
export const strict2019: fc.Arbitrary<Report2019> = fc
  .record({
    year: fc.integer({ min: 2019, max: 2020 }),
    agency,
    proactive: fc.record({
      regulations: documents2019,
      normativeDocuments: documents2019,
      licensing: items,
      otherServices: items,
      penalty: items,
      coercion: items,
      fees: fc.record({ itemsLastYear: big, itemsChange: fc.integer({ min: -500, max: 500 }) }),
      procurement: fc.record({ projects: big, amount: fc.record({ value: money, unit: fc.constantFrom("元" as const, "万元" as const) }) }),
    }),
    applications: applications(applicants, (row) => [row]),
    reviewAndLitigation,
    text,
  })
  .map(({ text: prose, ...rest }) => ({ format: "2019" as const, ...rest, ...(prose === undefined ? {} : { text: prose }) }));

const documents2021 = fc.record({ issued: big, repealed: big, inForce: big });

/** A strict 2021-format report passing every t3.* and t4.* rule. */
export const strict2021: fc.Arbitrary<Report2021> = fc
  .record({
    year: fc.integer({ min: 2021, max: 2030 }),
    agency,
    proactive: fc.record({
      regulations: documents2021,
      normativeDocuments: documents2021,
      licensing: fc.record({ decisions: big }),
      penalty: fc.record({ decisions: big }),
      coercion: fc.record({ decisions: big }),
      fees: fc.record({ amountWanYuan: money }),
    }),
    applications: applications(fc.record({ noCorrection: applicants, unpaidFee: applicants, other: applicants }), (other) => [
      other.noCorrection,
      other.unpaidFee,
      other.other,
    ]),
    reviewAndLitigation,
    text,
  })
  .map(({ text: prose, ...rest }) => ({ format: "2021" as const, ...rest, ...(prose === undefined ? {} : { text: prose }) }));

/** Pointers of the cells a lenient report may leave blank. */
function blankable(format: Format): string[] {
  return cellsOf(format)
    .filter((cell) => ["count", "signed", "money", "amount", "year", "agency"].includes(cell.meta.cell.kind))
    .map((cell) => cell.pointer);
}

function blankOut<Report>(report: Report, pointers: readonly string[]): Report {
  const copy = structuredClone(report) as Record<string, unknown>;
  for (const pointer of pointers) {
    const keys = fromPointer(pointer);
    let node = copy;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[keys[keys.length - 1] as string] = null;
  }
  return copy as Report;
}

function lenient<Report>(strict: fc.Arbitrary<Report>, format: Format): fc.Arbitrary<Report> {
  const cells = blankable(format);
  return fc
    .tuple(strict, fc.subarray(cells, { maxLength: 40 }), fc.boolean())
    .map(([report, blanks, many]) => blankOut(report, many ? blanks : blanks.slice(0, 3)));
}

/** A lenient 2019-format report: a strict one with some cells blanked (not necessarily passing t3/t4). */
export const lenient2019: fc.Arbitrary<LenientReport2019> = lenient(strict2019, "2019") as fc.Arbitrary<LenientReport2019>;
/** A lenient 2021-format report: a strict one with some cells blanked. */
export const lenient2021: fc.Arbitrary<LenientReport2021> = lenient(strict2021, "2021") as fc.Arbitrary<LenientReport2021>;

/** Any report of either format, strict or lenient. */
export const anyReport = fc.oneof(strict2019, strict2021, lenient2019, lenient2021);

/** Recursively freezes a value (to prove the migration never writes its input). */
export function deepFreeze<Value>(value: Value): Value {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
