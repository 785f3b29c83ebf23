/**
 * zfxxgk — schemas, checks, migrations and readers for 政府信息公开工作年度报告.
 *
 * @packageDocumentation
 */
export type { ApplicantKey, Label, OutcomeKey, TableId } from "./layout/labels.js";
export { type CellEntry, cellsOf, describeCell } from "./schema/describe.js";
export type { Result, ResultError } from "./result.js";
export {
  type ParseError,
  type ParseErrorCode,
  type ParseOptions,
  type ParseResult,
  parseReport,
  type ReportIssue,
} from "./schema/parse.js";
export { fromPointer, toPointer } from "./schema/pointer.js";
export { type CellDescription, type Lang, labelRegistry, labelText, type ValueKind, type ZfxxgkMeta } from "./schema/registry.js";
export {
  type AnyReport,
  type Format,
  LenientReport,
  LenientReport2019,
  LenientReport2021,
  Report,
  Report2019,
  Report2021,
} from "./schema/report.js";
export {
  fromLabeledTables,
  type LabeledTable,
  type LabeledTables,
  type LabeledTablesError,
  type LabeledTablesErrorCode,
  type LabeledTablesOptions,
  type LabeledTablesResult,
  type Note as LabeledTablesNote,
  type NoteKind as LabeledTablesNoteKind,
  NOTE_KINDS,
} from "./labeled/index.js";
export { isRuleId, ruleCatalogue, RULE_IDS, type RuleId, rules } from "./rules/catalogue.js";
export { check, checkSeries } from "./rules/check.js";
export type { ReportRule, Rule, SeriesRule } from "./rules/rule.js";
export type { Bilingual, BlankPolicy, CheckOptions, Evidence, Finding, RuleInfo, RuleScope, RuleSource, Severity } from "./rules/types.js";
export {
  type Validation,
  type ValidationError,
  type ValidationErrorCode,
  type ValidateOptions,
  validateReport,
  withRules,
} from "./rules/with-rules.js";
export {
  type Loss,
  LOSS_REASONS,
  type LossReason,
  type MigrateOptions,
  type MigrationError,
  type MigrationErrorCode,
  type MigrationResult,
  migrate,
} from "./migrate/index.js";
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
} from "./locate/index.js";
