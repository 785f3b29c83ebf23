import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lenientReport } from "../../src/arbitraries/index.js";
import { checkRead, fromText } from "../../src/read/index.js";
import { cellsOf } from "../../src/schema/describe.js";
import type { Format } from "../../src/schema/report.js";
import { documentOf, type LabelStyle, loadKey, printReport, score, type Shape, styleLabel, valueAt } from "./text-helpers.js";

/** Per-document figures (cells right / null with a note / wrong), measured and locked in. */
const KEYS = {
  "seed-000": { right: 192, nullWithNote: 6 },
  "seed-002": { right: 198, nullWithNote: 0 },
  "seed-003": { right: 198, nullWithNote: 0 },
  "seed-004": { right: 200, nullWithNote: 0 },
  "pingtan-gwh-2025": { right: 200, nullWithNote: 0 },
} as const;

describe("fromText on keyed documents", () => {
  for (const [name, figures] of Object.entries(KEYS)) {
    it(`${name} reads to its key: no cell silently wrong`, () => {
      const key = loadKey(name);
      const result = fromText(documentOf(key));
      const found = score(result, key.expected);
      expect(found.wrong).toEqual([]);
      expect(found.nullWithoutNote).toEqual([]);
      expect({ right: found.right, nullWithNote: found.nullWithNote }).toEqual(figures);
      if (!result.success) return;
      expect([result.data.format, result.data.year, result.data.agency]).toEqual([key.expected.format, key.expected.year, key.expected.agency]);
      expect(result.data.text).toEqual(key.expected.text);
    });
  }

  it("gives the source of every cell read as character offsets into the page", () => {
    const key = loadKey("seed-004");
    const page = documentOf(key);
    const result = fromText(page);
    if (!result.success) throw new Error("read failed");
    const source = result.provenance["/proactive/licensing/decisions"];
    expect(source).toMatchObject({ kind: "text", text: "302783" });
    if (source?.kind !== "text") return;
    expect(page.slice(source.start, source.end)).toBe("302783");
  });

  it("pingtan (run together): the four runs that split more than one way are null with their candidate splits", () => {
    const result = fromText(documentOf(loadKey("pingtan-gwh-2025")));
    if (!result.success) throw new Error("read failed");
    const runs = result.notes.filter((note) => note.kind === "ambiguous-run");
    expect(runs.map((note) => note.raw)).toEqual(["97253", "320000032", "120000012", "320000032"]);
    expect(runs[0]?.message.zh).toContain("9 | 7 | 253");
    expect(result.assisted).toEqual([]);
  });

  it('assist: "arithmetic" picks the unique split whose total is the sum of its parts, and checkRead does not use those cells as evidence', () => {
    const result = fromText(documentOf(loadKey("pingtan-gwh-2025")), { assist: "arithmetic" });
    if (!result.success) throw new Error("read failed");
    expect(result.data.applications.received).toMatchObject({ naturalPerson: 32, total: 32 });
    expect(result.data.applications.outcomes.total).toMatchObject({ naturalPerson: 32, total: 32 });
    expect(result.data.proactive.normativeDocuments).toEqual({ issued: null, repealed: null, inForce: null });
    expect(result.assisted).toContain("/applications/received/total");
    expect(result.notes.filter((note) => note.kind === "split-by-arithmetic")).toHaveLength(3);
    const findings = checkRead(result);
    const touching = findings.filter((finding) => finding.paths.some((path) => result.assisted.includes(path)));
    expect(touching.length).toBeGreaterThan(0);
    expect(touching.every((finding) => finding.assessable === false)).toBe(true);
  });

  it("seed 001 (tables published as images) fails with tables-are-images, naming the images", () => {
    const result = fromText(documentOf({ document: "examples/published/seed-001-laiwu-2019.images.txt", kind: "text-lines", expected: {} as never }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("tables-are-images");
    expect(result.error.images).toEqual(["![]()"]);
  });
});

const SEEDS = ["seed-000", "seed-002", "seed-003", "seed-004"] as const;
const SHAPES: readonly Shape[] = ["tab", "lines", "markdown", "blank-lines"];

function tableCells(report: unknown, format: Format): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const entry of cellsOf(format)) if (entry.meta.cell.table) cells[entry.pointer] = valueAt(report, entry.path) ?? null;
  return cells;
}

describe("fromText: the same report in every shape", () => {
  for (const name of SEEDS) {
    for (const shape of SHAPES) {
      it(`${name} printed as ${shape} reads back to its key`, () => {
        const { expected } = loadKey(name);
        const page = printReport(expected, expected.format, shape);
        const result = fromText(page, { format: expected.format });
        const found = score(result, expected);
        expect(found.wrong).toEqual([]);
        // Blank cells are placed only where the shape says where they are: cell per line and markdown always do.
        if (shape !== "blank-lines") expect(found.nullWithNote).toBe(0);
      });
    }
  }

  it("a generated report reads the same as tab text, cell-per-line text and markdown", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Format>("2019", "2021").chain((format) => lenientReport(format).map((report) => ({ format, report }))),
        ({ format, report }) => {
          const reads = (["tab", "lines", "markdown"] as const).map((shape) => {
            const result = fromText(printReport(report as unknown as Record<string, unknown>, format, shape), { format });
            return result.success ? tableCells(result.data, format) : result.error.code;
          });
          expect(reads[1]).toEqual(reads[0]);
          expect(reads[2]).toEqual(reads[0]);
          const wrong = Object.entries(reads[0] as Record<string, unknown>).filter(
            ([pointer, value]) => value !== null && JSON.stringify(value) !== JSON.stringify(valueAt(report, pointer.split("/").slice(1))),
          );
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

const styleArbitrary: fc.Arbitrary<LabelStyle> = fc.record({
  paren: fc.constantFrom<"full" | "half">("full", "half"),
  dot: fc.constantFrom<"．" | "." | "、">("．", ".", "、"),
  spaces: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 5 }),
});

describe("fromText: label print variants", () => {
  it("any whitespace, width and numbering style in the labels gives the same report", () => {
    const { expected } = loadKey("seed-004");
    const plain = fromText(printReport(expected, "2021", "tab"), { format: "2021" });
    if (!plain.success) throw new Error("read failed");
    fc.assert(
      fc.property(styleArbitrary, fc.constantFrom<Shape>("tab", "lines", "markdown"), (style, shape) => {
        const result = fromText(printReport(expected, "2021", shape, style), { format: "2021" });
        expect(result.success && tableCells(result.data, "2021")).toEqual(tableCells(plain.data, "2021"));
      }),
      { numRuns: 40 },
    );
  });

  it("styleLabel varies what it says it varies", () => {
    expect(styleLabel("（三）不予公开", { paren: "half", dot: ".", spaces: [] })).toBe("(三)不予公开");
    expect(styleLabel("1.属于国家秘密", { paren: "full", dot: "、", spaces: [] })).toBe("1、属于国家秘密");
  });
});

describe("fromText: real deviations", () => {
  const header2021 = "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n";

  it("a run that splits more than one way (4500 for three cells) stays null, listing the candidates", () => {
    const page = "第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章4500\n行政规范性文件\t1\t0\t1\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t3\n";
    const result = fromText(page, { format: "2021" });
    if (!result.success) throw new Error("read failed");
    expect(result.data.proactive.regulations).toEqual({ issued: null, repealed: null, inForce: null });
    const note = result.notes.find((item) => item.kind === "ambiguous-run");
    expect(note?.raw).toBe("4500");
    expect(note?.message.en).toContain("4 | 50 | 0");
    expect(result.data.proactive.normativeDocuments).toEqual({ issued: 1, repealed: 0, inForce: 1 });
  });

  it("行政许可88-720 (2019, run together): the sign starts a cell, and the two remaining splits keep the row null", () => {
    const page = "第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可88-720\n其他对外管理服务事项5-23\n";
    const result = fromText(page, { format: "2019" });
    if (!result.success) throw new Error("read failed");
    expect(result.data.proactive.licensing).toEqual({ itemsLastYear: null, itemsChange: null, decisions: null });
    expect(valueAt(result.data, ["proactive", "otherServices"])).toEqual({ itemsLastYear: 5, itemsChange: -2, decisions: 3 });
  });

  it("a cell with an annotation reads its number, with a note", () => {
    const page = "第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t22（其中修订16件）\t1\t40\n";
    const result = fromText(page, { format: "2021" });
    if (!result.success) throw new Error("read failed");
    expect(valueAt(result.data, ["proactive", "normativeDocuments", "issued"])).toBe(22);
    expect(result.notes.find((note) => note.kind === "cell-annotation")?.raw).toBe("22（其中修订16件）");
  });

  it("a label with characters missing (2.其他法律行政止公开) and a truncated label are recognised, with a note", () => {
    const rows = [
      "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1",
      "二、上年结转政府信息公\t0\t0\t0\t0\t0\t0\t0",
      "三、本年度办理结果\t（一）予以公开\t1\t0\t0\t0\t0\t0\t1",
      "（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0",
      "2.其他法律行政止公开\t0\t0\t0\t0\t0\t0\t5",
      "3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0",
    ];
    const result = fromText(header2021 + rows.join("\n"), { format: "2021" });
    if (!result.success) throw new Error("read failed");
    expect(result.data.applications.outcomes.withheld.prohibitedByLaw.total).toBe(5);
    expect(result.data.applications.carriedOver.total).toBe(0);
    expect(result.notes.filter((note) => note.kind === "label-fuzzy").map((note) => note.raw)).toEqual(["二、上年结转政府信息公", "2.其他法律行政止公开"]);
  });

  it("traditional-character labels are read through the fixed table, with a note", () => {
    const page = "第二十條第（一）項\n信息內容\t本年制發件數\t本年廢止件數\t現行有效件數\n規章\t1\t2\t3\n行政規範性文件\t4\t5\t6\n";
    const result = fromText(page);
    if (!result.success) throw new Error("read failed");
    expect(result.data.format).toBe("2021");
    expect(result.data.proactive.normativeDocuments).toEqual({ issued: 4, repealed: 5, inForce: 6 });
    expect(result.notes.some((note) => note.kind === "traditional-characters")).toBe(true);
  });

  it("a 2019 table in a 2022 report is read as printed, with a format-mismatch note", () => {
    const page = "某局2022年政府信息公开工作年度报告\n第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0\n规范性文件\t1\t1\t9\n";
    const result = fromText(page);
    if (!result.success) throw new Error("read failed");
    expect([result.data.format, result.data.year]).toEqual(["2019", 2022]);
    expect(result.data.proactive.normativeDocuments).toEqual({ made: 1, published: 1, totalPublished: 9 });
    expect(result.notes.some((note) => note.kind === "format-mismatch")).toBe(true);
  });

  it("（六）其他处理 printed as one row in a 2021 table: single-other-handling, the three sub-rows null", () => {
    const rows = [
      "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1",
      "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
      "三、本年度办理结果\t（一）予以公开\t0\t0\t0\t0\t0\t0\t0",
      "（六）其他处理\t1\t0\t0\t0\t0\t0\t1",
      "（七）总计\t1\t0\t0\t0\t0\t0\t1",
      "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0",
    ];
    const result = fromText(`第二十条第（一）项\n信息内容\t本年制发件数\n${header2021}${rows.join("\n")}`, { format: "2021" });
    if (!result.success) throw new Error("read failed");
    expect(result.data.applications.outcomes.total.total).toBe(1);
    expect(valueAt(result.data, ["applications", "outcomes", "otherHandling", "other", "total"])).toBeNull();
    expect(result.notes.find((note) => note.kind === "single-other-handling")?.raw).toContain("1\t0");
  });

  it("规范性文件 in a 2021 table is 行政规范性文件", () => {
    const page = "第二十条第(一)项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件\n规章\n0\n0\n0\n规范性文件\n6\n2\n17\n";
    const result = fromText(page);
    if (!result.success) throw new Error("read failed");
    expect(result.data.proactive.normativeDocuments).toEqual({ issued: 6, repealed: 2, inForce: 17 });
  });

  it("text without a report is no-report-found; a non-string is invalid-input", () => {
    const result = fromText("今天天气很好。行政许可办理顺利，规章制度健全。");
    expect(result.success || result.error.code).toBe("no-report-found");
    const invalid = fromText(42 as unknown as string);
    expect(invalid.success || invalid.error.code).toBe("invalid-input");
  });
});

describe("fromText: robustness", () => {
  const labelish = fc.constantFrom("一、本年新收政府信息公开申请数量", "（三）不予公开", "1.属于国家秘密", "规章", "第二十条第（一）项", "行政复议", "总计", "\t", "\n", "|", "0", "12", "-", "（", "）");
  it("random text never throws and always returns a result", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 20 }), labelish), { maxLength: 200 }), (parts) => {
        const result = fromText(parts.join(""));
        expect(typeof result.success).toBe("boolean");
      }),
      { numRuns: 150 },
    );
  });

  it("long digit runs and many repeated labels stay bounded (every run is enumerated with a step cap)", () => {
    const page = `${"一、本年新收政府信息公开申请数量".repeat(3)}${"1".repeat(400)}二、上年结转政府信息公开申请数量${"规章".repeat(2000)}${"9".repeat(5000)}`;
    const result = fromText(page, { format: "2021", assist: "arithmetic" });
    expect(typeof result.success).toBe("boolean");
  });
});

describe("fromText: run-together text never guesses", () => {
  it("a generated report printed with its cells run together reads every cell right or null with a note", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Format>("2019", "2021").chain((format) => lenientReport(format).map((report) => ({ format, report }))),
        fc.boolean(),
        ({ format, report }, joinLines) => {
          let page = printReport(report as unknown as Record<string, unknown>, format, "run");
          if (joinLines) page = page.replace(/\n/gu, "");
          const result = fromText(page, { format });
          if (!result.success) {
            expect(result.error.code).not.toBe("internal-error");
            return;
          }
          const found = score(result, { ...(report as unknown as Record<string, unknown>), format });
          expect(found.wrong).toEqual([]);
          // A cell printed blank leaves nothing in run-together text: its row cannot be split, and says so.
          expect(found.nullWithoutNote).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a generated report printed with space-separated cells reads every printed cell right", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Format>("2019", "2021").chain((format) => lenientReport(format).map((report) => ({ format, report }))),
        ({ format, report }) => {
          const result = fromText(printReport(report as unknown as Record<string, unknown>, format, "spaces"), { format });
          const found = score(result, { ...(report as unknown as Record<string, unknown>), format });
          expect(found.wrong).toEqual([]);
          expect(found.nullWithoutNote).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("fromText: what PDF-to-markdown tools print", () => {
  it("labels of merged cells repeated on every row are not values", () => {
    const rows = [
      "| 三、收到和处理政府信息公开申请情况 | | | | | | | | | |",
      "|---|---|---|---|---|---|---|---|---|---|",
      "| 一、本年新收政府信息公开申请数量 | | | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
      "| 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
      "| 三、本年度办理结果 | （三）不予公开 | 2.其他法律行政法规禁止公开 | 2 | 0 | 0 | 0 | 0 | | 2 |",
      "| 三、本年度办理结果 | （三）不予公开 | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
    ];
    const result = fromText(rows.join("\n"), { format: "2021" });
    if (!result.success) throw new Error("read failed");
    expect(result.data.applications.outcomes.withheld.stateSecret).toMatchObject({ naturalPerson: 1, total: 1 });
    expect(result.data.applications.outcomes.withheld.prohibitedByLaw).toMatchObject({ naturalPerson: 2, otherOrganization: null, total: 2 });
    expect(result.data.applications.outcomes.withheld.threeSecuritiesOneStability.total).toBe(0);
  });

  it("a unit glued to a run-together amount stays with the amount", () => {
    const page = "第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购1726.22万元";
    const result = fromText(page, { format: "2019" });
    if (!result.success) throw new Error("read failed");
    // 1726.22万元 splits as 1 | 726.22万元, 17 | 26.22万元 or 172 | 6.22万元: not read.
    expect(valueAt(result.data, ["proactive", "procurement", "amount"])).toBeNull();
    const one = fromText(page.replace("1726.22万元", "0726.22万元"), { format: "2019" });
    if (!one.success) throw new Error("read failed");
    expect(valueAt(one.data, ["proactive", "procurement"])).toEqual({ projects: 0, amount: { value: 726.22, unit: "万元" } });
  });
});

describe("fromText: PDF text layers (pdftotext -layout and the like)", () => {
  it("reads columns aligned with spaces, labels wrapped around their values, full-width digits and <br> in labels", () => {
    const page = [
      "三、收到和处理政府信息公开申请情况",
      "                                   申请人情况",
      "                               自然人  法人或其他组织                     总计",
      "                                       商业企业 科研机构 社会公益组织 法律服务机构 其他",
      "一、本年新收政府信息公开申请数量        ３５     0      0      0      0      0     ３５",
      "二、上年结转政府信息公开申请数量         0      0      0      0      0      0      0",
      "三、本年度  （一）予以公开                4      0      0      0      0      0      4",
      "办理结果    （二）部分公开（区分处理的，只   5      0      0      0      0      0      5",
      "            计这一情形，不计其他情形）",
      "            （三）不予   1.属于国家秘密   0      0      0      0      0      0      0",
      "            公开        2.其他法律行政法规禁止",
      "                        公开             1      0      0      0      0      0      1",
      "| 3.危及“三安全<br>一稳定” | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
    ].join("\n");
    const result = fromText(page, { format: "2021" });
    if (!result.success) throw new Error("read failed");
    const { applications } = result.data;
    expect(applications.received).toMatchObject({ naturalPerson: 35, total: 35 });
    expect(applications.outcomes.disclosed).toMatchObject({ naturalPerson: 4, total: 4 });
    expect(applications.outcomes.partiallyDisclosed).toMatchObject({ naturalPerson: 5, total: 5 });
    expect(applications.outcomes.withheld.stateSecret.total).toBe(0);
    expect(applications.outcomes.withheld.prohibitedByLaw).toMatchObject({ naturalPerson: 1, total: 1 });
    expect(applications.outcomes.withheld.threeSecuritiesOneStability).toMatchObject({ naturalPerson: 2, total: 2 });
  });
});

describe("fromText: a page printing the tables twice", () => {
  it("reads the first copy and reports the second as a duplicate, not merged", () => {
    const { expected } = loadKey("seed-004");
    const page = printReport(expected, "2021", "tab");
    const result = fromText(`${page}\n\n${page}`, { format: "2021" });
    const found = score(result, expected);
    expect(found.wrong).toEqual([]);
    if (!result.success) return;
    expect(result.detected.tables.filter((table) => table.role === "duplicate").map((table) => table.holds)).toEqual(["二", "三"]);
    expect(result.notes.filter((note) => note.kind === "extra-table")).toHaveLength(2);
  });
});
