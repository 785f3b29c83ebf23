// One test per real-world deviation of formats.md §8 (§8.3's seed deviations are in seeds.test.ts).
import { describe, expect, it } from "vitest";
import { countKinds, notesOf, readOk, with2019, with2021 } from "./helpers.js";

const row2019 = (values: Record<string, string>) => values;

describe("formats.md §8.1 (2019 format)", () => {
  it("Shanghai: 采购总金额 251000元 keeps its unit in 2019", () => {
    const { report, notes } = readOk(with2019({ 二: { 政府集中采购: { 采购项目数量: "3", 采购总金额: "251000元" } } }));
    expect(report.format === "2019" && report.proactive.procurement.amount).toEqual({ value: 251000, unit: "元" });
    expect(notesOf(notes, "unit-converted")).toEqual([]);
  });

  it("Shanghai: &nbsp; cells and a blank 总计 in detail rows are null, never 0", () => {
    const { report, notes } = readOk(
      with2019({ 三: { "（一）予以公开": { 自然人: "272", 总计: "&nbsp;" }, "1.属于国家秘密": { 自然人: "\u00a0" } } }),
    );
    expect(report.applications.outcomes.disclosed).toMatchObject({ naturalPerson: 272, total: null });
    expect(report.applications.outcomes.withheld.stateSecret.naturalPerson).toBeNull();
    expect(notesOf(notes, "blank-cell").map((note) => note.raw)).toEqual(["&nbsp;", "\u00a0"]);
  });

  it("Shanghai: the shifted grid does not matter — cells are mapped by label, in any order", () => {
    const { report } = readOk(with2019({ 二: { 行政处罚: { 处理决定数量: "538", "本年增/减": "-18", 上一年项目数量: "2648" } } }));
    expect(report.format === "2019" && report.proactive.penalty).toEqual({ itemsLastYear: 2648, itemsChange: -18, decisions: 538 });
  });

  it("Shanghai: blanks in 四 stand for zero but are kept as null", () => {
    const { report } = readOk(with2019({ 四: { 行政复议: { 结果维持: "", 结果纠正: "", 其他结果: "", 尚未审结: "", 总计: "" } } }));
    expect(report.reviewAndLitigation.review).toEqual({ upheld: null, corrected: null, other: null, pending: null, total: null });
  });

  it("Pingtan: signed 本年增/减 (-18, -15) and a decimal amount in 元", () => {
    const { report, notes } = readOk(
      with2019({
        二: {
          行政处罚: { 上一年项目数量: "2648", "本年增/减": "-18", 处理决定数量: "538" },
          行政事业性收费: { 上一年项目数量: "35", "本年增/减": "-15" },
          政府集中采购: { 采购项目数量: "12", 采购总金额: "75394432.52元" },
        },
      }),
    );
    if (report.format !== "2019") throw new Error("format");
    expect(report.proactive.fees).toEqual({ itemsLastYear: 35, itemsChange: -15 });
    expect(report.proactive.procurement.amount).toEqual({ value: 75394432.52, unit: "元" });
    expect(notesOf(notes, "signed-text")).toEqual([]);
  });

  it("武汉 (湖北): annotated row labels and headers, an extra row, '-' for not applicable, an empty 收费 row", () => {
    const { report, notes } = readOk(
      with2019({
        二: {
          "规章(设区的市、自治州人民政府应提供相关数据)": { 本年新制作数量: "-", 本年新公开数量: "-", 对外公开总数量: "-" },
          "其他主动公开文件(指除规章、规范性文件以外的文件)": { 本年新制作数量: "12" },
          行政许可: row2019({
            "上一年项目数量(指2019年事项数)": "30",
            "本年增/减(指2020年增加或减少的事项数,减用负值表示,如-8)": "-8",
            "处理决定数量(指2020年办件量)": "1200",
          }),
          行政事业性收费: {},
        },
      }),
    );
    if (report.format !== "2019") throw new Error("format");
    expect(report.proactive.regulations).toEqual({ made: null, published: null, totalPublished: null });
    expect(report.proactive.licensing).toEqual({ itemsLastYear: 30, itemsChange: -8, decisions: 1200 });
    expect(countKinds(notes)["annotation-stripped"]).toBe(4);
    expect(notesOf(notes, "unknown-row").map((note) => note.row)).toEqual(["其他主动公开文件(指除规章、规范性文件以外的文件)"]);
    expect(notesOf(notes, "missing-column").map((note) => note.pointer)).toEqual(["/proactive/fees/itemsLastYear", "/proactive/fees/itemsChange"]);
  });

  it("乌海: two truncated 本年新 headers are matched by position; signed +2 / -1", () => {
    const { report, notes } = readOk(
      with2019({
        二: {
          规章: { 本年新: "2", "本年新 ": "1", 对外公开总数量: "9" },
          行政许可: { 上一年项目数量: "40", "本年增/减": "+2", 处理决定数量: "5" },
          行政强制: { 上一年项目数量: "3", "本年增/减": "-1", 处理决定数量: "0" },
        },
      }),
    );
    if (report.format !== "2019") throw new Error("format");
    expect(report.proactive.regulations).toEqual({ made: 2, published: 1, totalPublished: 9 });
    expect(report.proactive.licensing.itemsChange).toBe(2);
    expect(report.proactive.coercion.itemsChange).toBe(-1);
    expect(notesOf(notes, "alias-used").map((note) => note.pointer)).toEqual(["/proactive/regulations/made", "/proactive/regulations/published"]);
  });

  it("乌海: one 本年新 beside an exact header is decided by elimination; alone it is ambiguous", () => {
    const decided = readOk(with2019({ 二: { 规章: { 本年新制作数量: "2", 本年新: "1" } } }));
    expect(decided.report.format === "2019" && decided.report.proactive.regulations.published).toBe(1);
    const undecided = readOk(with2019({ 二: { 规章: { 本年新: "1", 对外公开总数量: "9" } } }));
    expect(undecided.report.format === "2019" && undecided.report.proactive.regulations).toEqual({ made: null, published: null, totalPublished: 9 });
    expect(notesOf(undecided.notes, "ambiguous-label")).toEqual([expect.objectContaining({ column: "本年新", raw: "1" })]);
    expect(notesOf(undecided.notes, "missing-column")).toEqual([]);
  });

  it("广州: blank （五）（六）（八）（九） cells are null with blank-cell notes", () => {
    const { report, notes } = readOk(
      with2019({
        二: {
          行政许可: { 上一年项目数量: "", "本年增/减": "", 处理决定数量: "" },
          行政事业性收费: { 上一年项目数量: "", "本年增/减": "" },
          政府集中采购: { 采购项目数量: "", 采购总金额: "" },
        },
      }),
    );
    if (report.format !== "2019") throw new Error("format");
    expect(report.proactive.procurement).toEqual({ projects: null, amount: null });
    expect(countKinds(notes)["blank-cell"]).toBe(7);
  });
});

describe("formats.md §8.2 (2021 format)", () => {
  it("Pingtan: 本年收费金额 with 6 decimals is exact", () => {
    for (const [printed, value] of [["24252.311082", 24252.311082], ["9116.36", 9116.36], ["5949.088667", 5949.088667]] as const) {
      const { report } = readOk(with2021({ 二: { 行政事业性收费: { "本年收费金额（单位：万元）": printed } } }));
      expect(report.format === "2021" && report.proactive.fees.amountWanYuan).toBe(value);
    }
  });

  it("元 in the 万元 column is converted exactly and flagged as a possible order-of-magnitude error", () => {
    const { report, notes } = readOk(with2021({ 二: { 行政事业性收费: { "本年收费金额（单位：万元）": "251000元" } } }));
    expect(report.format === "2021" && report.proactive.fees.amountWanYuan).toBe(25.1);
    expect(notesOf(notes, "unit-converted")[0]?.pointer).toBe("/proactive/fees/amountWanYuan");
    expect(notesOf(notes, "unit-conflict")[0]?.message.en).toContain("10,000");
  });

  it("a header in 元 converts bare numbers to 万元", () => {
    const { report, notes } = readOk(with2021({ 二: { 行政事业性收费: { "本年收费金额(单位:元)": "75394432.52" } } }));
    expect(report.format === "2021" && report.proactive.fees.amountWanYuan).toBe(7539.443252);
    expect(countKinds(notes)["unit-converted"]).toBe(1);
    expect(countKinds(notes)["unit-conflict"]).toBeUndefined();
  });

  it("a 2022 report citing the 2019 notice but printing the 2021 tables is read as 2021", () => {
    const { report } = readOk({ year: 2022, tables: { 二: { 规章: { 本年制发件数: "1", 本年废止件数: "0", 现行有效件数: "4" } } } });
    expect(report.format).toBe("2021");
  });
});

describe("formats.md §8.4 parser guidance", () => {
  it("year and agency from the input, or null with a note", () => {
    const { report, notes } = readOk({ format: "2021", tables: {} });
    expect([report.year, report.agency]).toEqual([null, null]);
    expect(notesOf(notes, "missing-meta").map((note) => note.pointer)).toEqual(["/year", "/agency"]);
    expect(notesOf(notes, "text-missing")).toHaveLength(3);
    const odd = readOk({ format: "2021", year: 1999, agency: 12, tables: {}, text: { 一: "概述", 七: "?" }, url: "x" });
    expect(odd.report.text).toEqual({ overview: "概述" });
    expect(countKinds(odd.notes)).toMatchObject({ "invalid-input": 2, "unknown-field": 2, "text-missing": 2 });
  });
});
