import type { LenientReport2019, LenientReport2021 } from "../schema/report.js";
import { applyMapping, type Loss } from "./apply.js";

/**
 * Migrates a (lenient or strict) 2021-format report to the 2019 format,
 * following the `to2019` steps of {@link MIGRATION_MAPPING}. The input must
 * already be valid; use `migrate` for unknown input.
 *
 * @example
 * ```ts
 * import { migrateTo2019 } from "zfxxgk";
 * migrateTo2019(seed004).report.applications.outcomes.otherHandling.total;
 * //=> 16
 * ```
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/migration.md
 */
export function migrateTo2019(report: LenientReport2021): { report: LenientReport2019; losses: Loss[] } {
  const { report: output, losses } = applyMapping(report as unknown as Record<string, unknown>, "to2019");
  return { report: output as unknown as LenientReport2019, losses };
}
