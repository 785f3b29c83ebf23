import { describe, expectTypeOf, it } from "vitest";
import { fromLabeledTables, type LabeledTables, type LabeledTablesNote as Note, type LabeledTablesNoteKind as NoteKind, NOTE_KINDS } from "../../src/index.js";
import type { LenientReport } from "../../src/schema/report.js";

describe("fromLabeledTables types", () => {
  it("narrows on success", () => {
    const result = fromLabeledTables({ tables: {} } satisfies LabeledTables);
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<LenientReport>();
      expectTypeOf(result.error).toEqualTypeOf<undefined>();
    } else {
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
      expectTypeOf(result.error.code).toEqualTypeOf<"invalid-input" | "format-undetermined" | "internal-error" | "unreadable-input">();
      expectTypeOf(result.error.message).toEqualTypeOf<string>();
    }
    expectTypeOf(result.notes).toEqualTypeOf<readonly Note[]>();
  });

  it("note kinds are the keys of NOTE_KINDS", () => {
    expectTypeOf<NoteKind>().toEqualTypeOf<keyof typeof NOTE_KINDS>();
    expectTypeOf<"blank-cell">().toExtend<NoteKind>();
    expectTypeOf<"fuzzy-guess">().not.toExtend<NoteKind>();
  });

  it("accepts any value", () => {
    expectTypeOf(fromLabeledTables).parameter(0).toEqualTypeOf<unknown>();
  });
});
