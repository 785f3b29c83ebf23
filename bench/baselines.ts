/**
 * The baselines of the ratio bench (issue 12): what a user would write without zfxxgk.
 *
 * - `plainZod`: a zod v4 strict schema of the same shape, written by hand (strict and lenient).
 * - `ajvValidators`: ajv 8 compiled on the JSON Schema the package ships (dist/json-schema).
 * - `floor`: a hand-written plain-JS loop over the same cells with the table sums — the
 *   practical floor for structure + arithmetic on one report.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as z from "zod";

// --- plain zod, by hand -----------------------------------------------------

const APPLICANTS = ["naturalPerson", "commercialEnterprise", "researchInstitution", "publicWelfareOrganization", "legalServiceAgency", "otherOrganization", "total"] as const;
const WITHHELD = ["stateSecret", "prohibitedByLaw", "threeSecuritiesOneStability", "thirdPartyRights", "internalAffairs", "processInformation", "enforcementFiles", "administrativeQuery"] as const;
const UNABLE = ["notHeld", "needsCreation", "stillUnclear"] as const;
const NOT_PROCESSED = ["complaint", "repeated", "publication", "excessive", "confirmation"] as const;
const OTHER_2021 = ["noCorrection", "unpaidFee", "other"] as const;
const REVIEW_COLUMNS = ["upheld", "corrected", "other", "pending", "total"] as const;

function plainSchema(format: "2019" | "2021", lenient: boolean) {
  const blank = <Schema extends z.ZodType>(schema: Schema) => (lenient ? schema.nullable() : schema);
  const count = blank(z.number().int().nonnegative());
  const signed = blank(z.number().int());
  const money = blank(z.number().nonnegative());
  const object = <Keys extends readonly string[], Schema extends z.ZodType>(keys: Keys, schema: Schema) =>
    z.strictObject(Object.fromEntries(keys.map((key) => [key, schema])) as Record<Keys[number], Schema>);
  const applicantRow = object(APPLICANTS, count);
  const rows = <Keys extends readonly string[]>(keys: Keys) => object(keys, applicantRow);
  const review = object(REVIEW_COLUMNS, count);
  const proactive =
    format === "2019"
      ? z.strictObject({
          regulations: z.strictObject({ made: count, published: count, totalPublished: count }),
          normativeDocuments: z.strictObject({ made: count, published: count, totalPublished: count }),
          licensing: z.strictObject({ itemsLastYear: count, itemsChange: signed, decisions: count }),
          otherServices: z.strictObject({ itemsLastYear: count, itemsChange: signed, decisions: count }),
          penalty: z.strictObject({ itemsLastYear: count, itemsChange: signed, decisions: count }),
          coercion: z.strictObject({ itemsLastYear: count, itemsChange: signed, decisions: count }),
          fees: z.strictObject({ itemsLastYear: count, itemsChange: signed }),
          procurement: z.strictObject({
            projects: count,
            amount: blank(z.strictObject({ value: z.number().nonnegative(), unit: z.enum(["元", "万元"]) })),
          }),
        })
      : z.strictObject({
          regulations: z.strictObject({ issued: count, repealed: count, inForce: count }),
          normativeDocuments: z.strictObject({ issued: count, repealed: count, inForce: count }),
          licensing: z.strictObject({ decisions: count }),
          penalty: z.strictObject({ decisions: count }),
          coercion: z.strictObject({ decisions: count }),
          fees: z.strictObject({ amountWanYuan: money }),
        });
  return z.strictObject({
    format: z.literal(format),
    year: blank(z.number().int().min(2000).max(2100)),
    agency: blank(z.string().regex(/\S/)),
    proactive,
    applications: z.strictObject({
      received: applicantRow,
      carriedOver: applicantRow,
      outcomes: z.strictObject({
        disclosed: applicantRow,
        partiallyDisclosed: applicantRow,
        withheld: rows(WITHHELD),
        unableToProvide: rows(UNABLE),
        notProcessed: rows(NOT_PROCESSED),
        otherHandling: format === "2019" ? applicantRow : rows(OTHER_2021),
        total: applicantRow,
      }),
      carriedForward: applicantRow,
    }),
    reviewAndLitigation: z.strictObject({ review, litigationDirect: review, litigationAfterReview: review }),
    text: z.strictObject({ overview: z.string().optional(), problems: z.string().optional(), other: z.string().optional() }).optional(),
  });
}

/** A hand-written zod schema of either format, discriminated on `format`, as a user would write it. */
export function plainZod(lenient: boolean) {
  return z.discriminatedUnion("format", [plainSchema("2019", lenient), plainSchema("2021", lenient)]);
}

// --- ajv on the shipped JSON Schema ----------------------------------------------

/** ajv 8 validators compiled on dist/json-schema/report.{strict,lenient}.json. */
export function ajvValidators(root: string) {
  const load = (name: string) => JSON.parse(readFileSync(join(root, "dist/json-schema", name), "utf8"));
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  // The union schemas refer to the per-format files by $id.
  for (const name of ["report-2019.strict.json", "report-2021.strict.json", "report-2019.lenient.json", "report-2021.lenient.json"]) ajv.addSchema(load(name));
  return { strict: ajv.compile(load("report.strict.json")), lenient: ajv.compile(load("report.lenient.json")) };
}

// --- the floor: one plain loop over the cells, with the table sums ----------------

type Cells = Record<string, unknown>;
const PARTS = APPLICANTS.slice(0, 6);

function num(value: unknown): number {
  return typeof value === "number" ? value : Number.NaN;
}

function row(value: unknown): Cells | undefined {
  return value !== null && typeof value === "object" ? (value as Cells) : undefined;
}

/** The data rows of 三: 一、二, the outcome rows （一）–（六） (children of a group), （七）, 四. */
function table3Rows(applications: Cells, outcomes: Cells): { rows: Cells[]; outcomeRows: Cells[] } {
  const outcomeRows: Cells[] = [];
  for (const key of ["disclosed", "partiallyDisclosed", "withheld", "unableToProvide", "notProcessed", "otherHandling"]) {
    const entry = row(outcomes[key]);
    if (!entry) continue;
    if ("total" in entry) outcomeRows.push(entry);
    else for (const child of Object.values(entry)) if (row(child)) outcomeRows.push(child as Cells);
  }
  const rows = [row(applications.received) ?? {}, row(applications.carriedOver) ?? {}, ...outcomeRows, row(outcomes.total) ?? {}, row(applications.carriedForward) ?? {}];
  return { rows, outcomeRows };
}

/** Failing sums of 三: each row's 总计, each column's （七）总计 and balance. */
function table3Failures(applications: Cells, outcomes: Cells): number {
  const { rows, outcomeRows } = table3Rows(applications, outcomes);
  let failures = 0;
  for (const entry of rows) {
    let sum = 0;
    for (const key of PARTS) sum += num(entry[key]);
    if (!(sum === num(entry.total))) failures += 1;
  }
  const [received, carriedOver] = rows as [Cells, Cells];
  const total = rows[rows.length - 2] as Cells;
  const carriedForward = rows[rows.length - 1] as Cells;
  for (const key of APPLICANTS) {
    let sum = 0;
    for (const entry of outcomeRows) sum += num(entry[key]);
    if (!(sum === num(total[key]))) failures += 1;
    if (!(num(received[key]) + num(carriedOver[key]) === num(total[key]) + num(carriedForward[key]))) failures += 1;
  }
  return failures;
}

/** Failing sums of 四 and (2019) 二. */
function otherFailures(input: Cells): number {
  let failures = 0;
  const review = row(input.reviewAndLitigation) ?? {};
  for (const group of ["review", "litigationDirect", "litigationAfterReview"]) {
    const cells = row(review[group]) ?? {};
    if (!(num(cells.upheld) + num(cells.corrected) + num(cells.other) + num(cells.pending) === num(cells.total))) failures += 1;
  }
  if (input.format !== "2019") return failures;
  const proactive = row(input.proactive) ?? {};
  for (const key of ["regulations", "normativeDocuments"]) {
    const cells = row(proactive[key]) ?? {};
    if (!(num(cells.published) <= num(cells.totalPublished))) failures += 1;
  }
  return failures;
}

/**
 * Reads every cell of 三 and 四 (and the 2019 二 document rows) once and checks the table sums
 * (balance, （七）总计, each row's 总计, each 四 group's 总计, 本年新公开 ≤ 总数). Returns how many
 * sums fail or cannot be decided; blanks are NaN, so a sum reading one is "cannot decide".
 */
export function floor(report: unknown): number {
  const input = row(report);
  const applications = row(input?.applications);
  const outcomes = row(applications?.outcomes);
  if (!input || !applications || !outcomes) return 1;
  return table3Failures(applications, outcomes) + otherFailures(input);
}
