import { describe, expect, it } from "vitest";
import { fromLabeledTables } from "../../src/labeled/index.js";
import { canonicalSeed, countKinds, labeledSeed, notesOf, readOk } from "./helpers.js";

/** JSON Pointers of the null cells of a report, in key order. */
function nullPointers(value: unknown, pointer = ""): string[] {
  if (value === null) return [pointer];
  if (typeof value !== "object") return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => nullPointers(child, `${pointer}/${key}`));
}

describe("seed fixtures: labelled tables → the canonical report", () => {
  it("000 (罗庄区 2019): 2019 detected, words in 本年增/减, 社会组织, one blank in (一)", () => {
    const { report, notes } = readOk(labeledSeed("000"));
    expect(report).toEqual(canonicalSeed("000"));
    expect(countKinds(notes)).toEqual({ "format-detected": 1, "signed-text": 3, "alias-used": 1, "blank-cell": 1 });
    expect(notesOf(notes, "signed-text").map((note) => [note.pointer, note.raw])).toEqual([
      ["/proactive/otherServices/itemsChange", "增加 3 项"],
      ["/proactive/penalty/itemsChange", "增加 1 项"],
      ["/proactive/coercion/itemsChange", "减少 38 项"],
    ]);
    expect(notesOf(notes, "alias-used")[0]).toMatchObject({ table: "三", column: "社会组织", raw: "社会组织" });
    expect(notesOf(notes, "blank-cell")[0]).toMatchObject({
      pointer: "/applications/outcomes/disclosed/otherOrganization",
      raw: "",
      row: "三、本年度办理结果/(一) 予以公开",
      column: "其他",
    });
    expect(notesOf(notes, "format-detected")[0]?.message.zh).toContain("其他对外管理服务事项");
  });

  it("001 (莱芜区 2019, tables as images): every cell null, a missing-row note per row, format by year", () => {
    const { report, notes } = readOk(labeledSeed("001"));
    if (report.format !== "2019") throw new Error("expected format 2019");
    expect(report.year).toBe(2019);
    expect(report.agency).toBe("济南市莱芜区人民政府");
    expect(report.proactive.regulations).toEqual({ made: null, published: null, totalPublished: null });
    expect(report.proactive.procurement.amount).toBeNull();
    expect(report.applications.received.total).toBeNull();
    expect(report.reviewAndLitigation.review.total).toBeNull();
    expect(countKinds(notes)).toEqual({ "format-detected": 1, "missing-row": 8 + 23 + 3 });
    expect(notesOf(notes, "format-detected")[0]?.message.en).toContain("report year 2019");
    expect(notesOf(notes, "missing-row").map((note) => note.pointer)).toContain("/applications/outcomes/otherHandling");
    const seed = labeledSeed("001") as { text: Record<string, string> };
    expect(report.text).toEqual({ overview: seed.text["一"], problems: seed.text["五"], other: seed.text["六"] });
  });

  it("002 (临沂经开区 2020): broken labels, 法人或其他组织/ prefixes, 增/减 words, 万", () => {
    const { report, notes } = readOk(labeledSeed("002"));
    expect(report).toEqual(canonicalSeed("002"));
    // One blank-cell note per null of the canonical report (its blank printed cells), derived here.
    const nulls = nullPointers(canonicalSeed("002"));
    expect(countKinds(notes)).toEqual({ "format-detected": 1, "signed-text": 3, "unit-converted": 1, "blank-cell": nulls.length });
    expect(notesOf(notes, "blank-cell").map((note) => note.pointer).sort()).toEqual([...nulls].sort());
    expect(notesOf(notes, "unit-converted")[0]).toMatchObject({ pointer: "/proactive/procurement/amount", raw: "1127.9789 万" });
    expect(notesOf(notes, "signed-text").map((note) => note.raw)).toEqual(["增 6390", "增 381", "减 21"]);
    expect(notesOf(notes, "blank-cell").some((note) => note.pointer === "/applications/carriedForward/otherOrganization")).toBe(true);
  });

  it("003 (临淄区 2019): bare leaf labels with 1．, blank (七), 19.7万", () => {
    const { report, notes } = readOk(labeledSeed("003"));
    expect(report).toEqual(canonicalSeed("003"));
    const nulls = nullPointers(canonicalSeed("003"));
    expect(countKinds(notes)).toEqual({ "format-detected": 1, "unit-converted": 1, "blank-cell": nulls.length });
    expect(notesOf(notes, "blank-cell").map((note) => note.pointer).sort()).toEqual([...nulls].sort());
    expect(notesOf(notes, "blank-cell").filter((note) => note.pointer?.startsWith("/applications/outcomes/total/"))).toHaveLength(7);
  });

  it("004 (兰山区 2023): 2021 detected, 规范性文件 and 现行有效件 aliases", () => {
    const { report, notes } = readOk(labeledSeed("004"));
    expect(report).toEqual(canonicalSeed("004"));
    expect(countKinds(notes)).toEqual({ "format-detected": 1, "alias-used": 2 });
    expect(notesOf(notes, "alias-used").map((note) => [note.raw, note.pointer])).toEqual([
      ["现行有效件", undefined],
      ["第二十条第(一)项/规范性文件", "/proactive/normativeDocuments"],
    ]);
  });

  it("reads the seeds the same with an explicit format (no detection note)", () => {
    for (const [id, format] of [["000", "2019"], ["004", "2021"]] as const) {
      const result = fromLabeledTables({ ...labeledSeed(id), format });
      expect(result.success && result.data).toEqual(canonicalSeed(id));
      expect(result.notes.some((note) => note.kind === "format-detected" || note.kind === "format-conflict")).toBe(false);
    }
  });
});
