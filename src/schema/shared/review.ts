import type * as z from "zod";
import { type Label, LITIGATION_GROUP, OUTCOME_COLUMNS, type OutcomeKey, REVIEW_GROUPS, SECTIONS } from "../../layout/labels.js";
import { type CountSchema, count, type Mode, node } from "../cells.js";

/** One group of table 四: 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计. */
export type OutcomeSchema<M extends Mode> = z.ZodObject<{ [Key in OutcomeKey]: CountSchema<M> }, z.core.$strict>;

/** 四、政府信息公开行政复议、行政诉讼情况. */
export type ReviewAndLitigationSchema<M extends Mode> = z.ZodObject<
  { review: OutcomeSchema<M>; litigationDirect: OutcomeSchema<M>; litigationAfterReview: OutcomeSchema<M> },
  z.core.$strict
>;

const section = SECTIONS.reviewAndLitigation;

function outcome<M extends Mode>(mode: M, group: readonly Label[]): OutcomeSchema<M> {
  const shape = {} as Record<OutcomeKey, CountSchema<M>>;
  for (const key of Object.keys(OUTCOME_COLUMNS) as OutcomeKey[]) {
    shape[key] = count(mode, { table: "四", section, rows: group, column: OUTCOME_COLUMNS[key] });
  }
  return node(shape, { table: "四", section, rows: group }) as OutcomeSchema<M>;
}

/**
 * Section 四, identical in both formats.
 *
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2021.md#四政府信息公开行政复议行政诉讼情况
 */
export function reviewAndLitigation<M extends Mode>(mode: M): ReviewAndLitigationSchema<M> {
  return node(
    {
      review: outcome(mode, [REVIEW_GROUPS.review]),
      litigationDirect: outcome(mode, [LITIGATION_GROUP, REVIEW_GROUPS.litigationDirect]),
      litigationAfterReview: outcome(mode, [LITIGATION_GROUP, REVIEW_GROUPS.litigationAfterReview]),
    },
    { table: "四", section, rows: [] },
  ) as ReviewAndLitigationSchema<M>;
}
