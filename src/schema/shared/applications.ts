import type * as z from "zod";
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  type ApplicantKey,
  type Label,
  LEGAL_PERSON_GROUP,
  LEGAL_PERSON_KEYS,
  OUTCOME_GROUPS,
  OUTCOME_ROWS,
  type OutcomeGroupLayout,
  outcomeGroupsOf,
  SECTIONS,
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
function rowGroup<M extends Mode, Keys extends string>(
  mode: M,
  parents: readonly Label[],
  labels: Record<Keys, Label>,
) {
  const shape = {} as Record<Keys, ApplicantsSchema<M>>;
  for (const key of Object.keys(labels) as Keys[]) shape[key] = applicants(mode, [...parents, labels[key]]);
  return node(shape, { table: "三", section, rows: parents });
}

/** The schema of one outcome group: a row of applicants, or a group of such rows keyed like its sub-rows. */
type OutcomeGroupSchema<M extends Mode, Group extends OutcomeGroupLayout> = Group extends { readonly rows: infer Rows }
  ? ReturnType<typeof rowGroup<M, Extract<keyof Rows, string>>>
  : ApplicantsSchema<M>;

/** The shape of 三、本年度办理结果 in a format: its outcome groups from the layout, then （七）总计. */
type OutcomesShape<M extends Mode, Format extends keyof typeof OUTCOME_GROUPS> = {
  [Group in (typeof OUTCOME_GROUPS)[Format][number] as Group["key"]]: OutcomeGroupSchema<M, Group>;
} & { total: ApplicantsSchema<M> };

/** The rows of 三、本年度办理结果, built from the layout's outcome groups of the format. */
function outcomesShape<M extends Mode, Format extends keyof typeof OUTCOME_GROUPS>(mode: M, format: Format): OutcomesShape<M, Format> {
  const shape: Record<string, z.ZodType> = {};
  for (const group of outcomeGroupsOf(format)) {
    const labels = [...OUTCOMES_PATH, group.label];
    shape[group.key] = group.rows ? rowGroup(mode, labels, group.rows) : applicants(mode, labels);
  }
  shape.total = applicants(mode, [...OUTCOMES_PATH, OUTCOME_ROWS.total]);
  return shape as OutcomesShape<M, Format>;
}

/**
 * Section 三 of a format; the outcome groups （一）–（六） come from the layout (they differ only
 * in （六）其他处理: one row in 2019, three sub-rows in 2021).
 *
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2019.md and https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2021.md
 */
export function applications<M extends Mode, Format extends keyof typeof OUTCOME_GROUPS>(mode: M, format: Format) {
  const outcomes = node(outcomesShape(mode, format), { table: "三", section, rows: OUTCOMES_PATH });
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
