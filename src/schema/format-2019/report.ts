import type * as z from "zod";
import { OUTCOME_ROWS, REPORT_TITLES } from "../../layout/labels.js";
import { type Mode, node } from "../cells.js";
import { type ApplicantsSchema, type ApplicationsSchema, applicants, applications, OUTCOMES_PATH } from "../shared/applications.js";
import { type AgencySchema, agency, formatLiteral, type TextSchema, text, type YearSchema, year } from "../shared/base.js";
import { type ReviewAndLitigationSchema, reviewAndLitigation } from "../shared/review.js";
import { type Proactive2019Schema, proactive2019 } from "./proactive.js";

/** A whole report in the 2019 (试行) format. */
export type Report2019Schema<M extends Mode> = z.ZodObject<
  {
    format: z.ZodLiteral<"2019">;
    year: YearSchema<M>;
    agency: AgencySchema<M>;
    proactive: Proactive2019Schema<M>;
    applications: ApplicationsSchema<M, ApplicantsSchema<M>>;
    reviewAndLitigation: ReviewAndLitigationSchema<M>;
    text: TextSchema;
  },
  z.core.$strict
>;

/**
 * Builds the 2019-format report schema; （六）其他处理 is a single row.
 *
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2019.md
 */
export function report2019<M extends Mode>(mode: M): Report2019Schema<M> {
  return node(
    {
      format: formatLiteral("2019"),
      year: year(mode),
      agency: agency(mode),
      proactive: proactive2019(mode),
      applications: applications(mode, applicants(mode, [...OUTCOMES_PATH, OUTCOME_ROWS.otherHandling])),
      reviewAndLitigation: reviewAndLitigation(mode),
      text: text(),
    },
    { rows: [], section: REPORT_TITLES["2019"] },
  ) as unknown as Report2019Schema<M>;
}
