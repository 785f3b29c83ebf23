// Runs of combining marks are cut to 32 before NFKC normalisation (linear
// time); the cut is not silent: labelled tables get a bilingual `marks-cut`
// note naming the label or cell, which `zfxxgk check --notes` prints. Text
// that is not cut gives no note.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { fromLabeledTables, NOTE_KINDS } from "../../src/labeled/index.js";
import { cutsMarks, MAX_MARK_RUN, markRunNotes, nfkc } from "../../src/nfkc.js";
import { capture } from "./helpers.js";

const marks = (count: number) => "\u0301\u0308".repeat(count).slice(0, count);

/** Labelled tables of a 2021 report: table 四's 行政复议 row, with the given labels and cell. */
function tables(row: string, column: string, cell: string) {
  return { format: "2021", year: 2021, agency: "某县", tables: { 四: { [row]: { [column]: cell, 结果纠正: "1", 其他结果: "0", 尚未审结: "0", 总计: "4" } } } };
}

describe("marks-cut notes", () => {
  it("nfkc cuts exactly the runs cutsMarks reports: 33 marks are cut, 32 are not", () => {
    expect(cutsMarks(`1${marks(MAX_MARK_RUN)}`)).toBe(false);
    expect(cutsMarks(`1${marks(MAX_MARK_RUN + 1)}`)).toBe(true);
    expect(nfkc(`1${marks(MAX_MARK_RUN + 1)}`)).toBe(nfkc(`1${marks(MAX_MARK_RUN)}`));
    expect(nfkc(`1${marks(MAX_MARK_RUN)}`)).not.toBe(nfkc(`1${marks(MAX_MARK_RUN - 1)}`));
  });

  it("a cut cell, row label and column label each get a note naming them, in both languages", () => {
    const result = fromLabeledTables(tables(`行政复议${marks(50)}`, `结果维持${marks(99)}`, `3${marks(40)}`));
    const cut = result.notes.filter((note) => note.kind === "marks-cut");
    expect(cut.map((note) => [note.table, note.row, note.column ?? null])).toEqual([
      ["四", `行政复议${marks(50)}`, null],
      ["四", `行政复议${marks(50)}`, `结果维持${marks(99)}`],
      ["四", `行政复议${marks(50)}`, `结果维持${marks(99)}`],
    ]);
    expect(cut[0]?.message.zh).toBe(`表四的行标签“行政复议${marks(32)}”有 50 个连续的组合附加符号，规范化前截为 32 个`);
    expect(cut[1]?.message.en).toBe(`table 四, row “行政复议${marks(32)}”, a column label “结果维持${marks(32)}”: a run of 99 combining marks was cut to 32 before normalising`);
    expect(cut[2]?.message.en).toBe(`table 四, the cell of row “行政复议${marks(32)}”, column “结果维持${marks(32)}” “3${marks(32)}”: a run of 40 combining marks was cut to 32 before normalising`);
    expect(cut[2]?.raw).toBe(`3${marks(40)}`);
    expect(NOTE_KINDS["marks-cut"].level).toBe("warning");
  });

  it("text with no run longer than 32 gives no note (a few marks on a character are common)", () => {
    const result = fromLabeledTables(tables(`行政复议${marks(32)}`, "结果维持", "3\u0301"));
    expect(result.notes.filter((note) => note.kind === "marks-cut")).toEqual([]);
    expect(markRunNotes({ year: "2021", tables: { 二: [], 三: "x", 四: { a: { b: 1, c: null } } } })).toEqual([]);
    expect(markRunNotes(null)).toEqual([]);
  });

  it("a year given as text with a long run is named too", () => {
    expect(markRunNotes({ year: `2021${marks(33)}`, tables: {} })).toMatchObject([{ kind: "marks-cut", table: "meta", row: "year" }]);
  });

  it("a million marks in one cell: one note, its message short", () => {
    const [note, ...rest] = markRunNotes(tables("行政复议", "结果维持", `3${"\u0301".repeat(1_000_000)}`));
    expect(rest).toEqual([]);
    expect(note?.message.en.length).toBeLessThan(300);
    expect(note?.message.en).toContain("a run of 1000000 combining marks");
  });

  it("zfxxgk check --notes prints the note for a labelled-tables file", async () => {
    const folder = mkdtempSync(join(tmpdir(), "zfxxgk-marks-"));
    try {
      writeFileSync(join(folder, "cut.json"), JSON.stringify(tables("行政复议", "结果维持", `3${marks(40)}`)));
      writeFileSync(join(folder, "plain.json"), JSON.stringify(tables("行政复议", "结果维持", "3")));
      const { io, out } = capture();
      await run(["check", folder, "--notes", "--lang", "en", "--jobs", "1"], io);
      const [cut, plain] = out.stdout.split(join(folder, "plain.json"));
      expect(cut).toContain(`marks-cut: table 四, the cell of row “行政复议”, column “结果维持” “3${marks(32)}”: a run of 40 combining marks was cut to 32 before normalising`);
      expect(plain).not.toContain("marks-cut");
      const json = capture();
      await run(["check", join(folder, "cut.json"), "--format", "json"], json.io);
      expect(JSON.parse(json.out.stdout.split("\n")[0] as string).notes.filter((note: { kind: string }) => note.kind === "marks-cut")).toHaveLength(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
