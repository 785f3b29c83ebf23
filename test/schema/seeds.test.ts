import { describe, expect, it } from "vitest";
import { cellsOf, describeCell } from "../../src/schema/describe.js";
import { parseReport } from "../../src/schema/parse.js";
import { labelRegistry } from "../../src/schema/registry.js";
import { LenientReport, Report, Report2021 } from "../../src/schema/report.js";
import { issuesOf, loadSeed, nullPointers, SEED_IDS } from "./helpers.js";

describe("seed fixtures", () => {
  for (const id of SEED_IDS) {
    it(`${id} parses as lenient`, () => {
      const seed = loadSeed(id);
      const result = parseReport(seed, { lenient: true });
      expect(issuesOf(result)).toEqual([]);
      expect(result.data).toEqual(seed);
      expect(LenientReport.parse(seed)).toEqual(seed);
    });
  }

  it("004 parses as strict, unchanged", () => {
    const seed = loadSeed("004");
    expect(parseReport(seed)).toEqual({ success: true, data: seed });
    expect(Report.parse(seed)).toEqual(seed);
    expect(Report2021.parse(seed).applications.received.total).toBe(715);
  });

  it("000 fails strict on its one blank cell, named by its printed label", () => {
    const label = "三、本年度办理结果 / （一）予以公开 · 其他";
    expect(issuesOf(parseReport(loadSeed("000")))).toEqual([
      {
        code: "invalid_type",
        path: "/applications/outcomes/disclosed/otherOrganization",
        label,
        message: `${label}：为空（null）：严格模式要求每格都有数字；按发布稿原样（含空白）的报告请用宽松模式 LenientReport`,
      },
    ]);
  });

  // 002: (三)1–8 ×7 + (五)1–5 and (六) ×6 + 四 其他 = 93. 003: 7 rows ×5 + 16 blank rows ×7 + 10 in 四 = 157.
  const blanks: Record<string, number> = { "000": 1, "002": 93, "003": 157 };
  for (const [id, count] of Object.entries(blanks) as ["000" | "002" | "003", number][]) {
    it(`${id} fails strict with one blank-cell issue per null (${count}), each naming its label`, () => {
      const seed = loadSeed(id);
      const nulls = nullPointers(seed);
      expect(nulls).toHaveLength(count);
      const result = parseReport(seed, { maxIssues: 1000 });
      expect(result.success).toBe(false);
      expect(issuesOf(result).map((issue) => issue.path)).toEqual(nulls);
      for (const issue of issuesOf(result)) {
        const title = describeCell("2019", issue.path)?.title;
        expect(issue.code).toBe("invalid_type");
        expect(issue.label).toBe(title);
        expect(issue.message).toBe(`${title}：为空（null）：严格模式要求每格都有数字；按发布稿原样（含空白）的报告请用宽松模式 LenientReport`);
      }
    });
  }

  it("003's blank （七）总计 row is named", () => {
    const paths = issuesOf(parseReport(loadSeed("003"), { maxIssues: 1000, lang: "en" })).filter((issue) =>
      issue.path.startsWith("/applications/outcomes/total/"),
    );
    expect(paths.map((issue) => issue.label)).toEqual([
      "3. Outcomes this year › (7) Total — natural persons",
      "3. Outcomes this year › (7) Total — commercial enterprises",
      "3. Outcomes this year › (7) Total — research institutions",
      "3. Outcomes this year › (7) Total — public-welfare organisations",
      "3. Outcomes this year › (7) Total — legal service agencies",
      "3. Outcomes this year › (7) Total — other organisations",
      "3. Outcomes this year › (7) Total — total",
    ]);
  });
});

describe("cellsOf", () => {
  const counts = { "2019": { 二: 22, 三: 161, 四: 15 }, "2021": { 二: 10, 三: 175, 四: 15 } } as const;
  for (const format of ["2019", "2021"] as const) {
    it(`${format}: cells per table`, () => {
      const cells = cellsOf(format);
      for (const table of ["二", "三", "四"] as const) {
        expect(cells.filter((cell) => cell.meta.cell.table === table)).toHaveLength(counts[format][table]);
      }
      // plus format, year, agency and the three prose sections
      expect(cells.filter((cell) => cell.meta.cell.table === undefined).map((cell) => cell.pointer)).toEqual([
        "/format",
        "/year",
        "/agency",
        "/text/overview",
        "/text/problems",
        "/text/other",
      ]);
    });

    it(`${format}: every leaf has a non-empty printed title and English description`, () => {
      for (const cell of cellsOf(format)) {
        expect(cell.meta.title.trim(), cell.pointer).not.toBe("");
        expect(cell.meta.description.trim(), cell.pointer).not.toBe("");
        expect(describeCell(format, cell.pointer)).toEqual(cell.meta);
      }
    });

    it(`${format}: pointers are unique and match the seed's cells`, () => {
      const pointers = cellsOf(format).map((cell) => cell.pointer);
      expect(new Set(pointers).size).toBe(pointers.length);
      const seed = loadSeed(format === "2019" ? "003" : "004");
      for (const pointer of pointers.filter((entry) => entry.startsWith("/applications"))) {
        const value = pointer
          .slice(1)
          .split("/")
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], seed);
        expect(value === null || typeof value === "number", pointer).toBe(true);
      }
    });
  }
});

describe("describeCell returns the printed labels", () => {
  const samples: [format: "2019" | "2021", pointer: string, title: string][] = [
    ["2019", "/proactive/regulations/made", "第二十条第（一）项 / 规章 · 本年新制作数量"],
    ["2019", "/proactive/otherServices/itemsChange", "第二十条第（五）项 / 其他对外管理服务事项 · 本年增/减"],
    ["2019", "/proactive/fees/itemsLastYear", "第二十条第（八）项 / 行政事业性收费 · 上一年项目数量"],
    ["2019", "/proactive/procurement/amount", "第二十条第（九）项 / 政府集中采购 · 采购总金额"],
    ["2019", "/applications/outcomes/otherHandling/total", "三、本年度办理结果 / （六）其他处理 · 总计"],
    ["2021", "/proactive/normativeDocuments/inForce", "第二十条第（一）项 / 行政规范性文件 · 现行有效件数"],
    ["2021", "/proactive/fees/amountWanYuan", "第二十条第（八）项 / 行政事业性收费 · 本年收费金额（单位：万元）"],
    ["2021", "/applications/received/legalServiceAgency", "一、本年新收政府信息公开申请数量 · 法律服务机构"],
    [
      "2021",
      "/applications/outcomes/otherHandling/unpaidFee/naturalPerson",
      "三、本年度办理结果 / （六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 · 自然人",
    ],
    ["2021", "/applications/outcomes/notProcessed/confirmation", "三、本年度办理结果 / （五）不予处理 / 5.要求行政机关确认或重新出具已获取信息"],
    ["2021", "/applications/carriedForward/total", "四、结转下年度继续办理 · 总计"],
    ["2021", "/reviewAndLitigation/litigationDirect/pending", "行政诉讼 / 未经复议直接起诉 · 尚未审结"],
    ["2021", "/reviewAndLitigation/litigationAfterReview/total", "行政诉讼 / 复议后起诉 · 总计"],
    ["2021", "/reviewAndLitigation/review/upheld", "行政复议 · 结果维持"],
    ["2021", "/reviewAndLitigation", "四、政府信息公开行政复议、行政诉讼情况"],
    ["2021", "/year", "报告年度"],
  ];
  for (const [format, pointer, title] of samples) {
    it(`${format} ${pointer}`, () => {
      expect(describeCell(format, pointer)?.title).toBe(title);
    });
  }

  it("keeps the table, column and kind", () => {
    expect(describeCell("2021", "/proactive/fees/amountWanYuan")?.cell).toMatchObject({ table: "二", unit: "万元", kind: "money" });
    expect(describeCell("2019", "/proactive/licensing/itemsChange")?.cell.kind).toBe("signed");
    expect(describeCell("2019", "/proactive/procurement/amount")?.cell.kind).toBe("amount");
    expect(describeCell("2021", "/applications/received/otherOrganization")?.cell.columnGroup?.zh).toBe("法人或其他组织");
  });

  it("an unknown key below a row falls back to the row", () => {
    expect(describeCell("2021", "/applications/received/foo")?.title).toBe("一、本年新收政府信息公开申请数量");
    expect(describeCell("2021", "/proactive/procurement")?.title).toBe("二、主动公开政府信息情况");
  });

  it("the registry is the package's own, not zod's global one", () => {
    const cell = Report2021.shape.applications.shape.received.shape.naturalPerson;
    expect(labelRegistry.get(cell)?.title).toBe("一、本年新收政府信息公开申请数量 · 自然人");
    expect(cell.meta()).toBeUndefined();
  });
});
