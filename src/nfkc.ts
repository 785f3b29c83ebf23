// Zod-free: the labelled-table reader and the page readers use it.

/** A run of combining marks longer than this is cut to this length before normalising. */
export const MAX_MARK_RUN = 32;

const LONG_MARK_RUN = new RegExp(`(\\p{M}{${MAX_MARK_RUN}})\\p{M}+`, "gu");

/**
 * `text.normalize("NFKC")` in time linear in the text: NFKC reorders each run of combining marks,
 * which takes time quadratic in the run's length (50,000 alternating marks take seconds). No
 * printed label or cell has more than a few marks on one character, so a longer run is cut to
 * {@link MAX_MARK_RUN} marks first; any other text is normalised exactly as before.
 *
 * @example
 * ```ts
 * nfkc("１２件");
 * //=> "12件"
 * nfkc("a" + "\u0301".repeat(1_000_000)).length;
 * //=> 33
 * ```
 */
export function nfkc(text: string): string {
  return text.replace(LONG_MARK_RUN, "$1").normalize("NFKC");
}
