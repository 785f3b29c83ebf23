/**
 * Renders a canonical report as the HTML tables a portal publishes (official rowspans and
 * colspans), plain or as Word-export markup, for round-trip tests of the HTML reader.
 */
import { layoutOf, type RowSpec } from "../../src/labeled/labels.js";
import type { Format } from "../../src/schema/report.js";

export interface RenderOptions {
  /** Word-export markup: `<td><p><span><span>`, `<o:p>`, conditional comments, `0&nbsp;`, labels split over spans. */
  readonly word?: boolean;
  /** Close table 三 after this many data rows and continue in a second `<table>` (no header). */
  readonly splitTable3After?: number;
  /** Print table 三 twice. */
  readonly duplicateTable3?: boolean;
  /** Header text to print instead of an official column label. */
  readonly headerText?: Readonly<Record<string, string>>;
  /** Row label to print instead of the official one (by row pointer). */
  readonly rowText?: Readonly<Record<string, string>>;
  /** Printed text of a cell instead of its value (by pointer). */
  readonly cellText?: Readonly<Record<string, string>>;
}

function at(report: unknown, pointer: string): unknown {
  let node = report;
  for (const key of pointer.split("/").slice(1)) node = (node as Record<string, unknown>)[key];
  return node;
}

function printed(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    const amount = value as { value: number; unit: string };
    return `${amount.value}${amount.unit}`;
  }
  return String(value);
}

function escape(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

export function renderReportHtml(report: Record<string, unknown>, options: RenderOptions = {}): string {
  const format = report.format as Format;
  const rows = layoutOf(format).rows;
  const word = options.word === true;
  const text = (value: string, isLabel: boolean): string => {
    if (!word) return escape(value);
    if (!isLabel) return `<p class="MsoNormal"><span style="font-family:仿宋_GB2312"><span>${value === "" ? "&nbsp;" : `${escape(value)}&nbsp;`}</span></span><span><o:p></o:p></span></p>`;
    const chars = [...value];
    const half = Math.ceil(chars.length / 2);
    return `<p class="MsoNormal"><!--[if gte mso 9]><xml><w:x>junk</w:x></xml><![endif]--><span style="font-family:仿宋_GB2312">${escape(chars.slice(0, half).join(""))}</span></p><p><span lang="EN-US"><font face="Times New Roman">${escape(chars.slice(half).join(""))}</font><o:p></o:p></span></p>`;
  };
  const td = (value: string, isLabel: boolean, span: { rowspan?: number; colspan?: number } = {}) =>
    `<td${span.rowspan && span.rowspan > 1 ? ` rowspan="${span.rowspan}"` : ""}${span.colspan && span.colspan > 1 ? ` colspan="${span.colspan}"` : ""} style="border:solid windowtext 1.0pt">${text(value, isLabel)}</td>`;
  const cell = (pointer: string) => options.cellText?.[pointer] ?? printed(at(report, pointer));
  const header = (label: string) => options.headerText?.[label] ?? label;
  const rowLabel = (row: RowSpec) => options.rowText?.[row.pointer] ?? (row.path[row.path.length - 1]?.zh as string);

  // Table 二: blocks by their 第二十条 title.
  let table2 = "";
  const blocks = new Map<string, RowSpec[]>();
  for (const row of rows.filter((spec) => spec.table === "二")) {
    const title = row.path[0]?.zh as string;
    blocks.set(title, [...(blocks.get(title) ?? []), row]);
  }
  for (const [title, specs] of blocks) {
    const columns = (specs[0] as RowSpec).columns;
    const spans = columns.length === 3 ? [1, 1, 1] : columns.length === 2 ? [1, 2] : [3];
    table2 += `<tr>${td(title, true, { colspan: 4 })}</tr>`;
    table2 += `<tr>${td("信息内容", true)}${columns.map((column, index) => td(header(column.label.zh), true, { colspan: spans[index] as number })).join("")}</tr>`;
    for (const spec of specs) {
      table2 += `<tr>${td(rowLabel(spec), true)}${spec.columns.map((column, index) => td(cell(column.pointer), false, { colspan: spans[index] as number })).join("")}</tr>`;
    }
  }

  // Table 三: official header and rowspans.
  const applicantRows = rows.filter((spec) => spec.table === "三");
  const head3 =
    `<tr>${td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", true, { rowspan: 3, colspan: 3 })}${td("申请人情况", true, { colspan: 7 })}</tr>` +
    `<tr>${td("自然人", true, { rowspan: 2 })}${td("法人或其他组织", true, { colspan: 5 })}${td("总计", true, { rowspan: 2 })}</tr>` +
    `<tr>${["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map((label) => td(header(label), true)).join("")}</tr>`;
  const body3: string[] = [];
  const under = (depth: number, label: string) => applicantRows.filter((spec) => spec.path.length > depth && spec.path[depth - 1]?.zh === label).length;
  let lastTop = "";
  let lastGroup = "";
  for (const spec of applicantRows) {
    const path = spec.path.map((label) => label.zh);
    let line = "";
    if (path.length === 1) line += td(rowLabel(spec), true, { colspan: 3 });
    else {
      if (path[0] !== lastTop) line += td(path[0] as string, true, { rowspan: under(1, path[0] as string) });
      if (path.length === 2) line += td(rowLabel(spec), true, { colspan: 2 });
      else {
        if (path[1] !== lastGroup) line += td(path[1] as string, true, { rowspan: under(2, path[1] as string) });
        line += td(rowLabel(spec), true);
      }
    }
    lastTop = path[0] as string;
    lastGroup = path.length === 3 ? (path[1] as string) : "";
    line += spec.columns.map((column) => td(cell(column.pointer), false)).join("");
    body3.push(`<tr>${line}</tr>`);
  }
  const open = `<table class="MsoTableGrid" border="1" cellspacing="0"><tbody>`;
  const close = "</tbody></table>";
  const split = options.splitTable3After;
  const table3 =
    split === undefined
      ? `${open}${head3}${body3.join("")}${close}`
      : `${open}${head3}${body3.slice(0, split).join("")}${close}<p>（续表）</p>${open}${body3.slice(split).join("")}${close}`;

  // Table 四.
  const groups = rows.filter((spec) => spec.table === "四");
  const outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  const table4 =
    `<tr>${td("行政复议", true, { colspan: 5 })}${td("行政诉讼", true, { colspan: 10 })}</tr>` +
    `<tr>${outcomes.map((label) => td(label, true, { rowspan: 2 })).join("")}${td("未经复议直接起诉", true, { colspan: 5 })}${td("复议后起诉", true, { colspan: 5 })}</tr>` +
    `<tr>${[...outcomes, ...outcomes].map((label) => td(label, true)).join("")}</tr>` +
    `<tr>${groups.flatMap((spec) => spec.columns.map((column) => td(cell(column.pointer), false))).join("")}</tr>`;

  const prose = (report.text ?? {}) as { overview?: string; problems?: string; other?: string };
  return [
    `<html><head><meta charset="utf-8"><title>${escape(String(report.agency))}</title></head><body>`,
    `<h1>${escape(String(report.agency))}${report.year}年政府信息公开工作年度报告</h1>`,
    `<p>一、总体情况</p><p>${escape(prose.overview ?? "全年工作概述。")}</p>`,
    `<p>二、主动公开政府信息情况</p>${open}${table2}${close}`,
    `<p>三、收到和处理政府信息公开申请情况</p>${table3}${options.duplicateTable3 ? table3 : ""}`,
    `<p>四、政府信息公开行政复议、行政诉讼情况</p>${open}${table4}${close}`,
    `<p>五、存在的主要问题及改进情况</p><p>${escape(prose.problems ?? "问题与改进。")}</p>`,
    `<p>六、其他需要报告的事项</p><p>${escape(prose.other ?? "无。")}</p>`,
    "</body></html>",
  ].join("\n");
}
