// Bounds that keep the prose reader linear in the text's length: a sentence too long or with
// too many figures is not read, and only the start of a huge section is. Behaviour only; no
// clock (a return of the quadratic scan shows up as the suite's timeout on the 1 MB inputs).
import { describe, expect, it } from "vitest";
import { MAX_SECTION_LENGTH, MAX_SENTENCE_FIGURES, MAX_SENTENCE_LENGTH, readProse } from "../../../src/rules/prose/figures.js";

const read = (overview: string) => readProse({ format: "2021", year: 2023, text: { overview } }, "2021");
const SENTENCE = "全年共收到政府信息公开申请12件。";

describe("prose reader limits", () => {
  it("reads a figure in an ordinary sentence", () => {
    expect(read(SENTENCE).figures.map((figure) => [figure.quantity, figure.value])).toEqual([["received", 12]]);
  });

  it("does not read a sentence longer than the limit, and reads one at the limit", () => {
    const pad = (length: number) => "收到申请12件" + "x".repeat(length - "收到申请12件。".length) + "。";
    expect(pad(MAX_SENTENCE_LENGTH).length).toBe(MAX_SENTENCE_LENGTH);
    expect(read(pad(MAX_SENTENCE_LENGTH)).figures).toHaveLength(1);
    expect(read(pad(MAX_SENTENCE_LENGTH + 1)).figures).toHaveLength(0);
  });

  it("does not read a sentence with more figure units than the limit", () => {
    const list = (count: number) => `收到申请${"5件、".repeat(count - 1)}5件。`;
    expect(read(list(MAX_SENTENCE_FIGURES)).figures.length + read(list(MAX_SENTENCE_FIGURES)).skipped.length).toBeGreaterThan(0);
    const over = read(list(MAX_SENTENCE_FIGURES + 1));
    expect(over.figures.length + over.skipped.length).toBe(0);
  });

  it("reads only the first part of a huge section, with offsets of the full text", () => {
    const filler = "。".repeat(MAX_SECTION_LENGTH - 10);
    const inside = read(filler + SENTENCE);
    expect(inside.figures).toHaveLength(0);
    const early = read(SENTENCE + filler + SENTENCE);
    expect(early.figures).toHaveLength(1);
    expect(early.figures[0]?.figure.start).toBe(SENTENCE.indexOf("12"));
  });

  it.each([
    ["numerals", "一".repeat(1 << 20)],
    ["numerals before 件", `${"一".repeat(999)}件。`.repeat(1 << 10)],
    ["spaces inside a figure", `1${" ".repeat(998)}件。`.repeat(1 << 10)],
    ["no punctuation", "收到申请5件".repeat(1 << 17)],
  ])("finishes on 1 MB of %s without reading a figure from it", (_name, text) => {
    const reading = read(text);
    expect(reading.figures.filter((figure) => figure.quantity === "received" && figure.value !== 5)).toEqual([]);
  });
});
