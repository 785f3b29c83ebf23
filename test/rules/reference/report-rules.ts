import { APPLICANT_COLUMNS, APPLICANT_KEYS, APPLICANT_PART_KEYS, ARTICLE_20_BLOCKS, LITIGATION_GROUP, PROACTIVE_COLUMNS_2019, REVIEW_GROUPS, SECTIONS } from "../../../src/layout/labels.js";
import { formatForYear } from "../../../src/layout/formats.js";
import { cellRef, DOCUMENT_ROWS_2019, REVIEW_GROUP_KEYS, REVIEW_PART_KEYS, reviewRef } from "./layout.js";
import { valueAt } from "./reader.js";
import { exactSum, isExactTable } from "./exact.js";
import { type RunnableReportRule, relationForm } from "./rule.js";
import type { Bilingual, Finding } from "../../../src/rules/types.js";

const TABLE3 = SECTIONS.applications;
const TABLE4 = SECTIONS.reviewAndLitigation;
const COLUMN3_WHERE: Bilingual = { zh: `${TABLE3.zh}（{column}列）`, en: `${TABLE3.en} ({column} column)` };

/** t3.balance — 一 + 二 = （七）总计 + 四, per column. */
export const t3Balance: RunnableReportRule = {
  id: "t3.balance",
  severity: "error",
  scope: "report",
  formats: ["2019", "2021"],
  ...relationForm("eq", COLUMN3_WHERE),
  tolerance: 0,
  run({ reader, tolerance, emit }) {
    const layout = reader.layout;
    const findings: Finding[] = [];
    const values = reader.table3();
    const width = APPLICANT_KEYS.length;
    APPLICANT_KEYS.forEach((key, column) => {
      // Fast path: all four cells printed and the column balances (NaN, a blank, never does).
      const at = (row: { index: number }) => values[row.index * width + column] as number;
      if (isExactTable(values) && Math.abs(at(layout.received) + at(layout.carriedOver) - (at(layout.outcomesTotal) + at(layout.carriedForward))) <= tolerance) return;
      const finding = emit.relate(
        { column: APPLICANT_COLUMNS[key] },
        [reader.cell(layout.cell(layout.received, key)), reader.cell(layout.cell(layout.carriedOver, key))],
        [reader.cell(layout.cell(layout.outcomesTotal, key)), reader.cell(layout.cell(layout.carriedForward, key))],
        "left",
      );
      if (finding) findings.push(finding);
    });
    return findings;
  },
};

/** t3.outcomes-total — （七）总计 = the sum of the outcome rows, per column. */
export const t3OutcomesTotal: RunnableReportRule = {
  id: "t3.outcomes-total",
  severity: "error",
  scope: "report",
  formats: ["2019", "2021"],
  ...relationForm("eq", COLUMN3_WHERE),
  tolerance: 0,
  run({ reader, tolerance, emit }) {
    const layout = reader.layout;
    const findings: Finding[] = [];
    const values = reader.table3();
    const width = APPLICANT_KEYS.length;
    const outcomeRows = layout.outcomeRows;
    APPLICANT_KEYS.forEach((key, column) => {
      let sum = 0;
      for (const row of outcomeRows) sum += values[row.index * width + column] as number;
      if (isExactTable(values) && Math.abs(sum - (values[layout.outcomesTotal.index * width + column] as number)) <= tolerance) return; // holds (NaN never does)
      const finding = emit.relate(
        { column: APPLICANT_COLUMNS[key] },
        [reader.cell(layout.cell(layout.outcomesTotal, key), { derive: false })],
        layout.outcomeGroups.map((group) =>
          reader.sum(
            group.rows.map((row) => layout.cell(row, key)),
            group.label,
          ),
        ),
        "right",
      );
      if (finding) findings.push(finding);
    });
    return findings;
  },
};

/** t3.applicant-total — 总计 = the six applicant columns, per row. */
export const t3ApplicantTotal: RunnableReportRule = {
  id: "t3.applicant-total",
  severity: "error",
  scope: "report",
  formats: ["2019", "2021"],
  ...relationForm("eq", { zh: `${TABLE3.zh}（{row}）`, en: `${TABLE3.en} ({row})` }),
  tolerance: 0,
  run({ reader, tolerance, emit }) {
    const layout = reader.layout;
    const findings: Finding[] = [];
    const values = reader.table3();
    const width = APPLICANT_KEYS.length;
    const totalColumn = APPLICANT_KEYS.indexOf("total");
    for (const row of layout.rows) {
      let sum = 0;
      for (let column = 0; column < width; column += 1) if (column !== totalColumn) sum += values[row.index * width + column] as number;
      if (isExactTable(values) && Math.abs(sum - (values[row.index * width + totalColumn] as number)) <= tolerance) continue; // holds (NaN never does)
      const totalRef = layout.cell(row, "total");
      const finding = emit.relate(
        { row: row.full },
        [reader.cell(totalRef, { derive: false, label: APPLICANT_COLUMNS.total })],
        APPLICANT_PART_KEYS.map((key) => reader.cell(layout.cell(row, key), { label: APPLICANT_COLUMNS[key] })),
        "right",
      );
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

/** t4.total — 总计 = 维持 + 纠正 + 其他 + 尚未审结, per group. */
export const t4Total: RunnableReportRule = {
  id: "t4.total",
  severity: "error",
  scope: "report",
  formats: ["2019", "2021"],
  ...relationForm("eq", { zh: `${TABLE4.zh}（{group}）`, en: `${TABLE4.en} ({group})` }),
  tolerance: 0,
  run({ report, reader, format, tolerance, emit }) {
    const findings: Finding[] = [];
    for (const group of REVIEW_GROUP_KEYS) {
      const cells = (report as { reviewAndLitigation?: Record<string, Record<string, unknown>> } | null)?.reviewAndLitigation?.[group];
      if (cells && typeof cells === "object") {
        const { upheld, corrected, other, pending, total } = cells;
        if (
          typeof total === "number" &&
          Math.abs((exactSum([upheld, corrected, other, pending]) ?? Number.NaN) - total) <= tolerance // NaN when not exact: 12n, 2^53
        )
          continue; // holds exactly
      }
      const groupLabel =
        group === "review"
          ? { zh: REVIEW_GROUPS.review.zh, en: REVIEW_GROUPS.review.en }
          : { zh: `${LITIGATION_GROUP.zh} / ${REVIEW_GROUPS[group].zh}`, en: `${LITIGATION_GROUP.en} › ${REVIEW_GROUPS[group].en}` };
      const finding = emit.relate(
        { group: groupLabel },
        [reader.cell(reviewRef(format, group, "total"), { derive: false })],
        REVIEW_PART_KEYS.map((key) => reader.cell(reviewRef(format, group, key))),
        "right",
      );
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

/** t2.published-within-total — 2019: 本年新公开数量 ≤ 对外公开总数量. */
export const t2PublishedWithinTotal: RunnableReportRule = {
  id: "t2.published-within-total",
  severity: "warning",
  scope: "report",
  formats: ["2019"],
  ...relationForm("le", { zh: `${SECTIONS.proactive.zh}（{row}）`, en: `${SECTIONS.proactive.en} ({row})` }),
  run({ reader, format, emit }) {
    const findings: Finding[] = [];
    for (const row of DOCUMENT_ROWS_2019) {
      const published = cellRef(format, ["proactive", row.key, "published"], PROACTIVE_COLUMNS_2019.published);
      const total = cellRef(format, ["proactive", row.key, "totalPublished"], PROACTIVE_COLUMNS_2019.totalPublished);
      const finding = emit.relate(
        { row: { zh: `${ARTICLE_20_BLOCKS["1"].zh} / ${row.label.zh}`, en: `${ARTICLE_20_BLOCKS["1"].en} › ${row.label.en}` } },
        [reader.cell(published)],
        [reader.cell(total)],
        "right",
      );
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

/** meta.format-year — report years 2019–2020 use format "2019", 2021 on use "2021". */
export const metaFormatYear: RunnableReportRule = {
  id: "meta.format-year",
  severity: "warning",
  scope: "report",
  formats: ["2019", "2021"],
  message: {
    zh: "报告年度 {year} 应使用 {expected} 格式，实际为 {format} 格式",
    en: "Report year {year} should use the {expected} format, but the report is in the {format} format",
  },
  run({ report, format, emit }) {
    const given = (report as { format?: unknown } | null)?.format;
    if (given !== "2019" && given !== "2021") {
      const shown = given === undefined ? "" : JSON.stringify(given) ?? String(given);
      return [
        emit.failWith(["/format"], {
          zh: `报告格式${shown ? ` ${shown} 无效` : "缺失"}，按表格结构推断为 ${format} 格式进行检查`,
          en: `The report format is ${shown ? `invalid (${shown})` : "missing"}; the tables were checked as the ${format} format, inferred from their rows`,
        }),
      ];
    }
    const year = valueAt(report, ["year"]);
    if (year === undefined)
      return [
        emit.notAssessable(["/year", "/format"], {
          zh: "报告年度为空，无法判断格式是否与年度相符",
          en: "The report year is blank: cannot tell whether the format matches it",
        }),
      ];
    const expected = formatForYear(year);
    if (year >= 2019 && expected === format) return [];
    if (year < 2019)
      return [
        emit.failWith(["/format", "/year"], {
          zh: `报告年度 ${year} 早于两种格式（2019 格式用于 2019 年度起的报告）`,
          en: `Report year ${year} predates both formats (the 2019 format applies from the 2019 reports)`,
        }),
      ];
    return [emit.fail(["/format", "/year"], { year, expected, format })];
  },
};

const FEE_PATTERNS = [/信息处理费/, /处理费/, /信息处理.{0,12}费/, /收取.{0,20}费/, /收费/];

/** text.fees-statement — 2021: section 六 reports the 信息处理费 collected. */
export const textFeesStatement: RunnableReportRule = {
  id: "text.fees-statement",
  severity: "warning",
  scope: "report",
  formats: ["2021"],
  message: {
    zh: `${SECTIONS.other.zh} 未提及收取信息处理费情况（2021 格式要求在此报告，未收取也应说明）`,
    en: "Section VI does not mention the information-processing fees collected (the 2021 format requires it, even when none were collected)",
  },
  run({ report, emit }) {
    const text = (report as { text?: { other?: unknown } } | null)?.text?.other;
    if (typeof text !== "string" || text.trim() === "")
      return [
        emit.notAssessable(["/text/other"], {
          zh: `未提供${SECTIONS.other.zh} 的文字，无法判断是否报告了信息处理费`,
          en: "Section VI text is not given: cannot tell whether it reports the fees collected",
        }),
      ];
    const compact = text.replace(/\s+/g, "");
    if (FEE_PATTERNS.some((pattern) => pattern.test(compact))) return [];
    return [emit.fail(["/text/other"])];
  },
};

const OVERVIEW_LIMIT = 1000;

/** text.overview-length — 2021: section 一 within about 1,000 characters. */
export const textOverviewLength: RunnableReportRule = {
  id: "text.overview-length",
  severity: "info",
  scope: "report",
  formats: ["2021"],
  message: {
    zh: `${SECTIONS.overview.zh} 共 {count} 字（不计空白），超过原则上一千字的篇幅要求`,
    en: "Section I has {count} characters (whitespace not counted), over the guideline of about 1,000",
  },
  tolerance: 0,
  run({ report, tolerance, emit }) {
    const text = (report as { text?: { overview?: unknown } } | null)?.text?.overview;
    if (typeof text !== "string" || text.trim() === "")
      return [
        emit.notAssessable(["/text/overview"], {
          zh: `未提供${SECTIONS.overview.zh} 的文字，无法判断篇幅`,
          en: "Section I text is not given: cannot check its length",
        }),
      ];
    let count = 0;
    for (const _character of text.replace(/\s+/g, "")) count += 1; // code points, not UTF-16 units
    if (count <= OVERVIEW_LIMIT + tolerance) return [];
    return [emit.fail(["/text/overview"], { count }, { expected: OVERVIEW_LIMIT, actual: count })];
  },
};

/** The single-report rules in catalogue order. */
export const REPORT_RULES: readonly RunnableReportRule[] = [
  t3Balance,
  t3OutcomesTotal,
  t3ApplicantTotal,
  t4Total,
  t2PublishedWithinTotal,
  metaFormatYear,
  textFeesStatement,
  textOverviewLength,
];

