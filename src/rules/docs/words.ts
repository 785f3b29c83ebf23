import { DOCUMENT_ROWS_2019, DOCUMENT_ROWS_2021 } from "../layout.js";

// Label phrases the rule documentation quotes more than once, built from the layout.

/** 规章、规范性文件: the document rows of table 二, 2019 format. */
export const DOCUMENTS_2019 = DOCUMENT_ROWS_2019.map((row) => row.label.zh).join("、");
/** 规章、行政规范性文件: the document rows of table 二, 2021 format. */
export const DOCUMENTS_2021 = DOCUMENT_ROWS_2021.map((row) => row.label.zh).join("、");
