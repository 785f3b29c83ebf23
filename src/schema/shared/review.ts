import { type Label, LITIGATION_GROUP, OUTCOME_COLUMNS, type OutcomeKey, REVIEW_GROUPS, SECTIONS } from "../../layout/labels.js";
import { type CountSchema, count, type Mode, node } from "../cells.js";

const section = SECTIONS.reviewAndLitigation;

/** One group of table 四: 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计. */
function outcome<M extends Mode>(mode: M, group: readonly Label[]) {
  const shape = {} as Record<OutcomeKey, CountSchema<M>>;
  for (const key of Object.keys(OUTCOME_COLUMNS) as OutcomeKey[]) {
    shape[key] = count(mode, { table: "四", section, rows: group, column: OUTCOME_COLUMNS[key] });
  }
  return node(shape, { table: "四", section, rows: group });
}

/**
 * Section 四, identical in both formats.
 *
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2021.md#四政府信息公开行政复议行政诉讼情况
 */
export function reviewAndLitigation<M extends Mode>(mode: M) {
  return node(
    {
      review: outcome(mode, [REVIEW_GROUPS.review]),
      litigationDirect: outcome(mode, [LITIGATION_GROUP, REVIEW_GROUPS.litigationDirect]),
      litigationAfterReview: outcome(mode, [LITIGATION_GROUP, REVIEW_GROUPS.litigationAfterReview]),
    },
    { table: "四", section, rows: [] },
  );
}
