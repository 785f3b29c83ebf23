// The bundle, weight, optional-peer, CLI and memory tests run on the built package and skip
// themselves when dist/ is missing. This test makes that skip loud: `vitest run` without a build
// fails here, naming the files, instead of passing with a quarter of the suite silently skipped
// (issue 10). Set ZFXXGK_NO_DIST=1 to run the source tests alone on purpose.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");

/** The built files the dist-based tests check for before they run. */
const BUILT = ["dist/index.js", "dist/fixtures/index.js", "dist/fixtures/index.cjs", "dist/arbitraries/index.js", "dist/cli/main.js"];

describe("the built package is present for the dist-based tests", () => {
  it.skipIf(process.env.ZFXXGK_NO_DIST === "1")("dist/ has every entry they use (run `npm run build` first; `npm test` does)", () => {
    const missing = BUILT.filter((file) => !existsSync(join(ROOT, file)));
    expect(missing, "missing built files: the dist-based tests would be skipped; run `npm run build`").toEqual([]);
  });
});
