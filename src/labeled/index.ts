/**
 * Labelled tables (tables keyed by printed labels) → a lenient report with notes.
 * The barrel of the reader; the reading is in from-labeled-tables.ts and its parts.
 */
export {
  fromLabeledTables,
  LABELED_TABLES_ERRORS,
  type LabeledTable,
  type LabeledTables,
  type LabeledTablesError,
  type LabeledTablesErrorCode,
  type LabeledTablesOptions,
  type LabeledTablesResult,
} from "./from-labeled-tables.js";
export { LABEL_ALIASES } from "./labels.js";
export { NOTE_KINDS, type Note, type NoteKind, type NoteKindInfo, type NoteMessage } from "./notes.js";
