// The seed reports as the prose rules see them: canonical JSON for 000, 002, 003, 004 and
// seed 001 through fromLabeledTables (its tables were published as images).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fromLabeledTables } from "../../../src/labeled/index.js";

const fixtures = join(import.meta.dirname, "../../fixtures");

/** A seed report by its number ("000" … "004"). */
export function seedReport(seed: string): unknown {
  if (seed === "001") {
    const input = JSON.parse(readFileSync(join(fixtures, "labeled/001.json"), "utf8"));
    const result = fromLabeledTables(input);
    return result.success ? result.data : undefined;
  }
  return JSON.parse(readFileSync(join(fixtures, "seeds", `${seed}.json`), "utf8"));
}

/** One hand-read figure of test/fixtures/prose/seed-figures.json. */
export interface SeedFigure {
  readonly seed: string;
  readonly sentence: string;
  readonly figure: string;
  readonly quantity: string | null;
  readonly truth: "agrees" | "contradicts" | "not-comparable";
  readonly outcome: "agrees" | "contradicts" | "not-comparable";
  readonly note?: string;
}

export const SEED_FIGURES: readonly SeedFigure[] = JSON.parse(readFileSync(join(fixtures, "prose/seed-figures.json"), "utf8")).figures;

export const SEEDS = ["000", "001", "002", "003", "004"] as const;
