import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { fromDom, fromHtml, type ReadResult, readDocument } from "../../src/read/index.js";
import type { Format } from "../../src/schema/report.js";
import { type Key, scoreAll, scoreResult } from "../../scripts/score-read.js";
import { renderReportHtml } from "./render-html.js";
import { generate } from "../../src/fixtures/generate.js";

const SEEDS = ["000", "002", "003", "004"] as const;

function seed(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../fixtures/seeds/${name}.json`, import.meta.url), "utf8")) as Record<string, unknown>;
}

function tablesOf(report: Record<string, unknown>) {
  const { text: _text, ...rest } = report;
  return rest;
}

function ok(result: ReadResult) {
  if (!result.success) throw new Error(`read failed: ${result.error.code} ${result.error.message}`);
  return result;
}

function kinds(result: ReadResult): string[] {
  return result.notes.map((note) => note.kind);
}

function real(name: string): string {
  return readFileSync(new URL(`../../examples/published/${name}`, import.meta.url), "utf8");
}

describe("fromHtml: generated reports round-trip", () => {
  for (const name of SEEDS) {
    for (const word of [false, true]) {
      it(`seed ${name} rendered as ${word ? "Word-export" : "plain"} HTML reads back exactly`, () => {
        const report = seed(name);
        const result = ok(fromHtml(renderReportHtml(report, { word })));
        expect(tablesOf(result.data as Record<string, unknown>)).toEqual(tablesOf(report));
        expect(result.detected.format).toBe(report.format);
        expect(kinds(result)).not.toContain("values-unplaced");
      });
    }
  }

  it("a generated report rendered as HTML reads back exactly (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Format>("2019", "2021"),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 24 }),
        (format, seedNumber, word, split) => {
          // Through JSON, as a published page would carry it (the generator may produce -0).
          const report = JSON.parse(JSON.stringify(generate({ format, year: format === "2019" ? 2020 : 2023, seed: seedNumber, agency: "某县人民政府办公室" })));
          const result = ok(fromHtml(renderReportHtml(report, { word, splitTable3After: split })));
          expect(tablesOf(result.data as Record<string, unknown>)).toEqual(tablesOf(report));
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("fromHtml: merged cells and table structure", () => {
  const report = seed("004");

  it("joins table 三 split over two <table>s and says so", () => {
    const result = ok(fromHtml(renderReportHtml(report, { splitTable3After: 10 })));
    expect(tablesOf(result.data as Record<string, unknown>)).toEqual(tablesOf(report));
    expect(kinds(result)).toContain("table-joined");
    expect(result.detected.tables.filter((table) => table.holds === "三").map((table) => table.role)).toEqual(["read", "joined"]);
  });

  it("reads a duplicated table once and reports the copy", () => {
    const result = ok(fromHtml(renderReportHtml(report, { duplicateTable3: true })));
    expect(tablesOf(result.data as Record<string, unknown>)).toEqual(tablesOf(report));
    expect(kinds(result)).toContain("extra-table");
    expect(kinds(result)).not.toContain("duplicate-cell");
    expect(result.detected.tables.some((table) => table.role === "duplicate")).toBe(true);
  });

  it("maps values in order when a data row's colspans differ from the header's (shifted grid)", () => {
    const html = `<table>
      <tr><td colspan="5">第二十条第（五）项</td></tr>
      <tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td><td>处理决定数量</td></tr>
      <tr><td>行政许可</td><td colspan="2">12</td><td>-3</td><td>40</td></tr>
    </table>`;
    const result = ok(fromHtml(html, { format: "2019", year: 2019, agency: "某局" }));
    const data = result.data as { proactive: { licensing: unknown } };
    expect(data.proactive.licensing).toEqual({ itemsLastYear: 12, itemsChange: -3, decisions: 40 });
    expect(kinds(result)).not.toContain("aligned-by-position");
  });

  it("aligns by grid position when a header cell spans two value cells, one of them empty", () => {
    const html = `<table>
      <tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="8">申请人情况</td></tr>
      <tr><td rowspan="2" colspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
      <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
      <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>5</td><td></td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
    </table>`;
    const result = ok(fromHtml(html, { format: "2021", year: 2023, agency: "某局" }));
    const data = result.data as { applications: { received: unknown } };
    expect(data.applications.received).toEqual({
      naturalPerson: 5, commercialEnterprise: 1, researchInstitution: 0, publicWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 6,
    });
    expect(kinds(result)).toContain("aligned-by-position");
  });

  it("leaves a row null when it has fewer value cells than header columns (which one is missing cannot be told)", () => {
    const report004 = seed("004");
    const html = renderReportHtml(report004).replace(/(<td[^>]*>（一）予以公开<\/td>)((?:<td[^>]*>[^<]*<\/td>){6})<td[^>]*>[^<]*<\/td>/u, "$1$2");
    const result = ok(fromHtml(html));
    const disclosed = (result.data as { applications: { outcomes: { disclosed: Record<string, unknown> } } }).applications.outcomes.disclosed;
    expect(Object.values(disclosed).every((value) => value === null)).toBe(true);
    expect(result.notes.some((note) => note.kind === "values-unplaced" && note.pointer === "/applications/outcomes/disclosed")).toBe(true);
  });

  it("reads the three tables printed as one <table>", () => {
    const report = seed("004");
    const html = renderReportHtml(report).replace(/<\/tbody><\/table>\s*<p>[三四]、[^<]*<\/p><table[^>]*><tbody>/gu, "");
    expect(html.match(/<table/gu)).toHaveLength(1);
    const result = ok(fromHtml(html));
    expect(tablesOf(result.data as Record<string, unknown>)).toEqual(tablesOf(report));
  });

  it("reads table 四 with a label column, and table 四 transposed (groups as rows)", () => {
    const outcomes = "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>";
    const labelled = `<table><tr><td rowspan="3">项目</td><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
      <tr>${outcomes.replace(/<td>/gu, '<td rowspan="2">')}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
      <tr>${outcomes}${outcomes}</tr>
      <tr><td>数量</td><td>2</td><td>1</td><td>0</td><td>0</td><td>3</td>${"<td>0</td>".repeat(4)}<td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr></table>`;
    const transposed = `<table><tr><td colspan="2">项目</td>${outcomes}</tr>
      <tr><td colspan="2">行政复议</td><td>2</td><td>1</td><td>0</td><td>0</td><td>3</td></tr>
      <tr><td rowspan="2">行政诉讼</td><td>未经复议直接起诉</td>${"<td>0</td>".repeat(5)}</tr>
      <tr><td>复议后起诉</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr></table>`;
    for (const html of [labelled, transposed]) {
      const result = ok(fromHtml(html, { year: 2023, agency: "某局" }));
      expect(result.data.reviewAndLitigation).toEqual({
        review: { upheld: 2, corrected: 1, other: 0, pending: 0, total: 3 },
        litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
        litigationAfterReview: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
      });
    }
  });

  it("caps hostile spans and notes it", () => {
    const html = `<table><tr><td rowspan="999999999" colspan="999999999">x</td></tr>${"<tr><td>1</td></tr>".repeat(50)}</table>`;
    const result = fromHtml(html);
    expect(result.success).toBe(false);
    expect(kinds(result)).toContain("span-capped");
  });

  it("reads rows and cells outside any <table> (a slice of a page) as a table", () => {
    const result = ok(fromHtml(real("pingtan-czj-2023.word-export-slice.html")));
    const data = result.data as { proactive: { fees: unknown } };
    expect(data.proactive.fees).toEqual({ amountWanYuan: 5949.09 });
  });
});

describe("fromHtml: deviations of real reports", () => {
  it("reads a 2019 table printed in a 2022 report as printed, with format-mismatch", () => {
    const report = { ...seed("003"), year: 2022 };
    const result = ok(fromHtml(renderReportHtml(report)));
    expect(result.data.format).toBe("2019");
    expect(kinds(result)).toContain("format-mismatch");
  });

  it("（六）其他处理 as one row in a 2021 table: sub-rows null, unless 0, which makes all three 0", () => {
    const report = seed("004");
    let html = renderReportHtml(report);
    const values = ["0", "0", "", "0", "0", "0", "3"];
    const single = `<tr><td colspan="2">（六）其他处理</td>${values.map((value) => `<td>${value}</td>`).join("")}</tr>`;
    html = html.replace(/<tr><td[^>]*>（六）其他处理<\/td>.*?<\/tr><tr>.*?<\/tr><tr>.*?<\/tr>/u, single);
    const result = ok(fromHtml(html));
    const other = (result.data as { applications: { outcomes: { otherHandling: Record<string, Record<string, unknown>> } } }).applications.outcomes.otherHandling;
    for (const sub of ["noCorrection", "unpaidFee", "other"]) {
      expect(other[sub]?.naturalPerson).toBe(0);
      expect(other[sub]?.researchInstitution).toBe(null);
      expect(other[sub]?.total).toBe(null);
    }
    const note = result.notes.find((item) => item.kind === "single-other-handling");
    expect(note?.pointer).toBe("/applications/outcomes/otherHandling");
  });

  it("reads 规范性文件 in a 2021 table, a label with characters missing, and a unit in the header", () => {
    const report = seed("004");
    const html = renderReportHtml(report, {
      rowText: {
        "/proactive/normativeDocuments": "规范性文件",
        "/applications/outcomes/withheld/prohibitedByLaw": "2.其他法律行政止公开",
        "/applications/outcomes/otherHandling/noCorrection": "1.申请人无正当理由逾期不补正",
      },
    });
    const result = ok(fromHtml(html));
    expect(tablesOf(result.data as Record<string, unknown>)).toEqual(tablesOf(report));
    expect(result.notes.some((note) => note.kind === "label-fuzzy" && note.pointer === "/applications/outcomes/withheld/prohibitedByLaw")).toBe(true);
    expect(result.notes.some((note) => note.kind === "alias-used" && note.pointer === "/proactive/normativeDocuments")).toBe(true);

    const report2019 = seed("002");
    const withUnit = renderReportHtml(report2019, {
      headerText: { 采购总金额: "采购总金额（元）" },
      cellText: { "/proactive/procurement/amount": "251000" },
    });
    const read = ok(fromHtml(withUnit));
    expect((read.data as { proactive: { procurement: { amount: unknown } } }).proactive.procurement.amount).toEqual({ value: 251000, unit: "元" });
  });

  it("reads labels printed in traditional characters", () => {
    const report = seed("004");
    const html = renderReportHtml(report)
      .replace(/规范性文件/gu, "規範性文件")
      .replace(/收到和处理/gu, "收到和處理")
      .replace(/结转下年度继续办理/gu, "結轉下年度繼續辦理")
      .replace(/申请人情况/gu, "申請人情況")
      .replace(/法律服务机构/gu, "法律服務機構")
      .replace(/结果维持/gu, "結果維持");
    const result = ok(fromHtml(html));
    expect(tablesOf(result.data as Record<string, unknown>)).toEqual(tablesOf(report));
    expect(kinds(result)).toContain("traditional-characters");
  });

  it("reads 22（其中修订16件） as 22 with a cell-annotation note", () => {
    const report = seed("004");
    const html = renderReportHtml(report, { cellText: { "/proactive/normativeDocuments/inForce": "17（其中修订6件）" } });
    const result = ok(fromHtml(html));
    expect(tablesOf(result.data as Record<string, unknown>)).toEqual(tablesOf(report));
    expect(result.notes.some((note) => note.kind === "cell-annotation" && note.pointer === "/proactive/normativeDocuments/inForce")).toBe(true);
  });

  it("keeps blank cells null (never 0) with a blank-cell note", () => {
    const result = ok(fromHtml(real("shuyang-fgj-2023.html")));
    const received = (result.data as { applications: { received: Record<string, unknown> } }).applications.received;
    expect(received.commercialEnterprise).toBe(null);
    expect(result.notes.some((note) => note.kind === "blank-cell" && note.pointer === "/applications/received/commercialEnterprise")).toBe(true);
  });

  it("ends in tables-are-images, naming the images, when the tables are pictures", () => {
    const html = `<div><img src="/site/logo.png"></div><h1>济南市莱芜区2019年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>……</p><p>二、主动公开政府信息情况</p><p><img src="/upload/t2.png"></p><p>三、收到和处理政府信息公开申请情况</p><img src="/upload/t3.jpg"><p>五、存在的主要问题及改进情况</p><p><img src="/upload/qr.png"></p>`;
    const result = fromHtml(html);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("tables-are-images");
    expect(result.error.images).toEqual(["/upload/t2.png", "/upload/t3.jpg"]);
  });

  it("says no-report-found for a page without a report", () => {
    const result = fromHtml("<html><body><table><tr><td>名称</td><td>某页面</td></tr></table><p>你好</p></body></html>");
    expect(result.success || result.error.code).toBe("no-report-found");
  });
});

describe("fromHtml never throws", () => {
  const fragments = ["<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", '<td rowspan="3">', '<td colspan="7">', "<p>", "<o:p>", "&nbsp;", "规章", "总计", "0", "12", "<!--[if gte mso 9]>", "<![endif]-->", "<img src=x>", "<th>", "一、本年新收政府信息公开申请数量", "行政复议", "<script>", "</script>"];
  it("on random markup", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string()), { maxLength: 80 }), (parts) => {
        const result = fromHtml(parts.join(""));
        expect(typeof result.success).toBe("boolean");
      }),
      { numRuns: 200 },
    );
  });

  it("on deeply nested markup and on non-strings", () => {
    expect(typeof fromHtml("<div>".repeat(20_000)).success).toBe("boolean");
    expect(fromHtml(42 as never).success).toBe(false);
    expect(fromDom({} as never).success).toBe(false);
  });
});

describe("fromDom", () => {
  it("gives the same result as fromHtml on a linkedom document", () => {
    for (const html of [real("shuyang-fgj-2023.html"), renderReportHtml(seed("000"), { word: true }), renderReportHtml(seed("004"))]) {
      const { document } = parseHTML(html);
      const viaDom = ok(fromDom(document as never));
      const viaHtml = ok(fromHtml(html));
      expect(viaDom.data).toEqual(viaHtml.data);
      expect(viaDom.provenance).toEqual(viaHtml.provenance);
    }
  });
});

describe("real published pages", () => {
  it("every keyed HTML document reads to its key with no cell silently wrong", async () => {
    const scores = await scoreAll();
    expect(scores.filter((score) => score.kind === "html").length).toBeGreaterThanOrEqual(2);
    for (const score of scores) expect({ name: score.name, wrong: score.wrong }).toEqual({ name: score.name, wrong: [] });
  });

  it("the shuyang page: year, agency, format, provenance and prose", async () => {
    const key = JSON.parse(readFileSync(new URL("./keys/shuyang-fgj-2023.json", import.meta.url), "utf8")) as Key;
    const result = ok(await readDocument(real("shuyang-fgj-2023.html")));
    const score = scoreResult("shuyang", key, result);
    expect(score.right).toBe(score.cells);
    expect([result.data.year, result.data.agency, result.data.format as Format]).toEqual([2023, "沭阳县发展和改革局", "2021"]);
    expect(result.provenance["/applications/received/naturalPerson"]).toEqual({ kind: "html", table: 2, row: 3, column: 3, text: "26" });
    expect(result.detected.tables.map((table) => table.holds)).toEqual([null, "二", "三", "四"]);
    expect(result.data.text?.overview?.startsWith("2023年")).toBe(true);
  });
});
