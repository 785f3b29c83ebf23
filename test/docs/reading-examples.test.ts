import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

// Runs every ```ts block of docs/reading-published-reports.md and checks that the
// `console.log` lines print exactly what the `//=>` comments say.

const root = join(import.meta.dirname, "../..");
const page = readFileSync(join(root, "docs/reading-published-reports.md"), "utf8");
const blocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
const folder = join(root, ".tmp/reading-examples", String(process.pid));
mkdirSync(folder, { recursive: true });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function show(value: unknown): string {
  if (typeof value === "string") return value;
  return value === undefined ? "undefined" : JSON.stringify(value);
}

describe("docs/reading-published-reports.md examples", () => {
  it("has examples with expected output", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });
  blocks.forEach((block, index) => {
    it(`example ${index + 1}`, async () => {
      const file = join(folder, `block-${index + 1}.ts`);
      const source = relative(folder, join(root, "src/read/index.js")).replace(/\\/g, "/");
      writeFileSync(file, block.replace(/from "zfxxgk\/read"/g, `from "${source}"`));
      const printed: string[] = [];
      const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void printed.push(args.map(show).join(" ")));
      const cwd = process.cwd();
      process.chdir(root);
      try {
        await import(pathToFileURL(file).href);
      } finally {
        process.chdir(cwd);
        spy.mockRestore();
      }
      expect(printed).toEqual([...block.matchAll(/\/\/=> (.*)$/gm)].map((match) => match[1]));
    });
  });
});
