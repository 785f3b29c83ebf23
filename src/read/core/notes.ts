/**
 * The readers' own note kinds: a fixed, documented, bilingual list (the
 * labelled-table note kinds of `fromLabeledTables` come on top of these).
 */
import type { NoteKindInfo } from "../../labeled/index.js";
import { type Bilingual, OUTCOME_ROWS } from "../../layout/labels.js";
import type { ReadErrorCode } from "./types.js";

/**
 * Every kind of reader note; a pipeline filters on `kind`.
 *
 * @example
 * ```ts
 * READ_NOTE_KINDS["ambiguous-run"].level;
 * //=> "warning"
 * ```
 */
export const READ_NOTE_KINDS = {
  "table-joined": {
    zh: "同一张表被分成两段（跨两个表格元素或两页），已按行接续合并。",
    en: "One table was split over two table elements or two pages; the parts were joined row by row.",
    level: "info",
  },
  "extra-table": {
    zh: "同一张表出现了第二份，未合并，只读第一份。",
    en: "A second copy of a table was found; it was not merged, only the first was read.",
    level: "warning",
  },
  "aligned-by-position": {
    zh: "一行的数值个数与表头列数不符，已按网格位置对齐到列。",
    en: "A row's number of value cells differs from the header's columns; values were aligned to columns by grid position.",
    level: "warning",
  },
  "ambiguous-run": {
    zh: "连在一起的数字可以多种方式拆分到本行各格，无法确定，相关单元格留空（列出候选拆分）。",
    en: "A run of digits splits into the row's cells in more than one way; the cells stay null (the candidate splits are listed).",
    level: "warning",
  },
  "split-by-arithmetic": {
    zh: "按 assist: \"arithmetic\"，选取了唯一使本行总计等于分项之和的拆分；这些单元格已标记，规则不以其为依据。",
    en: "With assist: \"arithmetic\", the unique split for which the row's total equals the sum of its parts was chosen; the cells are marked and no rule uses them as evidence.",
    level: "warning",
  },
  "label-fuzzy": {
    zh: "印刷的标签与官方标签不完全相同（缺字、截断、繁体或异体），按位置和相似度识别为官方标签。",
    en: "A printed label differs from the official one (missing characters, truncation, traditional or variant characters); it was recognised by its position and similarity.",
    level: "info",
  },
  "image-in-table": {
    zh: "表格位置上是图片，图片中的数据无法读取。",
    en: "An image stands where a table or cell should be; its content cannot be read.",
    level: "warning",
  },
  "row-missing": {
    zh: "版式中的一行在文档中没有找到，该行各格为 null。",
    en: "A row of the layout was not found in the document; its cells are null.",
    level: "warning",
  },
  "values-unplaced": {
    zh: "一行中有无法对应到列的数值，未采用（原文照录）。",
    en: "A row holds values that could not be placed in a column; they were not used (the text is quoted).",
    level: "warning",
  },
  "cell-annotation": {
    zh: "单元格带有括注（如“22（其中修订16件）”），读取主数值，括注原文照录。",
    en: "A cell carries an annotation (e.g. “22（其中修订16件）”); the main number was read and the annotation is quoted.",
    level: "info",
  },
  "single-other-handling": {
    zh: `2021 格式表中${OUTCOME_ROWS.otherHandling.zh}只印了一行（2019 式），无法拆分到三个子行。`,
    en: `In a 2021-format table, ${OUTCOME_ROWS.otherHandling.zh} was printed as one row (2019 style); it cannot be split into the three sub-rows.`,
    level: "warning",
  },
  "format-mismatch": {
    zh: "表格的版式与报告年度应使用的格式不同（如 2022 年报告印了 2019 式表格），按印刷的版式读取。",
    en: "The tables' layout differs from the format the report year should use (e.g. a 2019 table in a 2022 report); read as printed.",
    level: "warning",
  },
  "meta-read": {
    zh: "从标题或正文读取了报告年度或报告机关。",
    en: "The report year or reporting organ was read from the title or body.",
    level: "info",
  },
  "span-capped": {
    zh: "rowspan/colspan 超出上限，已截断。",
    en: "A rowspan/colspan exceeded the cap and was truncated.",
    level: "warning",
  },
  "traditional-characters": {
    zh: "标签为繁体字，已按简体识别。",
    en: "Labels were printed in traditional characters and recognised as simplified.",
    level: "info",
  },
  "section-missing": {
    zh: "文档中没有找到某个文字部分（一、五或六）。",
    en: "A prose section (一, 五 or 六) was not found in the document.",
    level: "info",
  },
} as const satisfies Record<string, NoteKindInfo>;

/** A kind of reader note. */
export type ReadNoteKind = keyof typeof READ_NOTE_KINDS;

/**
 * The error codes of the readers, with their meaning in both languages.
 *
 * @example
 * ```ts
 * READ_ERRORS["tables-are-images"].en.includes("images");
 * //=> true
 * ```
 */
export const READ_ERRORS = {
  "invalid-input": { zh: "输入不是字符串、字节或可读取的节点。", en: "The input is not a string, bytes or a readable node." },
  "no-report-found": {
    zh: "文档中没有找到政府信息公开工作年度报告的统计表。",
    en: "No statistical table of a government information disclosure annual report was found in the document.",
  },
  "tables-are-images": {
    zh: "报告的统计表以图片形式发布，无法读取其中的数据。",
    en: "The report's statistical tables are published as images; their data cannot be read.",
  },
  "format-undetermined": {
    zh: "无法从标签或年度判定报告格式：请给出 format 或 year。",
    en: "The format cannot be determined from the labels or the year: give format or year.",
  },
  "pdf-unavailable": {
    zh: "读取 PDF 需要安装可选依赖 unpdf（npm install unpdf）。",
    en: "Reading PDF needs the optional peer dependency unpdf (npm install unpdf).",
  },
  "pdf-unreadable": { zh: "PDF 无法解析，或没有文字层。", en: "The PDF cannot be parsed, or has no text layer." },
  "internal-error": { zh: "内部错误（请报告此问题）。", en: "Internal error (please report it)." },
} as const satisfies Record<ReadErrorCode, Bilingual>;
