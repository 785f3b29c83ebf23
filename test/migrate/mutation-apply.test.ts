// Behaviour of migration's apply step that mutation testing found unasserted (issue 10):
// the ledger's entries and messages, the output's shape and key order, sums and splits.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { APPLICANT_KEYS } from "../../src/layout/labels.js";
import { type Loss, migrate } from "../../src/migrate/index.js";
import type { LenientReport2019, LenientReport2021 } from "../../src/schema/report.js";
import { setAt } from "../support/reports.js";
import { deepFreeze } from "./arbitraries.js";

const seed = <Report>(id: string): Report =>
  JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/seeds", `${id}.json`), "utf8")) as Report;

const OH = "/applications/outcomes/otherHandling";

function migrated<Report>(source: unknown, to: "2019" | "2021"): { data: Report; losses: readonly Loss[] } {
  const result = migrate(source, to);
  if (!result.success) throw new Error(result.error.message);
  return { data: result.data as Report, losses: result.losses };
}

const lossAt = (losses: readonly Loss[], pointer: string, target?: string) => {
  const found = losses.filter((loss) => loss.pointer === pointer && (target === undefined || loss.target === target));
  expect(found, `${pointer} → ${target}`).toHaveLength(1);
  return found[0] as Loss;
};

describe("the ledger's messages name both labels, the formats and the value", () => {
  // Migrated inside each test, not while the file is collected: Stryker's per-test coverage only
  // runs a test against a mutant the test itself executes.
  const to2021 = () => migrated<LenientReport2021>(seed("000"), "2021").losses;
  const to2019 = () => migrated<LenientReport2019>(seed("004"), "2019").losses;

  it("renamed-scope: copied as the value, near-exact", () => {
    const loss = lossAt(to2021(), "/proactive/coercion/decisions");
    expect(loss).toMatchObject({ reason: "renamed-scope", value: 28, target: "/proactive/coercion/decisions" });
    expect(loss.message.zh).toMatch(/^「第二十条第（[^）]+）项 \/ 行政强制 · [^」]+」（2019 格式）按原值 28 填入 「第二十条第（[^）]+）项 \/ 行政强制 · [^」]+」（2021 格式），口径相近但不完全相同：\S/);
    expect(loss.message.en).toMatch(/^“Article 20 item \(\d+\) › [^”]+” \(2019 format\) copied as 28 to “Article 20 item \(\d+\) › [^”]+” \(2021 format\); near-exact, not identical: \S/);
  });

  it("dropped: the source label, no target, the value not carried", () => {
    const loss = lossAt(to2019(), "/proactive/regulations/repealed");
    expect(loss).toMatchObject({ value: seed<LenientReport2021>("004").proactive.regulations.repealed, reason: "dropped" });
    expect(loss.target).toBeUndefined();
    expect("target" in loss).toBe(false);
    expect(loss.message.zh).toMatch(/^「第二十条第（一）项 \/ 规章 · 本年废止件数」（2021 格式）在 2019 格式中没有对应单元格，值 \S+ 未转入：\S/);
    expect(loss.message.en).toMatch(/^“Article 20 item \(1\) › rules \(规章\) — repealed this year” \(2021 format\) has no cell in the 2019 format; its value \S+ is not carried: \S/);
  });

  it("rescoped and measure-replaced: name every counterpart, joined per language", () => {
    const loss = lossAt(to2019(), "/proactive/fees/amountWanYuan");
    expect(loss.message.zh).toContain(
      "（2021 格式）值 323.479 未转入：与 2019 格式的 「第二十条第（八）项 / 行政事业性收费 · 上一年项目数量」、「第二十条第（八）项 / 行政事业性收费 · 本年增/减」 口径不同，不能照抄，后者留空：",
    );
    expect(loss.message.en).toContain(
      "(2021 format) value 323.479 is not carried: “Article 20 item (8) › administrative fees — items last year”, “Article 20 item (8) › administrative fees — change this year” in the 2019 format measures something else, so it is left blank: ",
    );
    const rescoped = lossAt(to2021(), "/proactive/regulations/totalPublished");
    expect(rescoped.reason).toBe("rescoped");
    expect(rescoped.message.zh).toContain("与 2021 格式的 「第二十条第（一）项 / 规章 · 现行有效件数」 口径不同");
    expect(rescoped.message.en).toContain("“Article 20 item (1) › rules (规章) — currently in force” in the 2021 format measures something else");
  });

  it("merged: the value goes into the sum of the three sub-rows", () => {
    const loss = lossAt(to2019(), `${OH}/unpaidFee/naturalPerson`);
    expect(loss).toMatchObject({ reason: "merged", value: 8, target: `${OH}/naturalPerson` });
    expect(loss.message.zh).toMatch(/（2021 格式）值 8 并入 「三、本年度办理结果 \/ （六）其他处理 · 自然人」（2019 格式，三个分项之和）：\S/);
    expect(loss.message.en).toMatch(/\(2021 format\) value 8 merged into “3\. Outcomes this year › \(6\) Other handling — natural persons” \(2019 format, the sum of the three sub-rows\): \S/);
  });

  it("assumed-split: names what the target received and the source's value", () => {
    const source = seed<LenientReport2019>("003");
    const value = source.applications.outcomes.otherHandling.naturalPerson;
    expect(typeof value === "number" && value > 0).toBe(true);
    const losses = migrated<LenientReport2021>(source, "2021").losses;
    const zero = lossAt(losses, `${OH}/naturalPerson`, `${OH}/noCorrection/naturalPerson`);
    expect(zero.message.zh).toMatch(new RegExp(`（2021 格式）填 0，是由 「三、本年度办理结果 / （六）其他处理 · 自然人」（2019 格式，值 ${value}）假定拆分所得，并非原报告数据：\\S`));
    expect(zero.message.en).toMatch(
      new RegExp(`\\(2021 format\\) set to 0 by an assumed split of “3\\. Outcomes this year › \\(6\\) Other handling — natural persons” \\(2019 format, value ${value}\\); not reported data: \\S`),
    );
    const all = lossAt(losses, `${OH}/naturalPerson`, `${OH}/other/naturalPerson`);
    expect(all.message.zh).toContain(`（2021 格式）填 ${value}，是由`);
    expect(all.message.en).toContain(`(2021 format) set to ${value} by an assumed split`);
  });

  it("no-source: the target's label, left null", () => {
    const loss = lossAt(to2019(), "/proactive/procurement/amount");
    expect(loss).toMatchObject({ reason: "no-source", value: null, target: "/proactive/procurement/amount" });
    expect(loss.message.zh).toMatch(/^「第二十条第（九）项 \/ 政府集中采购 · 采购总金额」（2019 格式）在 2021 格式中没有来源，留空（null），不编造数字：\S/);
    expect(loss.message.en).toMatch(/\(2019 format\) has no source in the 2021 format, so it is left null; no number is invented: \S/);
  });

  it("a blank value is shown as 空白 / blank, an amount with its unit", () => {
    const source = seed<LenientReport2019>("000");
    setAt(source as unknown as Record<string, unknown>, ["proactive", "regulations", "published"], null);
    const losses = migrated<LenientReport2021>(source, "2021").losses;
    const blank = lossAt(losses, "/proactive/regulations/published");
    expect(blank.value).toBeNull();
    expect(blank.message.zh).toContain("值 空白 未转入");
    expect(blank.message.en).toContain("its value blank is not carried");
    const amount = lossAt(losses, "/proactive/procurement/amount");
    expect(amount.message.zh).toContain("值 26.22 万元 未转入");
    expect(amount.message.en).toContain("its value 26.22 万元 is not carried");
  });
});

describe("a requirement-absent entry", () => {
  it("is the output cell with a null value, never the source text", () => {
    const source = seed<LenientReport2019>("000");
    const other = source.text?.other;
    expect(typeof other === "string" && other.length > 0).toBe(true);
    const { data, losses } = migrated<LenientReport2021>(source, "2021");
    const entries = losses.filter((loss) => loss.reason === "requirement-absent");
    expect(entries).toEqual([
      {
        pointer: "/text/other",
        target: "/text/other",
        value: null,
        reason: "requirement-absent",
        message: { zh: expect.stringMatching(/^「六、其他需要报告的事项」（2021 格式）：\S/), en: expect.stringMatching(/^“VI\. Other matters to report” \(2021 format\): \S/) },
      },
    ]);
    expect(JSON.stringify(entries)).not.toContain(JSON.stringify(other).slice(1, -1));
    // The text itself is carried unchanged.
    expect(data.text?.other).toBe(other);
  });
});

describe("the output", () => {
  it("has the schema's key order, with text only when the source has it", () => {
    const withText = migrated<LenientReport2021>(seed("000"), "2021").data;
    expect(Object.keys(withText)).toEqual(["format", "year", "agency", "proactive", "applications", "reviewAndLitigation", "text"]);
    const source = seed<Record<string, unknown>>("004");
    delete source.text;
    const withoutText = migrated<LenientReport2019>(source, "2019");
    expect(Object.keys(withoutText.data)).toEqual(["format", "year", "agency", "proactive", "applications", "reviewAndLitigation"]);
    // No prose, so no prose entry in the ledger.
    expect(withoutText.losses.some((loss) => loss.pointer.startsWith("/text"))).toBe(false);
  });

  it("keeps an absent optional section absent and copies the present ones", () => {
    const source = seed<Record<string, unknown>>("000");
    const text = source.text as Record<string, unknown>;
    delete text.problems;
    const { data } = migrated<LenientReport2021>(source, "2021");
    expect(data.text).toEqual({ overview: text.overview, other: text.other });
    expect(data.text && Object.hasOwn(data.text, "problems")).toBe(false);
  });

  it("writes every table cell of the target, null where there is no source", () => {
    const { data } = migrated<LenientReport2019>(seed("004"), "2019");
    expect(data.proactive.procurement).toEqual({ projects: null, amount: null });
    expect(data.format).toBe("2019");
    expect(data.year).toBe(seed<LenientReport2021>("004").year);
    expect(data.agency).toBe(seed<LenientReport2021>("004").agency);
  });

  it("is not changed by a later migration, and a change to it does not reach the next one", () => {
    const first = migrated<LenientReport2021>(seed("000"), "2021").data;
    const snapshot = structuredClone(first);
    const second = migrated<LenientReport2021>(seed("003"), "2021").data;
    expect(first).toEqual(snapshot);
    expect(second.proactive).not.toBe(first.proactive);
    expect(second.applications.outcomes).not.toBe(first.applications.outcomes);
    first.proactive.regulations.inForce = 99;
    expect(migrated<LenientReport2021>(seed("003"), "2021").data.proactive.regulations.inForce).toBeNull();
  });

  it("never shares objects with the input or the ledger", () => {
    const source = deepFreeze(seed<LenientReport2019>("000"));
    const { data, losses } = migrated<LenientReport2021>(source, "2021");
    const amount = lossAt(losses, "/proactive/procurement/amount");
    expect(amount.value).toEqual(source.proactive.procurement.amount);
    expect(amount.value).not.toBe(source.proactive.procurement.amount);
    expect(Object.isFrozen(amount.value)).toBe(false);
    expect(data.applications.received).not.toBe(source.applications.received);
  });
});

describe("sums and splits of （六）其他处理", () => {
  it("2021 → 2019 adds the three sub-rows per column; a blank part makes the sum blank", () => {
    const source = seed<LenientReport2021>("004");
    const rows = source.applications.outcomes.otherHandling;
    setAt(source as unknown as Record<string, unknown>, ["applications", "outcomes", "otherHandling", "unpaidFee", "commercialEnterprise"], null);
    const { data, losses } = migrated<LenientReport2019>(source, "2019");
    for (const key of APPLICANT_KEYS) {
      const parts = [rows.noCorrection[key], rows.unpaidFee[key], rows.other[key]];
      const expected = parts.some((part) => part === null) ? null : parts.reduce<number>((total, part) => total + (part as number), 0);
      expect(data.applications.outcomes.otherHandling[key], key).toBe(expected);
    }
    expect(data.applications.outcomes.otherHandling.commercialEnterprise).toBeNull();
    const blankPart = lossAt(losses, `${OH}/unpaidFee/commercialEnterprise`);
    expect(blankPart).toMatchObject({ reason: "merged", value: null, target: `${OH}/commercialEnterprise` });
    expect(blankPart.message.zh).toContain("值 空白 并入");
  });

  it("2019 → 2021 puts the whole value in 3.其他 and 0 in 1 and 2, or blanks all three", () => {
    const source = seed<LenientReport2019>("003");
    setAt(source as unknown as Record<string, unknown>, ["applications", "outcomes", "otherHandling", "researchInstitution"], 7);
    setAt(source as unknown as Record<string, unknown>, ["applications", "outcomes", "otherHandling", "legalServiceAgency"], null);
    const { data, losses } = migrated<LenientReport2021>(source, "2021");
    const after = data.applications.outcomes.otherHandling;
    expect([after.noCorrection.researchInstitution, after.unpaidFee.researchInstitution, after.other.researchInstitution]).toEqual([0, 0, 7]);
    expect([after.noCorrection.legalServiceAgency, after.unpaidFee.legalServiceAgency, after.other.legalServiceAgency]).toEqual([null, null, null]);
    const split = losses.filter((loss) => loss.pointer === `${OH}/researchInstitution`);
    expect(split.map((loss) => [loss.reason, loss.value, loss.target])).toEqual([
      ["assumed-split", 7, `${OH}/noCorrection/researchInstitution`],
      ["assumed-split", 7, `${OH}/unpaidFee/researchInstitution`],
      ["assumed-split", 7, `${OH}/other/researchInstitution`],
    ]);
    const blank = lossAt(losses, `${OH}/legalServiceAgency`, `${OH}/other/legalServiceAgency`);
    expect(blank.value).toBeNull();
    expect(blank.message.zh).toContain("（2021 格式）填 空白，是由");
    expect(blank.message.en).toContain("(2021 format) set to blank by an assumed split");
  });
});
