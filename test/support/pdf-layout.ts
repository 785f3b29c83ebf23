/**
 * Lays a canonical report out as positioned text items, the way a PDF's text
 * layer prints it: tables with header labels stacked in their columns, row
 * labels wrapped in their cells (the value line sits between the fragments),
 * the rowspan label 三、本年度办理结果 printed one character per line, page
 * breaks inside tables (no repeated header), and baseline jitter.
 */
import type { TextItem } from "../../src/read/items/lines.js";
import { type ColumnSpec, layoutOf, type RowSpec } from "../../src/labeled/labels.js";
import type { Format } from "../../src/schema/report.js";

/** How one layout varies. */
export interface LayoutParams {
  /** Characters per line of a wrapped row label (inner label column). */
  readonly wrap: number;
  /** Maximum baseline jitter, in units. */
  readonly jitter: number;
  /** Rows of table 三 (by index) after which a page breaks. */
  readonly breaks: readonly number[];
  /** Font size of labels. */
  readonly size: number;
  /** Seed of the jitter. */
  readonly seed: number;
  /** Characters per line of a header label of table 三/四. */
  readonly headerWrap: number;
  /** Every item split into one item per character (some PDF producers set text that way). */
  readonly perChar?: boolean;
  /** 2021 only: print （六）其他处理 as one row (the 2019 style) holding the sums of its three sub-rows. */
  readonly singleOther?: boolean;
  /** Header labels of table 三 left out (as if printed as an image). */
  readonly dropHeaders?: readonly string[];
}

function printed(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    const amount = value as { value: number; unit: string };
    return `${amount.value}${amount.unit}`;
  }
  return String(value);
}

function valueAt(report: unknown, pointer: string): unknown {
  let node = report;
  for (const key of pointer.split("/").slice(1)) node = (node as Record<string, unknown>)?.[key];
  return node;
}

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let index = 0; index < text.length; index += size) out.push(text.slice(index, index + size));
  return out.length > 0 ? out : [""];
}

/** Positioned items of a report; `report` is canonical JSON of the given format. */
export function layOut(report: Record<string, unknown>, format: Format, params: LayoutParams): TextItem[] {
  const items: TextItem[] = [];
  let state = params.seed >>> 0 || 1;
  const noise = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return ((state / 2 ** 32) * 2 - 1) * params.jitter;
  };
  let page = 1;
  let y = 780;
  const size = params.size;
  const valueSize = size + 2;
  const put = (str: string, x: number, baseline: number, height = size, onPage = page) => {
    if (str === "") return;
    const wide = [...str].reduce((sum, char) => sum + (/[\x20-\x7e]/u.test(char) ? 0.5 : 1), 0);
    items.push({ str, x, y: baseline + noise(), width: wide * height, height, page: onPage });
  };
  const newPage = () => {
    put(`- ${page} -`, 280, 40, 12);
    page++;
    y = 780;
  };
  const need = (height: number) => {
    if (y - height < 70) newPage();
  };
  const centred = (str: string, centre: number, baseline: number, height = size) => put(str, centre - (str.length * height) / 2, baseline, height);
  /** A label wrapped into lines of `wrap` characters, centred vertically on `middle` (a value line's centre). */
  const wrapped = (str: string, x: number, middle: number, wrap: number) => {
    const lines = chunks(str, wrap);
    const step = size * 1.4;
    lines.forEach((line, index) => put(line, x, middle - size / 2 + ((lines.length - 1) / 2 - index) * step));
    return lines.length;
  };
  const value = (text: string, centre: number, middle: number) => {
    if (text === "") return;
    const width = text.length * valueSize * 0.5;
    put(text, centre - width / 2, middle - valueSize / 2, valueSize);
  };

  put(`${report.agency as string}${report.year as number}年政府信息公开工作年度报告`, 100, y, 18);
  y -= 40;
  put("一、总体情况", 80, y, 16);
  y -= 28;
  put("本年度依法依规做好政府信息公开工作。", 100, y, 16);
  y -= 40;
  const layout = layoutOf(format);
  const rowsOf = (table: string) => layout.rows.filter((row) => row.table === table);

  // 二: one block per 第二十条 item, each with its own header line.
  put("二、主动公开政府信息情况", 80, y, 16);
  y -= 30;
  const blocks = new Map<string, RowSpec[]>();
  for (const row of rowsOf("二")) {
    const title = row.path[0]?.zh ?? "";
    blocks.set(title, [...(blocks.get(title) ?? []), row]);
  }
  for (const [title, rows] of blocks) {
    const columns = (rows[0] as RowSpec).columns;
    need(3 * 30 + rows.length * 30);
    centred(title, 300, y);
    y -= 30;
    put("信息内容", 80, y);
    const pitch = 300 / columns.length;
    const centres = columns.map((_, index) => 240 + pitch * (index + 0.5));
    columns.forEach((column, index) => centred(column.label.zh, centres[index] as number, y));
    y -= 30;
    for (const row of rows) {
      need(30);
      const middle = y + size / 2;
      put(row.path[row.path.length - 1]?.zh ?? "", 80, y);
      row.columns.forEach((column, index) => value(printed(valueAt(report, column.pointer)), centres[index] as number, middle));
      y -= 30;
    }
  }

  // 三: a three-row header, then rows with labels in three label columns.
  need(200);
  put("三、收到和处理政府信息公开申请情况", 80, y, 16);
  y -= 30;
  const rows3 = rowsOf("三");
  const leaves = (rows3[0] as RowSpec).columns;
  // Header cells wider than their text, label cells wider than their lines (print never overflows a cell).
  const pitch3 = Math.max(34, params.headerWrap * size + 10);
  const centre3 = (index: number) => 320 + pitch3 * index;
  centred("申请人情况", centre3(3), y);
  y -= 18;
  centred("法人或其他组织", centre3(3), y);
  const headerTop = y - 16;
  leaves.forEach((column: ColumnSpec, index) => {
    if (params.dropHeaders?.includes(column.label.zh)) return;
    const lines = chunks(column.label.zh, params.headerWrap);
    lines.forEach((line, at) => centred(line, centre3(index), headerTop - at * size * 1.3));
  });
  chunks("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 12).forEach((line, at) => put(line, 80, headerTop - at * size * 1.3));
  y = headerTop - 4 * size * 1.3 - 10;
  const groupsPrinted = new Set<string>();
  const outcomeLabel = "三、本年度办理结果";
  let outcomeChar = 0;
  const otherRows = rows3.filter((row) => row.pointer.startsWith("/applications/outcomes/otherHandling/"));
  rows3.forEach((row, index) => {
    if (params.singleOther && otherRows.includes(row)) {
      if (row !== otherRows[0]) return;
      const middle = y - 15;
      put("（六）其他处理", 110, middle - size / 2);
      row.columns.forEach((column, at) => {
        const parts = otherRows.map((other) => valueAt(report, `${other.pointer}/${column.key}`));
        const sum = parts.some((part) => part === null) ? "" : String(parts.reduce((total: number, part) => total + (part as number), 0));
        value(sum, centre3(at), middle);
      });
      y -= 30;
      return;
    }
    const leaf = row.path[row.path.length - 1]?.zh ?? "";
    const wrap = row.path.length === 3 ? Math.min(params.wrap, Math.floor(100 / size)) : row.path.length === 2 ? Math.min(params.wrap + 2, Math.floor(170 / size)) : Math.floor(200 / size);
    const lines = chunks(leaf, wrap).length;
    const height = Math.max(lines * size * 1.4 + 8, valueSize + 8);
    need(height);
    const middle = y - height / 2;
    const x = row.path.length === 1 ? 80 : row.path.length === 2 ? 110 : 190;
    wrapped(leaf, x, middle, wrap);
    if (row.path.length === 3) {
      const group = row.path[1]?.zh ?? "";
      if (!groupsPrinted.has(group)) {
        groupsPrinted.add(group);
        // The rowspan label, printed once beside the first of its rows (a real page centres it over the group).
        put(group, 110, middle - size / 2 + size * 1.4);
      }
    }
    if (row.path.length > 1 && outcomeChar < outcomeLabel.length) {
      put(outcomeLabel[outcomeChar] as string, 86, middle + size * 0.7, size);
      outcomeChar++;
    }
    row.columns.forEach((column, at) => value(printed(valueAt(report, column.pointer)), centre3(at), middle));
    y -= height;
    if (params.breaks.includes(index)) newPage();
  });

  // 四: group labels over their five columns, leaves stacked, one value line.
  y -= 20;
  need(160);
  put("四、政府信息公开行政复议、行政诉讼情况", 80, y, 16);
  y -= 30;
  const rows4 = rowsOf("四");
  const centre4 = (index: number) => 90 + index * 30;
  centred("行政复议", centre4(2), y);
  centred("行政诉讼", centre4(9.5), y);
  y -= 20;
  centred("未经复议直接起诉", centre4(7), y);
  centred("复议后起诉", centre4(12), y);
  y -= 20;
  rows4.forEach((row, group) =>
    row.columns.forEach((column, index) => {
      const lines = chunks(column.label.zh, 2);
      lines.forEach((line, at) => centred(line, centre4(group * 5 + index), y - at * size * 1.3, size));
    }),
  );
  y -= 50;
  const middle4 = y;
  rows4.forEach((row, group) => row.columns.forEach((column, index) => value(printed(valueAt(report, column.pointer)), centre4(group * 5 + index), middle4)));
  y -= 40;
  need(100);
  put("五、存在的主要问题及改进情况", 80, y, 16);
  y -= 28;
  put("2025 年将继续改进。", 100, y, 16);
  y -= 40;
  put("六、其他需要报告的事项", 80, y, 16);
  y -= 28;
  put("无。", 100, y, 16);
  put(`- ${page} -`, 280, 40, 12);
  if (!params.perChar) return items;
  return items.flatMap((item) => {
    const chars = [...item.str];
    const step = item.width / Math.max(1, chars.length);
    return chars.map((char, index) => ({ ...item, str: char, x: item.x + index * step, width: step }));
  });
}
