/**
 * From a page's tables (as grids) to placed cell texts: sections are found by
 * their ROWS (a table split over two `<table>`s is joined, a second copy is
 * left out), columns are laid out from the header rows, and each data row's
 * value cells are mapped to the header's leaves in order when they are as
 * many, otherwise by grid position (with a note). Nothing is guessed: what
 * cannot be placed stays out (so it is `null`) and a note says why.
 */
import { nfkc as nfkcBounded } from "../../nfkc.js";
import { LITIGATION_GROUP, OUTCOME_ROWS, PROACTIVE_COLUMNS_2019, PROACTIVE_COLUMNS_2021, PROACTIVE_ROWS, type TableId } from "../../layout/labels.js";
import { type ColumnSpec, layoutOf, matchColumn, type RowSpec } from "../../labeled/labels.js";
import { clip, normalizeLabel } from "../../labeled/normalize.js";
import type { Format } from "../../schema/report.js";
import { type CellText, type Extraction, formatOfYear } from "../core/assemble.js";
import { cleanCellText, splitAnnotation } from "../core/cell-text.js";
import { fuzzyLabel, matchRowLabel, toSimplified } from "../core/label-match.js";
import { readPageMeta } from "../core/meta.js";
import type { DetectedTable, InputKind, ReadNote, ReadOptions } from "../core/types.js";
import { cellsOfRow, expandGrid, type Grid, type GridCell } from "./grid.js";
import type { PageModel } from "./tree.js";

/** A cell with its texts prepared once. */
interface Cell {
  readonly grid: GridCell;
  /** Cleaned printed text (whitespace collapsed). */
  readonly text: string;
  /** Normalised, simplified label form. */
  readonly label: string;
  readonly blank: boolean;
  readonly value: boolean;
}

const VALUE = /^(?:增加|减少|增|减|[+\-−－])?\s*[0-9][0-9,.]*\s*(?:项|件|个|万元|万|元)?$/u;
const BLANKS = new Set(["", "-", "—", "——", "–", "―", "－", "/", "／", "无", "無", "0"]);

function prepare(grid: GridCell): Cell {
  const text = cleanCellText(grid.text);
  const nfkc = nfkcBounded(text);
  const blank = BLANKS.has(text) && text !== "0";
  const annotated = splitAnnotation(nfkc);
  const value = blank || VALUE.test(nfkc) || (annotated !== undefined && VALUE.test(nfkcBounded(annotated.value)));
  return { grid, text, label: normalizeLabel(toSimplified(text).text), blank, value };
}

/** Printed column and group headers of every table (both formats), normalised. */
const HEADER_WORDS: ReadonlyMap<string, TableId> = (() => {
  const words = new Map<string, TableId>();
  const add = (word: string, table: TableId) => {
    const key = normalizeLabel(word);
    if (!words.has(key)) words.set(key, table);
  };
  for (const format of ["2021", "2019"] as const) {
    for (const row of layoutOf(format).rows) {
      if (row.table === "四") for (const label of row.path) add(label.zh, "四");
      for (const column of row.columns) {
        add(column.label.zh, row.table);
        add(column.base, row.table);
        for (const ancestor of column.ancestors) add(ancestor, row.table);
      }
    }
  }
  add("信息内容", "二");
  add("现行有效件", "二");
  add("本年收费金额", "二");
  add(LITIGATION_GROUP.zh, "四");
  return words;
})();
const HEADER_LIST = [...HEADER_WORDS.keys()];

const headerWords = new Map<string, TableId | undefined>();

function headerWord(label: string): TableId | undefined {
  if (headerWords.has(label)) return headerWords.get(label);
  const found = headerWordUncached(label);
  if (headerWords.size > 20_000) headerWords.clear();
  headerWords.set(label, found);
  return found;
}

function headerWordUncached(label: string): TableId | undefined {
  if (label.length === 0 || label.length > 40) return undefined;
  const exact = HEADER_WORDS.get(label);
  if (exact) return exact;
  const base = label.replace(/\([^()]*\)$/u, "");
  const stripped = HEADER_WORDS.get(base);
  if (stripped) return stripped;
  const fuzzy = fuzzyLabel(label, HEADER_LIST);
  return fuzzy === undefined ? undefined : HEADER_WORDS.get(fuzzy);
}

/** Labels that exist in one format only (header and row labels of 二, sub-rows of （六）). */
const EVIDENCE: readonly (readonly [word: string, format: Format])[] = [
  ...[PROACTIVE_COLUMNS_2021.issued.zh, PROACTIVE_COLUMNS_2021.repealed.zh, PROACTIVE_COLUMNS_2021.inForce.zh, PROACTIVE_COLUMNS_2021.decisions.zh].map(
    (word) => [word, "2021"] as const,
  ),
  // The fee column without its printed unit, and the first words of the 2021 sub-rows of （六）.
  ["本年收费金额", "2021"] as const,
  [PROACTIVE_ROWS.normativeDocuments2021.zh, "2021"] as const,
  ["申请人无正当理由逾期不补正", "2021"] as const,
  ["申请人逾期未按收费通知", "2021"] as const,
  ...[
    PROACTIVE_COLUMNS_2019.made,
    PROACTIVE_COLUMNS_2019.published,
    PROACTIVE_COLUMNS_2019.totalPublished,
    PROACTIVE_COLUMNS_2019.itemsLastYear,
    PROACTIVE_COLUMNS_2019.itemsChange,
    PROACTIVE_ROWS.otherServices,
    PROACTIVE_ROWS.procurement,
    PROACTIVE_COLUMNS_2019.projects,
    PROACTIVE_COLUMNS_2019.amount,
  ].map((label) => [label.zh, "2019"] as const),
].map(([word, format]) => [normalizeLabel(word), format] as const);

function evidenceOf(label: string): readonly [string, Format] | undefined {
  const body = label.replace(/^\d+\./u, "");
  for (const entry of EVIDENCE) if (body === entry[0] || (body.startsWith(entry[0]) && body.length <= entry[0].length + 30)) return entry;
  return undefined;
}

/** A header leaf: the bottom header cell over a run of grid columns, with the cells above it. */
interface Leaf {
  readonly start: number;
  readonly end: number;
  /** Cleaned printed texts from the top header cell down. */
  readonly path: readonly string[];
}

interface Header {
  readonly table: number;
  readonly section: TableId;
  readonly valueStart: number;
  readonly leaves: readonly Leaf[];
}

function buildHeader(grid: Grid, rows: readonly number[], section: TableId, prepared: ReadonlyMap<GridCell, Cell>): Header | undefined {
  const width = Math.max(...rows.map((r) => grid.rows[r]?.length ?? 0));
  const paths: { ids: string; path: string[]; bottom: Cell | undefined }[] = [];
  for (let c = 0; c < width; c++) {
    const seen: Cell[] = [];
    for (const r of rows) {
      const cell = grid.rows[r]?.[c];
      if (!cell) continue;
      const info = prepared.get(cell);
      if (info && !seen.includes(info)) seen.push(info);
    }
    const nonBlank = seen.filter((cell) => cell.text.length > 0);
    paths.push({ ids: nonBlank.map((cell) => cell.grid.id).join(","), path: nonBlank.map((cell) => cell.text), bottom: nonBlank[nonBlank.length - 1] });
  }
  let valueStart = -1;
  for (let c = 0; c < paths.length; c++) {
    const bottom = paths[c]?.bottom;
    if (bottom && headerWord(bottom.label) !== undefined && bottom.label !== normalizeLabel("信息内容")) {
      valueStart = c;
      break;
    }
  }
  if (valueStart < 0) return undefined;
  const leaves: Leaf[] = [];
  for (let c = valueStart; c < paths.length; c++) {
    const entry = paths[c] as (typeof paths)[number];
    const last = leaves[leaves.length - 1];
    if (last && c > 0 && paths[c - 1]?.ids === entry.ids && entry.ids !== "") {
      leaves[leaves.length - 1] = { ...last, end: c };
      continue;
    }
    if (entry.path.length === 0) continue;
    leaves.push({ start: c, end: c, path: entry.path });
  }
  return { table: grid.table, section, valueStart, leaves };
}

/** A leaf resolved against a row of the layout. */
interface Target {
  readonly column: ColumnSpec;
  /** The printed label to pass on, when it carries a unit (`采购总金额（元）`). */
  readonly columnLabel?: string;
  readonly fuzzy?: string;
}

function resolveLeaf(format: Format, row: RowSpec, leaf: Leaf): Target | undefined {
  const printed = leaf.path.map((part) => toSimplified(part).text);
  const leafText = printed[printed.length - 1] as string;
  for (const attempt of [printed.join("/"), leafText]) {
    const match = matchColumn(row, format, attempt);
    if (match.kind === "column" && match.columns.length === 1) {
      return { column: match.columns[0] as ColumnSpec, ...(match.headerUnit ? { columnLabel: leafText } : {}) };
    }
  }
  const official = fuzzyLabel(leafText, row.columns.map((column) => column.label.zh));
  if (official === undefined) return undefined;
  const columns = row.columns.filter((column) => column.label.zh === official);
  return columns.length === 1 ? { column: columns[0] as ColumnSpec, fuzzy: leafText } : undefined;
}

interface Reading {
  readonly format: Format;
  readonly cells: CellText[];
  readonly notes: ReadNote[];
  readonly readRows: Map<string, number>;
}

function source(grid: Grid, cell: GridCell, row: number, text: string) {
  return { kind: "html" as const, table: grid.table, row, column: cell.column, text };
}

function place(reading: Reading, grid: Grid, row: number, cell: Cell, pointer: string, columnLabel?: string): void {
  const annotated = splitAnnotation(cell.text);
  const provenance = source(grid, cell.grid, row, cell.text);
  if (annotated) {
    reading.notes.push({
      kind: "cell-annotation",
      pointer,
      raw: cell.text,
      source: provenance,
      message: {
        zh: `“${clip(cell.text)}”读作 ${annotated.value}，括注“${clip(annotated.annotation)}”未计入`,
        en: `“${clip(cell.text)}” read as ${annotated.value}; the note “${clip(annotated.annotation)}” is not part of the value`,
      },
    });
  }
  reading.cells.push({ pointer, text: annotated ? annotated.value : cell.text, source: provenance, ...(columnLabel ? { columnLabel } : {}) });
}

function unplaced(reading: Reading, grid: Grid, row: number, cells: readonly Cell[], pointer: string, why: { zh: string; en: string }): void {
  const texts = cells.map((cell) => cell.text || "（空）");
  reading.notes.push({
    kind: "values-unplaced",
    pointer,
    raw: texts.join(" | "),
    ...(cells[0] ? { source: source(grid, cells[0].grid, row, cells[0].text) } : {}),
    message: { zh: `${why.zh}：${clip(texts.join(" | "), 120)}`, en: `${why.en}: ${clip(texts.join(" | "), 120)}` },
  });
}

/** Assigns a data row's value cells to targets: in order when as many, else by grid position. */
function assignValues(
  reading: Reading,
  grid: Grid,
  r: number,
  values: readonly Cell[],
  leaves: readonly Leaf[],
  targets: readonly (Target | undefined)[],
  samePlace: boolean,
  rowPointer: string,
): Map<Target, Cell | null> {
  const assigned = new Map<Target, Cell | null>();
  if (values.length === leaves.length) {
    values.forEach((cell, index) => {
      const target = targets[index];
      if (target) assigned.set(target, cell);
      else if (!cell.blank) unplaced(reading, grid, r, [cell], rowPointer, { zh: "表头无法识别，数值未采用", en: "the header above it was not recognised; not used" });
    });
    return assigned;
  }
  const rowEnd = Math.max(-1, ...values.map((cell) => cell.grid.column + cell.grid.colspan - 1));
  const lastLeaf = leaves[leaves.length - 1];
  if (!samePlace || !lastLeaf || rowEnd < lastLeaf.start) {
    unplaced(reading, grid, r, values, rowPointer, {
      zh: `本行有 ${values.length} 个数值、表头有 ${leaves.length} 列，无法确定对应关系，各格留空`,
      en: `the row has ${values.length} values for ${leaves.length} header columns; which goes where cannot be told, the cells stay null`,
    });
    return assigned;
  }
  reading.notes.push({
    kind: "aligned-by-position",
    pointer: rowPointer,
    raw: values.map((cell) => cell.text).join(" | "),
    ...(values[0] ? { source: source(grid, values[0].grid, r, values[0].text) } : {}),
    message: {
      zh: `本行有 ${values.length} 个数值、表头有 ${leaves.length} 列，按网格位置对应`,
      en: `the row has ${values.length} values for ${leaves.length} header columns; aligned by grid position`,
    },
  });
  const used = new Set<Cell>();
  leaves.forEach((leaf, index) => {
    const target = targets[index];
    const under = values.filter((cell) => cell.grid.column >= leaf.start && cell.grid.column <= leaf.end);
    const straddling = values.some((cell) => cell.grid.column < leaf.start && cell.grid.column + cell.grid.colspan - 1 >= leaf.start);
    for (const cell of under) used.add(cell);
    const filled = under.filter((cell) => !cell.blank);
    if (!target) return;
    if (straddling || filled.length > 1) {
      unplaced(reading, grid, r, under, target.column.pointer, { zh: "一列下有多个数值或一个数值跨多列，未采用", en: "several values under one column, or one value across columns; not used" });
      assigned.set(target, null);
    } else if (filled.length === 1) assigned.set(target, filled[0] as Cell);
    else if (under.length > 0) assigned.set(target, under[0] as Cell);
  });
  const left = values.filter((cell) => !used.has(cell) && !cell.blank);
  if (left.length > 0) unplaced(reading, grid, r, left, rowPointer, { zh: "数值不在任何表头列之下，未采用", en: "values under no header column; not used" });
  return assigned;
}

interface PageReading extends Extraction {}

/**
 * Reads the report out of a collected page: tables, cells, format, year, agency and prose.
 *
 * @example
 * ```ts
 * // used by fromHtml and fromDom; see there
 * ```
 */
export function readPage(page: PageModel, input: InputKind, options: ReadOptions): PageReading {
  const notes: ReadNote[] = [];
  const grids = page.tables.map((table) => expandGrid(table));
  for (const grid of grids) {
    if (grid.capped) {
      notes.push({
        kind: "span-capped",
        message: { zh: `表格 ${grid.table} 的 rowspan/colspan 超出上限，已截断`, en: `table ${grid.table}: a rowspan/colspan exceeded the caps and was cut` },
      });
    }
  }
  const prepared = new Map<GridCell, Cell>();
  const info = (cell: GridCell): Cell => {
    let found = prepared.get(cell);
    if (!found) {
      found = prepare(cell);
      prepared.set(cell, found);
    }
    return found;
  };

  // Meta first: the year is the tie-breaker for the format.
  const meta = readPageMeta(`${page.titles.join("\n")}\n${page.text}`);
  const year = options.year ?? meta.year ?? null;

  // Format evidence from every cell label.
  const evidence = new Map<string, Format>();
  let traditional = false;
  for (const grid of grids) {
    for (const row of grid.rows) {
      for (const cell of cellsOfRow(row)) {
        const prepared = info(cell);
        if (prepared.value || prepared.label.length > 60) continue;
        if (!traditional && toSimplified(prepared.text).changed && headerWord(prepared.label)) traditional = true;
        const found = evidenceOf(prepared.label);
        if (found) evidence.set(found[0], found[1]);
      }
    }
  }
  const votes = { "2019": 0, "2021": 0 };
  for (const which of evidence.values()) votes[which]++;
  const detected: Format | null = votes["2021"] > votes["2019"] ? "2021" : votes["2019"] > votes["2021"] ? "2019" : null;
  const format: Format = options.format ?? detected ?? (year !== null ? formatOfYear(year) : "2021");
  const formatEvidence: string[] = [];
  for (const [word, which] of evidence) if (which === detected) formatEvidence.push(word);
  if (votes["2019"] > 0 && votes["2021"] > 0) {
    notes.push({
      kind: "format-conflict",
      message: {
        zh: `标签同时指向两种格式（2019：${votes["2019"]} 个，2021：${votes["2021"]} 个），按 ${format} 读取`,
        en: `labels point to both formats (2019: ${votes["2019"]}, 2021: ${votes["2021"]}); read as ${format ?? "—"}`,
      },
    });
  }
  if (traditional) {
    notes.push({ kind: "traditional-characters", message: { zh: "标签为繁体字，已按简体识别", en: "labels in traditional characters were recognised as simplified" } });
  }
  if (detected && !options.format && year !== null && formatOfYear(year) !== detected) {
    notes.push({
      kind: "format-mismatch",
      message: {
        zh: `${year} 年度的报告应使用 ${formatOfYear(year)} 格式，表格按印刷的 ${format} 格式读取`,
        en: `a ${year} report should use the ${formatOfYear(year)} format; the tables were read as printed, in the ${format} format`,
      },
    });
  }

  const reading: Reading = { format, cells: [], notes, readRows: new Map() };
  const tables: DetectedTable[] = [];
  const imagesInTables: string[] = [];
  let header: Header | undefined;
  const sectionTables = new Map<TableId, number>();

  for (const grid of grids) {
    const rowsBySection = new Map<TableId, number>();
    const segmentRole = new Map<TableId, "read" | "joined" | "duplicate">();
    let headerRows: number[] = [];
    let headerSection: TableId | undefined;
    for (let r = 0; r < grid.rows.length; r++) {
      const gridRow = grid.rows[r] as readonly (GridCell | undefined)[];
      const cells = cellsOfRow(gridRow).map(info);
      for (const cell of cells) if (cell.grid.row === r) imagesInTables.push(...cell.grid.images);
      const filled = cells.filter((cell) => cell.text.length > 0);
      if (filled.length === 0) continue;
      // Block title of table 二.
      if (filled.length === 1 && /^第二十条第/u.test((filled[0] as Cell).label)) {
        header = undefined;
        headerRows = [];
        continue;
      }
      // Header rows: labels only, at least one a column header.
      const own = filled.filter((cell) => cell.grid.row === r);
      const words = own.map((cell) => (cell.value ? undefined : headerWord(cell.label))).filter((word) => word !== undefined);
      if (filled.every((cell) => !cell.value) && words.length > 0 && !own.some((cell) => matchesRow(reading.format, cell))) {
        const section = words.includes("四") ? "四" : words.includes("三") ? "三" : "二";
        if (headerRows.length === 0 || headerSection !== section || headerRows[headerRows.length - 1] !== r - 1) headerRows = [];
        headerRows.push(r);
        headerSection = section;
        header = buildHeader(grid, headerRows, section, prepared) ?? header;
        continue;
      }
      const here = header && header.table === grid.table ? header : undefined;
      const labelCells = here
        ? cells.filter((cell) => cell.grid.column < here.valueStart && cell.text.length > 0)
        : leadingLabels(cells);
      const valueCells = here ? cells.filter((cell) => cell.grid.column >= here.valueStart) : cells.slice(cells.indexOf(labelCells[labelCells.length - 1] as Cell) + 1);
      let matched: ReturnType<typeof matchRowLabel>;
      let table: TableId | undefined;
      if (labelCells.length > 0) {
        const segments = labelCells.map((cell) => cell.text);
        const order: readonly TableId[] = header?.section === "二" ? ["二", "三", "四"] : header?.section === "四" ? ["四", "三", "二"] : ["三", "二", "四"];
        for (const candidate of order) {
          matched = matchRowLabel(format, candidate, segments);
          if (matched) {
            table = candidate;
            break;
          }
        }
      }
      // Table 四's data row has no label of its own (or a word such as 数量 under a corner cell).
      if (!table && header?.section === "四" && valueCells.length > 0 && valueCells.every((cell) => cell.value) && valueCells.some((cell) => !cell.blank)) {
        table = "四";
        matched = undefined;
      }
      if (!table) {
        if (labelCells.length > 0 && valueCells.some((cell) => !cell.blank && cell.value) && (header || sectionTables.size > 0)) {
          notes.push({
            kind: "unknown-row",
            raw: labelCells.map((cell) => cell.text).join("/"),
            source: source(grid, (labelCells[0] as Cell).grid, r, (labelCells[0] as Cell).text),
            message: {
              zh: `行标签“${clip(labelCells.map((cell) => cell.text).join("/"))}”无法识别，该行数值未读取`,
              en: `the row label “${clip(labelCells.map((cell) => cell.text).join("/"))}” was not recognised; its values were not read`,
            },
          });
        }
        continue;
      }
      // Which part of the document this row belongs to: first read, a continuation, or a copy.
      const firstRowPointer = table === "四" && !matched?.row ? "/reviewAndLitigation" : (matched?.row?.pointer ?? matched?.group?.join("/") ?? "");
      let role = segmentRole.get(table);
      if (!role) {
        const earlier = reading.readRows.get(firstRowPointer);
        role = earlier !== undefined && earlier !== grid.table ? "duplicate" : sectionTables.has(table) && sectionTables.get(table) !== grid.table ? "joined" : "read";
        segmentRole.set(table, role);
        if (role === "duplicate") {
          notes.push({
            kind: "extra-table",
            table,
            message: { zh: `表格 ${grid.table} 重复了表${table}（已在表格 ${earlier} 读取），未合并`, en: `table element ${grid.table} repeats table ${table} (read from element ${earlier}); not merged` },
          });
        } else if (role === "joined") {
          notes.push({
            kind: "table-joined",
            table,
            message: { zh: `表${table}在表格 ${grid.table} 中接续，已合并`, en: `table ${table} continues in table element ${grid.table}; joined` },
          });
        }
      }
      if (role === "duplicate") continue;
      if (!sectionTables.has(table)) sectionTables.set(table, grid.table);
      rowsBySection.set(table, (rowsBySection.get(table) ?? 0) + 1);
      reading.readRows.set(firstRowPointer, grid.table);
      for (const fuzzy of matched?.fuzzy ?? []) {
        notes.push({
          kind: "label-fuzzy",
          table,
          raw: fuzzy.printed,
          ...(matched?.row ? { pointer: matched.row.pointer } : {}),
          message: { zh: `“${clip(fuzzy.printed)}”识别为“${fuzzy.official}”`, en: `“${clip(fuzzy.printed)}” recognised as “${fuzzy.official}”` },
        });
      }
      if (matched?.alias) {
        notes.push({
          kind: "alias-used",
          table,
          raw: matched.alias.printed,
          ...(matched.row ? { pointer: matched.row.pointer } : {}),
          message: {
            zh: `“${matched.alias.printed}”按别名读作“${matched.alias.official}”`,
            en: `“${matched.alias.printed}” read as “${matched.alias.official}” through a documented alias`,
          },
        });
      }
      const samePlace = here !== undefined;
      if (table === "四" && !matched?.row) {
        readReviewRow(reading, grid, r, valueCells, here, samePlace);
        continue;
      }
      const leaves = header && header.section === table ? header.leaves : undefined;
      if (matched?.group) {
        readGroupRow(reading, grid, r, matched.group, valueCells, leaves, samePlace);
        continue;
      }
      const spec = matched?.row as RowSpec;
      readDataRow(reading, grid, r, spec, valueCells, leaves, samePlace);
    }
    const held = [...rowsBySection.entries()].sort((a, b) => b[1] - a[1])[0];
    const role = held ? segmentRole.get(held[0]) : undefined;
    tables.push({
      holds: held ? held[0] : null,
      source: `<table> ${grid.table}`,
      rows: held ? held[1] : 0,
      role: held ? (role === "duplicate" ? "duplicate" : (role ?? "read")) : "ignored",
    });
    if (!held && [...segmentRole.values()].includes("duplicate")) {
      tables[tables.length - 1] = { holds: [...segmentRole.keys()][0] ?? null, source: `<table> ${grid.table}`, rows: 0, role: "duplicate" };
    }
  }

  if (imagesInTables.length > 0 && reading.cells.length > 0) {
    notes.push({
      kind: "image-in-table",
      raw: imagesInTables.join(" "),
      message: { zh: `表格中有图片，未读取：${clip(imagesInTables.join("、"), 200)}`, en: `images inside tables were not read: ${clip(imagesInTables.join(", "), 200)}` },
    });
  }
  if (meta.year !== null && options.year === undefined) {
    notes.push({
      kind: "meta-read",
      message: {
        zh: `从页面读取报告年度 ${meta.year}${meta.agency ? `、报告机关“${meta.agency}”` : ""}`,
        en: `report year ${meta.year}${meta.agency ? ` and organ “${meta.agency}”` : ""} read from the page`,
      },
    });
  }
  const images = reading.cells.length === 0 ? reportImages(page, imagesInTables) : [];
  return {
    input,
    format: options.format ?? detected,
    formatEvidence,
    year,
    ...(options.year !== undefined ? { yearSource: "option" as const } : meta.yearSource ? { yearSource: meta.yearSource } : {}),
    agency: options.agency ?? meta.agency ?? null,
    ...(options.agency !== undefined ? { agencySource: "option" as const } : meta.agencySource ? { agencySource: meta.agencySource } : {}),
    text: meta.text,
    cells: reading.cells,
    notes,
    tables,
    images,
  };
}

function matchesRow(format: Format, cell: Cell): boolean {
  if (cell.label.length === 0 || cell.label.length > 80) return false;
  return matchRowLabel(format, "二", [cell.text]) !== undefined || matchRowLabel(format, "三", [cell.text]) !== undefined;
}

/** Leading label cells of a row read without a header: blanks before the first label are skipped. */
function leadingLabels(cells: readonly Cell[]): Cell[] {
  const labels: Cell[] = [];
  for (const cell of cells) {
    if (cell.text.length === 0 && labels.length === 0) continue;
    if (cell.value) break;
    labels.push(cell);
  }
  return labels;
}

function readDataRow(
  reading: Reading,
  grid: Grid,
  r: number,
  spec: RowSpec,
  values: readonly Cell[],
  leaves: readonly Leaf[] | undefined,
  samePlace: boolean,
): void {
  const own = values.filter((cell) => cell.grid.row === r || cell.text.length === 0);
  const spanned = values.filter((cell) => cell.grid.row !== r && cell.text.length > 0);
  if (spanned.length > 0) {
    unplaced(reading, grid, r, spanned, spec.pointer, { zh: "数值单元格跨越多行，无法确定属于哪一行", en: "a value cell spans several rows; which row it belongs to cannot be told" });
  }
  const cells = spanned.length > 0 ? values.map((cell) => (spanned.includes(cell) ? { ...cell, text: "", blank: true, value: true } : cell)) : own;
  if (leaves && leaves.length > 0) {
    const targets = leaves.map((leaf) => resolveLeaf(reading.format, spec, leaf));
    // Leaves of another row's block (a header over more columns than this row has) are not this row's.
    const assigned = assignValues(reading, grid, r, cells, leaves, targets, samePlace, spec.pointer);
    for (const [target, cell] of assigned) if (cell) place(reading, grid, r, cell, target.column.pointer, target.columnLabel);
    return;
  }
  if (cells.length === spec.columns.length) {
    cells.forEach((cell, index) => place(reading, grid, r, cell, (spec.columns[index] as ColumnSpec).pointer));
    return;
  }
  unplaced(reading, grid, r, cells, spec.pointer, {
    zh: `没有表头，且本行数值个数（${cells.length}）与该行的列数（${spec.columns.length}）不符，各格留空`,
    en: `no header, and the row's ${cells.length} values do not match its ${spec.columns.length} columns; the cells stay null`,
  });
}

/** （六）其他处理 printed as one row inside a 2021 table: zeros carry to the three sub-rows, anything else stays null. */
function readGroupRow(
  reading: Reading,
  grid: Grid,
  r: number,
  group: readonly string[],
  values: readonly Cell[],
  leaves: readonly Leaf[] | undefined,
  samePlace: boolean,
): void {
  if (values.every((cell) => cell.blank)) return;
  const subRows = layoutOf(reading.format).rows.filter(
    (row) => row.path.length === group.length + 1 && group.every((label, index) => row.path[index]?.zh === label),
  );
  const first = subRows[0];
  const groupPointer = first ? first.pointer.slice(0, first.pointer.lastIndexOf("/")) : group.join("/");
  const isOtherHandling = group[group.length - 1] === OUTCOME_ROWS.otherHandling.zh && reading.format === "2021";
  if (!first || !isOtherHandling) {
    unplaced(reading, grid, r, values, groupPointer, { zh: "分组标题行带有数值，无法分到子行", en: "a group heading row carries values that cannot be split into its sub-rows" });
    return;
  }
  const columns = new Map<string, Cell>();
  if (leaves && leaves.length > 0) {
    const targets = leaves.map((leaf) => resolveLeaf(reading.format, first, leaf));
    for (const [target, cell] of assignValues(reading, grid, r, values, leaves, targets, samePlace, groupPointer)) if (cell) columns.set(target.column.key, cell);
  } else if (values.length === first.columns.length) values.forEach((cell, index) => columns.set((first.columns[index] as ColumnSpec).key, cell));
  const zeros: string[] = [];
  for (const [key, cell] of columns) {
    if (!/^0+(?:\.0+)?$/u.test(nfkcBounded(cell.text))) continue;
    zeros.push(key);
    for (const sub of subRows) {
      const column = sub.columns.find((spec) => spec.key === key);
      if (column) place(reading, grid, r, cell, column.pointer);
    }
  }
  const printed = values.map((cell) => cell.text || "（空）").join(" | ");
  reading.notes.push({
    kind: "single-other-handling",
    table: "三",
    pointer: groupPointer,
    raw: printed,
    source: source(grid, (values[0] as Cell).grid, r, (values[0] as Cell).text),
    message: {
      zh: `${OUTCOME_ROWS.otherHandling.zh}只印了一行（${clip(printed, 80)}）：${zeros.length > 0 ? `为 0 的列（${zeros.length} 列）三个子行都记为 0，` : ""}其余子行单元格为 null`,
      en: `${OUTCOME_ROWS.otherHandling.zh} printed as one row (${clip(printed, 80)}): ${zeros.length > 0 ? `columns printing 0 (${zeros.length}) are 0 in all three sub-rows; ` : ""}the other sub-row cells are null`,
    },
  });
}

/** The data row of table 四: leaves are (group, outcome) pairs from the header. */
function readReviewRow(reading: Reading, grid: Grid, r: number, values: readonly Cell[], header: Header | undefined, samePlace: boolean): void {
  if (!header) return;
  const targets = header.leaves.map((leaf): Target | undefined => {
    const groupPath = leaf.path.slice(0, -1);
    const group = groupPath.length > 0 ? matchRowLabel(reading.format, "四", groupPath) : undefined;
    if (!group?.row) return undefined;
    return resolveLeaf(reading.format, group.row, { ...leaf, path: leaf.path.slice(-1) });
  });
  for (const [target, cell] of assignValues(reading, grid, r, values, header.leaves, targets, samePlace, "/reviewAndLitigation")) {
    if (cell) place(reading, grid, r, cell, target.column.pointer);
  }
}

/** Images standing where the report's tables should be: after the heading of section 二 (or the whole page when there is none). */
function reportImages(page: PageModel, inTables: readonly string[]): string[] {
  const hasReport = /主动公开政府信息情况|收到和处理政府信息公开申请|政府信息公开(?:工作)?年度报告/u.test(page.text) || page.titles.some((title) => /年度报告/u.test(title));
  if (!hasReport) return [];
  // Where the tables should be: from the heading of section 二 (or 三) to the heading of section 五.
  const start = /(?:^|\n)[ \t\u3000]*[二三]\s*[、．.]\s*(?:主\s*动\s*公\s*开|收\s*到\s*和\s*处\s*理)/u.exec(page.text)?.index;
  const endMatch = start === undefined ? undefined : /(?:^|\n)[ \t\u3000]*五\s*[、．.]/u.exec(page.text.slice(start));
  const end = start !== undefined && endMatch ? start + endMatch.index : Number.POSITIVE_INFINITY;
  const found = [...inTables];
  for (const image of page.images) {
    if (start !== undefined && (image.at < start || image.at > end)) continue;
    if (!found.includes(image.src)) found.push(image.src);
  }
  return found.filter((src) => src.length > 0);
}
