import { describe, expect, it } from "vitest";
import { fromLabeledTables } from "../../src/labeled/index.js";
import { countKinds, labeledSeed, notesOf, readOk } from "./helpers.js";

const otherHandling2021 = {
  "（六）其他处理/1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": { 自然人: "1" },
  "（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": { 自然人: "0" },
  "（六）其他处理/3.其他": { 自然人: "2" },
};

describe("format detection", () => {
  it("a 2021 report printing the old 二: format-conflict, 2021 二 cells null, old values kept in notes", () => {
    const { report, notes } = readOk({
      year: 2022,
      tables: {
        二: {
          "第二十条第（一）项/规章": { 本年新制作数量: "3", 本年新公开数量: "3", 对外公开总数量: "10" },
          "第二十条第（五）项/其他对外管理服务事项": { 上一年项目数量: "4", "本年增/减": "+1", 处理决定数量: "7" },
          "第二十条第（五）项/行政许可": { 上一年项目数量: "9", "本年增/减": "0", 处理决定数量: "120" },
        },
        三: otherHandling2021,
      },
    });
    expect(report.format).toBe("2021");
    expect(report.proactive.regulations).toEqual({ issued: null, repealed: null, inForce: null });
    expect(report.proactive.licensing.decisions).toBe(120);
    if (report.format === "2021") expect(report.applications.outcomes.otherHandling.other.naturalPerson).toBe(2);
    const conflict = notesOf(notes, "format-conflict");
    expect(conflict).toHaveLength(1);
    expect(conflict[0]?.message.en).toContain("report year 2022");
    const kept = notesOf(notes, "cell-not-in-format");
    expect(kept.map((note) => note.raw)).toEqual(["3", "3", "10", "4", "+1", "7", "9", "0"]);
    expect(kept[0]?.message.zh).toContain("本年新制作数量");
    expect(notesOf(notes, "missing-column").map((note) => note.pointer)).toContain("/proactive/regulations/issued");
    expect(notesOf(notes, "alias-used").map((note) => note.raw)).toEqual(["处理决定数量"]);
  });

  it("a conflict without a year is decided by table 三", () => {
    const result = fromLabeledTables({ tables: { 二: { 规章: { 本年新制作数量: "1" } }, 三: otherHandling2021 } });
    expect(result.success && result.data.format).toBe("2021");
    expect(notesOf(result.notes, "format-conflict")[0]?.message.en).toContain("table 三");
  });

  it("a 2019 report with 2021 (六) sub-rows keeps their values in notes", () => {
    const { report, notes } = readOk({
      year: 2020,
      tables: { 二: { 规章: { 本年新制作数量: "1" } }, 三: { ...otherHandling2021, "（六）其他处理": { 自然人: "3" } } },
    });
    expect(report.format).toBe("2019");
    if (report.format === "2019") expect(report.applications.outcomes.otherHandling.naturalPerson).toBe(3);
    expect(notesOf(notes, "cell-not-in-format").map((note) => note.raw)).toEqual(["1", "0", "2"]);
  });

  it("a 2021 report printing (六) as a single row: the value is kept in a note", () => {
    const { report, notes } = readOk({ format: "2021", year: 2022, tables: { 三: { "（六）其他处理": { 自然人: "5" } } } });
    expect(report.format).toBe("2021");
    expect(notesOf(notes, "cell-not-in-format")).toEqual([expect.objectContaining({ raw: "5", column: "自然人" })]);
  });

  it("a given format that the labels contradict: format-conflict, the given format is used", () => {
    const { report, notes } = readOk({ ...labeledSeed("004"), format: "2019" });
    expect(report.format).toBe("2019");
    expect(notesOf(notes, "format-conflict")[0]?.raw).toBe("2019");
    expect(report.proactive.regulations).toEqual({ made: null, published: null, totalPublished: null });
  });

  it("no evidence: the year decides and says so", () => {
    const tables = { 四: { 行政复议: { 总计: "1" } } };
    for (const [year, format] of [[2019, "2019"], [2020, "2019"], [2021, "2021"], [2024, "2021"]] as const) {
      const { report, notes } = readOk({ year, tables });
      expect(report.format).toBe(format);
      expect(notesOf(notes, "format-detected")[0]?.message.en).toContain(`report year ${year}`);
    }
  });

  it("no evidence and no year: ok:false with format-undetermined (the caller must give format or year)", () => {
    const result = fromLabeledTables({ tables: { 四: { 行政复议: { 总计: "1" } } } });
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe("format-undetermined");
    expect(result.data).toBeUndefined();
    expect(fromLabeledTables({ format: "2021", tables: {} }).success).toBe(true);
  });

  it("a blank （六）其他处理 row is no evidence; a filled one points to 2019", () => {
    expect(fromLabeledTables({ tables: { 三: { "（六）其他处理": { 自然人: "" } } } }).error?.code).toBe("format-undetermined");
    const result = fromLabeledTables({ tables: { 三: { "（六）其他处理": { 自然人: "2" } } } });
    expect(result.success && result.data.format).toBe("2019");
  });

  it("an invalid format value is noted and detection takes over", () => {
    const { report, notes } = readOk({ ...labeledSeed("004"), format: "2022" });
    expect(report.format).toBe("2021");
    expect(countKinds(notes)["invalid-input"]).toBe(1);
    expect(countKinds(notes)["format-detected"]).toBe(1);
  });

  it("the format-detected note names the evidence", () => {
    const { notes } = readOk(labeledSeed("004"));
    expect(notes[0]).toMatchObject({ kind: "format-detected", table: "meta" });
    expect(notes[0]?.message.zh).toContain("本年制发件数");
  });
});
