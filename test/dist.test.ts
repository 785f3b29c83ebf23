// Several test files (bundle weight, optional peer, CLI, memory, package) read dist/ and skip
// themselves when it is missing, so that `npx vitest run test/rules` works without a build.
// This test makes the whole-suite run fail instead of passing with those tests silently skipped.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");

describe("dist/ is built (the dist-based tests skip themselves without it)", () => {
  it.each(["dist/index.js", "dist/fixtures/index.js", "dist/arbitraries/index.js", "dist/cli/main.js", "dist/rules.json"])("%s exists — run `npm run build` (`npm test` does)", (file) => {
    expect(existsSync(join(ROOT, file))).toBe(true);
  });
});
