// The arithmetic of a report as a flat list of cells and linear relations, built from
// the label table alone (src/layout/labels.ts) so that locating errors never pulls the
// zod schemas into a bundle.
import {
  APPLICANT_COLUMNS,
  APPLICANT_KEYS,
  APPLICATION_ROWS,
  ARTICLE_20_BLOCKS,
  type Label,
  LITIGATION_GROUP,
  OUTCOME_COLUMNS,
  OUTCOME_ROWS,
  outcomeGroupsOf,
  PROACTIVE_COLUMNS_2019,
  PROACTIVE_COLUMNS_2021,
  PROACTIVE_ROWS,
  REVIEW_GROUP_KEYS,
  REVIEW_GROUPS,
  REVIEW_PART_KEYS,
} from "../layout/labels.js";
import { getAt, toPointer } from "../layout/pointer.js";
import type { Format } from "../schema/report.js";

/** A text in Chinese and English. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** One numeric cell the relations read. */
export interface ModelCell {
  readonly pointer: string;
  readonly path: readonly string[];
  /** Printed label: row (with its group) · column. */
  readonly label: Text;
  /** `本年增/减` may be negative; every other cell is a count ≥ 0. */
  readonly signed: boolean;
  /** A printed total (a row's 总计, a （七）总计 cell, a table 四 总计). */
  readonly total: boolean;
  /** Position in its printed table, for "neighbouring value" typos. */
  readonly table: string;
  readonly row: number;
  readonly col: number;
}

/** `Σ coef·cell = 0` (`eq`) or `Σ coef·cell ≤ 0` (`le`), coefficients ±1. */
export interface ModelRelation {
  readonly ruleId: string;
  /** Where the relation sits: a column, row or group. */
  readonly label: Text;
  readonly cells: readonly number[];
  readonly coefs: readonly number[];
  readonly op: "eq" | "le";
}

/** Cells and relations of one report (or of a series). */
export interface Model {
  readonly cells: readonly ModelCell[];
  readonly relations: readonly ModelRelation[];
  /** For each cell, the relations it appears in. */
  readonly cellRelations: readonly (readonly number[])[];
  /** `table|row|col` → cell index. */
  readonly grid: ReadonlyMap<string, number>;
}

const text = (label: Label): Text => ({ zh: label.zh, en: label.en });
const join = (rows: readonly Label[], column: Label): Text => ({
  zh: `${rows.map((row) => row.zh).join(" / ")} · ${column.zh}`,
  en: `${rows.map((row) => row.en).join(" › ")} · ${column.en}`,
});

class Builder {
  readonly cells: ModelCell[] = [];
  readonly relations: ModelRelation[] = [];
  private readonly index = new Map<string, number>();

  constructor(
    private readonly prefix: string,
    private readonly labelPrefix: Text,
    private readonly tablePrefix: string,
  ) {}

  cell(path: readonly string[], rows: readonly Label[], column: Label, where: { table: string; row: number; col: number }, flags: { signed?: boolean; total?: boolean } = {}): number {
    const label = join(rows, column);
    const at = this.cells.length;
    this.cells.push({
      pointer: this.prefix + toPointer(path),
      path,
      label: { zh: this.labelPrefix.zh + label.zh, en: this.labelPrefix.en + label.en },
      signed: flags.signed ?? false,
      total: flags.total ?? false,
      table: this.tablePrefix + where.table,
      row: where.row,
      col: where.col,
    });
    this.index.set(path.join("/"), at);
    return at;
  }

  at(path: readonly string[]): number {
    const found = this.index.get(path.join("/"));
    if (found === undefined) throw new Error(`zfxxgk internal: no cell ${path.join("/")}`);
    return found;
  }

  relation(ruleId: string, label: Text, plus: readonly number[], minus: readonly number[], op: "eq" | "le" = "eq"): void {
    this.relations.push({
      ruleId,
      label,
      cells: [...plus, ...minus],
      coefs: [...plus.map(() => 1), ...minus.map(() => -1)],
      op,
    });
  }
}

interface Row3 {
  readonly path: readonly string[];
  readonly labels: readonly Label[];
}

function rows3(format: Format): { received: Row3; carriedOver: Row3; outcomes: Row3[]; total: Row3; carriedForward: Row3 } {
  const outcome = (key: keyof typeof OUTCOME_ROWS, children?: Record<string, Label>): Row3[] =>
    children
      ? Object.entries(children).map(([child, label]) => ({ path: ["applications", "outcomes", key, child], labels: [OUTCOME_ROWS[key], label] }))
      : [{ path: ["applications", "outcomes", key], labels: [OUTCOME_ROWS[key]] }];
  return {
    received: { path: ["applications", "received"], labels: [APPLICATION_ROWS.received] },
    carriedOver: { path: ["applications", "carriedOver"], labels: [APPLICATION_ROWS.carriedOver] },
    outcomes: outcomeGroupsOf(format).flatMap((entry) => outcome(entry.key, entry.rows)),
    total: { path: ["applications", "outcomes", "total"], labels: [OUTCOME_ROWS.total] },
    carriedForward: { path: ["applications", "carriedForward"], labels: [APPLICATION_ROWS.carriedForward] },
  };
}

const REVIEW_KEYS = REVIEW_GROUP_KEYS;
const REVIEW_PARTS = REVIEW_PART_KEYS;

/** Table 二 cells that relations read (counts and signed changes; money is in no relation). */
function proactiveCells(format: Format): { row: keyof typeof PROACTIVE_ROWS; key: string; block: Label; columns: { key: string; label: Label; signed?: boolean }[] }[] {
  if (format === "2021") {
    const c = PROACTIVE_COLUMNS_2021;
    const documents = [
      { key: "issued", label: c.issued },
      { key: "repealed", label: c.repealed },
      { key: "inForce", label: c.inForce },
    ];
    return [
      { row: "regulations", key: "regulations", block: ARTICLE_20_BLOCKS["1"], columns: documents },
      { row: "normativeDocuments2021", key: "normativeDocuments", block: ARTICLE_20_BLOCKS["1"], columns: documents },
      { row: "licensing", key: "licensing", block: ARTICLE_20_BLOCKS["5"], columns: [{ key: "decisions", label: c.decisions }] },
      { row: "penalty", key: "penalty", block: ARTICLE_20_BLOCKS["6"], columns: [{ key: "decisions", label: c.decisions }] },
      { row: "coercion", key: "coercion", block: ARTICLE_20_BLOCKS["6"], columns: [{ key: "decisions", label: c.decisions }] },
    ];
  }
  const c = PROACTIVE_COLUMNS_2019;
  const documents = [
    { key: "made", label: c.made },
    { key: "published", label: c.published },
    { key: "totalPublished", label: c.totalPublished },
  ];
  const items = [
    { key: "itemsLastYear", label: c.itemsLastYear },
    { key: "itemsChange", label: c.itemsChange, signed: true },
    { key: "decisions", label: c.decisions },
  ];
  return [
    { row: "regulations", key: "regulations", block: ARTICLE_20_BLOCKS["1"], columns: documents },
    { row: "normativeDocuments2019", key: "normativeDocuments", block: ARTICLE_20_BLOCKS["1"], columns: documents },
    { row: "licensing", key: "licensing", block: ARTICLE_20_BLOCKS["5"], columns: items },
    { row: "otherServices", key: "otherServices", block: ARTICLE_20_BLOCKS["5"], columns: items },
    { row: "penalty", key: "penalty", block: ARTICLE_20_BLOCKS["6"], columns: items },
    { row: "coercion", key: "coercion", block: ARTICLE_20_BLOCKS["6"], columns: items },
    { row: "fees", key: "fees", block: ARTICLE_20_BLOCKS["8"], columns: items.slice(0, 2) },
    { row: "procurement", key: "procurement", block: ARTICLE_20_BLOCKS["9"], columns: [{ key: "projects", label: c.projects }] },
  ];
}

/** Adds one report's cells and single-report relations to a builder. */
function addReport(builder: Builder, format: Format): void {
  // Table 二.
  proactiveCells(format).forEach((entry, row) => {
    entry.columns.forEach((column, col) => {
      builder.cell(["proactive", entry.key, column.key], [PROACTIVE_ROWS[entry.row]], column.label, { table: "二", row, col }, { signed: column.signed ?? false });
    });
  });
  // Table 三: a 2-D sum table.
  const layout = rows3(format);
  const all = [layout.received, layout.carriedOver, ...layout.outcomes, layout.total, layout.carriedForward];
  all.forEach((row, r) => {
    APPLICANT_KEYS.forEach((key, col) => {
      builder.cell([...row.path, key], row.labels, APPLICANT_COLUMNS[key], { table: "三", row: r, col }, { total: key === "total" || row === layout.total });
    });
  });
  // Table 四: one printed row of 15 cells.
  REVIEW_KEYS.forEach((group, g) => {
    const groupLabels: Label[] = group === "review" ? [REVIEW_GROUPS.review] : [LITIGATION_GROUP, REVIEW_GROUPS[group]];
    for (const [c, key] of [...REVIEW_PARTS, "total" as const].entries()) {
      builder.cell(["reviewAndLitigation", group, key], groupLabels, OUTCOME_COLUMNS[key], { table: "四", row: 0, col: g * 5 + c }, { total: key === "total" });
    }
  });

  // t3.balance and t3.outcomes-total, per column.
  for (const key of APPLICANT_KEYS) {
    const column = { zh: `${APPLICANT_COLUMNS[key].zh}列`, en: `${APPLICANT_COLUMNS[key].en} column` };
    const at = (row: Row3) => builder.at([...row.path, key]);
    builder.relation("t3.balance", column, [at(layout.received), at(layout.carriedOver)], [at(layout.total), at(layout.carriedForward)]);
    builder.relation("t3.outcomes-total", column, [at(layout.total)], layout.outcomes.map(at));
  }
  // t3.applicant-total, per row.
  for (const row of all) {
    const label = { zh: row.labels.map((entry) => entry.zh).join(" / "), en: row.labels.map((entry) => entry.en).join(" › ") };
    builder.relation(
      "t3.applicant-total",
      label,
      [builder.at([...row.path, "total"])],
      APPLICANT_KEYS.filter((key) => key !== "total").map((key) => builder.at([...row.path, key])),
    );
  }
  // t4.total, per group.
  for (const group of REVIEW_KEYS) {
    builder.relation(
      "t4.total",
      text(REVIEW_GROUPS[group]),
      [builder.at(["reviewAndLitigation", group, "total"])],
      REVIEW_PARTS.map((key) => builder.at(["reviewAndLitigation", group, key])),
    );
  }
  // t2.published-within-total (2019): published − totalPublished ≤ 0.
  if (format === "2019") {
    for (const [key, row] of [
      ["regulations", PROACTIVE_ROWS.regulations],
      ["normativeDocuments", PROACTIVE_ROWS.normativeDocuments2019],
    ] as const) {
      builder.relation(
        "t2.published-within-total",
        text(row),
        [builder.at(["proactive", key, "published"])],
        [builder.at(["proactive", key, "totalPublished"])],
        "le",
      );
    }
  }
}

function finish(builder: Builder): Model {
  const cellRelations: number[][] = builder.cells.map(() => []);
  builder.relations.forEach((relation, index) => {
    for (const cell of relation.cells) (cellRelations[cell] as number[]).push(index);
  });
  const grid = new Map<string, number>();
  for (const [index, cell] of builder.cells.entries()) grid.set(`${cell.table}|${cell.row}|${cell.col}`, index);
  return { cells: builder.cells, relations: builder.relations, cellRelations, grid };
}

const models = new Map<Format, Model>();

/** The cells and relations of one report of a format (built once). */
export function reportModel(format: Format): Model {
  let model = models.get(format);
  if (!model) {
    const builder = new Builder("", { zh: "", en: "" }, "");
    addReport(builder, format);
    model = finish(builder);
    models.set(format, model);
  }
  return model;
}

/** One year of a series, as the series model needs it. */
export interface SeriesYear {
  readonly format: Format;
  readonly year: number;
  /** Index in the caller's array (the pointer prefix). */
  readonly index: number;
}

/**
 * The cells and relations of consecutive years of one organ: every report's own
 * relations plus the series relations between each pair of consecutive years
 * (series.carry-over, series.in-force, series.repeal-bound, series.items,
 * series.published-total). Years must be sorted; pairs that are not consecutive get none.
 */
export function seriesModel(years: readonly SeriesYear[]): { model: Model; offsets: number[] } {
  const builders: Builder[] = [];
  const offsets: number[] = [];
  const all = new Builder("", { zh: "", en: "" }, "");
  const cellOf = (position: number, path: readonly string[]) => (offsets[position] as number) + (builders[position] as Builder).at(path);
  years.forEach((entry) => {
    const builder = new Builder(`/${entry.index}`, { zh: `${entry.year} 年 `, en: `${entry.year} ` }, `${entry.index}:`);
    addReport(builder, entry.format);
    offsets.push(all.cells.length);
    builders.push(builder);
    const offset = all.cells.length;
    all.cells.push(...builder.cells);
    for (const relation of builder.relations) all.relations.push({ ...relation, label: { zh: `${entry.year} 年 ${relation.label.zh}`, en: `${entry.year} ${relation.label.en}` }, cells: relation.cells.map((cell) => cell + offset) });
  });
  for (let position = 1; position < years.length; position += 1) {
    const previous = years[position - 1] as SeriesYear;
    const current = years[position] as SeriesYear;
    if (current.year !== previous.year + 1) continue;
    const span = (what: Text): Text => ({ zh: `${previous.year}→${current.year} 年 ${what.zh}`, en: `${previous.year}→${current.year} ${what.en}` });
    const now = (path: readonly string[]) => cellOf(position, path);
    const before = (path: readonly string[]) => cellOf(position - 1, path);
    for (const key of APPLICANT_KEYS) {
      all.relation(
        "series.carry-over",
        span({ zh: `${APPLICANT_COLUMNS[key].zh}列`, en: `${APPLICANT_COLUMNS[key].en} column` }),
        [now(["applications", "carriedOver", key])],
        [before(["applications", "carriedForward", key])],
      );
    }
    if (previous.format === "2021" && current.format === "2021") {
      for (const [key, row] of [
        ["regulations", PROACTIVE_ROWS.regulations],
        ["normativeDocuments", PROACTIVE_ROWS.normativeDocuments2021],
      ] as const) {
        const p = ["proactive", key];
        all.relation("series.in-force", span(text(row)), [now([...p, "inForce"]), now([...p, "repealed"])], [before([...p, "inForce"]), now([...p, "issued"])]);
        all.relation("series.repeal-bound", span(text(row)), [now([...p, "repealed"])], [before([...p, "inForce"]), now([...p, "issued"])], "le");
      }
    }
    if (previous.format === "2019" && current.format === "2019") {
      for (const [key, row] of [
        ["licensing", PROACTIVE_ROWS.licensing],
        ["otherServices", PROACTIVE_ROWS.otherServices],
        ["penalty", PROACTIVE_ROWS.penalty],
        ["coercion", PROACTIVE_ROWS.coercion],
        ["fees", PROACTIVE_ROWS.fees],
      ] as const) {
        const p = ["proactive", key];
        all.relation("series.items", span(text(row)), [now([...p, "itemsLastYear"])], [before([...p, "itemsLastYear"]), before([...p, "itemsChange"])]);
      }
      for (const [key, row] of [
        ["regulations", PROACTIVE_ROWS.regulations],
        ["normativeDocuments", PROACTIVE_ROWS.normativeDocuments2019],
      ] as const) {
        const p = ["proactive", key];
        all.relation("series.published-total", span(text(row)), [now([...p, "totalPublished"])], [before([...p, "totalPublished"]), now([...p, "published"])]);
      }
    }
  }
  return { model: finish(all), offsets };
}

/** Reads the model's cells from a report: a finite number, or `NaN` for blank / unreadable. */
export function readValues(model: Model, reports: readonly unknown[], offsets: readonly number[] = [0], blanksAsZero = false): Float64Array {
  const values = new Float64Array(model.cells.length).fill(Number.NaN);
  offsets.forEach((offset, position) => {
    const report = reports[position];
    const end = position + 1 < offsets.length ? (offsets[position + 1] as number) : model.cells.length;
    for (let index = offset; index < end; index += 1) {
      const current = getAt(report, (model.cells[index] as ModelCell).path);
      if (typeof current === "number" && Number.isFinite(current)) values[index] = current;
      else if (blanksAsZero) values[index] = 0;
    }
  });
  return values;
}
