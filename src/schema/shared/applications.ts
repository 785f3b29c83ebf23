import type * as z from "zod";
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  type ApplicantKey,
  type Label,
  LEGAL_PERSON_GROUP,
  LEGAL_PERSON_KEYS,
  NOT_PROCESSED_ROWS,
  OUTCOME_ROWS,
  SECTIONS,
  UNABLE_ROWS,
  WITHHELD_ROWS,
} from "../../layout/labels.js";
import { OUTCOMES_PATH } from "../../layout/cells.js";
import { type CountSchema, count, type Mode, node } from "../cells.js";

/** The seven applicant columns of one row of table 三. */
export type ApplicantsSchema<M extends Mode> = ReturnType<typeof applicants<M>>;

const section = SECTIONS.applications;

/**
 * One row of table 三: the seven applicant columns, each labelled with the row path.
 *
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2021.md#三收到和处理政府信息公开申请情况
 */
export function applicants<M extends Mode>(mode: M, rowLabels: readonly Label[]) {
  const shape = {} as Record<ApplicantKey, CountSchema<M>>;
  for (const key of Object.keys(APPLICANT_COLUMNS) as ApplicantKey[]) {
    shape[key] = count(mode, {
      table: "三",
      section,
      rows: rowLabels,
      column: APPLICANT_COLUMNS[key],
      ...(LEGAL_PERSON_KEYS.includes(key) ? { columnGroup: LEGAL_PERSON_GROUP } : {}),
    });
  }
  return node(shape, { table: "三", section, rows: rowLabels });
}

/** A group of applicant rows (（三）不予公开 and its siblings); the group has no subtotal row. */
export function rowGroup<M extends Mode, Keys extends string>(
  mode: M,
  parents: readonly Label[],
  labels: Record<Keys, Label>,
) {
  const shape = {} as Record<Keys, ApplicantsSchema<M>>;
  for (const key of Object.keys(labels) as Keys[]) shape[key] = applicants(mode, [...parents, labels[key]]);
  return node(shape, { table: "三", section, rows: parents });
}

export { OUTCOMES_PATH } from "../../layout/cells.js";

/**
 * Section 三, shared by both formats; the format supplies （六）其他处理.
 *
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2019.md and https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2021.md
 */
export function applications<M extends Mode, OtherHandling extends z.ZodType>(
  mode: M,
  otherHandling: OtherHandling,
) {
  const outcomes = node(
    {
      disclosed: applicants(mode, [...OUTCOMES_PATH, OUTCOME_ROWS.disclosed]),
      partiallyDisclosed: applicants(mode, [...OUTCOMES_PATH, OUTCOME_ROWS.partiallyDisclosed]),
      withheld: rowGroup(mode, [...OUTCOMES_PATH, OUTCOME_ROWS.withheld], WITHHELD_ROWS),
      unableToProvide: rowGroup(mode, [...OUTCOMES_PATH, OUTCOME_ROWS.unableToProvide], UNABLE_ROWS),
      notProcessed: rowGroup(mode, [...OUTCOMES_PATH, OUTCOME_ROWS.notProcessed], NOT_PROCESSED_ROWS),
      otherHandling,
      total: applicants(mode, [...OUTCOMES_PATH, OUTCOME_ROWS.total]),
    },
    { table: "三", section, rows: OUTCOMES_PATH },
  );
  return node(
    {
      received: applicants(mode, [APPLICATION_ROWS.received]),
      carriedOver: applicants(mode, [APPLICATION_ROWS.carriedOver]),
      outcomes,
      carriedForward: applicants(mode, [APPLICATION_ROWS.carriedForward]),
    },
    { table: "三", section, rows: [] },
  );
}
