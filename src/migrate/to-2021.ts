import type { LenientReport2019, LenientReport2021 } from "../schema/report.js";
import { applyMapping, type Loss } from "./apply.js";

/**
 * Migrates a (lenient or strict) 2019-format report to the 2021 format,
 * following the `to2021` steps of {@link MIGRATION_MAPPING}. The input must
 * already be valid; use `migrate` for unknown input.
 *
 * @example
 * ```ts
 * import { migrateTo2021 } from "zfxxgk";
 * migrateTo2021(seed000).report.proactive.regulations.inForce;
 * //=> null
 * ```
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/migration.md
 */
export function migrateTo2021(report: LenientReport2019): { report: LenientReport2021; losses: Loss[] } {
  const { report: output, losses } = applyMapping(report as unknown as Record<string, unknown>, "to2021");
  return { report: output as unknown as LenientReport2021, losses };
}
