/**
 * Runs every ```ts block of README.md and README.zh-CN.md: package imports are
 * pointed at the source, the block is transpiled with esbuild and imported, and
 * each `//=>` comment must equal what the `console.log` calls before it printed
 * (strings as they are, other values as JSON, several arguments joined by a space).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { transformSync } from "esbuild";
import { afterAll, describe, expect, it, vi } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const SOURCE: Record<string, string> = {
  zfxxgk: join(ROOT, "src/index.ts"),
  "zfxxgk/fixtures": join(ROOT, "src/fixtures/index.ts"),
};
const folder = join(ROOT, ".tmp/readme-examples", String(process.pid));
mkdirSync(folder, { recursive: true });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function show(value: unknown): string {
  return typeof value === "string" ? value : value === undefined ? "undefined" : JSON.stringify(value);
}

for (const page of ["README.md", "README.zh-CN.md"]) {
  const markdown = readFileSync(join(ROOT, page), "utf8");
  const blocks = [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
  describe(`${page} examples`, () => {
    it("has TypeScript examples, each with expected output", () => {
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) expect(block).toMatch(/\/\/=> /);
    });
    blocks.forEach((block, index) => {
      it(`block ${index + 1} prints what its //=> comments say`, async () => {
        const expected = [...block.matchAll(/\/\/=> (.*)$/gm)].map((match) => (match[1] as string).trim());
        const code = block.replace(/from "(zfxxgk(?:\/fixtures)?)"/g, (_, name: string) => `from ${JSON.stringify(pathToFileURL(SOURCE[name] as string).href)}`);
        const file = join(folder, `${page}-${index + 1}.ts`);
        writeFileSync(file, transformSync(code, { loader: "ts", format: "esm" }).code);
        const printed: string[] = [];
        const spy = vi.spyOn(console, "log").mockImplementation((...values: unknown[]) => {
          printed.push(values.map(show).join(" "));
        });
        const cwd = process.cwd();
        process.chdir(ROOT);
        try {
          await import(pathToFileURL(file).href);
        } finally {
          process.chdir(cwd);
          spy.mockRestore();
        }
        expect(printed).toEqual(expected);
      });
    });
  });
}
