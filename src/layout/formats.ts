/**
 * The two official formats and which report years use which, written once.
 */

/** The two official formats: 国办公开办函〔2019〕60号 (试行) and 〔2021〕30号. */
export type Format = "2019" | "2021";

/** Both formats, oldest first. */
export const FORMATS: readonly Format[] = ["2019", "2021"];

/**
 * The format a report year uses: 2019–2020 the 2019 format, 2021 on the 2021 format
 * (the rule `meta.format-year`). Years before 2019 predate both; they map to `"2019"`.
 *
 * @example
 * ```ts
 * formatForYear(2020);
 * //=> "2019"
 * ```
 */
export function formatForYear(year: number): Format {
  return year <= 2020 ? "2019" : "2021";
}
