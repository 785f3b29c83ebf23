import type * as z from "zod";
import { OTHER_HANDLING_ROWS_2021, OUTCOME_ROWS, REPORT_TITLES } from "../../layout/labels.js";
import { type Mode, node } from "../cells.js";
import { type ApplicationsSchema, applications, OUTCOMES_PATH, type RowGroupSchema, rowGroup } from "../shared/applications.js";
import { type AgencySchema, agency, formatLiteral, type TextSchema, text, type YearSchema, year } from "../shared/base.js";
import { type ReviewAndLitigationSchema, reviewAndLitigation } from "../shared/review.js";
import { type Proactive2021Schema, proactive2021 } from "./proactive.js";

/** （六）其他处理 in the 2021 format: three rows, no subtotal. */
export type OtherHandling2021Schema<M extends Mode> = RowGroupSchema<M, keyof typeof OTHER_HANDLING_ROWS_2021>;

/** A whole report in the 2021 format. */
export type Report2021Schema<M extends Mode> = z.ZodObject<
  {
    format: z.ZodLiteral<"2021">;
    year: YearSchema<M>;
    agency: AgencySchema<M>;
    proactive: Proactive2021Schema<M>;
    applications: ApplicationsSchema<M, OtherHandling2021Schema<M>>;
    reviewAndLitigation: ReviewAndLitigationSchema<M>;
    text: TextSchema;
  },
  z.core.$strict
>;

/**
 * Builds the 2021-format report schema; （六）其他处理 has three sub-rows.
 *
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2021.md
 */
export function report2021<M extends Mode>(mode: M): Report2021Schema<M> {
  return node(
    {
      format: formatLiteral("2021"),
      year: year(mode),
      agency: agency(mode),
      proactive: proactive2021(mode),
      applications: applications(
        mode,
        rowGroup(mode, [...OUTCOMES_PATH, OUTCOME_ROWS.otherHandling], OTHER_HANDLING_ROWS_2021),
      ),
      reviewAndLitigation: reviewAndLitigation(mode),
      text: text(),
    },
    { rows: [], section: REPORT_TITLES["2021"] },
  ) as unknown as Report2021Schema<M>;
}
