// Label matches are remembered per matcher table: the remembered answer is the
// computed one, and the memory stays bounded (long labels and labels beyond the
// bound are matched afresh, with the same answers).
import { describe, expect, it } from "vitest";
import { layoutOf, matchColumn, matchRow } from "../../src/labeled/labels.js";

const row = "三、本年度办理结果/（三）不予公开/1．属于国家秘密";

describe("remembered label matches", () => {
  it("give the same answer on every call, for rows and columns", () => {
    const layout = layoutOf("2019");
    const first = matchRow(layout, "三", row);
    expect(first.kind === "row" && first.row.pointer).toBe("/applications/outcomes/withheld/stateSecret");
    expect(matchRow(layout, "三", row)).toStrictEqual(first);
    const spec = layoutOf("2021").rows.find((candidate) => candidate.pointer === "/proactive/fees");
    if (!spec) throw new Error("no fees row");
    const column = matchColumn(spec, "2021", "本年收费金额(单位:元)");
    expect(column.kind === "column" && column.headerUnit).toBe("元");
    expect(matchColumn(spec, "2021", "本年收费金额(单位:元)")).toStrictEqual(column);
  });

  it("tell the tables apart: the same label is matched per table", () => {
    const layout = layoutOf("2021");
    expect(matchRow(layout, "三", "行政许可").kind).toBe("unknown");
    expect(matchRow(layout, "二", "第二十条第（五）项/行政许可").kind).toBe("row");
  });

  it("still match correctly after thousands of distinct labels and for long ones", () => {
    const layout = layoutOf("2019");
    for (let index = 0; index < 5000; index += 1) expect(matchRow(layout, "二", `未知行${index}`).kind).toBe("unknown");
    const fresh = matchRow(layout, "三", "一、本年新收政府信息公开申请数量");
    expect(fresh.kind === "row" && fresh.row.pointer).toBe("/applications/received");
    const long = `${"（注）".repeat(80)}一、本年新收政府信息公开申请数量`;
    expect(matchRow(layout, "三", long)).toStrictEqual(matchRow(layout, "三", long));
  });
});
