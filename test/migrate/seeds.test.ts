// The seed reports migrated across formats, with the ledgers formats.md §10 predicts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { APPLICANT_KEYS } from "../../src/layout/labels.js";
import { LOSS_REASON_CODES, type Loss, type LossReason, migrate } from "../../src/migrate/index.js";
import { check } from "../../src/rules/check.js";
import type { LenientReport2019, LenientReport2021 } from "../../src/schema/report.js";
import { deepFreeze } from "./arbitraries.js";

const seed = <Report>(id: string): Report =>
  deepFreeze(JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/seeds", `${id}.json`), "utf8")) as Report);

const OH = "/applications/outcomes/otherHandling";

/** The ledger formats.md §10 predicts for any 2019 → 2021 migration: reason → [pointer, target?]. */
const TO_2021: Record<LossReason, readonly (readonly [string, string?])[]> = {
  "renamed-scope": [
    ["/proactive/regulations/made", "/proactive/regulations/issued"],
    ["/proactive/normativeDocuments/made", "/proactive/normativeDocuments/issued"],
    ["/proactive/licensing/decisions", "/proactive/licensing/decisions"],
    ["/proactive/penalty/decisions", "/proactive/penalty/decisions"],
    ["/proactive/coercion/decisions", "/proactive/coercion/decisions"],
  ],
  dropped: [
    ["/proactive/regulations/published"],
    ["/proactive/normativeDocuments/published"],
    ["/proactive/licensing/itemsLastYear"],
    ["/proactive/licensing/itemsChange"],
    ["/proactive/otherServices/itemsLastYear"],
    ["/proactive/otherServices/itemsChange"],
    ["/proactive/otherServices/decisions"],
    ["/proactive/penalty/itemsLastYear"],
    ["/proactive/penalty/itemsChange"],
    ["/proactive/coercion/itemsLastYear"],
    ["/proactive/coercion/itemsChange"],
    ["/proactive/procurement/projects"],
    ["/proactive/procurement/amount"],
  ],
  rescoped: [["/proactive/regulations/totalPublished"], ["/proactive/normativeDocuments/totalPublished"]],
  "measure-replaced": [["/proactive/fees/itemsLastYear"], ["/proactive/fees/itemsChange"]],
  merged: [],
  "assumed-split": APPLICANT_KEYS.flatMap((key) =>
    ["noCorrection", "unpaidFee", "other"].map((row) => [`${OH}/${key}`, `${OH}/${row}/${key}`] as const),
  ),
  "no-source": [
    ["/proactive/regulations/repealed", "/proactive/regulations/repealed"],
    ["/proactive/regulations/inForce", "/proactive/regulations/inForce"],
    ["/proactive/normativeDocuments/repealed", "/proactive/normativeDocuments/repealed"],
    ["/proactive/normativeDocuments/inForce", "/proactive/normativeDocuments/inForce"],
    ["/proactive/fees/amountWanYuan", "/proactive/fees/amountWanYuan"],
  ],
  "requirement-absent": [["/text/other", "/text/other"]],
};

/** The ledger predicted for any 2021 → 2019 migration. */
const TO_2019: Record<LossReason, readonly (readonly [string, string?])[]> = {
  "renamed-scope": [
    ["/proactive/regulations/issued", "/proactive/regulations/made"],
    ["/proactive/normativeDocuments/issued", "/proactive/normativeDocuments/made"],
    ["/proactive/licensing/decisions", "/proactive/licensing/decisions"],
    ["/proactive/penalty/decisions", "/proactive/penalty/decisions"],
    ["/proactive/coercion/decisions", "/proactive/coercion/decisions"],
  ],
  dropped: [["/proactive/regulations/repealed"], ["/proactive/normativeDocuments/repealed"]],
  rescoped: [["/proactive/regulations/inForce"], ["/proactive/normativeDocuments/inForce"]],
  "measure-replaced": [["/proactive/fees/amountWanYuan"]],
  merged: ["noCorrection", "unpaidFee", "other"].flatMap((row) => APPLICANT_KEYS.map((key) => [`${OH}/${row}/${key}`, `${OH}/${key}`] as const)),
  "assumed-split": [],
  "no-source": [
    "/proactive/regulations/published",
    "/proactive/regulations/totalPublished",
    "/proactive/normativeDocuments/published",
    "/proactive/normativeDocuments/totalPublished",
    "/proactive/licensing/itemsLastYear",
    "/proactive/licensing/itemsChange",
    "/proactive/otherServices/itemsLastYear",
    "/proactive/otherServices/itemsChange",
    "/proactive/otherServices/decisions",
    "/proactive/penalty/itemsLastYear",
    "/proactive/penalty/itemsChange",
    "/proactive/coercion/itemsLastYear",
    "/proactive/coercion/itemsChange",
    "/proactive/fees/itemsLastYear",
    "/proactive/fees/itemsChange",
    "/proactive/procurement/projects",
    "/proactive/procurement/amount",
  ].map((pointer) => [pointer, pointer] as const),
  "requirement-absent": [],
};

const key = (pointer: string, target?: string) => `${pointer} → ${target ?? "∅"}`;

function expectLedger(losses: readonly Loss[], expected: Record<LossReason, readonly (readonly [string, string?])[]>) {
  for (const reason of LOSS_REASON_CODES) {
    const actual = losses.filter((loss) => loss.reason === reason).map((loss) => key(loss.pointer, loss.target));
    expect(actual.sort(), reason).toEqual(expected[reason].map(([pointer, target]) => key(pointer, target)).sort());
  }
}

function countsByReason(losses: readonly Loss[]) {
  const counts: Partial<Record<LossReason, number>> = {};
  for (const loss of losses) counts[loss.reason] = (counts[loss.reason] ?? 0) + 1;
  return counts;
}

const find = (losses: readonly Loss[], pointer: string, target?: string) =>
  losses.find((loss) => loss.pointer === pointer && (target === undefined || loss.target === target));

describe.each(["000", "002", "003"])("seed %s (2019 format) → 2021", (id) => {
  const source = seed<LenientReport2019>(id);
  const result = migrate(source, "2021");
  if (!result.success) throw new Error(result.error.message);
  const { data: report, losses } = result;

  it("has the ledger of formats.md §10, cell by cell", () => {
    expectLedger(losses, TO_2021);
    expect(countsByReason(losses)).toEqual({
      "renamed-scope": 5,
      dropped: 13,
      rescoped: 2,
      "measure-replaced": 2,
      "assumed-split": 21,
      "no-source": 5,
      "requirement-absent": 1,
    });
  });

  it("records each source value, zeros and blanks included", () => {
    for (const loss of losses.filter((entry) => entry.reason === "dropped")) {
      const keys = loss.pointer.split("/").slice(1);
      const value = keys.reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], source);
      expect(loss.value, loss.pointer).toEqual(value);
    }
  });

  it("copies 三 and 四, blanks what has no source, and names labels in both languages", () => {
    expect(report.applications.received).toEqual(source.applications.received);
    expect(report.applications.outcomes.total).toEqual(source.applications.outcomes.total);
    expect(report.reviewAndLitigation).toEqual(source.reviewAndLitigation);
    expect(report.proactive.regulations).toEqual({ issued: source.proactive.regulations.made, repealed: null, inForce: null });
    expect(report.proactive.fees.amountWanYuan).toBeNull();
    expect(report.text).toEqual(source.text);
    const repealed = find(losses, "/proactive/regulations/repealed");
    expect(repealed?.message.zh).toContain("「第二十条第（一）项 / 规章 · 本年废止件数」");
    expect(repealed?.message.en).toContain("repealed this year");
  });

  it("puts （六）其他处理 under 3.其他, with 1 and 2 at 0 (or blank when the source is blank)", () => {
    const before = source.applications.outcomes.otherHandling;
    const after = report.applications.outcomes.otherHandling;
    for (const column of APPLICANT_KEYS) {
      const value = before[column];
      expect([after.noCorrection[column], after.unpaidFee[column], after.other[column]], column).toEqual(
        value === null ? [null, null, null] : [0, 0, value],
      );
    }
  });
});

describe("seed-specific values", () => {
  it("000: 政府集中采购 26.22 万元 and 行政强制 本年增/减 −38 are in the ledger", () => {
    const result = migrate(seed("000"), "2021");
    if (!result.success) throw new Error("invalid");
    expect(find(result.losses, "/proactive/procurement/amount")?.value).toEqual({ value: 26.22, unit: "万元" });
    expect(find(result.losses, "/proactive/procurement/amount")?.message.zh).toContain("26.22 万元");
    expect(find(result.losses, "/proactive/coercion/itemsChange")?.value).toBe(-38);
    expect(find(result.losses, "/proactive/coercion/decisions")).toMatchObject({ reason: "renamed-scope", value: 28, target: "/proactive/coercion/decisions" });
    expect(result.data.proactive.coercion.decisions).toBe(28);
  });

  it("002: the blank （六） applicant cells stay blank in all three sub-rows; its 0 总计 becomes 0/0/0", () => {
    const result = migrate(seed("002"), "2021");
    if (!result.success) throw new Error("invalid");
    const other = result.data.applications.outcomes.otherHandling;
    expect(other.other.naturalPerson).toBeNull();
    expect(other.noCorrection.naturalPerson).toBeNull();
    expect([other.noCorrection.total, other.unpaidFee.total, other.other.total]).toEqual([0, 0, 0]);
    expect(find(result.losses, `${OH}/naturalPerson`, `${OH}/other/naturalPerson`)?.value).toBeNull();
  });

  it("003: （六） 5 goes to 3.其他 and the 35 ≠ 35 + 8 imbalance is still reported", () => {
    const source = seed<LenientReport2019>("003");
    const result = migrate(source, "2021");
    if (!result.success) throw new Error("invalid");
    expect(result.data.applications.outcomes.otherHandling.other.naturalPerson).toBe(5);
    expect(find(result.losses, `${OH}/naturalPerson`, `${OH}/other/naturalPerson`)).toMatchObject({ reason: "assumed-split", value: 5 });
    expect(find(result.losses, `${OH}/naturalPerson`, `${OH}/unpaidFee/naturalPerson`)?.message.zh).toContain("填 0");
    const balance = (report: unknown) =>
      check(report)
        .filter((finding) => finding.ruleId === "t3.balance" && finding.paths.some((path) => path.endsWith("/naturalPerson")))
        .map((finding) => [finding.expected, finding.actual, finding.assessable]);
    expect(balance(result.data)).toEqual(balance(source));
    expect(balance(result.data)).not.toEqual([]);
  });
});

describe("seed 004 (2021 format) → 2019", () => {
  const source = seed<LenientReport2021>("004");
  const result = migrate(source, "2019");
  if (!result.success) throw new Error(result.error.message);
  const { data: report, losses } = result;

  it("has the ledger of formats.md §10, cell by cell", () => {
    expectLedger(losses, TO_2019);
    expect(countsByReason(losses)).toEqual({ "renamed-scope": 5, dropped: 2, rescoped: 2, "measure-replaced": 1, merged: 21, "no-source": 17 });
  });

  it("merges （六） 1 + 8 + 7 = 16 and still passes every t3/t4 rule", () => {
    expect(report.applications.outcomes.otherHandling.naturalPerson).toBe(16);
    expect(report.applications.outcomes.otherHandling.total).toBe(16);
    expect(find(losses, `${OH}/unpaidFee/naturalPerson`)).toMatchObject({ reason: "merged", value: 8, target: `${OH}/naturalPerson` });
    expect(check(source).filter((finding) => /^t[34]\./.test(finding.ruleId))).toEqual([]);
    expect(check(report).filter((finding) => /^t[34]\./.test(finding.ruleId))).toEqual([]);
  });

  it("does not carry 现行有效件数 17, 本年废止件数 2 or 本年收费金额 323.479 万元, and blanks what 2021 lacks", () => {
    expect(find(losses, "/proactive/normativeDocuments/inForce")).toMatchObject({ reason: "rescoped", value: 17 });
    expect(find(losses, "/proactive/normativeDocuments/repealed")).toMatchObject({ reason: "dropped", value: 2 });
    expect(find(losses, "/proactive/fees/amountWanYuan")).toMatchObject({ reason: "measure-replaced", value: 323.479 });
    expect(report.proactive.normativeDocuments).toEqual({ made: 6, published: null, totalPublished: null });
    expect(report.proactive.procurement).toEqual({ projects: null, amount: null });
    expect(report.proactive.fees).toEqual({ itemsLastYear: null, itemsChange: null });
  });

  it("keeps section 六 (with its 信息处理费 statement) as text", () => {
    expect(report.text).toEqual(source.text);
    expect(report.text?.other).toContain("信息处理费");
  });
});

describe("invalid input and options", () => {
  it("returns issues, never throws, for anything LenientReport rejects", () => {
    for (const input of [null, 42, "report", {}, { format: "2022" }, { ...seed<object>("004"), format: "2019" }]) {
      const result = migrate(input, "2021");
      expect(result.success).toBe(false);
      if (!result.success) {
        expect("losses" in result).toBe(false);
        expect(result.error.issues.length).toBeGreaterThan(0);
        expect(result.error.code).toBe(input === null || typeof input !== "object" || Object.keys(input).length === 0 ? "not-a-report" : "invalid-report");
      }
    }
    const result = migrate({ format: "2022" }, "2019", { lang: "en" });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toContain("/format");
  });

  it("throws a TypeError for an unknown target format (a programming error)", () => {
    expect(() => migrate(seed("004"), "2020" as "2021")).toThrow(new TypeError('zfxxgk: migrate: option "to" must be "2019" | "2021"; got "2020"'));
    expect(() => migrate(seed("004"), "2021", { lang: "fr" as "en" })).toThrow(/option "lang" must be "zh" \| "en"; got "fr"/);
  });
});
