// The relation engine's shortcuts (issue 12, fifth session): the printed relation kept on a
// relation's texts while its terms carry the same labels, and the `disjoint` hint that joins
// paths and blank cells without removing repeats.
import { describe, expect, it } from "vitest";
import type { CellRef } from "../../src/rules/layout.js";
import type { Term } from "../../src/rules/reader.js";
import { type RelationSpec, type RelationText, relate } from "../../src/rules/relation.js";

const ref = (pointer: string, full: string): CellRef => ({
  path: pointer.slice(1).split("/"),
  pointer,
  short: { zh: pointer, en: pointer },
  full: { zh: full, en: full },
  cells: [pointer],
});
const blank = (label: string, cell: CellRef): Term => ({
  label: { zh: label, en: label },
  value: { lo: 0, hi: Number.POSITIVE_INFINITY },
  cells: [cell.pointer],
  blanks: [cell],
  derived: [],
  zeroed: [],
  self: cell,
});
const spec = (left: Term[], right: Term[], texts: RelationText, overrides: Partial<RelationSpec> = {}): RelationSpec => ({
  ruleId: "t4.total",
  severity: "error",
  lang: "en",
  text: () => texts,
  left,
  right,
  op: "eq",
  expected: "right",
  tolerance: 0,
  ...overrides,
});

describe("the printed relation kept on a relation's texts", () => {
  it("is printed again when the labels, their number or the language change", () => {
    const texts: RelationText = { context: "ctx", template: "{left} {right} {diff}" };
    const a = ref("/a", "A");
    const b = ref("/b", "B");
    const message = (left: Term[], right: Term[], lang: "zh" | "en" = "en") => relate(spec(left, right, texts, { lang }))?.message;
    expect(message([blank("x", a)], [blank("y", b)])).toBe("ctx: cannot decide (x = y) because A; B are blank");
    expect(message([blank("x", a)], [blank("y", b)])).toBe("ctx: cannot decide (x = y) because A; B are blank");
    expect(message([blank("x", a)], [blank("z", b)])).toBe("ctx: cannot decide (x = z) because A; B are blank");
    expect(message([blank("w", a)], [blank("z", b)])).toBe("ctx: cannot decide (w = z) because A; B are blank");
    expect(message([blank("w", a)], [blank("z", b), blank("v", b)])).toBe("ctx: cannot decide (w = z + v) because A; B are blank");
    expect(message([blank("w", a), blank("u", b)], [blank("z", b)])).toBe("ctx: cannot decide (w + u = z) because A; B are blank");
    expect(message([blank("w", a), blank("u", b)], [blank("z", b)], "zh")).toBe("ctx：无法判断（w + u = z），因为A、B为空");
  });

  it("is reused, not printed again, while the label objects are the same", () => {
    const texts: RelationText = { context: "ctx", template: "" };
    const left = [blank("x", ref("/a", "A"))];
    const right = [blank("y", ref("/b", "B"))];
    relate(spec(left, right, texts));
    const kept = texts.relation;
    expect(kept?.text).toBe("x = y");
    relate(spec(left, right, texts));
    expect(texts.relation).toBe(kept);
  });
});

describe("the disjoint hint", () => {
  it("joins the terms' paths and blank cells as they are, in order", () => {
    const texts: RelationText = { context: "ctx", template: "" };
    const a = ref("/a", "A");
    const b = ref("/b", "B");
    const c = ref("/c", "C");
    const left = [blank("x", a)];
    const right = [blank("y", b), blank("z", c)];
    const joined = relate(spec(left, right, texts, { disjoint: true }));
    expect(joined).toEqual(relate(spec(left, right, texts)));
    expect(joined?.paths).toEqual(["/a", "/b", "/c"]);
  });

  it("without it, a cell read by two terms is named once, holding the last ref read", () => {
    const texts: RelationText = { context: "ctx", template: "" };
    const first = ref("/a", "first A");
    const last = ref("/a", "last A");
    const finding = relate(spec([blank("x", first)], [blank("y", last), blank("z", ref("/c", "C"))], texts));
    expect(finding?.paths).toEqual(["/a", "/c"]);
    expect(finding?.message).toBe("ctx: cannot decide (x = y + z) because last A; C are blank");
    // With the hint, the caller promised no such repeat: both are listed.
    expect(relate(spec([blank("x", first)], [blank("y", last)], texts, { disjoint: true }))?.paths).toEqual(["/a", "/a"]);
  });
});
