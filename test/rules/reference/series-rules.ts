import { APPLICANT_COLUMNS, APPLICANT_KEYS, APPLICATION_ROWS, PROACTIVE_COLUMNS_2019, PROACTIVE_COLUMNS_2021, PROACTIVE_ROWS, SECTIONS } from "../../../src/layout/labels.js";
import type { Format } from "../../../src/schema/report.js";
import { cellRef, DOCUMENT_ROWS_2019, DOCUMENT_ROWS_2021, shortOf } from "./layout.js";
import type { Term } from "./reader.js";
import { relationForm, type SeriesContext, type SeriesEntry, type RunnableSeriesRule } from "./rule.js";
import type { Bilingual, Finding } from "../../../src/rules/types.js";

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
export const seriesCarryOver: RunnableSeriesRule = {
  id: "series.carry-over",
  severity: "error",
  scope: "series",
  formats: ["2019", "2021"],
  ...relationForm("eq", yearsWhere({ zh: `${SECTIONS.applications.zh}（{column}列）`, en: "III. Applications ({column} column)" })),
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
): RunnableSeriesRule["run"] {
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
export const seriesInForce: RunnableSeriesRule = {
  id: "series.in-force",
  severity: "warning",
  scope: "series",
  formats: ["2021"],
  ...relationForm("eq", PROACTIVE_WHERE),
  tolerance: 0,
  run: proactivePairs("2021", DOCUMENT_ROWS_2021, (read, { previous, current }) => ({
    left: [read(current, "inForce", c2021.inForce), read(current, "repealed", c2021.repealed)],
    right: [read(previous, "inForce", c2021.inForce), read(current, "issued", c2021.issued)],
  })),
};

/** series.repeal-bound — 2021: 本年废止件数(Y) ≤ 现行有效件数(Y−1) + 本年制发件数(Y). */
export const seriesRepealBound: RunnableSeriesRule = {
  id: "series.repeal-bound",
  severity: "error",
  scope: "series",
  formats: ["2021"],
  ...relationForm("le", PROACTIVE_WHERE),
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
export const seriesItems: RunnableSeriesRule = {
  id: "series.items",
  severity: "warning",
  scope: "series",
  formats: ["2019"],
  ...relationForm("eq", PROACTIVE_WHERE),
  tolerance: 0,
  run: proactivePairs("2019", ITEM_ROWS, (read, { previous, current }) => ({
    left: [read(current, "itemsLastYear", c2019.itemsLastYear)],
    right: [read(previous, "itemsLastYear", c2019.itemsLastYear), read(previous, "itemsChange", c2019.itemsChange, true)],
  })),
};

/** series.published-total — 2019: 对外公开总数量(Y) = 对外公开总数量(Y−1) + 本年新公开数量(Y). */
export const seriesPublishedTotal: RunnableSeriesRule = {
  id: "series.published-total",
  severity: "info",
  scope: "series",
  formats: ["2019"],
  ...relationForm("eq", PROACTIVE_WHERE),
  tolerance: 0,
  run: proactivePairs("2019", DOCUMENT_ROWS_2019, (read, { previous, current }) => ({
    left: [read(current, "totalPublished", c2019.totalPublished)],
    right: [read(previous, "totalPublished", c2019.totalPublished), read(current, "published", c2019.published)],
  })),
};

/** The series rules in catalogue order. */
export const SERIES_RULES: readonly RunnableSeriesRule[] = [seriesCarryOver, seriesInForce, seriesRepealBound, seriesItems, seriesPublishedTotal];
