/**
 * The fixed list of reasons a migration can give for a ledger entry, as data.
 *
 * A ledger entry is about one cell. Most reasons describe a cell of the
 * *source* report (what happened to its value); `no-source` and
 * `requirement-absent` describe a cell of the *target* report (why it is
 * blank, or what it lacks). `side` says which.
 */
import {
  OTHER_HANDLING_ROWS_2021,
  OUTCOME_ROWS,
  PROACTIVE_COLUMNS_2019 as C19,
  PROACTIVE_COLUMNS_2021 as C21,
  PROACTIVE_ROWS,
  SECTIONS,
} from "../layout/labels.js";
import type { Bilingual } from "../rules/types.js";

/**
 * Why a cell was not carried exactly from one format to the other.
 *
 * @example
 * ```ts
 * import { type LossReason, migrate } from "zfxxgk";
 * const reason: LossReason = "dropped";
 * migrate(report2019, "2021").losses.filter((loss) => loss.reason === reason).length;
 * //=> 13
 * ```
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/migration.md#reasons
 */
export type LossReason =
  | "dropped"
  | "rescoped"
  | "renamed-scope"
  | "measure-replaced"
  | "merged"
  | "assumed-split"
  | "no-source"
  | "requirement-absent";

/** Which report a ledger entry's `pointer` points into. */
export type LossSide = "source" | "target";

/** The documentation record of one {@link LossReason}. */
export interface LossReasonInfo {
  /** `source`: `pointer` is a cell of the input and `value` its value. `target`: `pointer` (= `target`) is a cell of the output and `value` is `null`. */
  readonly side: LossSide;
  /** Whether the source value still reaches the output (with a caveat) or the output cell holds a value derived from it. */
  readonly carried: boolean;
  /** A short title. */
  readonly title: Bilingual;
  /** What the reason means and what the migration did. */
  readonly description: Bilingual;
}

/**
 * Every {@link LossReason} with its side and a bilingual description, in the
 * order the docs list them.
 *
 * @example
 * ```ts
 * import { LOSS_REASONS } from "zfxxgk";
 * LOSS_REASONS["no-source"].side;
 * //=> "target"
 * Object.keys(LOSS_REASONS).length;
 * //=> 8
 * ```
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/migration.md#reasons
 */
export const LOSS_REASONS: { readonly [Reason in LossReason]: LossReasonInfo } = {
  dropped: {
    side: "source",
    carried: false,
    title: { zh: "丢弃", en: "dropped" },
    description: {
      zh: "目标格式没有对应的单元格（整行、整列或整块被删除），该值未转入。值为 0 或空白时同样记录。",
      en: "The target format has no counterpart cell (the row, column or block was removed), so the value is not carried. Recorded even when the value is 0 or blank.",
    },
  },
  rescoped: {
    side: "source",
    carried: false,
    title: { zh: "口径改变", en: "re-scoped" },
    description: {
      zh: `目标格式位置相同的单元格统计的是另一口径（${C19.totalPublished.zh} ↔ ${C21.inForce.zh}），不能照抄；该值未转入，目标单元格留空并另记 no-source。`,
      en: `The counterpart cell measures something else (${C19.totalPublished.zh}, cumulative published, vs ${C21.inForce.zh}, currently in force), so it is not copied; the target cell is left null and gets its own no-source entry.`,
    },
  },
  "renamed-scope": {
    side: "source",
    carried: true,
    title: { zh: "改名，口径相近", en: "renamed, near-exact" },
    description: {
      zh: `标签改名、口径相同或相近（${C19.made.zh} ↔ ${C21.issued.zh}；${PROACTIVE_ROWS.normativeDocuments2019.zh} ↔ ${PROACTIVE_ROWS.normativeDocuments2021.zh}；${C19.decisions.zh} ↔ ${C21.decisions.zh}）：按原值填入 target，附此说明。`,
      en: `The label was renamed with the same or a very close meaning (${C19.made.zh} ↔ ${C21.issued.zh}; ${PROACTIVE_ROWS.normativeDocuments2019.zh} ↔ ${PROACTIVE_ROWS.normativeDocuments2021.zh}; ${C19.decisions.zh} ↔ ${C21.decisions.zh}): the value is copied to \`target\`, with this caveat.`,
    },
  },
  "measure-replaced": {
    side: "source",
    carried: false,
    title: { zh: "指标替换", en: "measure replaced" },
    description: {
      zh: `${PROACTIVE_ROWS.fees.zh}：2019 格式报告项目数量（${C19.itemsLastYear.zh}、${C19.itemsChange.zh}），2021 格式报告本年收费金额（万元）。项目数不是金额，该值未转入，目标单元格留空并另记 no-source。`,
      en: `${PROACTIVE_ROWS.fees.zh}: the 2019 format reports item counts (${C19.itemsLastYear.zh}, ${C19.itemsChange.zh}), the 2021 format the amount collected (万元). A count is not money, so the value is not carried; the target cells are null and get no-source entries.`,
    },
  },
  merged: {
    side: "source",
    carried: true,
    title: { zh: "合并", en: "merged" },
    description: {
      zh: `2021 格式${OUTCOME_ROWS.otherHandling.zh}的三个分项合并为 2019 格式的单行${OUTCOME_ROWS.otherHandling.zh}：target = 1 + 2 + 3（任一分项空白则为空白，不把空白当 0）。每个分项各记一条。`,
      en: `The three 2021 sub-rows of ${OUTCOME_ROWS.otherHandling.zh} are merged into the single 2019 row: target = 1 + 2 + 3 (blank if any part is blank; a blank is never read as 0). One entry per sub-row cell.`,
    },
  },
  "assumed-split": {
    side: "source",
    carried: true,
    title: { zh: "假定拆分", en: "assumed split" },
    description: {
      zh: `2019 格式单行${OUTCOME_ROWS.otherHandling.zh}拆入 2021 格式三个分项：全数填入“${OTHER_HANDLING_ROWS_2021.other.zh}”，分项 1、2 填 0（原值空白时三者均为空白）。这是假定，不是原报告数据；合计保持不变。每个目标分项各记一条。`,
      en: `The single 2019 row ${OUTCOME_ROWS.otherHandling.zh} is split into the three 2021 sub-rows: all of it goes to ${OTHER_HANDLING_ROWS_2021.other.zh}, and sub-rows 1 and 2 are 0 (all three blank when the source is blank). This is an assumption, not reported data; the group sum is unchanged. One entry per target sub-row cell.`,
    },
  },
  "no-source": {
    side: "target",
    carried: false,
    title: { zh: "无来源", en: "no source" },
    description: {
      zh: "目标格式的这个单元格在源格式中没有来源（或来源口径不同），留空（null），不编造数字。pointer 与 target 都指向目标报告中的该单元格，value 为 null。",
      en: "This cell of the target format has no source in the source format (or only one of another measure), so it is left null: no number is invented. `pointer` and `target` both point to the cell of the output; `value` is null.",
    },
  },
  "requirement-absent": {
    side: "target",
    carried: false,
    title: { zh: "缺少要求的内容", en: "requirement absent" },
    description: {
      zh: `2021 格式要求在“${SECTIONS.other.zh}”中报告收取信息处理费情况；2019 格式没有这一要求（信息处理费始于国办函〔2020〕109号）。原文照转，未补写。`,
      en: "The 2021 format requires section 六 to report the 信息处理费 collected; the 2019 format had no such requirement (the fee began with 国办函〔2020〕109号). The text is carried as is; nothing is added.",
    },
  },
};

/**
 * The reason codes in documentation order.
 *
 * @example
 * ```ts
 * import { LOSS_REASON_CODES } from "zfxxgk";
 * LOSS_REASON_CODES[0];
 * //=> "dropped"
 * ```
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/migration.md#reasons
 */
export const LOSS_REASON_CODES: readonly LossReason[] = Object.keys(LOSS_REASONS) as LossReason[];
