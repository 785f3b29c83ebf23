import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutOf, matchColumn, matchRow } from "../../src/labeled/labels.js";
import { normalizeLabel } from "../../src/labeled/normalize.js";
import { canonicalSeed, countKinds, labeledSeed, notesOf, readOk, with2019, with2021 } from "./helpers.js";

const l19 = layoutOf("2019");
const l21 = layoutOf("2021");
const rowPointer = (layout: typeof l19, table: "二" | "三" | "四", label: string) => {
  const match = matchRow(layout, table, label);
  return match.kind === "row" ? match.row.pointer : match.kind;
};

describe("normalizeLabel", () => {
  it.each([
    ["1．属于国家秘密", "1.属于国家秘密"],
    ["1、属于国家秘密", "1.属于国家秘密"],
    ["（1）属于国家秘密", "1.属于国家秘密"],
    ["(1)属于国家秘密", "1.属于国家秘密"],
    ["１．属于国家秘密", "1.属于国家秘密"],
    ["（一）予以公开", "(一)予以公开"],
    ["( 一 ) 予以 公开", "(一)予以公开"],
    ["一．本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量"],
    ["3.危及\"三安全一稳定\"", "3.危及三安全一稳定"],
    ["本年收费金额（单位：万元）", "本年收费金额(单位:万元)"],
    ["商业\n企业", "商业企业"],
    ["社会\u3000公益\u00a0组织", "社会公益组织"],
  ])("%j → %j", (printed, normal) => {
    expect(normalizeLabel(printed)).toBe(normal);
  });
});

describe("row matching", () => {
  it.each([
    ["三、本年度办理结果/（三）不予公开/1.属于国家秘密", "/applications/outcomes/withheld/stateSecret"],
    ["（三）不予公开/1.属于国家秘密", "/applications/outcomes/withheld/stateSecret"],
    ["三、本年度办理结果/1.属于国家秘密", "/applications/outcomes/withheld/stateSecret"],
    ["1．属于国家秘密", "/applications/outcomes/withheld/stateSecret"],
    ["（1）属于国家秘密", "/applications/outcomes/withheld/stateSecret"],
    ["三、收到和处理政府信息公开申请情况/一、本年新收政府信息公开申请数量", "/applications/received"],
    ["（五）不予处理/2.重复申请", "/applications/outcomes/notProcessed/repeated"],
    ["4.无正当理由大量反复申请", "/applications/outcomes/notProcessed/excessive"],
    ["（六）其他处理", "/applications/outcomes/otherHandling"],
    ["（七）总计", "/applications/outcomes/total"],
    ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "/applications/outcomes/partiallyDisclosed"],
    ["（二）部分公开", "/applications/outcomes/partiallyDisclosed"],
  ])("2019 三 %j → %s", (label, pointer) => {
    expect(rowPointer(l19, "三", label)).toBe(pointer);
  });

  it.each([
    ["（六）其他处理/3.其他", "/applications/outcomes/otherHandling/other"],
    ["3.其他", "/applications/outcomes/otherHandling/other"],
    ["（六）其他处理", "group"],
    ["三、本年度办理结果", "group"],
    ["（三）不予公开", "group"],
  ])("2021 三 %j → %s", (label, pointer) => {
    expect(rowPointer(l21, "三", label)).toBe(pointer);
  });

  it.each([
    ["（四）无法提供/1.属于国家秘密"],
    ["（三）不予公开/1.本机关不掌握相关政府信息"],
    ["2.无正当理由大量反复申请"],
    ["4.重复申请"],
    ["重复申请"],
    ["2.重复"],
    ["2.重复申请书"],
    ["（八）总计"],
    ["一、本年新收政府信息公开申请"],
    ["3.其他"],
  ])("rejects the near miss %j in a 2019 三", (label) => {
    expect(rowPointer(l19, "三", label)).toBe("unknown");
  });

  it.each([
    ["第二十条第（一）项/规章", "/proactive/regulations"],
    ["第二十条第(一)项/规章", "/proactive/regulations"],
    ["规章", "/proactive/regulations"],
    ["二、主动公开政府信息情况/第二十条第（六）项/行政处罚", "/proactive/penalty"],
    ["规章(设区的市、自治州人民政府应提供相关数据)", "/proactive/regulations"],
  ])("2019 二 %j → %s", (label, pointer) => {
    expect(rowPointer(l19, "二", label)).toBe(pointer);
  });

  it.each([["第二十条第（五）项/行政处罚"], ["第二十条第（一）项/政府集中采购"], ["规章制度"], ["其他主动公开文件(…)"]])(
    "rejects %j in a 2019 二",
    (label) => {
      expect(rowPointer(l19, "二", label)).toBe("unknown");
    },
  );

  it.each([
    ["行政复议", "/reviewAndLitigation/review"],
    ["行政诉讼/未经复议直接起诉", "/reviewAndLitigation/litigationDirect"],
    ["复议后起诉", "/reviewAndLitigation/litigationAfterReview"],
    ["行政诉讼", "group"],
    ["行政诉讼/行政复议", "unknown"],
    ["行政复议/复议后起诉", "unknown"],
  ])("四 %j → %s", (label, pointer) => {
    expect(rowPointer(l21, "四", label)).toBe(pointer);
  });
});

describe("column matching", () => {
  const received = l19.rows.find((row) => row.pointer === "/applications/received")!;
  const key = (label: string) => {
    const match = matchColumn(received, "2019", label);
    return match.kind === "column" ? match.columns.map((column) => column.key).join("|") : "unknown";
  };
  it.each([
    ["自然人", "naturalPerson"],
    ["自然 人", "naturalPerson"],
    ["法人或其他组织/商业企业", "commercialEnterprise"],
    ["申请人情况/法人或其他组织/其他", "otherOrganization"],
    ["社会组织", "publicWelfareOrganization"],
    ["法人或其他组织/社会组织", "publicWelfareOrganization"],
    ["其他", "otherOrganization"],
    ["总计", "total"],
    ["法人或其他组织/自然人", "unknown"],
    ["法人或其他组织/总计", "unknown"],
    ["法人或其他组织", "unknown"],
    ["社会公益", "unknown"],
    ["其他组织", "unknown"],
    ["合计", "unknown"],
  ])("三 %j → %s", (label, expected) => {
    expect(key(label)).toBe(expected);
  });

  it("reads a unit from a money header, and 本年增/减 with or without its provincial note", () => {
    const fees = l21.rows.find((row) => row.pointer === "/proactive/fees")!;
    expect(matchColumn(fees, "2021", "本年收费金额（单位：万元）")).toMatchObject({ kind: "column" });
    expect(matchColumn(fees, "2021", "本年收费金额(单位:元)")).toMatchObject({ kind: "column", headerUnit: "元" });
    expect(matchColumn(fees, "2021", "本年收费金额")).toMatchObject({ kind: "column", alias: { text: "本年收费金额" } });
    expect(matchColumn(fees, "2021", "本年收费金额(单位:美元)").kind).toBe("unknown");
    const licensing = l19.rows.find((row) => row.pointer === "/proactive/licensing")!;
    expect(matchColumn(licensing, "2019", "本年增/减")).toMatchObject({ kind: "column", columns: [{ key: "itemsChange" }] });
    expect(matchColumn(licensing, "2019", "本年增／减(指2020年增加或减少的事项数,减用负值表示,如-8)")).toMatchObject({
      kind: "column",
      columns: [{ key: "itemsChange" }],
      annotation: "指2020年增加或减少的事项数,减用负值表示,如-8",
    });
    expect(matchColumn(licensing, "2019", "本年增").kind).toBe("unknown");
  });
});

describe("labels in a whole reading", () => {
  it("notes an unknown row with its text and cells, and still reads the rest", () => {
    const { report, notes } = readOk(
      with2019({ 二: { 规章: { 本年新制作数量: "1", 本年新公开数量: "1", 对外公开总数量: "2" }, 规章制度: { 本年新制作数量: "9" } } }),
    );
    expect(report.proactive.regulations).toEqual({ made: 1, published: 1, totalPublished: 2 });
    expect(notesOf(notes, "unknown-row")).toEqual([
      expect.objectContaining({ table: "二", row: "规章制度", raw: "规章制度", message: expect.objectContaining({ zh: expect.stringContaining("本年新制作数量=9") }) }),
    ]);
  });

  it("keeps the first of two labels for one cell and notes the second", () => {
    const { report, notes } = readOk(
      with2019({
        三: {
          "三、本年度办理结果/（三）不予公开/1.属于国家秘密": { 自然人: "1" },
          "1．属于国家秘密": { 自然人: "2" },
        },
      }),
    );
    expect(report.applications.outcomes.withheld.stateSecret.naturalPerson).toBe(1);
    expect(notesOf(notes, "duplicate-cell")).toEqual([
      expect.objectContaining({ raw: "2", row: "1．属于国家秘密", pointer: "/applications/outcomes/withheld/stateSecret/naturalPerson" }),
    ]);
  });

  it("keeps values printed on group labels in notes", () => {
    const { notes } = readOk(with2019({ 三: { "（三）不予公开": { 自然人: "4", 总计: "" } }, 四: { 行政诉讼: { 总计: "3" } } }));
    expect(notesOf(notes, "group-row").map((note) => [note.table, note.raw])).toEqual([
      ["三", "4"],
      ["四", "3"],
    ]);
  });

  it("notes an unknown column per cell with its value", () => {
    const { notes } = readOk(with2019({ 四: { 行政复议: { 结果维持: "1", 合计: "1" } } }));
    expect(notesOf(notes, "unknown-column")).toEqual([expect.objectContaining({ column: "合计", raw: "1" })]);
    expect(notesOf(notes, "missing-column").map((note) => note.pointer)).toEqual([
      "/reviewAndLitigation/review/corrected",
      "/reviewAndLitigation/review/other",
      "/reviewAndLitigation/review/pending",
      "/reviewAndLitigation/review/total",
    ]);
  });

  it("notes a provincial annotation once and an alias once per label", () => {
    const { report, notes } = readOk(
      with2021({
        二: { "规章(设区的市、自治州人民政府应提供相关数据)": { 本年制发件数: "1", 本年废止件数: "0", 现行有效件: "5" } },
        三: { "一、本年新收政府信息公开申请数量": { 社会组织: "1" }, "二、上年结转政府信息公开申请数量": { 社会组织: "2" } },
      }),
    );
    expect(report.proactive.regulations).toEqual({ issued: 1, repealed: 0, inForce: 5 });
    expect(report.applications.carriedOver.publicWelfareOrganization).toBe(2);
    expect(countKinds(notes)["annotation-stripped"]).toBe(1);
    expect(notesOf(notes, "alias-used").map((note) => note.raw)).toEqual(["现行有效件", "社会组织"]);
  });

  it("label noise (width, spaces, line breaks, numbering style) never changes the result", () => {
    const seeds = ["000", "002", "003", "004"] as const;
    const fullWidth = (text: string) =>
      text.replace(/[0-9()/:,]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    const numbering = (segment: string, style: number) => {
      const found = /^([0-9]+)[.．、]/.exec(segment);
      if (!found) return segment;
      const rest = segment.slice(found[0].length);
      const number = found[1] as string;
      return [`${number}.`, `${number}．`, `${number}、`, `(${number})`, `（${number}）`][style % 5] + rest;
    };
    const noisy = (label: string, random: () => number, isRow: boolean) => {
      let text = isRow
        ? label
            .split("/")
            .map((segment) => numbering(segment, Math.floor(random() * 5)))
            .join("/")
        : label;
      if (random() < 0.5) text = fullWidth(text);
      const chars = [...text];
      return chars.map((char) => (random() < 0.15 ? [" ", "\n", "\u3000", "\u00a0", " \r\n"][Math.floor(random() * 5)] + char : char)).join("");
    };
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.integer(), (id, seed) => {
        let state = seed >>> 0;
        const random = () => {
          state = (state * 1664525 + 1013904223) >>> 0;
          return state / 2 ** 32;
        };
        const input = labeledSeed(id) as { tables: Record<string, Record<string, Record<string, string>>> };
        const tables: Record<string, Record<string, Record<string, string>>> = {};
        for (const [table, rows] of Object.entries(input.tables)) {
          tables[table] = {};
          for (const [row, cells] of Object.entries(rows)) {
            const out: Record<string, string> = {};
            for (const [column, value] of Object.entries(cells)) out[noisy(column, random, false)] = value;
            (tables[table] as Record<string, Record<string, string>>)[noisy(row, random, true)] = out;
          }
        }
        const { report } = readOk({ ...input, tables });
        expect(report).toEqual(canonicalSeed(id));
      }),
      { numRuns: 60 },
    );
  });
});
