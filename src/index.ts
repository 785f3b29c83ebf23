/**
 * zfxxgk — schemas, checks, migrations and readers for 政府信息公开工作年度报告.
 *
 * @packageDocumentation
 */
export type { ApplicantKey, Label, OutcomeKey, TableId } from "./layout/labels.js";
export { type CellEntry, cellsOf, describeCell } from "./schema/describe.js";
export { type ParseOptions, type ParseResult, parseReport, type ReportIssue } from "./schema/parse.js";
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
