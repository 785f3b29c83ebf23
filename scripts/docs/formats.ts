// Generates docs/format-2019.md and docs/format-2021.md: every cell of each
// format with its JSON Pointer, printed labels, type, unit and whether the
// lenient schema accepts null — read from cellsOf() and the label registry.
import type * as z from "zod";
import { SECTIONS, TABLE3_NOTE } from "../../src/layout/labels.js";
import { type CellEntry, cellsOf } from "../../src/schema/describe.js";
import type { CellDescription } from "../../src/schema/registry.js";
import { type Format, LenientReport2019, LenientReport2021 } from "../../src/schema/report.js";
import { banner, type GeneratedFile } from "../generated.js";

interface Internals {
  _zod: { def: { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> } };
}

/** The schema node at a path (through optional/nullable wrappers), or undefined. */
function nodeAt(root: z.ZodType, path: readonly string[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = root;
  for (const key of path) {
    let inner = node as unknown as Internals | undefined;
    while (inner && (inner._zod.def.type === "nullable" || inner._zod.def.type === "optional")) {
      inner = inner._zod.def.innerType as unknown as Internals;
    }
    const shape = inner?._zod.def.shape;
    node = shape && Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!node) return undefined;
  }
  return node;
}

const TITLES: Record<Format, { title: string; document: string; strict: string; lenient: string }> = {
  "2019": {
    title: "政府信息公开工作年度报告（2019 试行格式）",
    document: "国办公开办函〔2019〕60号 (试行); used for report years 2019–2020",
    strict: "Report2019",
    lenient: "LenientReport2019",
  },
  "2021": {
    title: "政府信息公开工作年度报告（2021 格式）",
    document: "国办公开办函〔2021〕30号; used for report years 2021 on",
    strict: "Report2021",
    lenient: "LenientReport2021",
  },
};

const KIND_TEXT: Record<string, string> = {
  count: "count (integer ≥ 0)",
  signed: "signed (integer)",
  money: "money (decimal ≥ 0)",
  amount: "amount (`{ value: decimal ≥ 0, unit }`)",
  year: "year (integer 2000–2100)",
  agency: "agency (non-blank text)",
  format: "format (literal)",
  text: "text",
};

/** Short prose on the relations of each table, per format. */
const RELATIONS: Record<Format, Record<"二" | "三" | "四", string>> = {
  "2019": {
    二: "Relations: 本年新公开数量 ≤ 对外公开总数量 in each row of 第二十条第（一）项 (rule `t2.published-within-total`, a warning). Across years: 上一年项目数量(Y) = 上一年项目数量(Y−1) + 本年增/减(Y−1) (`series.items`) and 对外公开总数量(Y) = 对外公开总数量(Y−1) + 本年新公开数量(Y) (`series.published-total`). The template prints no unit for 采购总金额; reports use 元 or 万元, so the amount carries its unit.",
    三: `Relations: the corner of the table prints ${TABLE3_NOTE} — for each column 一 + 二 = （七）总计 + 四 (\`t3.balance\`); （七）总计 = （一）+（二）+ Σ（三）+ Σ（四）+ Σ（五）+（六） (\`t3.outcomes-total\`); in every row 总计 = the six applicant columns (\`t3.applicant-total\`). 法人或其他组织 is a header only, with no subtotal column; the groups （三）（四）（五） have no subtotal row.`,
    四: "Relations: in each of the three groups 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (`t4.total`). The table is one row of 15 numbers with no row label.",
  },
  "2021": {
    二: "Relations: across years, 现行有效件数(Y) = 现行有效件数(Y−1) + 本年制发件数(Y) − 本年废止件数(Y) (`series.in-force`, a warning: clean-ups break it) and 本年废止件数(Y) ≤ 现行有效件数(Y−1) + 本年制发件数(Y) (`series.repeal-bound`). 本年收费金额 is the only unit printed in either template: 万元.",
    三: `Relations: the corner of the table prints ${TABLE3_NOTE} — for each column 一 + 二 = （七）总计 + 四 (\`t3.balance\`); （七）总计 = （一）+（二）+ Σ（三）+ Σ（四）+ Σ（五）+ Σ（六） (\`t3.outcomes-total\`); in every row 总计 = the six applicant columns (\`t3.applicant-total\`). （六）其他处理 has three sub-rows in this format and, like （三）（四）（五）, no subtotal row.`,
    四: "Relations: in each of the three groups 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (`t4.total`). The table is one row of 15 numbers with no row label; it is identical in both formats.",
  },
};

function columnText(cell: CellDescription): string {
  if (!cell.column) return "—";
  const zh = cell.columnGroup ? `${cell.columnGroup.zh} / ${cell.column.zh}` : cell.column.zh;
  const en = cell.columnGroup ? `${cell.columnGroup.en} / ${cell.column.en}` : cell.column.en;
  return `${zh}<br>${en}`;
}

function unitText(cell: CellDescription): string {
  if (cell.unit) return cell.unit;
  if (cell.kind === "amount") return "`元` or `万元`, in `unit`";
  return "—";
}

function escape(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function row(entry: CellEntry, lenientRoot: z.ZodType): string {
  const cell = entry.meta.cell;
  const lenientNode = nodeAt(lenientRoot, entry.path);
  const nullable = lenientNode ? lenientNode.safeParse(null).success : false;
  const optional = lenientNode ? lenientNode.safeParse(undefined).success : false;
  const rows = cell.rows.length ? `${cell.rows.map((label) => label.zh).join(" / ")}<br>${cell.rows.map((label) => label.en).join(" › ")}` : "—";
  const lenient = nullable ? "yes" : optional ? "no (may be absent)" : "no";
  return `| \`${entry.pointer}\` | ${escape(rows)} | ${escape(columnText(cell))} | ${KIND_TEXT[cell.kind] ?? cell.kind} | ${unitText(cell)} | ${lenient} |`;
}

const HEADER = [
  "| JSON Pointer | Printed row labels (English) | Column (English) | Type | Unit | `null` in lenient |",
  "|---|---|---|---|---|---|",
];

/**
 * The Markdown page of one format: every cell, table by table.
 *
 * @example
 * ```ts
 * formatPage("2021").split("\n").filter((line) => line.startsWith("| `/applications/")).length;
 * //=> 175
 * ```
 */
export function formatPage(format: Format): string {
  const info = TITLES[format];
  const lenientRoot = format === "2019" ? LenientReport2019 : LenientReport2021;
  const cells = cellsOf(format);
  const lines: string[] = [
    `# Format "${format}": ${info.title}`,
    "",
    `Official template: ${info.document}. Schemas: \`${info.strict}\` (strict: a number in every cell) and \`${info.lenient}\` (as published: a blank cell is \`null\`, never 0). JSON Schema: \`zfxxgk/json-schema/report-${format}.strict.json\` and \`report-${format}.lenient.json\`.`,
    "",
    `Every cell below is read from the schema (\`cellsOf("${format}")\` and the label registry); \`describeCell("${format}", pointer)\` returns the same labels at run time. Counts are safe integers (≤ ${Number.MAX_SAFE_INTEGER}).`,
    "",
  ];
  for (const table of ["二", "三", "四"] as const) {
    const inTable = cells.filter((entry) => entry.meta.cell.table === table);
    const section = inTable[0]?.meta.cell.section ?? SECTIONS.proactive;
    lines.push(`## ${section.zh}`, "", `${section.en}. ${inTable.length} cells.`, "", RELATIONS[format][table], "", ...HEADER);
    for (const entry of inTable) lines.push(row(entry, lenientRoot));
    lines.push("");
  }
  const others = cells.filter((entry) => entry.meta.cell.table === undefined);
  lines.push("## Other fields", "", "The format, the report year and organ, and the prose sections 一、五、六.", "", ...HEADER);
  for (const entry of others) lines.push(row(entry, lenientRoot));
  lines.push("");
  return `${banner("scripts/docs/formats.ts")}${lines.join("\n")}`;
}

/**
 * The docs pages `format-2019.md` and `format-2021.md`.
 *
 * @example
 * ```ts
 * files().map((file) => file.path);
 * //=> ["format-2019.md", "format-2021.md"]
 * ```
 */
export function files(): GeneratedFile[] {
  return (["2019", "2021"] as const).map((format) => ({ path: `format-${format}.md`, content: formatPage(format) }));
}
