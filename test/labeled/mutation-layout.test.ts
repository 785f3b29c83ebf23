// What the matcher tables of fromLabeledTables hold, checked on the tables as they are built
// (issue 10). layoutOf builds a format's tables once per module, on first use, so only the test
// that builds them runs the building code: this file therefore has a single test, which builds
// both formats' tables and checks, through matchRow, matchColumn, collectEvidence and
// fromLabeledTables, what the label matcher recognises from them. Do not add a test before it or
// build a table at the top level of this file.
import { expect, it } from "vitest";
import { collectEvidence } from "../../src/labeled/detect.js";
import { fromLabeledTables } from "../../src/labeled/index.js";
import { type Layout, layoutOf, matchColumn, matchRow, type RowSpec } from "../../src/labeled/labels.js";

type Table = "二" | "三" | "四";

const rowOf = (layout: Layout, pointer: string): RowSpec => {
  const row = layout.rows.find((spec) => spec.pointer === pointer);
  if (!row) throw new Error(pointer);
  return row;
};

/** A row match in plain terms: the row's pointer, or the group's printed path, or the reason it failed. */
function rowMatch(layout: Layout, table: Table, printed: string) {
  const match = matchRow(layout, table, printed);
  if (match.kind === "row") return { row: match.row.pointer };
  if (match.kind === "group") return { group: match.path.map((label) => label.zh).join("/"), label: match.label.zh };
  return match;
}

/** The keys of the columns a printed header names in a row, or "unknown". */
function columnKeys(row: RowSpec, format: "2019" | "2021", printed: string) {
  const match = matchColumn(row, format, printed);
  return match.kind === "column" ? match.columns.map((column) => column.key) : "unknown";
}

it("the matcher tables built from the cell list: groups, row paths, column headers, units and each table's columns", () => {
  const l19 = layoutOf("2019");
  const l21 = layoutOf("2021");

  // Group labels (labels without cells) are recognised, once each, with their printed path.
  expect(rowMatch(l19, "三", "（三）不予公开")).toEqual({ group: "三、本年度办理结果/（三）不予公开", label: "（三）不予公开" });
  expect(rowMatch(l19, "三", "三、本年度办理结果")).toEqual({ group: "三、本年度办理结果", label: "三、本年度办理结果" });
  expect(rowMatch(l19, "二", "第二十条第（五）项")).toEqual({ group: "第二十条第（五）项", label: "第二十条第（五）项" });
  expect(rowMatch(l21, "四", "行政诉讼")).toEqual({ group: "行政诉讼", label: "行政诉讼" });
  // （六）其他处理 is a row in 2019 and a group over three rows in 2021.
  expect(rowMatch(l19, "三", "（六）其他处理")).toEqual({ row: "/applications/outcomes/otherHandling" });
  expect(rowMatch(l21, "三", "（六）其他处理")).toEqual({ group: "三、本年度办理结果/（六）其他处理", label: "（六）其他处理" });

  // A group may be led by its section heading and its own parents, in order…
  expect(rowMatch(l19, "三", "三、收到和处理政府信息公开申请情况/三、本年度办理结果/（三）不予公开")).toEqual({
    group: "三、本年度办理结果/（三）不予公开",
    label: "（三）不予公开",
  });
  expect(rowMatch(l21, "三", "三、收到和处理政府信息公开申请情况/三、本年度办理结果")).toEqual({ group: "三、本年度办理结果", label: "三、本年度办理结果" });
  // …but not by itself or by one of its own rows, and a row is not its own parent either.
  expect(rowMatch(l19, "三", "（三）不予公开/（三）不予公开")).toEqual({ kind: "unknown", prefixMismatch: true });
  expect(rowMatch(l19, "三", "1.属于国家秘密/（三）不予公开")).toEqual({ kind: "unknown", prefixMismatch: true });
  expect(rowMatch(l21, "三", "3.其他/（六）其他处理")).toEqual({ kind: "unknown", prefixMismatch: true });
  expect(rowMatch(l19, "三", "1.属于国家秘密/1.属于国家秘密")).toEqual({ kind: "unknown", prefixMismatch: true });
  expect(rowMatch(l19, "三", "（三）不予公开/1.属于国家秘密")).toEqual({ row: "/applications/outcomes/withheld/stateSecret" });

  // Table 三's applicant columns may be led by 申请人情况 and, for organisations, 法人或其他组织;
  // the columns of 二 and 四 have no header above them.
  for (const [layout, format] of [
    [l19, "2019"],
    [l21, "2021"],
  ] as const) {
    const received = rowOf(layout, "/applications/received");
    expect(columnKeys(received, format, "申请人情况/自然人")).toEqual(["naturalPerson"]);
    expect(columnKeys(received, format, "申请人情况/总计")).toEqual(["total"]);
    expect(columnKeys(received, format, "申请人情况/法人或其他组织/商业企业")).toEqual(["commercialEnterprise"]);
    expect(columnKeys(received, format, "法人或其他组织/其他")).toEqual(["otherOrganization"]);
    expect(columnKeys(received, format, "法人或其他组织/自然人")).toBe("unknown");
    const review = rowOf(layout, "/reviewAndLitigation/review");
    expect(columnKeys(review, format, "申请人情况/结果维持")).toBe("unknown");
    expect(columnKeys(review, format, "结果维持")).toEqual(["upheld"]);
    for (const row of layout.rows) {
      for (const column of row.columns) {
        const expected = row.table !== "三" ? [] : column.key === "naturalPerson" || column.key === "total" ? ["申请人情况"] : ["申请人情况", "法人或其他组织"];
        expect(column.ancestors, column.pointer).toEqual(expected);
      }
    }
  }
  expect(columnKeys(rowOf(l19, "/proactive/regulations"), "2019", "申请人情况/本年新制作数量")).toBe("unknown");

  // Only the 2021 fee column prints its unit (万元) in the template's header.
  const withUnit = [l19, l21].flatMap((layout) => layout.rows.flatMap((row) => row.columns.filter((column) => "unit" in column)));
  expect(withUnit.map((column) => [column.pointer, column.unit])).toEqual([["/proactive/fees/amountWanYuan", "万元"]]);

  // Each table's columns once, in first-seen order: the format detection names the 二 headers
  // that exist in one format only by their official label, once each.
  expect(l19.allColumns.get("二")?.columns.map((column) => column.key)).toEqual([
    "made",
    "published",
    "totalPublished",
    "itemsLastYear",
    "itemsChange",
    "decisions",
    "projects",
    "amount",
  ]);
  expect(l21.allColumns.get("二")?.columns.map((column) => column.key)).toEqual(["issued", "repealed", "inForce", "decisions", "amountWanYuan"]);
  expect(l21.allColumns.get("四")?.columns.map((column) => column.key)).toEqual(["upheld", "corrected", "other", "pending", "total"]);
  expect(
    collectEvidence([
      { table: "二", label: "规章", cells: [["本年新制作数量", "1"], ["本年新", "2"]] },
      { table: "二", label: "行政许可", cells: [["本年制发件数", "3"], ["现行有效件数", "4"], ["上一年项目数量", "5"]] },
    ]),
  ).toEqual([
    { format: "2019", table: "二", label: "本年新制作数量" },
    { format: "2019", table: "二", label: "本年新制作数量/本年新公开数量" },
    { format: "2021", table: "二", label: "本年制发件数" },
    { format: "2021", table: "二", label: "现行有效件数" },
    { format: "2019", table: "二", label: "上一年项目数量" },
  ]);
  const detected = fromLabeledTables({ agency: "测试机关", tables: { 二: { 规章: { 本年新制作数量: "1", 本年新公开数量: "2" } } } });
  expect(detected.notes.find((note) => note.kind === "format-detected")?.message).toEqual({
    zh: "依据标签判定为 2019 格式：二:本年新制作数量、二:本年新公开数量",
    en: "Detected format 2019 from the labels: 二:本年新制作数量, 二:本年新公开数量",
  });
});
