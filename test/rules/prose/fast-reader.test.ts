// The prose reader walks offsets into the section text and slices only the clauses that hold a
// figure or a zero statement; the reader it replaced (./slow/, frozen as it was) split every
// paragraph, sentence and clause into strings. This file proves they read the same: identical
// figures and skipped figures (quantity, value, tolerance, reason, every span) and identical
// findings of the text.* rules, on generated, lenient, mutated, hostile and real reports.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildLenientReport, buildReport } from "../../../src/fixtures/index.js";
import { runReportRules } from "../../../src/rules/check.js";
import { readProse, readSection } from "../../../src/rules/prose/figures.js";
import { isSpace } from "../../../src/rules/prose/sentences.js";
import { rules } from "../../../src/rules/catalogue.js";
import { assessProse, PROSE_RULES } from "../../../src/rules/prose-rules.js";
import type { Rule } from "../../../src/rules/rule.js";
import { setAt } from "../../support/reports.js";
import { SEEDS, seedReport } from "./seed-reports.js";
import { baseReport, SENTENCES } from "./sentences.js";
import { readProse as slowReadProse, readSection as slowReadSection } from "./slow/figures.js";
import { PROSE_RULES as SLOW_PROSE_RULES, assessProse as slowAssessProse } from "./slow/prose-rules.js";

type Json = Record<string, unknown>;
const formatOf = (report: unknown): "2019" | "2021" => ((report as Json | null)?.format === "2019" ? "2019" : "2021");

/** Both readers, both assessments and both rule sets agree on a report (the rules under both blank policies). */
function expectSame(report: unknown): void {
  const format = formatOf(report);
  expect(readProse(report, format)).toEqual(slowReadProse(report, format));
  expect(assessProse(report)).toEqual(slowAssessProse(report));
  expect(runReportRules(PROSE_RULES, report)).toEqual(runReportRules(SLOW_PROSE_RULES, report));
  expect(runReportRules(PROSE_RULES, report, { blanks: "zero", lang: "en" })).toEqual(runReportRules(SLOW_PROSE_RULES, report, { blanks: "zero", lang: "en" }));
}

function withText(report: unknown, text: Partial<Record<"overview" | "problems" | "other", string>>): Json {
  const copy = structuredClone(report) as Json;
  copy.text = { ...((copy.text as Json | undefined) ?? {}), ...text };
  return copy;
}

/** Pieces prose is made of, weighted towards what the reader's patterns look for. */
const WORDS = [
  // quantities and topics
  "全年共收到政府信息公开申请", "新收", "受理", "上年结转", "结转下年度继续办理", "转入下一年度", "办结", "答复", "予以公开", "部分公开", "不予公开",
  "无法提供", "不予处理", "其他处理", "行政复议", "复议", "行政诉讼", "诉讼", "复议后起诉", "直接起诉", "未经复议", "其中", "含", "包括", "共", "合计",
  "维持", "纠正", "纠错", "其他结果", "尚未审结", "审结", "驳回原告诉讼请求", "制发", "废止", "现行有效", "规范性文件", "行政规范性文件", "规章", "规章制度",
  "行政事业性收费", "信息处理费", "依申请", "申请",
  // zero statements
  "未收到", "未发生", "没有", "无", "不存在", "未制发", "因政府信息公开", "任何",
  // units, subordinate units, years, changes, approximations, breakdowns
  "件", "元", "万元", "个", "局", "区教育局", "各部门", "有关部门", "本机关", "我局", "人民政府", "办公室", "镇", "街道", "中心",
  "2023年", "2022年", "上年", "去年", "本年度", "同比", "增长", "较上年", "约", "近", "余", "多", "以上", "左右", "%", "第", "每", "网上", "自然人", "法人",
  // numbers
  "0", "3", "12", "126", "1,234", "1,2345", "1.2", "１２", "三", "十二", "一百零五", "两千", "三万", "1.2万", "零",
  // punctuation and space
  "，", ",", "。", "；", ";", "！", "?", "？", "、", "（", "）", "(", ")", "”", "’", "\"", "-", "～", "至", "：",
  " ", "  ", "\u3000", "\u00a0", "\t", "\n", "\r\n", "\r", "\n\n",
  // filler
  "政务公开", "主动公开", "工作", "情况", "的", "了",
] as const;

const prose = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((words) => words.join(""));
/** Random characters, CJK and otherwise, with the figure units and digits among them. */
const noise = fc.string({ unit: fc.constantFrom(..."件元未无没不存在一二三0123456789，,。；\n\r \u3000收申请复议诉讼局年上同比约、%第"), maxLength: 60 });

/** Rewrites every run of ASCII digits with `next` (a number changed by a mutation). */
function renumber(text: string, next: () => number): string {
  return text.replace(/\d+/g, () => String(next()));
}

function shuffled<Item>(items: readonly Item[], keys: readonly number[]): Item[] {
  return items.map((item, index) => ({ item, key: keys[index % Math.max(1, keys.length)] ?? 0 })).sort((a, b) => a.key - b.key).map((entry) => entry.item);
}

const CONTEXT = { format: "2021", year: 2023, agency: "青川市人民政府" } as const;

describe("the prose reader reads exactly what the slow reader read", () => {
  it("the rule records are unchanged: ids, titles, relations, rationales, messages, cells (labels now read from the layout)", () => {
    // The catalogue joins each runnable rule with its documentation (src/rules/docs): compare the joined records.
    const record = ({ run: _run, ...rest }: Rule) => rest;
    const documented = PROSE_RULES.map((rule) => rules.find((entry) => entry.id === rule.id) as Rule);
    expect(documented.map(record)).toEqual(SLOW_PROSE_RULES.map(record));
  });

  it("isSpace is the RegExp \\s class on every UTF-16 code unit", () => {
    for (let code = 0; code <= 0xffff; code += 1) expect(isSpace(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });

  it.each(SEEDS)("seed %s", (seed) => {
    expectSame(seedReport(seed));
  });

  it("the example reports", () => {
    const folder = join(import.meta.dirname, "../../../examples/reports");
    const files = readdirSync(folder).filter((name) => name.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expectSame(JSON.parse(readFileSync(join(folder, file), "utf8")));
  });

  it("the hand-written sentences, each alone and all in one section", () => {
    for (const format of ["2019", "2021"] as const) {
      const base = baseReport(format);
      for (const entry of SENTENCES) {
        const report = structuredClone(base);
        setAt(report, ["text", "overview"], entry.text);
        expectSame(report);
      }
      expectSame(withText(base, { overview: SENTENCES.map((entry) => entry.text).join("\n"), other: SENTENCES.map((entry) => entry.text).join("") }));
    }
  });

  it("figures at a sentence's very end, with and without years, previous years and units before them", () => {
    // Each figure tests the sentence up to its own end; these end the sentence (and the section) with the figure.
    const texts = [
      "全年共收到政府信息公开申请12件",
      "全年共收到政府信息公开申请两千元",
      "2023年共收到政府信息公开申请12件",
      "2022年共收到政府信息公开申请12件",
      "上年共收到政府信息公开申请12件",
      "上年结转申请2件，全年共收到政府信息公开申请12件",
      "区教育局收到政府信息公开申请12件",
      "本机关收到政府信息公开申请12件，区教育局办结3件",
      "收到申请12件，办结10件，区教育局中心5件",
    ];
    for (const format of ["2019", "2021"] as const)
      for (const text of texts) for (const ending of ["", "。", "\n"]) expectSame(withText(baseReport(format), { overview: text + ending, other: `${text}，${text}` }));
  });

  it("years of every kind against years printed in the prose", () => {
    // The other-year test is one pattern per report year: integer years print as four digits (0005), others never match.
    const year = fc.oneof(fc.integer({ min: -5, max: 10_005 }), fc.constantFrom(2023, 2022, 5, 0, -0, 2023.5, 1e5, Number.NaN, Number.POSITIVE_INFINITY), fc.double());
    const printed = fc.constantFrom("2023年", "2022 年", "0005年", "0000年", "20232022年", "12023年", "上年", "去年", "本年", "上年结转", "");
    fc.assert(
      fc.property(year, printed, printed, prose, (reportYear, first, second, words) => {
        const text = `${first}收到申请12件，${second}办结3件。${words}${first}未收到行政复议。`;
        const context = { format: "2021", year: reportYear } as const;
        const slow = slowReadSection(text, "overview", context);
        expect(readSection(text, "overview", context)).toEqual({ figures: slow.figures, skipped: slow.skipped });
      }),
      { numRuns: 400 },
    );
  });

  it("generated and lenient reports, as built and with their numbers changed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom("2019", "2021"), fc.boolean(), fc.array(fc.nat(2000), { minLength: 1, maxLength: 20 }), (seed, format, lenient, numbers) => {
        const report = lenient ? buildLenientReport({ format, seed }) : buildReport({ format, seed });
        expectSame(report);
        const text = (report as { text?: Record<string, string> }).text ?? {};
        let index = 0;
        const next = () => numbers[index++ % numbers.length] as number;
        expectSame(withText(report, { overview: renumber(text.overview ?? "", next), problems: renumber(text.problems ?? "", next) }));
      }),
      { numRuns: 150 },
    );
  });

  it("generated reports with sentences shuffled and words, digits and units inserted", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom("2019", "2021"), fc.array(fc.double({ noNaN: true }), { maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.oneof(prose, noise)), { maxLength: 6 }), (seed, format, keys, inserts) => {
        const report = buildReport({ format, seed });
        const overview = (report as { text: { overview: string } }).text.overview;
        let text = shuffled(overview.split(/(?<=[。；\n])/), keys).join("");
        for (const [at, insert] of inserts) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + insert + text.slice(position);
        }
        expectSame(withText(report, { overview: text, other: inserts.map(([, insert]) => insert).join("") }));
      }),
      { numRuns: 200 },
    );
  });

  it("prose made of the patterns' own words, against the hand-written tables", () => {
    fc.assert(
      fc.property(fc.constantFrom("2019", "2021"), prose, prose, noise, fc.option(fc.string({ maxLength: 12 }), { nil: undefined }), (format, overview, problems, other, agency) => {
        const report = withText(baseReport(format), { overview, problems, other });
        if (agency !== undefined) report.agency = agency;
        expectSame(report);
      }),
      { numRuns: 400 },
    );
  });

  it("sentences at and over the length and figure limits, and sections over the length limit", () => {
    fc.assert(
      fc.property(prose, fc.integer({ min: 960, max: 1040 }), fc.integer({ min: 35, max: 45 }), fc.constantFrom("x", " ", "件", "，", "\u3000"), (words, length, units, pad) => {
        const long = (words + pad.repeat(Math.max(0, length - words.length))).slice(0, length);
        const many = `收到申请${"5件、".repeat(units)}`;
        for (const text of [long, `${long}。${words}`, many, `${many}。${words}`, `${words}\n${long}`]) {
          const slow = slowReadSection(text, "overview", CONTEXT);
          expect(readSection(text, "overview", CONTEXT)).toEqual({ figures: slow.figures, skipped: slow.skipped });
        }
      }),
      { numRuns: 100 },
    );
    const huge = `${"收到申请5件，".repeat(14_000)}。上年结转3件。`;
    expect(readProse({ format: "2021", text: { overview: huge } })).toEqual(slowReadProse({ format: "2021", text: { overview: huge } }));
  });

  it("topics named before a figure across sentences left unread (too long, too many units) and clauses without figures", () => {
    // The fast reader takes a topic only when a figure follows: these put topic words, sentences
    // over the limits and figures that inherit a topic (其中维持 2 件) in every order.
    const pieces = fc.constantFrom(
      "行政复议", "行政诉讼", "收到申请", "规章", "制度", "规范性文件", "其中维持2件", "其中予以公开3件", "纠正1件", "办结4件", "未收到行政复议",
      "不存在", "不存", "在", "。", "，", ",", "；", "！”", "？’", "\n", "\r\n", " ", "\u3000",
    );
    const long = (pad: string, length: number) => pad.repeat(Math.ceil(length / pad.length)).slice(0, length);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.tuple(fc.constantFrom("x", "文", "件", "无", " "), fc.integer({ min: 990, max: 1010 })).map(([pad, length]) => long(pad, length))), { maxLength: 14 }),
        (parts) => {
          const text = parts.join("");
          const slow = slowReadSection(text, "overview", CONTEXT);
          expect(readSection(text, "overview", CONTEXT)).toEqual({ figures: slow.figures, skipped: slow.skipped });
        },
      ),
      { numRuns: 300 },
    );
  });
});
