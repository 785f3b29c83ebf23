import { afterEach, describe, expect, it, vi } from "vitest";
import { fromLabeledTables } from "../../src/index.js";
import { fromHtml } from "../../src/read/index.js";
import { MAX_MARK_RUN, nfkc } from "../../src/nfkc.js";

// NFKC reorders each run of combining marks in time quadratic in its length. Rather than time it,
// count what reaches String.prototype.normalize: the longest run of marks any call sees, and the
// total characters normalised, must stay bounded (by a constant, and by a multiple of the input).
const MEGABYTE_OF_MARKS = Array.from({ length: 1 << 19 }, (_, index) => (index % 2 ? "\u0301" : "\u0316")).join("");
const longestRun = (text: string) => Math.max(0, ...[...text.matchAll(/\p{M}+/gu)].map((match) => match[0].length));

function countingNormalize() {
  const seen = { calls: 0, characters: 0, longestRun: 0 };
  const original = String.prototype.normalize;
  vi.spyOn(String.prototype, "normalize").mockImplementation(function (this: string, form?: string) {
    seen.calls += 1;
    seen.characters += this.length;
    seen.longestRun = Math.max(seen.longestRun, longestRun(this));
    return original.call(this, form);
  });
  return seen;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("normalisation of combining marks is linear", () => {
  it("nfkc cuts a run of marks to 32 before normalising, and leaves real text as NFKC leaves it", () => {
    expect(nfkc(`a${MEGABYTE_OF_MARKS}`).length).toBeLessThanOrEqual(MAX_MARK_RUN + 1);
    for (const text of ["１２件", "行政复议　总计", "é", "ｅ\u0301\u0323", "第二十条第（一）项"]) expect(nfkc(text)).toBe(text.normalize("NFKC"));
  });

  it("fromLabeledTables: 1 MB of marks as a cell and as a label never reaches NFKC as a long run", () => {
    const seen = countingNormalize();
    const cell = fromLabeledTables({ year: 2023, tables: { 四: { 行政复议: { 总计: MEGABYTE_OF_MARKS } } } });
    const label = fromLabeledTables({ year: 2023, tables: { 四: { [MEGABYTE_OF_MARKS]: { 总计: "1" } } } });
    expect(cell.notes.length + label.notes.length).toBeGreaterThan(0);
    expect(seen.longestRun).toBeLessThanOrEqual(MAX_MARK_RUN);
    expect(seen.characters).toBeLessThanOrEqual(20 * MEGABYTE_OF_MARKS.length);
  });

  it("fromHtml: 1 MB of marks in a table cell never reaches NFKC as a long run", () => {
    const seen = countingNormalize();
    fromHtml(`<table><tr><td>行政复议</td><td>${MEGABYTE_OF_MARKS}</td></tr></table>`);
    expect(seen.longestRun).toBeLessThanOrEqual(MAX_MARK_RUN);
  });
});
