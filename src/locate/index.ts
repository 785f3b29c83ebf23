/**
 * Locating errors: which printed cells of a report are probably wrong, and what they should be.
 *
 * @packageDocumentation
 */
export {
  type ChangeKind,
  type LocateError,
  locateErrors,
  type LocateOptions,
  type LocateResult,
  locateSeriesErrors,
  type SuggestedCell,
  type Suggestion,
  type SuggestionRelation,
} from "./locate-errors.js";
