/**
 * Expanding a table's `rowspan`/`colspan` into a grid, as browsers lay it out:
 * each row's cells fill the next free slots left to right. Spans are capped so
 * a hostile page cannot allocate an unbounded grid.
 */
import type { RawCell, RawTable } from "./tree.js";

/** One cell of the expanded grid. */
export interface GridCell {
  /** Unique within its table. */
  readonly id: number;
  readonly text: string;
  readonly images: readonly string[];
  /** Top-left slot of the cell. */
  readonly row: number;
  readonly column: number;
  readonly rowspan: number;
  readonly colspan: number;
}

/** A table laid out as a grid: `rows[r][c]` is the cell covering the slot, or `undefined`. */
export interface Grid {
  readonly table: number;
  readonly rows: readonly (readonly (GridCell | undefined)[])[];
  /** True when a span was cut down to the caps. */
  readonly capped: boolean;
}

/** Caps far above any real report table (table 四 has 15 value columns, table 三 about 30 rows). */
export const MAX_COLSPAN = 64;
export const MAX_ROWSPAN = 512;
export const MAX_COLUMNS = 128;
export const MAX_ROWS = 4_000;

/**
 * Lays a table out as a grid, expanding spans (`rowspan="0"` runs to the last row).
 *
 * @example
 * ```ts
 * const grid = expandGrid({ index: 0, rows: [[{ text: "a", rowspan: 2, colspan: 1, images: [] }, { text: "b", rowspan: 1, colspan: 1, images: [] }], [{ text: "c", rowspan: 1, colspan: 1, images: [] }]] });
 * grid.rows[1]?.map((cell) => cell?.text);
 * //=> ["a", "c"]
 * ```
 */
export function expandGrid(table: RawTable): Grid {
  const rows: (GridCell | undefined)[][] = [];
  let capped = false;
  let id = 0;
  const rowCount = Math.min(table.rows.length, MAX_ROWS);
  if (table.rows.length > MAX_ROWS) capped = true;
  for (let r = 0; r < rowCount; r++) rows.push([]);
  for (let r = 0; r < rowCount; r++) {
    const line = rows[r] as (GridCell | undefined)[];
    let column = 0;
    for (const raw of table.rows[r] as readonly RawCell[]) {
      while (column < MAX_COLUMNS && line[column] !== undefined) column++;
      if (column >= MAX_COLUMNS) {
        capped = true;
        break;
      }
      let colspan = raw.colspan === 0 ? 1 : raw.colspan;
      let rowspan = raw.rowspan === 0 ? rowCount - r : raw.rowspan;
      if (colspan > MAX_COLSPAN || column + colspan > MAX_COLUMNS) {
        capped = true;
        colspan = Math.min(colspan, MAX_COLSPAN, MAX_COLUMNS - column);
      }
      if (rowspan > MAX_ROWSPAN) {
        capped = true;
        rowspan = MAX_ROWSPAN;
      }
      rowspan = Math.max(1, Math.min(rowspan, rowCount - r));
      const cell: GridCell = { id: id++, text: raw.text, images: raw.images, row: r, column, rowspan, colspan };
      for (let dr = 0; dr < rowspan; dr++) {
        const target = rows[r + dr] as (GridCell | undefined)[];
        for (let dc = 0; dc < colspan; dc++) if (target[column + dc] === undefined) target[column + dc] = cell;
      }
      column += colspan;
    }
  }
  return { table: table.index, rows, capped };
}

/**
 * The distinct cells of a grid row, left to right (a cell spanning several slots appears once).
 *
 * @example
 * ```ts
 * const grid = expandGrid({ index: 0, rows: [[{ text: "a", rowspan: 1, colspan: 2, images: [] }, { text: "b", rowspan: 1, colspan: 1, images: [] }]] });
 * cellsOfRow(grid.rows[0] ?? []).map((cell) => cell.text);
 * //=> ["a", "b"]
 * ```
 */
export function cellsOfRow(row: readonly (GridCell | undefined)[]): GridCell[] {
  const cells: GridCell[] = [];
  let last: GridCell | undefined;
  for (const cell of row) {
    if (cell && cell !== last && !cells.includes(cell)) cells.push(cell);
    last = cell;
  }
  return cells;
}
