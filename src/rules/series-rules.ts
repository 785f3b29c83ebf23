import { APPLICANT_COLUMNS, APPLICANT_KEYS, APPLICATION_ROWS, PROACTIVE_COLUMNS_2019, PROACTIVE_COLUMNS_2021, PROACTIVE_ROWS, SECTIONS } from "../layout/labels.js";
import type { Format } from "../schema/report.js";
import { cellRef, DOCUMENT_ROWS_2019, DOCUMENT_ROWS_2021, shortOf } from "./layout.js";
import type { Term } from "./reader.js";
import { relationForm, type SeriesContext, type SeriesEntry, type SeriesRule } from "./rule.js";
import type { Bilingual, Finding } from "./types.js";

const SERIES_BLANKS: Bilingual = {
  zh: "空白格视为未知；两边范围不可能满足关系时仍判为错误，否则给出 assessable: false（info）。选项 blanks: \"zero\" 把空白按 0 计。年份不连续（缺少中间年度）时给出 assessable: false。",
  en: "A blank cell is unknown; if the two sides cannot satisfy the relation it still fails, otherwise the finding is assessable: false (info). With blanks: \"zero\" blanks read as 0. A missing year in between gives assessable: false.",
};

/** Where a relation between two years sits, before the table and row. */
function yearsWhere(what: Bilingual): Bilingual {
  return { zh: `{Y-1}→{Y} 年 ${what.zh}`, en: `{Y-1}→{Y} ${what.en}` };
}

const PROACTIVE_WHERE = yearsWhere({ zh: `${SECTIONS.proactive.zh}（{row}）`, en: `${SECTIONS.proactive.en} ({row})` });
const CARRIED_OVER = shortOf(APPLICATION_ROWS.carriedOver);
const CARRIED_FORWARD = shortOf(APPLICATION_ROWS.carriedForward);

function withYear(label: Bilingual, year: number): Bilingual {
  return { zh: `${year} 年 ${label.zh}`, en: `${year} ${label.en}` };
}

/** series.carry-over — year Y 二、上年结转 = year Y−1 四、结转下年度继续办理, per column. */
export const seriesCarryOver: SeriesRule = {
  id: "series.carry-over",
  severity: "error",
  scope: "series",
  formats: ["2019", "2021"],
  title: { zh: "上年结转等于上一年度结转下年度", en: "Carried over equals last year's carried forward" },
  relation: {
    zh: "每一列：Y 年 二、上年结转政府信息公开申请数量 = Y−1 年 四、结转下年度继续办理（跨 2020→2021 格式变更同样适用）",
    en: "For each column: year Y 2. carried over = year Y−1 4. carried forward (also across the 2020 → 2021 format change)",
  },
  rationale: {
    zh: "同一机关上一年度结转到下一年度继续办理的申请，就是下一年度的“上年结转”；两种格式这两行完全相同。",
    en: "Applications an organ carries forward are next year's carried-over applications; both rows are identical in the two formats.",
  },
  source: "implied",
  cells: ["/{Y}/applications/carriedOver/{column}", "/{Y-1}/applications/carriedForward/{column}"],
  ...relationForm("eq", yearsWhere({ zh: `${SECTIONS.applications.zh}（{column}列）`, en: "III. Applications ({column} column)" })),
  blanks: SERIES_BLANKS,
  tolerance: 0,
  run({ previous, current, emit }) {
    const findings: Finding[] = [];
    for (const key of APPLICANT_KEYS) {
      const over = cellRef(current.format, ["applications", "carriedOver", key], CARRIED_OVER);
      const forward = cellRef(previous.format, ["applications", "carriedForward", key], CARRIED_FORWARD);
      const finding = emit.relate(
        { column: APPLICANT_COLUMNS[key] },
        [current.reader.cell(over, { label: withYear(CARRIED_OVER, current.year) })],
        [previous.reader.cell(forward, { label: withYear(CARRIED_FORWARD, previous.year) })],
        "right",
      );
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

/** Reads a 二 cell of one year of the pair as a term labelled with that year. */
type ReadCell = (entry: SeriesEntry, column: string, label: Bilingual, signed?: boolean) => Term;

/**
 * The run function shared by the table 二 series rules: both years in `format`,
 * one relation per row, the row's two sides built by `sides`.
 */
function proactivePairs(
  format: Format,
  rows: readonly { readonly key: string; readonly label: Bilingual }[],
  sides: (read: ReadCell, context: SeriesContext) => { left: Term[]; right: Term[] },
): SeriesRule["run"] {
  return (context) => {
    const { previous, current, emit } = context;
    if (previous.format !== format || current.format !== format) return [];
    const findings: Finding[] = [];
    for (const row of rows) {
      const read: ReadCell = (entry, column, label, signed = false) =>
        entry.reader.cell(cellRef(entry.format, ["proactive", row.key, column], label, signed), { label: withYear(label, entry.year) });
      const { left, right } = sides(read, context);
      const finding = emit.relate({ row: row.label }, left, right, "right");
      if (finding) findings.push(finding);
    }
    return findings;
  };
}

const c2021 = PROACTIVE_COLUMNS_2021;
const c2019 = PROACTIVE_COLUMNS_2019;

/** series.in-force — 2021: 现行有效件数(Y) = 现行有效件数(Y−1) + 本年制发件数(Y) − 本年废止件数(Y). */
export const seriesInForce: SeriesRule = {
  id: "series.in-force",
  severity: "warning",
  scope: "series",
  formats: ["2021"],
  title: { zh: "现行有效件数逐年衔接", en: "Documents in force carry from year to year" },
  relation: {
    zh: "规章、行政规范性文件各自：现行有效件数(Y) + 本年废止件数(Y) = 现行有效件数(Y−1) + 本年制发件数(Y)",
    en: "Rules and administrative normative documents separately: in force (Y) + repealed (Y) = in force (Y−1) + issued (Y)",
  },
  rationale: {
    zh: "存量 = 上年存量 + 本年新增 − 本年废止。文件清理、修订、机构改革会合理地打破这一关系，故为警告。两年均为 2021 格式时才检查。",
    en: "Stock = last year's stock + issued − repealed. Clean-ups, amendments and reorganisations legitimately break it, hence a warning. Checked only when both years use the 2021 format.",
  },
  source: "implied",
  cells: ["/{Y}/proactive/{row}/inForce", "/{Y}/proactive/{row}/repealed", "/{Y-1}/proactive/{row}/inForce", "/{Y}/proactive/{row}/issued"],
  ...relationForm("eq", PROACTIVE_WHERE),
  blanks: SERIES_BLANKS,
  tolerance: 0,
  run: proactivePairs("2021", DOCUMENT_ROWS_2021, (read, { previous, current }) => ({
    left: [read(current, "inForce", c2021.inForce), read(current, "repealed", c2021.repealed)],
    right: [read(previous, "inForce", c2021.inForce), read(current, "issued", c2021.issued)],
  })),
};

/** series.repeal-bound — 2021: 本年废止件数(Y) ≤ 现行有效件数(Y−1) + 本年制发件数(Y). */
export const seriesRepealBound: SeriesRule = {
  id: "series.repeal-bound",
  severity: "error",
  scope: "series",
  formats: ["2021"],
  title: { zh: "废止件数不超过可废止的文件数", en: "Repealed does not exceed what could be repealed" },
  relation: {
    zh: "规章、行政规范性文件各自：本年废止件数(Y) ≤ 现行有效件数(Y−1) + 本年制发件数(Y)",
    en: "Rules and administrative normative documents separately: repealed (Y) ≤ in force (Y−1) + issued (Y)",
  },
  rationale: {
    zh: "只能废止上年末有效或本年制发的文件（合理性上限）。两年均为 2021 格式时才检查。现行有效件数(Y) ≥ 0 时，series.in-force 成立即蕴含本上限，因此本规则失败时 series.in-force（警告）通常同时报出；单独报出的情形是现行有效件数(Y) 空白。它作为错误单列，是因为超出上限不可能由文件清理解释。",
    en: "Only documents in force at the end of last year or issued this year can be repealed (a sanity bound). Checked only when both years use the 2021 format. Since in force (Y) ≥ 0, series.in-force holding implies this bound, so a failure here usually comes with a series.in-force warning; it fails alone when in force (Y) is blank. It is a separate error because exceeding the bound cannot be explained by a clean-up.",
  },
  source: "implied",
  cells: ["/{Y}/proactive/{row}/repealed", "/{Y-1}/proactive/{row}/inForce", "/{Y}/proactive/{row}/issued"],
  ...relationForm("le", PROACTIVE_WHERE),
  blanks: SERIES_BLANKS,
  run: proactivePairs("2021", DOCUMENT_ROWS_2021, (read, { previous, current }) => ({
    left: [read(current, "repealed", c2021.repealed)],
    right: [read(previous, "inForce", c2021.inForce), read(current, "issued", c2021.issued)],
  })),
};

const ITEM_ROWS = [
  { key: "licensing", label: PROACTIVE_ROWS.licensing },
  { key: "otherServices", label: PROACTIVE_ROWS.otherServices },
  { key: "penalty", label: PROACTIVE_ROWS.penalty },
  { key: "coercion", label: PROACTIVE_ROWS.coercion },
  { key: "fees", label: PROACTIVE_ROWS.fees },
] as const;

/** series.items — 2019: 上一年项目数量(Y) = 上一年项目数量(Y−1) + 本年增/减(Y−1). */
export const seriesItems: SeriesRule = {
  id: "series.items",
  severity: "warning",
  scope: "series",
  formats: ["2019"],
  title: { zh: "项目数量逐年衔接", en: "Item counts carry from year to year" },
  relation: {
    zh: "行政许可、其他对外管理服务事项、行政处罚、行政强制、行政事业性收费各自：上一年项目数量(Y) = 上一年项目数量(Y−1) + 本年增/减(Y−1)",
    en: "Licensing, other services, penalties, coercion and fees separately: items last year (Y) = items last year (Y−1) + change (Y−1)",
  },
  rationale: {
    zh: "上一年末的项目数量等于前一年末数量加当年增减。仅在两年均为 2019 格式时检查（即 2019→2020）。",
    en: "Items at the end of last year = the year before's items + that year's change. Checked only when both years use the 2019 format (2019 → 2020).",
  },
  source: "implied",
  cells: ["/{Y}/proactive/{row}/itemsLastYear", "/{Y-1}/proactive/{row}/itemsLastYear", "/{Y-1}/proactive/{row}/itemsChange"],
  ...relationForm("eq", PROACTIVE_WHERE),
  blanks: SERIES_BLANKS,
  tolerance: 0,
  run: proactivePairs("2019", ITEM_ROWS, (read, { previous, current }) => ({
    left: [read(current, "itemsLastYear", c2019.itemsLastYear)],
    right: [read(previous, "itemsLastYear", c2019.itemsLastYear), read(previous, "itemsChange", c2019.itemsChange, true)],
  })),
};

/** series.published-total — 2019: 对外公开总数量(Y) = 对外公开总数量(Y−1) + 本年新公开数量(Y). */
export const seriesPublishedTotal: SeriesRule = {
  id: "series.published-total",
  severity: "info",
  scope: "series",
  formats: ["2019"],
  title: { zh: "对外公开总数量逐年累计", en: "Total published accumulates from year to year" },
  relation: {
    zh: "规章、规范性文件各自：对外公开总数量(Y) = 对外公开总数量(Y−1) + 本年新公开数量(Y)",
    en: "Rules and normative documents separately: total published (Y) = total published (Y−1) + newly published (Y)",
  },
  rationale: {
    zh: "若“对外公开总数量”为累计数则成立；模板未定义其口径，故仅为提示。仅在两年均为 2019 格式时检查。",
    en: "Holds if 对外公开总数量 is cumulative; the template does not define it, hence info only. Checked only when both years use the 2019 format.",
  },
  source: "implied",
  cells: ["/{Y}/proactive/{row}/totalPublished", "/{Y-1}/proactive/{row}/totalPublished", "/{Y}/proactive/{row}/published"],
  ...relationForm("eq", PROACTIVE_WHERE),
  blanks: SERIES_BLANKS,
  tolerance: 0,
  run: proactivePairs("2019", DOCUMENT_ROWS_2019, (read, { previous, current }) => ({
    left: [read(current, "totalPublished", c2019.totalPublished)],
    right: [read(previous, "totalPublished", c2019.totalPublished), read(current, "published", c2019.published)],
  })),
};

/** The series rules in catalogue order. */
export const SERIES_RULES: readonly SeriesRule[] = [seriesCarryOver, seriesInForce, seriesRepealBound, seriesItems, seriesPublishedTotal];
