import { REPORT_TITLES } from "../../layout/labels.js";
import { type Mode, node } from "../cells.js";
import { applications } from "../shared/applications.js";
import { agency, formatLiteral, text, year } from "../shared/base.js";
import { reviewAndLitigation } from "../shared/review.js";
import { proactive2021 } from "./proactive.js";

/** A whole report in the 2021 format (the type of what {@link report2021} builds). */
export type Report2021Schema<M extends Mode> = ReturnType<typeof report2021<M>>;

/**
 * Builds the 2021-format report schema; （六）其他处理 has three sub-rows.
 *
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2021.md
 */
export function report2021<M extends Mode>(mode: M) {
  return node(
    {
      format: formatLiteral("2021"),
      year: year(mode),
      agency: agency(mode),
      proactive: proactive2021(mode),
      applications: applications(mode, "2021"),
      reviewAndLitigation: reviewAndLitigation(mode),
      text: text(),
    },
    { rows: [], section: REPORT_TITLES["2021"] },
  );
}
