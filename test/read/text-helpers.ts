/** Helpers for the page-text reader tests: keys, cell comparison, and a report printed as page text in several shapes. */
import { readFileSync } from "node:fs";
import { layoutOf } from "../../src/labeled/labels.js";
import type { ReadResult } from "../../src/read/index.js";
import { cellsOf } from "../../src/schema/describe.js";
import type { Format } from "../../src/schema/report.js";

export interface Key {
  readonly document: string;
  readonly kind: string;
  readonly expected: Record<string, unknown> & { format: Format; year: number; agency: string };
}

export function loadKey(name: string): Key {
  return JSON.parse(readFileSync(new URL(`keys/${name}.json`, import.meta.url), "utf8")) as Key;
}

export function documentOf(key: Key): string {
  return readFileSync(new URL(`../../${key.document}`, import.meta.url), "utf8");
}

export function valueAt(report: unknown, path: readonly (string | number)[]): unknown {
  let node = report;
  for (const key of path) node = node === null || node === undefined ? undefined : (node as Record<string | number, unknown>)[key];
  return node;
}

export interface Score {
  right: number;
  nullWithNote: number;
  nullWithoutNote: string[];
  wrong: string[];
}

/** Compares every table cell of a read report with its key; a null where the key has a value must carry a note. */
export function score(result: ReadResult, expected: Record<string, unknown> & { format: Format }): Score {
  const out: Score = { right: 0, nullWithNote: 0, nullWithoutNote: [], wrong: [] };
  if (!result.success) throw new Error(`read failed: ${result.error.code}`);
  const noted = result.notes.map((note) => note.pointer).filter((pointer): pointer is string => pointer !== undefined);
  for (const entry of cellsOf(expected.format)) {
    if (!entry.meta.cell.table) continue;
    const want = valueAt(expected, entry.path);
    const got = valueAt(result.data, entry.path);
    if (JSON.stringify(want) === JSON.stringify(got)) out.right++;
    else if (got === null || got === undefined) {
      if (noted.some((pointer) => entry.pointer === pointer || entry.pointer.startsWith(`${pointer}/`))) out.nullWithNote++;
      else out.nullWithoutNote.push(entry.pointer);
    } else out.wrong.push(`${entry.pointer}: ${JSON.stringify(want)} read as ${JSON.stringify(got)}`);
  }
  return out;
}

/** The printed text of a canonical value (blank for null). */
export function printed(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    const amount = value as { value: number; unit: string };
    return `${amount.value}${amount.unit}`;
  }
  return String(value);
}

export type Shape = "tab" | "lines" | "markdown" | "blank-lines" | "run" | "spaces";

/** Label styles a printer may use: numbering and bracket variants, spaces inside, full or half width. */
export interface LabelStyle {
  readonly paren: "full" | "half";
  readonly dot: "．" | "." | "、";
  readonly spaces: readonly number[];
}

export function styleLabel(label: string, style: LabelStyle): string {
  let text = label
    .replace(/^（([一二三四五六七八九十])）/u, style.paren === "full" ? "（$1）" : "($1)")
    .replace(/^(\d)\./u, `$1${style.dot}`);
  if (style.paren === "half") text = text.replace(/（/gu, "(").replace(/）/gu, ")").replace(/，/gu, ",");
  const chars = [...text];
  const spaced: string[] = [];
  chars.forEach((char, index) => {
    spaced.push(char);
    const space = style.spaces[index % Math.max(1, style.spaces.length)] ?? 0;
    if (index < chars.length - 1 && space > 0 && index % 3 === 1) spaced.push(" ".repeat(space));
  });
  return spaced.join("");
}

const PLAIN: LabelStyle = { paren: "full", dot: ".", spaces: [] };

/** Prints a canonical report as page text: title, section headings, the three tables in the given shape. */
export function printReport(report: Record<string, unknown>, format: Format, shape: Shape, style: LabelStyle = PLAIN): string {
  const rows: string[][] = [];
  const layout = layoutOf(format).rows;
  let block = "";
  let previous: string[] = [];
  const lines: string[] = [`某市某局${String(report.year)}年政府信息公开工作年度报告`, "一、总体情况", "本机关依法公开。", "二、主动公开政府信息情况"];
  const flush = () => {
    for (const row of rows.splice(0)) {
      if (shape === "tab") lines.push(row.join("\t"));
      else if (shape === "markdown") lines.push(`| ${row.join(" | ")} |`);
      else if (shape === "lines") lines.push(...row.map((cell) => `\t${cell}`), "");
      else if (shape === "run") lines.push(row.join(""));
      else if (shape === "spaces") lines.push(row.join(" "));
      else lines.push(...row.flatMap((cell) => [cell, ""]));
    }
  };
  for (const row of layout) {
    if (row.table === "二" && row.path[0]?.zh !== block) {
      flush();
      block = row.path[0]?.zh as string;
      lines.push(block);
      const header = ["信息内容", ...row.columns.map((column) => column.label.zh)];
      rows.push(header);
      if (shape === "markdown") rows.push(header.map(() => "---"));
      flush();
    }
    if (row.table === "三" && row.pointer === "/applications/received") {
      flush();
      lines.push("三、收到和处理政府信息公开申请情况");
      const header = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"];
      rows.push(header);
      if (shape === "markdown") rows.push(header.map(() => "---"));
      rows.push(["", "自然人", "法人或其他组织", "总计"], ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]);
      flush();
    }
    if (row.table === "四") continue;
    const values = row.columns.map((column) => printed(valueAt(report, column.pointer.split("/").slice(1))));
    // Group labels printed once, on the first row of their group, as a page prints a rowspan.
    const labels = row.table === "二" ? [row.path[row.path.length - 1]?.zh as string] : row.path.map((label) => label.zh).filter((label, depth) => depth === row.path.length - 1 || previous[depth] !== label);
    previous = row.path.map((label) => label.zh);
    rows.push([...labels.map((label) => styleLabel(label, style)), ...values]);
  }
  flush();
  lines.push("四、政府信息公开行政复议、行政诉讼情况");
  const review = layout.filter((row) => row.table === "四");
  rows.push(["行政复议", "行政诉讼"], ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"]);
  if (shape === "markdown") rows.splice(1, 0, ["---", "---"]);
  rows.push(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]);
  rows.push(review.flatMap((row) => row.columns.map((column) => printed(valueAt(report, column.pointer.split("/").slice(1))))));
  flush();
  lines.push("五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "无。");
  return lines.join("\n");
}
