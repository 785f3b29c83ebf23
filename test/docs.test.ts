import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../scripts/load-generators.js";

const root = join(import.meta.dirname, "..");
const pages = await generate(join(root, "scripts/docs"));

describe("generated docs are up to date (run `npm run docs` to refresh)", () => {
  it("has generated pages", () => {
    expect(pages.length).toBeGreaterThan(0);
  });
  for (const page of pages) {
    it(`docs/${page.path}`, () => {
      const file = join(root, "docs", page.path);
      expect(existsSync(file), `docs/${page.path} is missing`).toBe(true);
      expect(readFileSync(file, "utf8")).toBe(page.content);
    });
  }
});
