/**
 * The notes {@link fromLabeledTables} returns: what it read, assumed, skipped
 * or could not understand, each of a kind from a fixed, documented list.
 */
import { APPLICANT_COLUMNS, OUTCOME_ROWS, PROACTIVE_COLUMNS_2019 } from "../layout/labels.js";

import type { Bilingual } from "../layout/labels.js";

/** Where a note points: a table of the input, or its metadata or prose. */
export type NoteTable = "二" | "三" | "四" | "meta" | "text";

/** How much a note matters to a pipeline: `info` (what was done) or `warning` (a value may be wrong or lost). */
export type NoteLevel = "info" | "warning";

/** A kind of note: its meaning in both languages and its level. */
export interface NoteKindInfo {
  /** What the kind means (Chinese). */
  readonly zh: string;
  /** What the kind means (English). */
  readonly en: string;
  /** `info` or `warning`. */
  readonly level: NoteLevel;
}

/**
 * Every kind of note, fixed and documented; a pipeline filters on `kind`.
 *
 * @example
 * ```ts
 * NOTE_KINDS["blank-cell"].en;
 * //=> "A cell printed blank (\"\", \"—\", \"-\", \"/\", \"无\", &nbsp;) is null."
 * ```
 */
export const NOTE_KINDS = {
  "format-detected": {
    zh: "未给出格式，依据标签（或年度）判定格式，注明依据。",
    en: "No format was given; it was detected from the labels (or the year), with the evidence.",
    level: "info",
  },
  "format-conflict": {
    zh: "标签同时指向两种格式（或与给出的格式不符）；说明采用哪种格式及理由。",
    en: "Labels point to both formats (or contradict the given format); says which format was used and why.",
    level: "warning",
  },
  "invalid-input": {
    zh: "输入中某个值的类型不对（如表格不是对象、年度不是整数），已忽略。",
    en: "A value of the input has the wrong type (a table that is not an object, a year that is not an integer…); it was ignored.",
    level: "warning",
  },
  "unknown-field": {
    zh: "输入中有无法识别的字段（顶层或 text 中），已忽略。",
    en: "An unrecognised field of the input (top level or inside text) was ignored.",
    level: "warning",
  },
  "unknown-table": {
    zh: "tables 中有无法识别的表（只认“二”“三”“四”），已忽略。",
    en: "An unrecognised table key (only 二, 三 and 四 are read) was ignored.",
    level: "warning",
  },
  "unknown-row": {
    zh: "行标签无法识别（精确匹配与别名均不符），该行各单元格未读取。",
    en: "A row label matched no official label or alias; the row's cells were not read.",
    level: "warning",
  },
  "unknown-column": {
    zh: "列标签无法识别，该单元格未读取（原文保存在 raw 中）。",
    en: "A column label matched no official label or alias; the cell was not read (its text is in raw).",
    level: "warning",
  },
  "ambiguous-label": {
    zh: "标签可对应多个单元格且无法唯一确定（如截断的“本年新”），未读取。",
    en: "A label fits more than one cell and nothing decides between them (e.g. a truncated 本年新); not read.",
    level: "warning",
  },
  "alias-used": {
    zh: `标签通过已登记的别名识别（如“社会组织”→${APPLICANT_COLUMNS.publicWelfareOrganization.zh}）。`,
    en: `A label was recognised through a documented alias (e.g. 社会组织 → ${APPLICANT_COLUMNS.publicWelfareOrganization.zh}).`,
    level: "info",
  },
  "annotation-stripped": {
    zh: "标签后的括注（如地方说明）被去掉后才识别。",
    en: "A label was recognised after removing a trailing bracketed note (e.g. a provincial annotation).",
    level: "info",
  },
  "duplicate-cell": {
    zh: "两个标签对应同一单元格：保留第一个，此处为被舍弃的第二个。",
    en: "Two labels map to one cell: the first is kept; this note holds the second.",
    level: "warning",
  },
  "group-row": {
    zh: `分组标签（无数据的行，如“${OUTCOME_ROWS.withheld.zh}”）印有数值；该值不属于任何单元格，保存在注记中。`,
    en: `A group label (a row without cells, e.g. ${OUTCOME_ROWS.withheld.zh}) carries a value; it belongs to no cell and is kept in the note.`,
    level: "warning",
  },
  "cell-not-in-format": {
    zh: "该单元格属于另一种格式（如 2021 年报告印了旧版表二）；数值保存在注记中，未放入报告。",
    en: "The cell belongs to the other format (e.g. a 2021 report printing the old table 二); its value is kept in the note, not in the report.",
    level: "warning",
  },
  "blank-cell": {
    zh: "单元格印为空（\"\"、\"—\"、\"-\"、\"/\"、\"无\"、&nbsp;），记为 null。",
    en: "A cell printed blank (\"\", \"—\", \"-\", \"/\", \"无\", &nbsp;) is null.",
    level: "info",
  },
  "unparsed-cell": {
    zh: "单元格文字无法解读为数值，记为 null（原文见 raw）。",
    en: "A cell's text could not be read as a number; it is null (the text is in raw).",
    level: "warning",
  },
  "invalid-number": {
    zh: "数值不符合该列（计数列出现负数、正负号或小数，金额为负，超出安全整数），记为 null。",
    en: "A number does not fit its column (a negative, signed or decimal count, a negative amount, beyond a safe integer); it is null.",
    level: "warning",
  },
  "signed-text": {
    zh: `${PROACTIVE_COLUMNS_2019.itemsChange.zh}以文字印出（“增加 3 项”“减 21”），已读为有符号整数。`,
    en: `${PROACTIVE_COLUMNS_2019.itemsChange.zh} was printed in words (增加 3 项, 减 21) and read as a signed integer.`,
    level: "info",
  },
  "unit-converted": {
    zh: "单元格内的单位已换算或规范（“万”→万元；元→万元，按十进制字符串换算）。",
    en: "A unit inside the cell was converted or normalised (万 → 万元; 元 → 万元 by decimal-string arithmetic).",
    level: "info",
  },
  "unit-conflict": {
    zh: "单元格内的单位与表头不符（如万元列中印“元”，可能相差一万倍），或与该列的量不符。",
    en: "The unit in a cell contradicts the header (元 in a 万元 column: a 10,000× error is possible) or the column's measure.",
    level: "warning",
  },
  "unit-missing": {
    zh: `${PROACTIVE_COLUMNS_2019.amount.zh}印为不带单位的数字且表头也无单位，单位未知，记为 null（原文见 raw）。`,
    en: `${PROACTIVE_COLUMNS_2019.amount.zh} is a bare number and the header names no unit; the unit is unknown, so it is null (text in raw).`,
    level: "warning",
  },
  "missing-row": {
    zh: "该格式的一行在输入中没有出现，其各单元格记为 null。",
    en: "A row of the format is absent from the input; its cells are null.",
    level: "warning",
  },
  "missing-column": {
    zh: "行已读取，但该列没有出现，单元格记为 null。",
    en: "The row was read but this column is absent; the cell is null.",
    level: "warning",
  },
  "missing-meta": {
    zh: "未给出报告年度或报告机关，记为 null。",
    en: "The report year or the reporting organ was not given; it is null.",
    level: "warning",
  },
  "marks-cut": {
    zh: "标签或单元格文字中连续的组合附加符号超过 32 个，规范化（NFKC）前截为 32 个（使规范化时间与文字长度成线性；真实报告中不会出现）。",
    en: "A label or cell text has a run of more than 32 combining marks; it was cut to 32 before NFKC normalisation (which keeps normalising linear; no real report has one).",
    level: "warning",
  },
  "text-missing": {
    zh: "未给出文字部分（一、五或六）。",
    en: "A prose section (一, 五 or 六) was not given.",
    level: "info",
  },
} as const satisfies Record<string, NoteKindInfo>;

/** A kind of note; see {@link NOTE_KINDS}. */
export type NoteKind = keyof typeof NOTE_KINDS;

/**
 * One thing {@link fromLabeledTables} did, assumed or could not do.
 *
 * @example
 * ```ts
 * const note: Note = {
 *   kind: "signed-text", table: "二", row: "第二十条第（六）项/行政强制", column: "本年增/减",
 *   raw: "减少 38 项", pointer: "/proactive/coercion/itemsChange",
 *   message: { zh: "…：“减少 38 项”读为 -38", en: "…: \"减少 38 项\" read as -38" },
 * };
 * note.kind;
 * //=> "signed-text"
 * ```
 */
export interface Note {
  /** What happened, from the fixed list {@link NOTE_KINDS}. */
  readonly kind: NoteKind;
  /** The input table (二, 三, 四) or `meta` (format, year, agency, top-level fields) or `text`. */
  readonly table?: NoteTable;
  /** The row label exactly as given in the input. */
  readonly row?: string;
  /** The column label exactly as given in the input. */
  readonly column?: string;
  /** The printed text concerned (a cell's text, or an unknown label). */
  readonly raw?: string;
  /** JSON Pointer of the target cell or row in the report, when there is one. */
  readonly pointer?: string;
  /** What happened, in Chinese and English. */
  readonly message: Bilingual;
}
