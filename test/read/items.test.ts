import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPdf, readPdfWith } from "../../src/pdf/index.js";
import { fuzzyRowMatch } from "../../src/read/core/label-match.js";
import { fromTextItems, type TextItem } from "../../src/read/index.js";
import type { Format } from "../../src/schema/report.js";
import { layOut } from "../support/pdf-layout.js";

const SEEDS = ["000", "002", "003", "004"] as const;

function seed(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../fixtures/seeds/${name}.json`, import.meta.url), "utf8")) as Record<string, unknown>;
}

function withoutText(report: unknown): Record<string, unknown> {
  const { text: _text, ...rest } = report as Record<string, unknown>;
  return rest;
}

/** Every leaf of a report by JSON Pointer (an amount `{ value, unit }` is one leaf). */
function leaves(node: unknown, pointer = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === "object" && !("unit" in node)) {
    for (const [key, value] of Object.entries(node)) for (const [at, leaf] of leaves(value, `${pointer}/${key}`)) out.set(at, leaf);
  } else out.set(pointer, node);
  return out;
}

describe("readPdf on a real published PDF (hongze-2024, hand-checked key)", async () => {
  const key = JSON.parse(readFileSync(new URL("keys/hongze-2024.json", import.meta.url), "utf8")) as { document: string; expected: Record<string, unknown> };
  const bytes = readFileSync(new URL(`../../${key.document}`, import.meta.url));
  const result = await readPdf(bytes);

  it("reads every table cell to the key: none silently wrong", () => {
    expect(result.success).toBe(true);
    if (!result.success) return;
    const want = leaves(withoutText(key.expected));
    const got = leaves(withoutText(result.data));
    const wrong = [...want].filter(([pointer, value]) => JSON.stringify(got.get(pointer)) !== JSON.stringify(value));
    expect(wrong).toEqual([]);
    expect(result.data).toMatchObject({ format: "2021", year: 2024, agency: "淮安市洪泽区人民政府" });
  });

  it("reads the prose sections 一, 五, 六 with print's line wrapping undone", () => {
    if (!result.success) throw new Error("not read");
    const squash = (text: unknown) => String(text).replace(/\s+/gu, "");
    const expected = key.expected.text as Record<string, string>;
    for (const field of ["overview", "problems", "other"] as const) expect(squash(result.data.text?.[field])).toBe(squash(expected[field]));
  });

  it("says what it did: the fuzzy label, the single （六） row forced to 0, the tables joined over pages", () => {
    if (!result.success) throw new Error("not read");
    const kinds = result.notes.map((note) => note.kind);
    expect(result.notes.find((note) => note.kind === "label-fuzzy")).toMatchObject({ pointer: "/applications/outcomes/withheld/prohibitedByLaw", raw: "2.其他法律行政止公开" });
    const single = result.notes.find((note) => note.kind === "single-other-handling");
    expect(single?.message.en).toContain("are 0 in all three sub-rows");
    expect(kinds.filter((kind) => kind === "table-joined")).toHaveLength(2);
    expect(kinds).not.toContain("values-unplaced");
    expect(result.detected).toMatchObject({ input: "pdf", format: "2021" });
    expect(result.detected.formatEvidence).toContain("本年制发件数");
    expect(result.detected.tables.filter((table) => table.role === "joined").map((table) => table.holds)).toEqual(["二", "三"]);
  });

  it("gives the page and position of every cell", () => {
    if (!result.success) throw new Error("not read");
    expect(result.provenance["/reviewAndLitigation/litigationAfterReview/total"]).toMatchObject({ kind: "pdf", page: 4, text: "3" });
    expect(result.provenance["/applications/outcomes/notProcessed/confirmation/total"]).toMatchObject({ kind: "pdf", page: 4, text: "0" });
    expect(result.provenance["/proactive/fees/amountWanYuan"]).toMatchObject({ kind: "pdf", page: 3, text: "7545" });
  });
});

describe("zfxxgk/pdf errors are results, never throws", () => {
  it("without the optional peer: pdf-unavailable, naming what to install in both languages", async () => {
    const result = await readPdfWith(readFileSync(new URL("../../examples/published/hongze-2024.pdf", import.meta.url)), { lang: "en" }, async () => undefined);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("pdf-unavailable");
    expect(result.error.message).toContain("npm install unpdf");
    expect(result.error.messages.zh).toContain("unpdf");
  });

  it("a PDF without a text layer: pdf-unreadable", async () => {
    const pdf = [
      "%PDF-1.4",
      "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj",
      "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj",
      "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj",
      "trailer <</Root 1 0 R>>",
      "%%EOF",
    ].join("\n");
    const result = await readPdf(new TextEncoder().encode(pdf));
    expect(result.success || result.error.code).toBe("pdf-unreadable");
  });

  it("bytes that are not a PDF, and broken PDFs: pdf-unreadable; not bytes: invalid-input", async () => {
    expect(((await readPdf(new TextEncoder().encode("hello"))) as { error: { code: string } }).error.code).toBe("pdf-unreadable");
    expect(((await readPdf(new TextEncoder().encode("%PDF-1.7\ngarbage"))) as { error: { code: string } }).error.code).toBe("pdf-unreadable");
    expect(((await readPdf("x" as unknown as Uint8Array)) as { error: { code: string } }).error.code).toBe("invalid-input");
  });
});

describe("fromTextItems on seed reports laid out as PDF text items", () => {
  const params = fc.record({
    wrap: fc.integer({ min: 5, max: 16 }),
    jitter: fc.double({ min: 0, max: 1.2, noNaN: true }),
    breaks: fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 3 }),
    size: fc.integer({ min: 8, max: 11 }),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
    headerWrap: fc.integer({ min: 2, max: 3 }),
    perChar: fc.boolean(),
  });

  for (const name of SEEDS) {
    it(`seed ${name}: wrapped labels, page breaks inside tables and jitter read back exactly (format detected)`, () => {
      const report = seed(name);
      fc.assert(
        fc.property(params, (layout) => {
          const result = fromTextItems(layOut(report, report.format as Format, layout));
          expect(result.success).toBe(true);
          if (!result.success) return;
          expect(withoutText(result.data)).toEqual(withoutText(report));
          expect(result.notes.map((note) => note.kind)).not.toContain("values-unplaced");
        }),
        { numRuns: 15 },
      );
    });
  }

  it("（六）其他处理 printed as one row in a 2021 table: a printed 0 makes the three sub-rows 0, any other value leaves them null, with a note", () => {
    const report = seed("004");
    const result = fromTextItems(layOut(report, "2021", { wrap: 8, jitter: 0.5, breaks: [], size: 9, seed: 7, headerWrap: 2, singleOther: true }));
    expect(result.success).toBe(true);
    if (!result.success) return;
    const outcomes = report.applications as { outcomes: { otherHandling: Record<string, Record<string, number | null>> } };
    const printed = outcomes.outcomes.otherHandling;
    const read = result.data.applications.outcomes.otherHandling as unknown as Record<string, Record<string, number | null>>;
    let zeros = 0;
    let nulls = 0;
    for (const key of Object.keys(printed.noCorrection as object)) {
      const sum = Object.values(printed).reduce((total, row) => total + (row[key] ?? Number.NaN), 0);
      for (const sub of Object.keys(printed)) expect((read[sub] as Record<string, number | null>)[key]).toBe(sum === 0 ? 0 : null);
      if (sum === 0) zeros++;
      else nulls++;
    }
    expect(zeros).toBeGreaterThan(0);
    expect(nulls).toBeGreaterThan(0);
    const note = result.notes.find((found) => found.kind === "single-other-handling");
    expect(note?.pointer).toBe("/applications/outcomes/otherHandling");
    expect(note?.message.en).toMatch(/cannot be split and stay null/u);
    // Every other cell is read as printed.
    const { text: _text, ...rest } = result.data as unknown as Record<string, unknown>;
    const want = leaves(withoutText(report));
    for (const [pointer, value] of leaves(rest)) if (!pointer.includes("otherHandling")) expect([pointer, value]).toEqual([pointer, want.get(pointer)]);
  });

  it("a header label not found (printed as an image): its column stays null, nothing spills into a neighbour", () => {
    const report = seed("004");
    const result = fromTextItems(layOut(report, "2021", { wrap: 8, jitter: 0.5, breaks: [9], size: 9, seed: 5, headerWrap: 2, dropHeaders: ["商业企业"] }));
    expect(result.success).toBe(true);
    if (!result.success) return;
    const want = leaves(withoutText(report));
    const wrong = [...leaves(withoutText(result.data))].filter(([pointer, value]) => value !== null && JSON.stringify(value) !== JSON.stringify(want.get(pointer)));
    expect(wrong).toEqual([]);
    expect(result.data.applications.received.commercialEnterprise).toBeNull();
    expect(result.data.applications.received.naturalPerson).toBe(704);
    expect(result.notes.some((note) => note.kind === "values-unplaced")).toBe(true);
  });

  it("a value under no header column, or two apart in one column, stays out and is noted", () => {
    const report = seed("004");
    const items = layOut(report, "2021", { wrap: 8, jitter: 0, breaks: [], size: 9, seed: 1, headerWrap: 2 });
    const row = items.find((item) => item.str === "一、本年新收政府信息公开申请数量") as TextItem;
    const extra: TextItem[] = [{ str: "77", x: 900, y: row.y, width: 12, height: 11, page: row.page }];
    const result = fromTextItems([...items, ...extra]);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(withoutText(result.data)).toEqual(withoutText(report));
  });

  it("never guesses a row whose label it cannot read: its values stay null, with a note", () => {
    const report = seed("004");
    const items = layOut(report, "2021", { wrap: 40, jitter: 0, breaks: [], size: 9, seed: 1, headerWrap: 2 }).map((item) =>
      item.str === "（一）予以公开" ? { ...item, str: "（一）某某某某某" } : item,
    );
    const result = fromTextItems(items);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.applications.outcomes.disclosed.total).toBeNull();
    expect(result.notes.some((note) => note.kind === "values-unplaced" && note.message.zh.includes("某某"))).toBe(true);
  });

  it("random items never throw and always return the result shape", () => {
    const item = fc.record({
      str: fc.oneof(fc.string(), fc.constantFrom("自然人", "总计", "0", "12", "结果", "维持", "行政复议", "1.属于国家秘密", "- 3 -")),
      x: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      y: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      width: fc.double({ min: 0, max: 500, noNaN: true }),
      height: fc.oneof(fc.double({ min: -20, max: 40, noNaN: true }), fc.constant(Number.NaN)),
      page: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(item, fc.anything() as fc.Arbitrary<never>), { maxLength: 80 }), (items) => {
        const result = fromTextItems(items as TextItem[]);
        expect(typeof result.success).toBe("boolean");
        if (!result.success) expect(result.error.code).not.toBe("internal-error");
      }),
      { numRuns: 200 },
    );
    expect(fromTextItems("nope" as unknown as TextItem[])).toMatchObject({ success: false, error: { code: "invalid-input" } });
  });
});

describe("fuzzyRowMatch", () => {
  const candidates = [
    { label: "1.属于国家秘密", value: "stateSecret" },
    { label: "2.其他法律行政法规禁止公开", value: "prohibitedByLaw" },
    { label: "3.危及“三安全一稳定”", value: "threeSecurities" },
  ];
  it("takes a unique close label with the same numbering, and nothing else", () => {
    expect(fuzzyRowMatch("2.其他法律行政止公开", candidates)).toBe("prohibitedByLaw");
    expect(fuzzyRowMatch("3.其他法律行政止公开", candidates)).toBeUndefined();
    expect(fuzzyRowMatch("2.其他", candidates)).toBeUndefined();
    expect(fuzzyRowMatch("2.完全不同的一段文字", candidates)).toBeUndefined();
  });
});
