import { APPLICANT_COLUMNS, APPLICANT_KEYS, APPLICANT_PART_KEYS, PROACTIVE_COLUMNS_2019, REVIEW_GROUPS, SECTIONS } from "../layout/labels.js";
import { formatForYear } from "../layout/formats.js";
import { cellRef, DOCUMENT_ROWS_2019, REVIEW_GROUP_KEYS, REVIEW_PART_KEYS, reviewRef } from "./layout.js";
import { valueAt } from "./reader.js";
import { exactSum, isExactTable } from "./exact.js";
import { type ReportRule, relationForm } from "./rule.js";
import type { Bilingual, Finding } from "./types.js";

const TABLE3 = SECTIONS.applications;
const TABLE4 = SECTIONS.reviewAndLitigation;
const BLANKS_DERIVED: Bilingual = {
  zh: "空白格视为未知（计数 ≥ 0）。空白的印刷合计（某行的“总计”、（七）总计各格）按分项推算：分项齐全时得到确切值，否则得到下限；两边范围不可能相等时仍判为错误，否则给出 assessable: false（info）。选项 blanks: \"zero\" 把每个空白格（包括空白的合计）都按 0 计、不作推算，并在结论中注明。",
  en: "A blank cell is unknown (a count ≥ 0). A blank printed total (a row's 总计, a （七）总计 cell) is derived from its parts: exactly when all parts are filled, otherwise as a lower bound. If the two sides cannot be equal the relation still fails; otherwise the finding is assessable: false (info). With blanks: \"zero\" every blank cell, blank totals included, reads as 0 (nothing is derived) and each affected finding says so.",
};
const BLANKS_CHECKED_TOTAL: Bilingual = {
  zh: "被检查的合计本身空白时不作推算（否则自证成立），给出 assessable: false；分项中的空白视为未知（≥ 0），若已填分项之和已超过合计仍判为错误。选项 blanks: \"zero\" 把空白按 0 计。",
  en: "When the total under check is itself blank it is not derived (that would prove nothing): the finding is assessable: false. Blank parts are unknown (≥ 0): if the filled parts already exceed the total, the relation still fails. With blanks: \"zero\" blanks read as 0.",
};

const COLUMN3_WHERE: Bilingual = { zh: `${TABLE3.zh}（{column}列）`, en: `${TABLE3.en} ({column} column)` };

/** t3.balance — 一 + 二 = （七）总计 + 四, per column. */
export const t3Balance: ReportRule = {
  id: "t3.balance",
  severity: "error",
  scope: "report",
  formats: ["2019", "2021"],
  title: { zh: "表三各列收支平衡", en: "Table III balances in every column" },
  relation: {
    zh: "每一列：一、本年新收政府信息公开申请数量 + 二、上年结转政府信息公开申请数量 = （七）总计 + 四、结转下年度继续办理",
    en: "For each column: 1. received + 2. carried over = (7) total + 4. carried forward",
  },
  rationale: {
    zh: "两种格式的表三左上角均印有：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”。",
    en: "Printed in the corner of table III in both formats: “本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和” (in each column, items 1 + 2 = items 3 + 4).",
  },
  source: "official",
  cells: [
    "/applications/received/{column}",
    "/applications/carriedOver/{column}",
    "/applications/outcomes/total/{column}",
    "/applications/carriedForward/{column}",
    // A blank （七）总计 cell is derived from the outcome rows, whose cells the finding then names.
    "/applications/outcomes/{row}/{column}",
  ],
  ...relationForm("eq", COLUMN3_WHERE),
  blanks: BLANKS_DERIVED,
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
export const t3OutcomesTotal: ReportRule = {
  id: "t3.outcomes-total",
  severity: "error",
  scope: "report",
  formats: ["2019", "2021"],
  title: { zh: "（七）总计等于各办理结果之和", en: "(7) Total equals the sum of the outcomes" },
  relation: {
    zh: "每一列：（七）总计 = （一）予以公开 + （二）部分公开 + Σ（三）不予公开 1–8 + Σ（四）无法提供 1–3 + Σ（五）不予处理 1–5 + （六）其他处理（2021 格式为 Σ（六）1–3）",
    en: "For each column: (7) total = (1) + (2) + Σ(3) 1–8 + Σ(4) 1–3 + Σ(5) 1–5 + (6) (2021: Σ(6) 1–3)",
  },
  rationale: {
    zh: "由“总计”字样与表三的行结构推出：各办理结果互斥（“区分处理的，只计这一情形”），组标题行无小计。",
    en: "Implied by the label 总计 and the row structure of table III: outcomes are exclusive (“区分处理的，只计这一情形”) and group rows carry no subtotal.",
  },
  source: "implied",
  cells: ["/applications/outcomes/total/{column}", "/applications/outcomes/{row}/{column}"],
  ...relationForm("eq", COLUMN3_WHERE),
  blanks: BLANKS_CHECKED_TOTAL,
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
export const t3ApplicantTotal: ReportRule = {
  id: "t3.applicant-total",
  severity: "error",
  scope: "report",
  formats: ["2019", "2021"],
  title: { zh: "表三每行总计等于各申请人之和", en: "Each table III row's total equals its applicant columns" },
  relation: {
    zh: "每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他",
    en: "For each row: total = natural persons + commercial enterprises + research institutions + public-welfare organisations + legal service agencies + other",
  },
  rationale: {
    zh: "由表头结构推出：“法人或其他组织”仅为分组表头，没有小计列，总计为六个申请人列之和。",
    en: "Implied by the header: 法人或其他组织 is a grouping header with no subtotal column, so 总计 is the sum of the six applicant columns.",
  },
  source: "implied",
  cells: ["/applications/{row}/total", "/applications/{row}/{column}"],
  ...relationForm("eq", { zh: `${TABLE3.zh}（{row}）`, en: `${TABLE3.en} ({row})` }),
  blanks: BLANKS_CHECKED_TOTAL,
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
export const t4Total: ReportRule = {
  id: "t4.total",
  severity: "error",
  scope: "report",
  formats: ["2019", "2021"],
  title: { zh: "表四各组总计等于各结果之和", en: "Each table IV group's total equals its results" },
  relation: {
    zh: "行政复议、未经复议直接起诉、复议后起诉各自：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
    en: "For reconsideration, direct litigation and litigation after reconsideration: total = upheld + corrected + other + pending",
  },
  rationale: {
    zh: "由表头结构推出：每组五列中“总计”为前四列之和。",
    en: "Implied by the header: in each group of five columns, 总计 is the sum of the first four.",
  },
  source: "implied",
  cells: ["/reviewAndLitigation/{group}/total", "/reviewAndLitigation/{group}/{column}"],
  ...relationForm("eq", { zh: `${TABLE4.zh}（{group}）`, en: `${TABLE4.en} ({group})` }),
  blanks: BLANKS_CHECKED_TOTAL,
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
          : { zh: `行政诉讼 / ${REVIEW_GROUPS[group].zh}`, en: `administrative litigation › ${REVIEW_GROUPS[group].en}` };
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
export const t2PublishedWithinTotal: ReportRule = {
  id: "t2.published-within-total",
  severity: "warning",
  scope: "report",
  formats: ["2019"],
  title: { zh: "本年新公开数量不超过对外公开总数量", en: "Newly published does not exceed total published" },
  relation: {
    zh: "第二十条第（一）项 规章、规范性文件：本年新公开数量 ≤ 对外公开总数量",
    en: "Article 20 item (1), rules and normative documents: newly published this year ≤ total published",
  },
  rationale: {
    zh: "本年新公开的文件属于对外公开的文件（合理性检查）。模板未定义“对外公开总数量”的口径，故为警告。",
    en: "Documents published this year are among those published (a sanity bound). The template does not define 对外公开总数量, hence a warning.",
  },
  source: "implied",
  cells: ["/proactive/{row}/published", "/proactive/{row}/totalPublished"],
  ...relationForm("le", { zh: `${SECTIONS.proactive.zh}（{row}）`, en: `${SECTIONS.proactive.en} ({row})` }),
  blanks: {
    zh: "任一格空白时给出 assessable: false（info）；选项 blanks: \"zero\" 把空白按 0 计。",
    en: "If either cell is blank the finding is assessable: false (info); with blanks: \"zero\" blanks read as 0.",
  },
  run({ reader, format, emit }) {
    const findings: Finding[] = [];
    for (const row of DOCUMENT_ROWS_2019) {
      const published = cellRef(format, ["proactive", row.key, "published"], PROACTIVE_COLUMNS_2019.published);
      const total = cellRef(format, ["proactive", row.key, "totalPublished"], PROACTIVE_COLUMNS_2019.totalPublished);
      const finding = emit.relate(
        { row: { zh: `第二十条第（一）项 / ${row.label.zh}`, en: `Article 20 item (1) › ${row.label.en}` } },
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
export const metaFormatYear: ReportRule = {
  id: "meta.format-year",
  severity: "warning",
  scope: "report",
  formats: ["2019", "2021"],
  title: { zh: "报告格式与年度相符", en: "The format matches the report year" },
  relation: {
    zh: "报告年度 2019–2020 使用 2019 格式（国办公开办函〔2019〕60号），2021 年起使用 2021 格式（国办公开办函〔2021〕30号）",
    en: "Report years 2019–2020 use the 2019 format (国办公开办函〔2019〕60号); 2021 on use the 2021 format (〔2021〕30号)",
  },
  rationale: {
    zh: "2019 格式用于 2019、2020 年度报告；2021 格式自 2021 年度报告起施行（依实施情况得出）。",
    en: "The 2019 format was used for the 2019 and 2020 reports; the 2021 format applies from the 2021 reports (established from implementation).",
  },
  source: "observed",
  cells: ["/format", "/year"],
  message: {
    zh: "报告年度 {year} 应使用 {expected} 格式，实际为 {format} 格式",
    en: "Report year {year} should use the {expected} format, but the report is in the {format} format",
  },
  blanks: {
    zh: "year 为空时给出 assessable: false（info）。format 缺失或无效时，check 按表格结构推断格式（有 2019 格式独有的行则为 2019，否则为 2021），并在本规则下说明所用的格式。",
    en: "If year is blank the finding is assessable: false (info). If format is missing or invalid, check infers it from the tables (2019 when a row only the 2019 format has is present, otherwise 2021) and says so under this rule.",
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
export const textFeesStatement: ReportRule = {
  id: "text.fees-statement",
  severity: "warning",
  scope: "report",
  formats: ["2021"],
  title: { zh: "第六部分报告信息处理费收取情况", en: "Section VI reports the information-processing fees collected" },
  relation: {
    zh: "2021 格式：六、其他需要报告的事项 应报告收取信息处理费情况（如“未收取”）",
    en: "2021 format: section VI reports the 信息处理费 collected (an amount, or none)",
  },
  rationale: {
    zh: "国办公开办函〔2021〕30号：各机关应在“其他需要报告的事项”中报告依据《政府信息公开信息处理费管理办法》收取信息处理费的情况；模板占位文字为“（文字描述，收取信息处理费情况在此处报告。）”。",
    en: "〔2021〕30号 requires each organ to report in section VI the fees collected under the 信息处理费 measures (国办函〔2020〕109号); the template placeholder says so.",
  },
  source: "official",
  cells: ["/text/other"],
  message: {
    zh: "六、其他需要报告的事项 未提及收取信息处理费情况（2021 格式要求在此报告，未收取也应说明）",
    en: "Section VI does not mention the information-processing fees collected (the 2021 format requires it, even when none were collected)",
  },
  blanks: {
    zh: "未提供第六部分文字（text.other 缺失或为空）时给出 assessable: false（info）。识别方法：文字中出现“信息处理费”“处理费”“收费”或“收取……费”。",
    en: "When section VI is not given (text.other missing or empty) the finding is assessable: false (info). Detection: the text mentions 信息处理费, 处理费, 收费 or 收取…费.",
  },
  run({ report, emit }) {
    const text = (report as { text?: { other?: unknown } } | null)?.text?.other;
    if (typeof text !== "string" || text.trim() === "")
      return [
        emit.notAssessable(["/text/other"], {
          zh: "未提供六、其他需要报告的事项 的文字，无法判断是否报告了信息处理费",
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
export const textOverviewLength: ReportRule = {
  id: "text.overview-length",
  severity: "info",
  scope: "report",
  formats: ["2021"],
  title: { zh: "总体情况篇幅约一千字以内", en: "Section I within about 1,000 characters" },
  relation: {
    zh: "2021 格式：一、总体情况 篇幅原则上不超过一千字（不计空白字符）",
    en: "2021 format: section I is in principle at most 1,000 characters (whitespace not counted)",
  },
  rationale: {
    zh: "国办公开办函〔2021〕30号：总体情况“要突出重点、简明扼要、客观真实，篇幅原则上不超过一千字”。",
    en: "〔2021〕30号: the overview should be focused, concise and objective, “篇幅原则上不超过一千字”.",
  },
  source: "official",
  cells: ["/text/overview"],
  message: {
    zh: "一、总体情况 共 {count} 字（不计空白），超过原则上一千字的篇幅要求",
    en: "Section I has {count} characters (whitespace not counted), over the guideline of about 1,000",
  },
  blanks: {
    zh: "未提供第一部分文字时给出 assessable: false（info）。",
    en: "When section I is not given the finding is assessable: false (info).",
  },
  tolerance: 0,
  run({ report, tolerance, emit }) {
    const text = (report as { text?: { overview?: unknown } } | null)?.text?.overview;
    if (typeof text !== "string" || text.trim() === "")
      return [
        emit.notAssessable(["/text/overview"], {
          zh: "未提供一、总体情况 的文字，无法判断篇幅",
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
export const REPORT_RULES: readonly ReportRule[] = [
  t3Balance,
  t3OutcomesTotal,
  t3ApplicantTotal,
  t4Total,
  t2PublishedWithinTotal,
  metaFormatYear,
  textFeesStatement,
  textOverviewLength,
];

