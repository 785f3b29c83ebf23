/**
 * One walk over a document tree — htmlparser2's (domhandler) or a DOM the caller
 * has (browser, jsdom, linkedom) — that collects what the reader needs: every
 * `<table>` with its rows and cells (text, spans, images), the page text with
 * line breaks where blocks end, the title, and every image. Iterative, so a
 * hostile nesting depth cannot overflow the stack.
 */

/** How the walk sees a node of some tree. */
export interface TreeAdapter<Node> {
  /** `element`, `text`, or `other` (comments, doctypes, processing instructions). */
  kind(node: Node): "element" | "text" | "other";
  /** Lower-case tag name of an element (`#document` for a document or fragment). */
  name(node: Node): string;
  attribute(node: Node, name: string): string | undefined;
  children(node: Node): ArrayLike<Node>;
  text(node: Node): string;
}

/** One `<td>`/`<th>` as printed. */
export interface RawCell {
  readonly text: string;
  readonly rowspan: number;
  readonly colspan: number;
  /** `src` of images inside the cell. */
  readonly images: readonly string[];
}

/** One `<table>`: its own rows (not those of tables nested in its cells). */
export interface RawTable {
  /** Index in document order (0-based). */
  readonly index: number;
  readonly rows: readonly (readonly RawCell[])[];
}

/** What the walk collected from a page. */
export interface PageModel {
  readonly tables: readonly RawTable[];
  /** The page text: blocks and table rows end in a line break, cells are separated by a tab. */
  readonly text: string;
  /** Text of `<title>` and of `<h1>`…`<h3>`, in document order. */
  readonly titles: readonly string[];
  /** `src` of every image outside tables, in document order, with the page-text offset where it stands. */
  readonly images: readonly { readonly src: string; readonly at: number }[];
}

const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "select", "svg", "math", "iframe", "object"]);
const BLOCKS = new Set([
  "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
  "footer", "blockquote", "pre", "hr", "center", "caption", "form", "main", "nav", "aside", "address", "figure", "figcaption",
]);
const TITLES = new Set(["title", "h1", "h2", "h3"]);

/** Caps that keep a hostile page bounded (they are far above any real report). */
const MAX_TEXT = 2_000_000;
const MAX_CELL_TEXT = 4_000;

interface CellBuilder {
  text: string[];
  length: number;
  rowspan: number;
  colspan: number;
  images: string[];
}

interface TableBuilder {
  index: number;
  /** Rows and cells met outside any <table> (a slice of a page) form an implicit table. */
  implicit: boolean;
  rows: RawCell[][];
  row: RawCell[] | undefined;
  cell: CellBuilder | undefined;
}

function span(value: string | undefined): number {
  if (value === undefined) return 1;
  const number = Number.parseInt(value.trim(), 10);
  return Number.isFinite(number) && number >= 0 ? number : 1;
}

function imageSource<Node>(adapter: TreeAdapter<Node>, node: Node): string {
  return adapter.attribute(node, "src") ?? adapter.attribute(node, "data-src") ?? adapter.attribute(node, "data-original") ?? "";
}

/**
 * Walks a tree from its root and collects tables, page text, titles and images.
 *
 * @example
 * ```ts
 * // see fromHtml and fromDom: they call collectPage with their adapter
 * ```
 */
export function collectPage<Node>(root: Node, adapter: TreeAdapter<Node>): PageModel {
  const tables: RawTable[] = [];
  const titles: string[] = [];
  const images: { src: string; at: number }[] = [];
  const text: string[] = [];
  let textLength = 0;
  const open: TableBuilder[] = [];
  let titleDepth = 0;
  let title: string[] = [];

  const emit = (piece: string) => {
    if (textLength >= MAX_TEXT) return;
    text.push(piece);
    textLength += piece.length;
  };
  const current = () => open[open.length - 1];
  const cellText = (piece: string) => {
    const cell = current()?.cell;
    if (cell && cell.length < MAX_CELL_TEXT) {
      cell.text.push(piece);
      cell.length += piece.length;
    }
  };
  const closeCell = (table: TableBuilder) => {
    const cell = table.cell;
    if (!cell) return;
    table.cell = undefined;
    if (!table.row) {
      table.row = [];
      table.rows.push(table.row);
    }
    table.row.push({ text: cell.text.join(""), rowspan: cell.rowspan, colspan: cell.colspan, images: cell.images });
  };
  const closeRow = (table: TableBuilder) => {
    closeCell(table);
    table.row = undefined;
  };

  const finish = (table: TableBuilder) => {
    closeRow(table);
    tables[table.index] = { index: table.index, rows: table.rows };
  };
  const implicitTable = (): TableBuilder => {
    const table: TableBuilder = { index: tables.length, implicit: true, rows: [], row: undefined, cell: undefined };
    tables.push({ index: table.index, rows: [] });
    open.push(table);
    return table;
  };

  type Frame = { node: Node; exit: boolean };
  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const node = frame.node;
    const kind = adapter.kind(node);
    if (kind === "text") {
      const piece = adapter.text(node);
      if (titleDepth > 0) title.push(piece);
      emit(piece);
      cellText(piece);
      continue;
    }
    if (kind !== "element") continue;
    const name = adapter.name(node);
    if (frame.exit) {
      if (TITLES.has(name)) {
        titleDepth--;
        if (titleDepth === 0) {
          const joined = title.join("").trim();
          if (joined) titles.push(joined);
          title = [];
        }
      }
      if (name === "table") {
        while (open.length > 0 && current()?.implicit) finish(open.pop() as TableBuilder);
        const table = open.pop();
        if (table) finish(table);
        emit("\n");
      } else if (name === "td" || name === "th") {
        const table = current();
        if (table) closeCell(table);
        emit("\t");
      } else if (name === "tr") {
        const table = current();
        if (table) closeRow(table);
        emit("\n");
      } else if (BLOCKS.has(name)) {
        emit("\n");
        cellText("\n");
      }
      continue;
    }
    if (name === "title") {
      // <title> sits in <head>, which is otherwise skipped.
      const children = adapter.children(node);
      let joined = "";
      for (let index = 0; index < children.length; index++) {
        const child = children[index] as Node;
        if (adapter.kind(child) === "text") joined += adapter.text(child);
      }
      if (joined.trim()) titles.push(joined.trim());
      continue;
    }
    if (name === "head") {
      // Only <title> is wanted from <head>; htmlparser2 keeps <title> under <head>.
      const children = adapter.children(node);
      for (let index = children.length - 1; index >= 0; index--) {
        const child = children[index] as Node;
        if (adapter.kind(child) === "element" && adapter.name(child) === "title") stack.push({ node: child, exit: false });
      }
      continue;
    }
    if (SKIPPED.has(name)) continue;
    if (name === "img") {
      const source = imageSource(adapter, node);
      const cell = current()?.cell;
      if (cell) cell.images.push(source);
      else if (open.length === 0) images.push({ src: source, at: textLength });
      continue;
    }
    if (name === "table") {
      while (open.length > 0 && current()?.implicit) finish(open.pop() as TableBuilder);
      open.push({ index: tables.length, implicit: false, rows: [], row: undefined, cell: undefined });
      tables.push({ index: tables.length, rows: [] });
    } else if (name === "tr") {
      const table = current() ?? implicitTable();
      closeRow(table);
      table.row = [];
      table.rows.push(table.row);
    } else if (name === "td" || name === "th") {
      const table = current() ?? implicitTable();
      {
        closeCell(table);
        table.cell = {
          text: [],
          length: 0,
          rowspan: span(adapter.attribute(node, "rowspan")),
          colspan: span(adapter.attribute(node, "colspan")),
          images: [],
        };
      }
    } else if (BLOCKS.has(name)) {
      emit("\n");
      cellText("\n");
    }
    if (TITLES.has(name)) titleDepth++;
    stack.push({ node, exit: true });
    const children = adapter.children(node);
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index] as Node, exit: false });
  }
  while (open.length > 0) finish(open.pop() as TableBuilder);
  return { tables, text: text.join(""), titles, images };
}
