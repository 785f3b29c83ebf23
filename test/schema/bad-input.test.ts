import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/schema/parse.js";
import { check } from "../../src/rules/check.js";
import { Report, Report2021 } from "../../src/schema/report.js";
import { MAX_KEYS } from "../../src/safe.js";
import { expectIssues, issuesOf, loadSeed } from "./helpers.js";

// Every bad input a user can send, with the exact JSON Pointer, printed label
// and message (Chinese by default, English on request). parseReport never throws.

const RECEIVED_NP = "/applications/received/naturalPerson";
const RECEIVED_NP_ZH = "一、本年新收政府信息公开申请数量 · 自然人";
const RECEIVED_NP_EN = "1. New applications received this year — natural persons";

function withReceived(value: unknown) {
  const report = loadSeed("004");
  report.applications.received.naturalPerson = value;
  return report;
}

describe("a bad cell value is located and named", () => {
  const cases: { name: string; value: unknown; code: string; zh: string; en: string }[] = [
    { name: "a string where a number belongs", value: "12", code: "invalid_type", zh: '应为数字，实际为文本 "12"', en: 'must be a number, got string "12"' },
    { name: "-1 in a count", value: -1, code: "too_small", zh: "不能为负数，实际为 -1", en: "must not be negative, got -1" },
    { name: "1.5 in a count", value: 1.5, code: "invalid_type", zh: "应为整数，实际为 1.5", en: "must be a whole number, got 1.5" },
    { name: "NaN", value: Number.NaN, code: "invalid_type", zh: "应为有限数字，实际为 NaN", en: "must be a finite number, got NaN" },
    { name: "Infinity", value: Number.POSITIVE_INFINITY, code: "invalid_type", zh: "应为有限数字，实际为 Infinity", en: "must be a finite number, got Infinity" },
    { name: "-Infinity", value: Number.NEGATIVE_INFINITY, code: "invalid_type", zh: "应为有限数字，实际为 -Infinity", en: "must be a finite number, got -Infinity" },
    { name: "a number beyond the safe integers", value: 2 ** 53, code: "too_big", zh: "应不大于 9007199254740991，实际为 9007199254740992", en: "must be at most 9007199254740991, got 9007199254740992" },
    {
      name: "null in a strict report",
      value: null,
      code: "invalid_type",
      zh: "为空（null）：严格模式要求每格都有数字；按发布稿原样（含空白）的报告请用宽松模式 LenientReport",
      en: "is blank (null): a strict report needs a value here; use the lenient schema (LenientReport) for reports as published",
    },
  ];
  for (const { name, value, code, zh, en } of cases) {
    it(name, () => {
      expectIssues(parseReport(withReceived(value)), [{ code, path: RECEIVED_NP, label: RECEIVED_NP_ZH, message: `${RECEIVED_NP_ZH}：${zh}` }]);
      expectIssues(parseReport(withReceived(value), { lang: "en" }), [
        { code, path: RECEIVED_NP, label: RECEIVED_NP_EN, message: `${RECEIVED_NP_EN}: ${en}` },
      ]);
    });
  }

  it("Infinity in a money cell", () => {
    const report = loadSeed("004");
    report.proactive.fees.amountWanYuan = Number.POSITIVE_INFINITY;
    const label = "第二十条第（八）项 / 行政事业性收费 · 本年收费金额（单位：万元）";
    expectIssues(parseReport(report), [
      { code: "invalid_type", path: "/proactive/fees/amountWanYuan", label, message: `${label}：应为有限数字，实际为 Infinity` },
    ]);
  });

  it("-1 is accepted where the 2019 本年增/减 is signed, and 1.5 is not", () => {
    const report = loadSeed("003");
    report.proactive.licensing.itemsChange = -1;
    expect(parseReport(report, { lenient: true }).success).toBe(true);
    report.proactive.licensing.itemsChange = 1.5;
    const label = "第二十条第（五）项 / 行政许可 · 本年增/减";
    expectIssues(parseReport(report, { lenient: true }), [
      { code: "invalid_type", path: "/proactive/licensing/itemsChange", label, message: `${label}：应为整数，实际为 1.5` },
    ]);
  });

  it("null is accepted in lenient mode", () => {
    expect(parseReport(withReceived(null), { lenient: true }).success).toBe(true);
  });
});

describe("missing parts", () => {
  it("a missing row names the row", () => {
    const report = loadSeed("004");
    delete report.applications.outcomes.withheld.stateSecret;
    const label = "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密";
    expectIssues(parseReport(report), [
      { code: "invalid_type", path: "/applications/outcomes/withheld/stateSecret", label, message: `${label}：缺少此部分` },
    ]);
    const en = "3. Outcomes this year › (3) Withheld › 1. State secret";
    expectIssues(parseReport(report, { lang: "en" }), [
      { code: "invalid_type", path: "/applications/outcomes/withheld/stateSecret", label: en, message: `${en}: missing` },
    ]);
  });

  it("a missing cell names the cell", () => {
    const report = loadSeed("004");
    delete report.reviewAndLitigation.review.total;
    expectIssues(parseReport(report), [
      { code: "invalid_type", path: "/reviewAndLitigation/review/total", label: "行政复议 · 总计", message: "行政复议 · 总计：缺少此项" },
    ]);
    expectIssues(parseReport(report, { lang: "en" }), [
      {
        path: "/reviewAndLitigation/review/total",
        label: "administrative reconsideration — total",
        message: "administrative reconsideration — total: missing value",
      },
    ]);
  });

  it("a missing section names the section", () => {
    const report = loadSeed("004");
    delete report.reviewAndLitigation;
    const label = "四、政府信息公开行政复议、行政诉讼情况";
    expectIssues(parseReport(report), [{ code: "invalid_type", path: "/reviewAndLitigation", label, message: `${label}：缺少此部分` }]);
    const en = "IV. Administrative reconsideration and litigation";
    expectIssues(parseReport(report, { lang: "en" }), [{ code: "invalid_type", path: "/reviewAndLitigation", label: en, message: `${en}: missing` }]);
  });
});

describe("the format", () => {
  it("an unknown format is named with the allowed values", () => {
    const report = loadSeed("004");
    report.format = "2022";
    expectIssues(parseReport(report), [
      { code: "invalid_union", path: "/format", label: "报告格式 format", message: '报告格式 format：应为 "2019" 或 "2021"，实际为 "2022"' },
    ]);
    expectIssues(parseReport(report, { lang: "en" }), [
      { code: "invalid_union", path: "/format", label: "report format", message: 'report format: must be "2019" or "2021", got "2022"' },
    ]);
  });

  it("a missing format", () => {
    const report = loadSeed("004");
    delete report.format;
    expectIssues(parseReport(report, { lang: "en" }), [
      { code: "invalid_union", path: "/format", label: "report format", message: 'report format: must be "2019" or "2021", got undefined' },
    ]);
  });

  it("a 2019 section 二 inside a format 2021 report: the hint says it looks like 2019", () => {
    const report = loadSeed("004");
    report.proactive = loadSeed("003").proactive;
    const result = parseReport(report, { maxIssues: 1000 });
    expect(result.success).toBe(false);
    const unknown = issuesOf(result).filter((issue) => issue.code === "unrecognized_keys");
    expect(unknown.map((issue) => issue.path)).toEqual([
      "/proactive/regulations/made",
      "/proactive/regulations/published",
      "/proactive/regulations/totalPublished",
      "/proactive/normativeDocuments/made",
      "/proactive/normativeDocuments/published",
      "/proactive/normativeDocuments/totalPublished",
      "/proactive/licensing/itemsLastYear",
      "/proactive/licensing/itemsChange",
      "/proactive/penalty/itemsLastYear",
      "/proactive/penalty/itemsChange",
      "/proactive/coercion/itemsLastYear",
      "/proactive/coercion/itemsChange",
      "/proactive/fees/itemsLastYear",
      "/proactive/fees/itemsChange",
      "/proactive/otherServices",
      "/proactive/procurement",
    ]);
    expect(unknown.at(-2)).toEqual({
      code: "unrecognized_keys",
      path: "/proactive/otherServices",
      label: "二、主动公开政府信息情况",
      message:
        '二、主动公开政府信息情况：有未定义的键 "otherServices"（不接受额外的键，以免数据被静默丢弃）（这些键属于 2019 格式：format 是否填错，或应先用 migrate() 转换？）',
    });
    const en = issuesOf(parseReport(report, { lang: "en", maxIssues: 1000 })).find((issue) => issue.path === "/proactive/otherServices");
    expect(en?.message).toBe(
      'II. Proactive disclosure: has unknown key "otherServices" (extra keys are rejected so that no data is dropped silently) (these keys belong to the 2019 format: is "format" wrong, or should the report be migrated first?)',
    );
    // The 2021 cells the 2019 rows lack are named too.
    expect(issuesOf(result).find((issue) => issue.path === "/proactive/fees/amountWanYuan")?.message).toBe(
      "第二十条第（八）项 / 行政事业性收费 · 本年收费金额（单位：万元）：缺少此项",
    );
  });
});

describe("unknown keys are rejected, each with its own JSON Pointer", () => {
  it("at the top and inside a row", () => {
    const report = loadSeed("004");
    report.applications.received.foo = 2;
    report.applications.received["a/b~c"] = 3;
    report.comment = "x";
    expectIssues(parseReport(report), [
      {
        code: "unrecognized_keys",
        path: "/applications/received/foo",
        label: "一、本年新收政府信息公开申请数量",
        message: '一、本年新收政府信息公开申请数量：有未定义的键 "foo"（不接受额外的键，以免数据被静默丢弃）',
      },
      {
        code: "unrecognized_keys",
        path: "/applications/received/a~1b~0c",
        label: "一、本年新收政府信息公开申请数量",
        message: '一、本年新收政府信息公开申请数量：有未定义的键 "a/b~c"（不接受额外的键，以免数据被静默丢弃）',
      },
      {
        code: "unrecognized_keys",
        path: "/comment",
        label: "政府信息公开工作年度报告（2021 格式）",
        message: '政府信息公开工作年度报告（2021 格式）：有未定义的键 "comment"（不接受额外的键，以免数据被静默丢弃）',
      },
    ]);
    expect(issuesOf(parseReport(report, { lang: "en" }))[2]?.message).toBe(
      'Annual report (2021 format): has unknown key "comment" (extra keys are rejected so that no data is dropped silently)',
    );
  });

  it("are rejected in lenient mode too (never stripped)", () => {
    const report = loadSeed("003");
    report.text.note = "x";
    expectIssues(parseReport(report, { lenient: true }), [{ code: "unrecognized_keys", path: "/text/note", label: "文字部分" }]);
  });
});

describe("__proto__ keys from JSON.parse", () => {
  it("are rejected as unknown keys, and nothing is polluted", () => {
    const text = JSON.stringify(loadSeed("004")).replace('"format":"2021",', '"format":"2021","__proto__":{"polluted":true},');
    const report = JSON.parse(text);
    expect(Object.keys(report)).toContain("__proto__");
    expectIssues(parseReport(report), [
      {
        code: "unrecognized_keys",
        path: "/__proto__",
        label: "政府信息公开工作年度报告（2021 格式）",
        message: '政府信息公开工作年度报告（2021 格式）：有未定义的键 "__proto__"（不接受额外的键，以免数据被静默丢弃）',
      },
    ]);
    expect(Report2021.safeParse(report).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("inside a row", () => {
    const report = loadSeed("004");
    report.reviewAndLitigation.review = JSON.parse('{"upheld":30,"corrected":9,"other":3,"pending":1,"total":43,"__proto__":{"polluted":1}}');
    expectIssues(parseReport(report, { lang: "en" }), [
      {
        code: "unrecognized_keys",
        path: "/reviewAndLitigation/review/__proto__",
        label: "administrative reconsideration",
        message: 'administrative reconsideration: has unknown key "__proto__" (extra keys are rejected so that no data is dropped silently)',
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("not a report at all", () => {
  const cases: { input: unknown; zh: string; en: string }[] = [
    { input: null, zh: "输入不是报告：应为对象，实际为 null", en: "The input is not a report: expected an object, got null" },
    { input: [], zh: "输入不是报告：应为对象，实际为 数组 []", en: "The input is not a report: expected an object, got array []" },
    { input: "report", zh: '输入不是报告：应为对象，实际为 文本 "report"', en: 'The input is not a report: expected an object, got string "report"' },
    { input: undefined, zh: "输入不是报告：应为对象，实际为 undefined", en: "The input is not a report: expected an object, got undefined" },
    {
      input: {},
      zh: "输入不是报告：对象中没有报告的任何字段（format、year、agency、proactive、applications、reviewAndLitigation、text）",
      en: "The input is not a report: the object has none of a report's keys (format, year, agency, proactive, applications, reviewAndLitigation, text)",
    },
    {
      input: { tables: {} },
      zh: "输入不是报告：对象中没有报告的任何字段（format、year、agency、proactive、applications、reviewAndLitigation、text）；它像是按印刷标签给出的表格，请先用 fromLabeledTables() 读取",
      en: "The input is not a report: the object has none of a report's keys (format, year, agency, proactive, applications, reviewAndLitigation, text); it looks like labelled tables: read it with fromLabeledTables() first",
    },
  ];
  for (const { input, zh, en } of cases) {
    it(`${JSON.stringify(input) ?? "undefined"} at the top level`, () => {
      for (const lenient of [false, true]) {
        expect(() => parseReport(input, { lenient })).not.toThrow();
        expectIssues(parseReport(input, { lenient }), [{ code: "not-a-report", path: "", label: undefined, message: zh }]);
        expectIssues(parseReport(input, { lenient, lang: "en" }), [{ code: "not-a-report", path: "", label: undefined, message: en }]);
        expect(parseReport(input, { lenient }).error).toMatchObject({ code: "not-a-report", message: zh });
        expect(check(input)).toEqual([{ ruleId: "report.input", severity: "error", paths: [""], message: zh }]);
        expect(check(input, { lang: "en" })[0]?.message).toBe(en);
      }
    });
  }
});

describe("10 MB of junk returns a bounded list", () => {
  const junk: Record<string, string> = { format: "2021" };
  for (let index = 0; index < 250_000; index += 1) junk[`k${index}`] = "x".repeat(30);
  const text = JSON.stringify(junk);

  it("is at least 10 MB", () => {
    expect(text.length).toBeGreaterThan(10_000_000);
  });

  for (const maxIssues of [undefined, 5]) {
    it(`maxIssues ${maxIssues ?? "default (100)"}: an object of 250,000 keys is refused unread, one issue`, () => {
      // More than MAX_KEYS keys: the object is not read at all (naming 250,000 keys one by one took seconds).
      const result = parseReport(JSON.parse(text), maxIssues ? { maxIssues } : {});
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.code).toBe("unreadable-input");
      expect(result.error.message).toContain(String(MAX_KEYS));
    });
  }

  it("9,000 unknown keys (under the limit) are listed up to maxIssues, then counted", () => {
    const under: Record<string, string> = { format: "2021" };
    for (let index = 0; index < 9_000; index += 1) under[`k${index}`] = "x";
    const result = parseReport(under, { maxIssues: 5 });
    expect(issuesOf(result)).toHaveLength(6);
    // 9,000 unknown keys + 5 missing sections/cells (year, agency, proactive, applications, reviewAndLitigation).
    expect(issuesOf(result).at(-1)).toEqual({ code: "too_many_issues", path: "", message: `另有 ${9_005 - 5} 个问题未列出` });
  });

  it("a 10 MB array", () => {
    const array = JSON.parse(JSON.stringify(Array.from({ length: 1_000_000 }, (_, index) => (index % 2 ? "abcdefgh" : { a: 1 }))));
    const result = parseReport(array, { lang: "en" });
    expect(issuesOf(result)).toHaveLength(1);
    expect(issuesOf(result)[0]?.message).toBe('The input is not a report: expected an object, got array [{"a":1},"abcdefgh",{"a":1},"abcdefgh…');
  });
});

describe("direct zod use names the printed labels", () => {
  it("Report2021.safeParse", () => {
    const result = Report2021.safeParse(withReceived(-1));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["applications", "received", "naturalPerson"], `${RECEIVED_NP_ZH}：不能为负数，实际为 -1`],
    ]);
  });

  it("Report2021.safeParse, missing row and unknown key", () => {
    const report = loadSeed("004");
    delete report.applications.carriedOver;
    report.extra = true;
    const result = Report2021.safeParse(report);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["applications", "carriedOver"], "二、上年结转政府信息公开申请数量：缺少此部分"],
      [[], '政府信息公开工作年度报告（2021 格式）：有未定义的键 "extra"（不接受额外的键，以免数据被静默丢弃）'],
    ]);
  });

  it("Report.safeParse of a whole report with an unknown format shows the format, not the report", () => {
    const report = loadSeed("004");
    report.format = "2020";
    expect(Report.safeParse(report).error?.issues.map((issue) => issue.message)).toEqual(['报告格式：应为 "2019" 或 "2021"，实际为 "2020"']);
  });

  it("Report.safeParse with an unknown format", () => {
    const result = Report.safeParse({ format: "2022" });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["format"], '报告格式：应为 "2019" 或 "2021"，实际为 "2022"'],
    ]);
  });
});
