import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assemble, type CellText } from "../../src/read/index.js";
import { readPageMeta } from "../../src/read/core/meta.js";
import { cellsOf } from "../../src/schema/describe.js";
import type { Format } from "../../src/schema/report.js";

const SEEDS = ["000", "002", "003", "004"] as const;

function seed(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../fixtures/seeds/${name}.json`, import.meta.url), "utf8")) as Record<string, unknown>;
}

function valueAt(report: unknown, path: readonly string[]): unknown {
  let node = report;
  for (const key of path) node = (node as Record<string, unknown>)[key];
  return node;
}

/** The printed text a page would show for a canonical value (blank for null). */
function printed(value: unknown): string {
  if (value === null) return "";
  if (typeof value === "object") {
    const amount = value as { value: number; unit: string };
    return `${amount.value}${amount.unit}`;
  }
  return String(value);
}

function cellTexts(report: Record<string, unknown>, format: Format): CellText[] {
  const cells: CellText[] = [];
  let offset = 0;
  for (const entry of cellsOf(format)) {
    if (!entry.meta.cell.table) continue;
    const text = printed(valueAt(report, entry.path));
    cells.push({ pointer: entry.pointer, text, source: { kind: "text", start: offset, end: offset + text.length, text } });
    offset += text.length + 1;
  }
  return cells;
}

describe("assemble", () => {
  for (const name of SEEDS) {
    it(`places every cell of seed ${name} under its official labels and reads it back unchanged`, () => {
      const report = seed(name);
      const format = report.format as Format;
      const cells = cellTexts(report, format);
      const result = assemble({
        input: "text",
        format,
        formatEvidence: ["test"],
        year: report.year as number,
        agency: report.agency as string,
        cells,
        notes: [],
        tables: [],
      });
      expect(result.success).toBe(true);
      if (!result.success) return;
      const { text: _text, ...tables } = report;
      const { text: _read, ...read } = result.data as Record<string, unknown>;
      expect(read).toEqual(tables);
      expect(Object.keys(result.provenance)).toHaveLength(cells.length);
      expect(result.provenance["/applications/received/total"]).toMatchObject({ kind: "text" });
      expect(result.detected).toMatchObject({ input: "text", format });
    });
  }

  it("takes the format from the year when the labels did not decide it, and says so", () => {
    const result = assemble({
      input: "html",
      format: null,
      formatEvidence: [],
      year: 2020,
      cells: [{ pointer: "/reviewAndLitigation/review/total", text: "3", source: { kind: "html", table: 0, row: 3, column: 14, text: "3" } }],
      notes: [],
      tables: [],
    });
    expect(result.success && result.data.format).toBe("2019");
    expect(result.detected.formatEvidence).toEqual(["year: 2020"]);
  });

  it("fails with no-report-found, tables-are-images or format-undetermined instead of returning an empty report", () => {
    const base = { input: "html" as const, format: null, formatEvidence: [], notes: [], tables: [] };
    const none = assemble({ ...base, cells: [] });
    expect(none.success || none.error.code).toBe("no-report-found");
    const images = assemble({ ...base, cells: [], images: ["a.png"] });
    expect(images.success || [images.error.code, images.error.images]).toEqual(["tables-are-images", ["a.png"]]);
    const cell: CellText = { pointer: "/reviewAndLitigation/review/total", text: "1", source: { kind: "text", start: 0, end: 1, text: "1" } };
    const undetermined = assemble({ ...base, cells: [cell] }, { lang: "en" });
    expect(undetermined.success || [undetermined.error.code, undetermined.error.message]).toEqual([
      "format-undetermined",
      "The format cannot be determined from the labels or the year: give format or year.",
    ]);
  });

  it("keeps the first of two texts for one cell and notes the second; notes a pointer outside the format", () => {
    const source = { kind: "text", start: 0, end: 1, text: "1" } as const;
    const result = assemble({
      input: "text",
      format: "2021",
      formatEvidence: [],
      cells: [
        { pointer: "/reviewAndLitigation/review/total", text: "1", source },
        { pointer: "/reviewAndLitigation/review/total", text: "2", source },
        { pointer: "/proactive/procurement/projects", text: "5", source },
      ],
      notes: [],
      tables: [],
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.reviewAndLitigation.review.total).toBe(1);
    expect(result.notes.map((note) => note.kind)).toEqual(expect.arrayContaining(["duplicate-cell", "values-unplaced"]));
  });

  it("options override what the page says", () => {
    const cell: CellText = { pointer: "/reviewAndLitigation/review/total", text: "1", source: { kind: "text", start: 0, end: 1, text: "1" } };
    const result = assemble(
      { input: "text", format: "2019", formatEvidence: ["本年新制作数量"], year: 2020, agency: "甲", cells: [cell], notes: [], tables: [] },
      { format: "2021", year: 2023, agency: "乙" },
    );
    expect(result.success && [result.data.format, result.data.year, result.data.agency]).toEqual(["2021", 2023, "乙"]);
    expect(result.detected).toMatchObject({ yearSource: "option", agencySource: "option" });
  });
});

describe("readPageMeta", () => {
  it("reads year and agency from a title with the agency first or the year first", () => {
    // A bare place name is the place's government only when the page names that organ; otherwise the agency stays null.
    expect(readPageMeta("临沂市兰山区2023年政府信息公开工作年度报告\n请与临沂市兰山区人民政府办公室联系")).toMatchObject({
      year: 2023,
      agency: "临沂市兰山区人民政府",
      yearSource: "title",
    });
    expect(readPageMeta("临沂市兰山区2023年政府信息公开工作年度报告")).toMatchObject({ year: 2023, agency: null, yearSource: "title" });
    expect(readPageMeta("平潭综合实验区管委会办公室2025年度政府信息公开工作年度报告")).toMatchObject({ year: 2025, agency: "平潭综合实验区管委会办公室" });
    expect(readPageMeta("2020年临沂经济技术开发区政府信息公开工作年度报告")).toMatchObject({ year: 2020, agency: "临沂经济技术开发区" });
  });

  it("falls back to the statistics period for the year, and leaves an unknown agency null", () => {
    expect(readPageMeta("本年度报告中所列数据的统计期限自2022年1月1日至2022年12月31日。")).toMatchObject({ year: 2022, agency: null, yearSource: "text" });
  });

  it("cuts sections 一, 五 and 六 at the next heading and at the sign-off date", () => {
    const page = "一、总体情况\n甲\n二、主动公开政府信息情况\n表\n五、存在的主要问题及改进情况\n乙\n六、其他需要报告的事项\n丙\n某局\n2024年1月17日\n页脚";
    expect(readPageMeta(page).text).toEqual({ 一: "甲", 五: "乙", 六: "丙\n某局" });
  });
});
