import { REPORT_TITLES } from "../../layout/labels.js";
import { type Mode, node } from "../cells.js";
import { applications } from "../shared/applications.js";
import { agency, formatLiteral, text, year } from "../shared/base.js";
import { reviewAndLitigation } from "../shared/review.js";
import { proactive2019 } from "./proactive.js";

/** A whole report in the 2019 format (the type of what {@link report2019} builds). */
export type Report2019Schema<M extends Mode> = ReturnType<typeof report2019<M>>;

/**
 * Builds the 2019-format report schema; （六）其他处理 is a single row.
 *
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2019.md
 */
export function report2019<M extends Mode>(mode: M) {
  return node(
    {
      format: formatLiteral("2019"),
      year: year(mode),
      agency: agency(mode),
      proactive: proactive2019(mode),
      applications: applications(mode, "2019"),
      reviewAndLitigation: reviewAndLitigation(mode),
      text: text(),
    },
    { rows: [], section: REPORT_TITLES["2019"] },
  );
}
