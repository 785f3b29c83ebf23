// The label matcher's recognitions (aliases, annotations, units, prefixes) that mutation testing
// found unasserted (issue 10). Each case states how a printed label is recognised, not only where.
import { describe, expect, it } from "vitest";
import { LABEL_ALIASES, type Layout, layoutOf, matchColumn, matchRow, type RowSpec } from "../../src/labeled/labels.js";

const l19 = layoutOf("2019");
const l21 = layoutOf("2021");
const rowOf = (layout: typeof l19, pointer: string) => {
  const row = layout.rows.find((spec) => spec.pointer === pointer);
  if (!row) throw new Error(pointer);
  return row;
};
const aliasText = (text: string) => LABEL_ALIASES.find((alias) => alias.text === text);

/** A match with the row as its pointer and the alias as its text, for readable expectations. */
function rowMatch(layout: typeof l19, table: "二" | "三" | "四", printed: string) {
  const match = matchRow(layout, table, printed);
  if (match.kind === "row") return { ...match, row: match.row.pointer, ...(match.alias ? { alias: match.alias.text } : {}) };
  if (match.kind === "group") return { ...match, label: match.label.zh, path: match.path.map((label) => label.zh), ...(match.alias ? { alias: match.alias.text } : {}) };
  return match;
}

function columnMatch(row: RowSpec, format: "2019" | "2021", printed: string) {
  const match = matchColumn(row, format, printed);
  if (match.kind !== "column") return match;
  return { ...match, columns: match.columns.map((column) => column.key), ...(match.alias ? { alias: match.alias.text } : {}) };
}

describe("matchRow: how a row label was recognised", () => {
  it("an official label: the row, no alias, no annotation", () => {
    expect(rowMatch(l19, "三", "（三）不予公开/1.属于国家秘密")).toEqual({ kind: "row", row: "/applications/outcomes/withheld/stateSecret" });
  });

  it("an alias of the row (printed without its bracketed note), in both formats", () => {
    for (const layout of [l19, l21]) {
      expect(rowMatch(layout, "三", "（二）部分公开")).toEqual({ kind: "row", row: "/applications/outcomes/partiallyDisclosed", alias: "（二）部分公开" });
    }
  });

  it("format-specific row names: each format's own name is official, the other's an alias", () => {
    expect(rowMatch(l19, "二", "规范性文件")).toEqual({ kind: "row", row: "/proactive/normativeDocuments" });
    expect(rowMatch(l21, "二", "规范性文件")).toEqual({ kind: "row", row: "/proactive/normativeDocuments", alias: "规范性文件" });
    expect(rowMatch(l21, "二", "行政规范性文件")).toEqual({ kind: "row", row: "/proactive/normativeDocuments" });
    expect(rowMatch(l19, "二", "行政规范性文件")).toEqual({ kind: "row", row: "/proactive/normativeDocuments", alias: "行政规范性文件" });
  });

  it("a trailing note is removed and kept as the annotation, on rows and on groups", () => {
    expect(rowMatch(l19, "二", "规章(设区的市、自治州人民政府应提供相关数据)")).toEqual({
      kind: "row",
      row: "/proactive/regulations",
      annotation: "设区的市、自治州人民政府应提供相关数据",
    });
    expect(rowMatch(l21, "三", "（六）其他处理（注）")).toEqual({
      kind: "group",
      label: "（六）其他处理",
      path: ["三、本年度办理结果", "（六）其他处理"],
      annotation: "注",
    });
    expect(rowMatch(l21, "四", "行政诉讼")).toEqual({ kind: "group", label: "行政诉讼", path: ["行政诉讼"] });
  });

  it("unknown labels say whether only the prefix was wrong", () => {
    expect(rowMatch(l21, "四", "行政诉讼/行政复议")).toEqual({ kind: "unknown", prefixMismatch: true });
    expect(rowMatch(l19, "三", "（四）无法提供/1.属于国家秘密")).toEqual({ kind: "unknown", prefixMismatch: true });
    expect(rowMatch(l21, "四", "总计")).toEqual({ kind: "unknown", prefixMismatch: false });
    expect(rowMatch(l19, "三", "")).toEqual({ kind: "unknown", prefixMismatch: false });
    expect(rowMatch(l19, "三", "/")).toEqual({ kind: "unknown", prefixMismatch: false });
  });

  it("a label is matched in its own table only", () => {
    expect(rowMatch(l19, "二", "（三）不予公开/1.属于国家秘密")).toEqual({ kind: "unknown", prefixMismatch: false });
    expect(rowMatch(l19, "四", "规章")).toEqual({ kind: "unknown", prefixMismatch: false });
    expect(rowMatch(l21, "二", "（二）部分公开")).toEqual({ kind: "unknown", prefixMismatch: false });
  });

  it("an official label padded past 400 characters is not matched (matching stops early)", () => {
    expect(rowMatch(l19, "二", `规章${" ".repeat(500)}`)).toEqual({ kind: "row", row: "/proactive/regulations" });
    expect(rowMatch(l19, "二", `${"第二十条第（一）项/".repeat(40)}规章`)).toEqual({ kind: "unknown", prefixMismatch: false });
  });
});

describe("matchColumn: units, aliases and annotations", () => {
  const procurement = rowOf(l19, "/proactive/procurement");
  const fees = rowOf(l21, "/proactive/fees");
  const regulations19 = rowOf(l19, "/proactive/regulations");
  const regulations21 = rowOf(l21, "/proactive/regulations");

  it("an amount header names its unit in brackets, with or without 单位", () => {
    expect(columnMatch(procurement, "2019", "采购总金额")).toEqual({ kind: "column", columns: ["amount"] });
    expect(columnMatch(procurement, "2019", "采购总金额（元）")).toEqual({ kind: "column", columns: ["amount"], headerUnit: "元" });
    expect(columnMatch(procurement, "2019", "采购总金额(万元)")).toEqual({ kind: "column", columns: ["amount"], headerUnit: "万元" });
    expect(columnMatch(procurement, "2019", "采购总金额（单位：元）")).toEqual({ kind: "column", columns: ["amount"], headerUnit: "元" });
  });

  it("a unit it does not know is never stripped (the value would change)", () => {
    expect(columnMatch(procurement, "2019", "采购总金额（千元）")).toEqual({ kind: "unknown" });
    expect(columnMatch(procurement, "2019", "采购总金额（单位：美元）")).toEqual({ kind: "unknown" });
    expect(columnMatch(fees, "2021", "本年收费金额(单位:美元)")).toEqual({ kind: "unknown" });
  });

  it("the 2021 fee header: its own unit, another unit, or the alias without a unit", () => {
    expect(columnMatch(fees, "2021", "本年收费金额（单位：万元）")).toEqual({ kind: "column", columns: ["amountWanYuan"] });
    expect(columnMatch(fees, "2021", "本年收费金额(单位:元)")).toEqual({ kind: "column", columns: ["amountWanYuan"], headerUnit: "元" });
    expect(columnMatch(fees, "2021", "本年收费金额")).toEqual({ kind: "column", columns: ["amountWanYuan"], alias: "本年收费金额" });
    expect(columnMatch(fees, "2021", "本年收费金额（备注）")).toEqual({ kind: "column", columns: ["amountWanYuan"], alias: "本年收费金额", annotation: "备注" });
  });

  it("the truncated 本年新 stands for two columns, in their printed order", () => {
    expect(columnMatch(regulations19, "2019", "本年新")).toEqual({ kind: "column", columns: ["made", "published"], alias: "本年新" });
    expect(columnMatch(regulations21, "2021", "本年新")).toEqual({ kind: "unknown" });
    expect(aliasText("本年新")?.formats).toEqual(["2019"]);
  });

  it("aliases and notes on count columns", () => {
    expect(columnMatch(regulations21, "2021", "现行有效件")).toEqual({ kind: "column", columns: ["inForce"], alias: "现行有效件" });
    expect(columnMatch(regulations19, "2019", "现行有效件")).toEqual({ kind: "unknown" });
    expect(columnMatch(regulations21, "2021", "本年制发件数（注）")).toEqual({ kind: "column", columns: ["issued"], annotation: "注" });
    expect(columnMatch(regulations21, "2021", "本年制发件数")).toEqual({ kind: "column", columns: ["issued"] });
  });

  it("a header path: prefixes must be the column's ancestors, in order", () => {
    const received = rowOf(l21, "/applications/received");
    expect(columnMatch(received, "2021", "申请人情况/法人或其他组织/商业企业")).toEqual({ kind: "column", columns: ["commercialEnterprise"] });
    expect(columnMatch(received, "2021", "法人或其他组织/申请人情况/商业企业")).toEqual({ kind: "unknown" });
    expect(columnMatch(received, "2021", "申请人情况/自然人")).toEqual({ kind: "column", columns: ["naturalPerson"] });
    expect(columnMatch(regulations21, "2021", "规章/现行有效件数")).toEqual({ kind: "unknown" });
    expect(columnMatch(received, "2021", `申请人情况/${"法人或其他组织/".repeat(30)}商业企业`)).toEqual({ kind: "unknown" });
  });
});

describe("layoutOf", () => {
  it("is built once per format, with every row's cells under the row", () => {
    expect(layoutOf("2019")).toBe(l19);
    expect(layoutOf("2021")).toBe(l21);
    expect(l19.format).toBe("2019");
    expect(l21.format).toBe("2021");
    for (const layout of [l19, l21]) {
      for (const row of layout.rows) {
        expect(row.columns.length, row.pointer).toBeGreaterThan(0);
        for (const column of row.columns) expect(column.pointer).toBe(`${row.pointer}/${column.key}`);
      }
    }
  });

  it("keeps each table's columns once, in first-seen order, for labels in the wrong row", () => {
    const proactive = l19.allColumns.get("二");
    expect(proactive?.columns.map((column) => column.key)).toEqual(["made", "published", "totalPublished", "itemsLastYear", "itemsChange", "decisions", "projects", "amount"]);
    const applicants = l21.allColumns.get("三")?.columns.map((column) => column.key);
    expect(applicants).toEqual(["naturalPerson", "commercialEnterprise", "researchInstitution", "publicWelfareOrganization", "legalServiceAgency", "otherOrganization", "total"]);
    expect([...l21.allColumns.keys()]).toEqual(["二", "三", "四"]);
  });

  it("gives money and amount columns the unit their header prints", () => {
    const fees = rowOf(l21, "/proactive/fees").columns[0];
    expect(fees).toMatchObject({ key: "amountWanYuan", kind: "money", unit: "万元", base: "本年收费金额" });
    const amount = rowOf(l19, "/proactive/procurement").columns.find((column) => column.key === "amount");
    expect(amount).toMatchObject({ kind: "amount", base: "采购总金额" });
    expect(amount && "unit" in amount).toBe(false);
    const counts = rowOf(l21, "/applications/received").columns;
    expect(counts.every((column) => column.kind === "count" && column.ancestors[0] === "申请人情况")).toBe(true);
  });
});

describe("matchRow and matchColumn: notes on prefixes, stray slashes and long labels", () => {
  const received19 = rowOf(l19, "/applications/received");
  const regulations21 = rowOf(l21, "/proactive/regulations");

  it("an official label is recognised as itself: no alias and no annotation in the match", () => {
    // A copy of the table, so that the match is computed here and not remembered from another test.
    const layout = { ...l19 };
    expect(matchRow(layout, "三", "（三）不予公开/1.属于国家秘密")).toStrictEqual({ kind: "row", row: rowOf(l19, "/applications/outcomes/withheld/stateSecret") });
  });

  it("a prefix with its own bracketed note fits when the label without the note is a parent", () => {
    expect(rowMatch(l19, "三", "（三）不予公开（注）/1.属于国家秘密")).toEqual({ kind: "row", row: "/applications/outcomes/withheld/stateSecret" });
    expect(rowMatch(l21, "四", "行政诉讼（含行政复议后起诉）/复议后起诉")).toEqual({ kind: "row", row: "/reviewAndLitigation/litigationAfterReview" });
    // …and does not fit when it is not: the row name is known, the prefix is wrong.
    expect(rowMatch(l19, "三", "（四）无法提供（注）/1.属于国家秘密")).toEqual({ kind: "unknown", prefixMismatch: true });
    expect(rowMatch(l19, "三", "三、本年度办理结果/（四）无法提供（注）/1.属于国家秘密")).toEqual({ kind: "unknown", prefixMismatch: true });
  });

  it("a stray `/` before or after a column label is dropped, as in a row label", () => {
    expect(rowMatch(l19, "三", "（七）总计/")).toEqual({ kind: "row", row: "/applications/outcomes/total" });
    for (const printed of ["自然人/", "/自然人", "申请人情况/自然人/"]) {
      expect(columnMatch(received19, "2019", printed), printed).toEqual({ kind: "column", columns: ["naturalPerson"] });
    }
    for (const printed of ["", "/", "//"]) expect(columnMatch(received19, "2019", printed), printed).toEqual({ kind: "unknown" });
  });

  it("labels are matched up to 400 characters (after squeezing), rows and columns alike", () => {
    const note = (length: number) => "注".repeat(length);
    // 规章(…) is 4 characters plus the note; 本年制发件数(…) is 8 plus the note.
    expect(rowMatch(l19, "二", `规章（${note(396)}）`)).toEqual({ kind: "row", row: "/proactive/regulations", annotation: note(396) });
    expect(rowMatch(l19, "二", `规章（${note(397)}）`)).toEqual({ kind: "unknown", prefixMismatch: false });
    expect(columnMatch(regulations21, "2021", `本年制发件数（${note(392)}）`)).toEqual({ kind: "column", columns: ["issued"], annotation: note(392) });
    expect(columnMatch(regulations21, "2021", `本年制发件数（${note(393)}）`)).toEqual({ kind: "unknown" });
    expect(columnMatch(regulations21, "2021", `本年制发件数${" ".repeat(500)}`)).toEqual({ kind: "column", columns: ["issued"] });
  });
});

describe("matchColumn: a unit note is a header unit only on a column of money", () => {
  const regulations19 = rowOf(l19, "/proactive/regulations");
  const licensing19 = rowOf(l19, "/proactive/licensing");
  const procurement19 = rowOf(l19, "/proactive/procurement");
  const received21 = rowOf(l21, "/applications/received");
  const regulations21 = rowOf(l21, "/proactive/regulations");
  const fees21 = rowOf(l21, "/proactive/fees");

  it("on a count column the unit note is an annotation, and never sends the cell to the row's amount column", () => {
    expect(columnMatch(regulations21, "2021", "本年制发件数（元）")).toEqual({ kind: "column", columns: ["issued"], annotation: "元" });
    expect(columnMatch(procurement19, "2019", "采购项目数量（元）")).toEqual({ kind: "column", columns: ["projects"], annotation: "元" });
    expect(columnMatch(procurement19, "2019", "采购项目数量（单位：万元）")).toEqual({ kind: "column", columns: ["projects"], annotation: "单位:万元" });
    expect(columnMatch(received21, "2021", "社会组织（元）")).toEqual({ kind: "column", columns: ["publicWelfareOrganization"], alias: "社会组织", annotation: "元" });
  });

  it("on a column of money, a unit note after the template's own header names the unit the cells are printed in", () => {
    expect(columnMatch(fees21, "2021", "本年收费金额（单位：万元）（元）")).toEqual({ kind: "column", columns: ["amountWanYuan"], headerUnit: "元" });
    expect(columnMatch(fees21, "2021", "本年收费金额（单位：万元）（万元）")).toEqual({ kind: "column", columns: ["amountWanYuan"], headerUnit: "万元" });
    expect(columnMatch(procurement19, "2019", "采购总金额（万元）")).toEqual({ kind: "column", columns: ["amount"], headerUnit: "万元" });
  });

  it("an alias is used only in a row that has the column it stands for", () => {
    expect(columnMatch(regulations19, "2019", "本年新")).toEqual({ kind: "column", columns: ["made", "published"], alias: "本年新" });
    expect(columnMatch(licensing19, "2019", "本年新")).toEqual({ kind: "unknown" });
    expect(columnMatch(licensing19, "2019", "本年处理决定数量")).toEqual({ kind: "column", columns: ["decisions"], alias: "本年处理决定数量" });
    expect(columnMatch(regulations19, "2019", "本年处理决定数量")).toEqual({ kind: "unknown" });
  });
});

describe("remembered matches: bounded memory", () => {
  // Each matcher table remembers the matches of labels of up to 200 characters, at most 4096 of
  // them; anything else is matched afresh. A remembered match comes back as the same object, a
  // fresh one as an equal new object. A copy of a table has its own (empty) memory.
  const fresh = () => ({ ...layoutOf("2019") });

  it("a label seen before is answered from memory, for rows and for columns", () => {
    const layout = fresh();
    const first = matchRow(layout, "三", "（七）总计");
    expect(first.kind).toBe("row");
    expect(matchRow(layout, "三", "（七）总计")).toBe(first);
    expect(matchRow(layout, "二", "（七）总计")).not.toBe(first);
    const row = { ...rowOf(l19, "/applications/received") };
    const column = matchColumn(row, "2019", "自然人");
    expect(matchColumn(row, "2019", "自然人")).toBe(column);
    expect(matchColumn(row, "2021", "自然人")).not.toBe(column);
  });

  it("labels longer than 200 characters are never kept", () => {
    const layout = fresh();
    const kept = `（七）总计${" ".repeat(195)}`;
    expect(kept.length).toBe(200);
    expect(matchRow(layout, "三", kept)).toBe(matchRow(layout, "三", kept));
    const long = `${kept} `;
    const first = matchRow(layout, "三", long);
    expect(first.kind).toBe("row");
    expect(matchRow(layout, "三", long)).not.toBe(first);
    expect(matchRow(layout, "三", long)).toStrictEqual(first);
  });

  it("after 4096 labels nothing more is kept, and what was kept stays", () => {
    const layout = fresh();
    const first = matchRow(layout, "三", "（七）总计");
    for (let index = 1; index < 4096; index++) matchRow(layout, "三", `未知行${index}`);
    const late = matchRow(layout, "三", "（六）其他处理");
    expect(late.kind).toBe("row");
    expect(matchRow(layout, "三", "（六）其他处理")).not.toBe(late);
    expect(matchRow(layout, "三", "（六）其他处理")).toStrictEqual(late);
    expect(matchRow(layout, "三", "（七）总计")).toBe(first);
  });
});

describe("matchRow never guesses between two rows", () => {
  it("a label that names two rows of a table in a matcher table is ambiguous, with both candidates", () => {
    // No official layout has two rows of one table with the same label (a bare leaf is never
    // ambiguous there), so the rule is checked on a matcher table built by hand.
    const first = { zh: "1.其他", en: "1. other (under A)" };
    const second = { zh: "1．其他", en: "1. other (under B)" };
    const nodes: Layout["nodes"] = new Map([
      [
        "1.其他",
        [
          { table: "三", label: first, path: [{ zh: "（一）甲", en: "A" }, first], ancestors: ["三、收到和处理政府信息公开申请情况", "(一)甲"] },
          { table: "三", label: second, path: [{ zh: "（二）乙", en: "B" }, second], ancestors: ["三、收到和处理政府信息公开申请情况", "(二)乙"] },
        ],
      ],
    ]);
    const layout: Layout = { format: "2019", rows: [], nodes, allColumns: new Map() };
    expect(matchRow(layout, "三", "1、其他")).toEqual({ kind: "ambiguous", candidates: [first, second] });
    // A prefix decides between them.
    expect(matchRow(layout, "三", "（二）乙/1.其他")).toEqual({ kind: "group", label: second, path: [{ zh: "（二）乙", en: "B" }, second] });
  });
});
