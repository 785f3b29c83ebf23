import { APPLICANT_COLUMNS, APPLICANT_KEYS, APPLICANT_PART_KEYS, type ApplicantKey, ARTICLE_20_BLOCKS, LITIGATION_GROUP, PROACTIVE_COLUMNS_2019, REVIEW_GROUPS, SECTIONS } from "../layout/labels.js";
import { formatForYear } from "../layout/formats.js";
import type { Format } from "../schema/report.js";
import { type CellRef, cellRef, DOCUMENT_ROWS_2019, REVIEW_GROUP_KEYS, REVIEW_PART_KEYS, type ReviewGroupKey, type Row3, reviewRef } from "./layout.js";
import { valueAt } from "./reader.js";
import { exactSum } from "./exact.js";
import { type RunnableReportRule, relationForm, type TemplateValues } from "./rule.js";
import type { Bilingual, Finding } from "./types.js";

const TABLE3 = SECTIONS.applications;
const TABLE4 = SECTIONS.reviewAndLitigation;
const COLUMN3_WHERE: Bilingual = { zh: `${TABLE3.zh}（{column}列）`, en: `${TABLE3.en} ({column} column)` };
const WIDTH = APPLICANT_KEYS.length;
const TOTAL_COLUMN = APPLICANT_KEYS.indexOf("total");
/** The `{column}` of each table-三 column, made once (the engine keeps their texts by this object). */
const COLUMN_AT: readonly TemplateValues[] = APPLICANT_KEYS.map((key) => ({ column: APPLICANT_COLUMNS[key] }));
const NO_DERIVE = { derive: false } as const;
/**
 * The table-三 relations read disjoint cells (emit.relate's `disjoint`): t3.balance reads four
 * rows, t3.outcomes-total the outcome rows and （七）总计, t3.applicant-total one row's columns, and
 * a blank total is derived only from its own row or, for （七）总计, from the outcome rows of its
 * column — never a cell of another term. test/rules/reference.test.ts holds the findings.
 */
const DISJOINT = true;
const ROW_AT = new WeakMap<Row3, TemplateValues>();

/** The `{row}` of a table-三 row, made once. */
function rowAt(row: Row3): TemplateValues {
  let at = ROW_AT.get(row);
  if (!at) {
    at = { row: row.full };
    ROW_AT.set(row, at);
  }
  return at;
}
const TOTAL_LABEL = { derive: false, label: APPLICANT_COLUMNS.total } as const;
const PART_LABEL = Object.fromEntries(APPLICANT_PART_KEYS.map((key) => [key, { label: APPLICANT_COLUMNS[key] }])) as Record<ApplicantKey, { readonly label: Bilingual }>;

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
    const exact = reader.table3Exact();
    const received = layout.received.index * WIDTH;
    const carriedOver = layout.carriedOver.index * WIDTH;
    const outcomesTotal = layout.outcomesTotal.index * WIDTH;
    const carriedForward = layout.carriedForward.index * WIDTH;
    for (let column = 0; column < WIDTH; column += 1) {
      // Fast path: all four cells printed and the column balances (NaN, a blank, never does).
      const at = (row: number) => values[row + column] as number;
      if (exact && Math.abs(at(received) + at(carriedOver) - (at(outcomesTotal) + at(carriedForward))) <= tolerance) continue;
      const key = APPLICANT_KEYS[column] as ApplicantKey;
      const finding = emit.relate(
        COLUMN_AT[column] as TemplateValues,
        [reader.cell(layout.cell(layout.received, key)), reader.cell(layout.cell(layout.carriedOver, key))],
        [reader.cell(layout.cell(layout.outcomesTotal, key)), reader.cell(layout.cell(layout.carriedForward, key))],
        "left",
        DISJOINT,
      );
      if (finding) findings.push(finding);
    }
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
    const exact = reader.table3Exact();
    const outcomeRows = layout.outcomeRows;
    const total = layout.outcomesTotal.index * WIDTH;
    for (let column = 0; column < WIDTH; column += 1) {
      let sum = 0;
      for (const row of outcomeRows) sum += values[row.index * WIDTH + column] as number;
      if (exact && Math.abs(sum - (values[total + column] as number)) <= tolerance) continue; // holds (NaN never does)
      const key = APPLICANT_KEYS[column] as ApplicantKey;
      const finding = emit.relate(
        COLUMN_AT[column] as TemplateValues,
        [reader.cell(layout.cell(layout.outcomesTotal, key), NO_DERIVE)],
        layout.outcomeGroups.map((group) =>
          reader.sum(
            group.rows.map((row) => layout.cell(row, key)),
            group.label,
          ),
        ),
        "right",
        DISJOINT,
      );
      if (finding) findings.push(finding);
    }
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
    const exact = reader.table3Exact();
    for (const row of layout.rows) {
      const base = row.index * WIDTH;
      let sum = 0;
      for (let column = 0; column < WIDTH; column += 1) if (column !== TOTAL_COLUMN) sum += values[base + column] as number;
      if (exact && Math.abs(sum - (values[base + TOTAL_COLUMN] as number)) <= tolerance) continue; // holds (NaN never does)
      const totalRef = layout.cell(row, "total");
      const finding = emit.relate(
        rowAt(row),
        [reader.cell(totalRef, TOTAL_LABEL)],
        APPLICANT_PART_KEYS.map((key) => reader.cell(layout.cell(row, key), PART_LABEL[key])),
        "right",
        DISJOINT,
      );
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

/** The `{group}` of each table-四 group, made once. */
const GROUP_AT = Object.fromEntries(
  REVIEW_GROUP_KEYS.map((group) => [
    group,
    {
      group:
        group === "review"
          ? { zh: REVIEW_GROUPS.review.zh, en: REVIEW_GROUPS.review.en }
          : { zh: `${LITIGATION_GROUP.zh} / ${REVIEW_GROUPS[group].zh}`, en: `${LITIGATION_GROUP.en} › ${REVIEW_GROUPS[group].en}` },
    },
  ]),
) as unknown as Record<ReviewGroupKey, TemplateValues>;

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
      const finding = emit.relate(
        GROUP_AT[group],
        [reader.cell(reviewRef(format, group, "total"), NO_DERIVE)],
        REVIEW_PART_KEYS.map((key) => reader.cell(reviewRef(format, group, key))),
        "right",
      );
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

interface PublishedRow {
  readonly published: CellRef;
  readonly total: CellRef;
  readonly at: TemplateValues;
}

/** Below this, relate adds the bounds of two cells (each counted twice, lo and hi) exactly. */
const SMALL_ENOUGH = 2 ** 50;

const PUBLISHED_ROWS = new Map<Format, readonly PublishedRow[]>();

/** The cells and `{row}` of each 2019 document row, made once per format. */
function publishedRows(format: Format): readonly PublishedRow[] {
  let rows = PUBLISHED_ROWS.get(format);
  if (!rows) {
    rows = DOCUMENT_ROWS_2019.map((row) => ({
      published: cellRef(format, ["proactive", row.key, "published"], PROACTIVE_COLUMNS_2019.published),
      total: cellRef(format, ["proactive", row.key, "totalPublished"], PROACTIVE_COLUMNS_2019.totalPublished),
      at: { row: { zh: `${ARTICLE_20_BLOCKS["1"].zh} / ${row.label.zh}`, en: `${ARTICLE_20_BLOCKS["1"].en} › ${row.label.en}` } },
    }));
    PUBLISHED_ROWS.set(format, rows);
  }
  return rows;
}

/** t2.published-within-total — 2019: 本年新公开数量 ≤ 对外公开总数量. */
export const t2PublishedWithinTotal: RunnableReportRule = {
  id: "t2.published-within-total",
  severity: "warning",
  scope: "report",
  formats: ["2019"],
  ...relationForm("le", { zh: `${SECTIONS.proactive.zh}（{row}）`, en: `${SECTIONS.proactive.en} ({row})` }),
  run({ report, reader, format, tolerance, emit }) {
    const findings: Finding[] = [];
    for (const { published, total, at } of publishedRows(format)) {
      // Fast path: both printed, small enough that relate's sums are exact, and within the bound.
      const low = valueAt(report, published.path);
      const high = valueAt(report, total.path);
      if (low !== undefined && high !== undefined && Math.abs(low) <= SMALL_ENOUGH && Math.abs(high) <= SMALL_ENOUGH && low <= high + tolerance) continue;
      const finding = emit.relate(at, [reader.cell(published)], [reader.cell(total)], "right");
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

