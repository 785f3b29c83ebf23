import * as z from "zod";
import { META_FIELDS, REPORT_TITLES } from "../layout/labels.js";
import { labelled } from "./cells.js";
import { type Report2019Schema, report2019 } from "./format-2019/report.js";
import { type Report2021Schema, report2021 } from "./format-2021/report.js";
import { schemaLang } from "./locale.js";
import { renderIssue } from "./messages.js";

export type { Format } from "../layout/formats.js";

const formatCell = { rows: [META_FIELDS.format], kind: "format" } as const;

function union<A extends z.core.$ZodTypeDiscriminable, B extends z.core.$ZodTypeDiscriminable>(a: A, b: B) {
  return labelled(
    z.discriminatedUnion("format", [a, b], {
      // zod hands the whole report as `input` of a union issue; the message should show the `format` value.
      error: (issue) =>
        renderIssue(
          issue.code === "invalid_union" && issue.input && typeof issue.input === "object"
            ? { ...issue, input: (issue.input as { format?: unknown }).format }
            : issue,
          formatCell,
          schemaLang(),
        ),
    }),
    // The union's own label: JSON Schema uses it as the root `title` (an empty one would read as a bug).
    { rows: [], section: REPORT_TITLES.any },
    "node",
  );
}

/**
 * A strict report in the 2019 (试行) format: a number in every cell.
 *
 * @example
 * ```ts
 * import { Report2019 } from "zfxxgk";
 * const result = Report2019.safeParse(json);
 * if (!result.success) console.log(result.error.issues[0].message);
 * //=> "一、本年新收政府信息公开申请数量 · 自然人：不能为负数，实际为 -1"
 * ```
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2019.md
 */
export const Report2019: Report2019Schema<"strict"> = /* @__PURE__ */ report2019("strict");
/**
 * A strict report in the 2019 (试行) format. A named interface equal to the schema's output (checked in
 * test/schema/types.test-d.ts), so editors and errors print its name.
 */
export interface Report2019 extends z.output<typeof Report2019> {}

/**
 * A strict report in the 2021 format: a number in every cell.
 *
 * @example
 * ```ts
 * import { Report2021 } from "zfxxgk";
 * Report2021.parse(json).applications.received.total;
 * //=> 715
 * ```
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2021.md
 */
export const Report2021: Report2021Schema<"strict"> = /* @__PURE__ */ report2021("strict");
/**
 * A strict report in the 2021 format. A named interface equal to the schema's output (checked in
 * test/schema/types.test-d.ts), so editors and errors print its name.
 */
export interface Report2021 extends z.output<typeof Report2021> {}

/**
 * A strict report of either format, discriminated on `format`.
 *
 * @example
 * ```ts
 * import { Report } from "zfxxgk";
 * const result = Report.safeParse({ format: "2022" });
 * result.success;
 * //=> false
 * ```
 */
export const Report: z.ZodDiscriminatedUnion<[Report2019Schema<"strict">, Report2021Schema<"strict">], "format"> =
  /* @__PURE__ */ union(Report2019, Report2021);
/** A strict report of either format (equal to the schema's output). */
export type Report = Report2019 | Report2021;

/**
 * A 2019-format report as published: any numeric cell, `year`, `agency` or
 * `procurement.amount` may be `null` (left blank, or printed "—", "/", "无").
 *
 * @example
 * ```ts
 * import { LenientReport2019 } from "zfxxgk";
 * LenientReport2019.parse(seed003).applications.outcomes.total.naturalPerson;
 * //=> null
 * ```
 */
export const LenientReport2019: Report2019Schema<"lenient"> = /* @__PURE__ */ report2019("lenient");
/**
 * A 2019-format report as published, blanks as `null`. A named interface equal to the schema's output (checked in
 * test/schema/types.test-d.ts), so editors and errors print its name.
 */
export interface LenientReport2019 extends z.output<typeof LenientReport2019> {}

/**
 * A 2021-format report as published: any numeric cell, `year` or `agency` may be `null`.
 *
 * @example
 * ```ts
 * import { LenientReport2021 } from "zfxxgk";
 * LenientReport2021.safeParse(json).success;
 * //=> true
 * ```
 */
export const LenientReport2021: Report2021Schema<"lenient"> = /* @__PURE__ */ report2021("lenient");
/**
 * A 2021-format report as published, blanks as `null`. A named interface equal to the schema's output (checked in
 * test/schema/types.test-d.ts), so editors and errors print its name.
 */
export interface LenientReport2021 extends z.output<typeof LenientReport2021> {}

/**
 * A report of either format as published, discriminated on `format`.
 *
 * @example
 * ```ts
 * import { LenientReport } from "zfxxgk";
 * LenientReport.parse(json).format;
 * //=> "2019"
 * ```
 */
export const LenientReport: z.ZodDiscriminatedUnion<
  [Report2019Schema<"lenient">, Report2021Schema<"lenient">],
  "format"
> = /* @__PURE__ */ union(LenientReport2019, LenientReport2021);
/** A report of either format as published, blanks as `null` (equal to the schema's output). */
export type LenientReport = LenientReport2019 | LenientReport2021;

/** Any report zfxxgk accepts, strict or lenient, of either format. */
export type AnyReport = Report | LenientReport;
