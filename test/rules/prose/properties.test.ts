import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/fixtures/index.js";
import { check } from "../../../src/rules/check.js";
import { parseNumber } from "../../../src/rules/prose/numerals.js";

type Slot = { readonly rule: string; readonly value: number };
type Piece = string | Slot;

const DIGITS = "零一二三四五六七八九";

/** 0–9999 in Chinese numerals (十二, 一百零五, 两千 is not produced: 二千 reads the same). */
function chinese(value: number): string {
  if (value < 10) return DIGITS[value] as string;
  const units = ["", "十", "百", "千"];
  const digits = String(value).split("").map(Number);
  let text = "";
  let zero = false;
  digits.forEach((digit, index) => {
    const unit = units[digits.length - 1 - index] as string;
    if (digit === 0) zero = text !== "";
    else {
      if (zero) text += "零";
      zero = false;
      text += (digit === 1 && unit === "十" && text === "" ? "" : DIGITS[digit]) + unit;
    }
  });
  return text;
}

function get(report: unknown, path: string): number {
  return path.split("/").reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], report) as number;
}

/** Section 一 quoting every quantity the prose rules read, taken from the report's own tables. */
function template(report: Record<string, unknown>, format: "2019" | "2021"): Piece[] {
  const a = (path: string) => get(report, `applications/${path}`);
  const sumOf = (...paths: string[]) => paths.reduce((total, path) => total + a(`${path}/total`), 0);
  const r = (group: string, column: string) => get(report, `reviewAndLitigation/${group}/${column}`);
  const l = (column: string) => r("litigationDirect", column) + r("litigationAfterReview", column);
  const other2021 = ["noCorrection", "unpaidFee", "other"].map((key) => `outcomes/otherHandling/${key}`);
  const pieces: Piece[] = [
    "（二）依申请公开。全年新收政府信息公开申请",
    { rule: "text.received", value: a("received/total") },
    "件，上年结转",
    { rule: "text.carried-over", value: a("carriedOver/total") },
    "件，已办结",
    { rule: "text.completed", value: a("outcomes/total/total") },
    "件，结转下年度继续办理",
    { rule: "text.carried-forward", value: a("carriedForward/total") },
    "件。办理结果中，予以公开",
    { rule: "text.outcomes", value: a("outcomes/disclosed/total") },
    "件、部分公开",
    { rule: "text.outcomes", value: a("outcomes/partiallyDisclosed/total") },
    "件、不予公开",
    { rule: "text.outcomes", value: sumOf(...Object.keys((report.applications as { outcomes: { withheld: object } }).outcomes.withheld).map((key) => `outcomes/withheld/${key}`)) },
    "件、无法提供",
    { rule: "text.outcomes", value: sumOf("outcomes/unableToProvide/notHeld", "outcomes/unableToProvide/needsCreation", "outcomes/unableToProvide/stillUnclear") },
    "件、不予处理",
    {
      rule: "text.outcomes",
      value: sumOf(...["complaint", "repeated", "publication", "excessive", "confirmation"].map((key) => `outcomes/notProcessed/${key}`)),
    },
    "件、其他处理",
    { rule: "text.outcomes", value: format === "2021" ? sumOf(...other2021) : a("outcomes/otherHandling/total") },
    "件。\n（三）复议诉讼。因政府信息公开引起行政复议",
    { rule: "text.review", value: r("review", "total") },
    "件，其中结果维持",
    { rule: "text.review", value: r("review", "upheld") },
    "件，结果纠正",
    { rule: "text.review", value: r("review", "corrected") },
    "件，其他结果",
    { rule: "text.review", value: r("review", "other") },
    "件，尚未审结",
    { rule: "text.review", value: r("review", "pending") },
    "件。发生行政诉讼",
    { rule: "text.litigation", value: l("total") },
    "件，其中结果维持",
    { rule: "text.litigation", value: l("upheld") },
    "件，结果纠正",
    { rule: "text.litigation", value: l("corrected") },
    "件，其他结果",
    { rule: "text.litigation", value: l("other") },
    "件，尚未审结",
    { rule: "text.litigation", value: l("pending") },
    "件。\n（四）文件。",
  ];
  const p = (path: string) => get(report, `proactive/${path}`);
  if (format === "2021") {
    pieces.push("本年制发行政规范性文件", { rule: "text.documents", value: p("normativeDocuments/issued") });
    pieces.push("件，废止行政规范性文件", { rule: "text.documents", value: p("normativeDocuments/repealed") });
    pieces.push("件，现行有效行政规范性文件", { rule: "text.documents", value: p("normativeDocuments/inForce") });
    pieces.push("件；制发规章", { rule: "text.documents", value: p("regulations/issued") });
    pieces.push("件，废止规章", { rule: "text.documents", value: p("regulations/repealed") });
    pieces.push("件，现行有效规章", { rule: "text.documents", value: p("regulations/inForce") });
    pieces.push("件。全年收取行政事业性收费", { rule: "text.fees-charged", value: p("fees/amountWanYuan") }, "万元。");
  } else {
    pieces.push("本年制发规范性文件", { rule: "text.documents", value: p("normativeDocuments/made") });
    pieces.push("件，制发规章", { rule: "text.documents", value: p("regulations/made") }, "件。");
  }
  return pieces;
}

function render(pieces: readonly Piece[], chineseAt: (index: number) => boolean, change?: { index: number; delta: number }): string {
  let slot = -1;
  return pieces
    .map((piece) => {
      if (typeof piece === "string") return piece;
      slot += 1;
      if (change && change.index === slot) return String(Number((piece.value + change.delta).toFixed(6)));
      return Number.isInteger(piece.value) && piece.value < 10000 && chineseAt(slot) ? chinese(piece.value) : String(piece.value);
    })
    .join("");
}

const slotsOf = (pieces: readonly Piece[]) => pieces.filter((piece): piece is Slot => typeof piece !== "string");

describe("prose built from a report's own tables", () => {
  it("chinese() writes numerals parseNumber reads back", () => {
    for (let value = 0; value < 10000; value += value < 300 ? 1 : 37) expect(parseNumber(chinese(value))).toBe(value);
  });

  for (const format of ["2019", "2021"] as const) {
    it(`${format}: the template gets no finding; changing one quoted number gives exactly one finding, of its rule`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.nat(), fc.integer({ min: 1, max: 50 }), (seed, styles, pick, delta) => {
          const report = buildReport({ format, seed }) as unknown as Record<string, unknown>;
          const pieces = template(report, format);
          const chineseAt = (index: number) => styles[index] === true;
          const text = render(pieces, chineseAt);
          const good = { ...report, text: { ...(report.text as object), overview: text } };
          expect(check(good)).toEqual([]);

          const slots = slotsOf(pieces);
          const index = pick % slots.length;
          const changed = render(pieces, chineseAt, { index, delta });
          const bad = { ...report, text: { ...(report.text as object), overview: changed } };
          const findings = check(bad);
          expect(findings.map((finding) => finding.ruleId)).toEqual([(slots[index] as Slot).rule]);
          const [finding] = findings;
          expect(finding?.evidence?.quote).toBe(changed.slice(finding?.evidence?.start, finding?.evidence?.end));
          expect(finding?.actual).toBeCloseTo((slots[index] as Slot).value + delta, 6);
          expect(finding?.expected).toBeCloseTo((slots[index] as Slot).value, 6);
        }),
        { numRuns: 150 },
      );
    });
  }
});
