// Measured on the built package (dist/; `npm test` builds first): locating errors must not
// pull zod into a bundle, and `check` must not carry the locator.
import { describe, expect, it } from "vitest";
import { bundle as bundleOf, built } from "../support/bundle.js";

const bundle = async (contents: string) => (await bundleOf(contents)).text;

const LOCATOR = "条关系成立"; // only in src/locate (the suggestion message)

describe.skipIf(!built)("bundles (esbuild, minified ESM, zod bundled if imported)", () => {
  it("locateErrors alone carries no zod", async () => {
    const code = await bundle(`import { locateErrors } from "./dist/index.js"; export const f = (r) => locateErrors(r);`);
    expect(code.includes(LOCATOR)).toBe(true);
    expect(code.includes("$ZodObject")).toBe(false);
    expect(/from"zod"/.test(code)).toBe(false);
    // 19.3 KB: the locator has its own chunk (an internal entry in tsup.config.ts steers the split). Shared
    // with the rule engine it bundled to 89 KB, because a bundler cannot drop the engine's top-level
    // statements from inside a chunk; this ceiling catches that return.
    // 25.9 KB once the safe entry point copies its input (src/safe.ts, issue 17).
    expect(Buffer.byteLength(code)).toBeLessThan(27_500);
  });

  it("check alone does not carry the locator", async () => {
    const code = await bundle(`import { check } from "./dist/index.js"; export const f = (r) => check(r);`);
    expect(code.includes(LOCATOR)).toBe(false);
  });
});
