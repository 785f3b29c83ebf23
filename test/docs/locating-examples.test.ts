import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it, vi } from "vitest";

// Runs every ```ts block of docs/locating-errors.md that shows output and checks that each
// `console.log` prints exactly what the `//=>` comments after it say; the blocks are also
// type-checked. The doc and the behaviour cannot diverge.

const root = join(import.meta.dirname, "../..");
const page = readFileSync(join(root, "docs/locating-errors.md"), "utf8");
const blocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string).filter((block) => block.includes("//=>"));
const folder = join(root, ".tmp/locating-examples", String(process.pid));

/** The block as a module of this repository: `zfxxgk` and `zfxxgk/fixtures` → src. */
function localise(block: string, file: string): string {
  const to = (path: string) => {
    const relativePath = relative(folder, join(root, path)).replace(/\\/g, "/");
    return relativePath.startsWith(".") ? relativePath : `./${relativePath}`;
  };
  return block
    .replace(/from "zfxxgk"/g, `from "${to("src/index.js")}"`)
    .replace(/from "zfxxgk\/fixtures"/g, `from "${to("src/fixtures/index.js")}"`)
    .concat(`\nexport const file = ${JSON.stringify(file)};\n`);
}

function expectedOutput(block: string): string[] {
  return [...block.matchAll(/\/\/=> (.*)$/gm)].map((match) => match[1] as string);
}

function show(value: unknown): string {
  if (typeof value === "string") return value;
  return value === undefined ? "undefined" : JSON.stringify(value);
}

mkdirSync(folder, { recursive: true });
const modules = blocks.map((block, index) => {
  const file = join(folder, `block-${index + 1}.ts`);
  writeFileSync(file, localise(block, file));
  return file;
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("docs/locating-errors.md examples", () => {
  it("has TypeScript examples, each with expected output", () => {
    expect(blocks.length).toBe(5);
    for (const block of blocks) expect(expectedOutput(block).length).toBeGreaterThan(0);
  });

  blocks.forEach((block, index) => {
    const firstLine = block.split("\n").find((line) => line.startsWith("console.log") || line.startsWith("for")) ?? "";
    it(`example ${index + 1}: ${firstLine.slice(0, 60)}`, async () => {
      const printed: string[] = [];
      const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
        printed.push(args.map(show).join(" "));
      });
      const cwd = process.cwd();
      process.chdir(root);
      try {
        await import(pathToFileURL(modules[index] as string).href);
      } finally {
        process.chdir(cwd);
        spy.mockRestore();
      }
      expect(printed).toEqual(expectedOutput(block));
    });
  });

  it("type-check", () => {
    const program = ts.createProgram(modules, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      noEmit: true,
      types: ["node"],
      typeRoots: [join(root, "node_modules/@types")],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && modules.includes(diagnostic.file.fileName))
      .map((diagnostic) => `${diagnostic.file?.fileName}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
    expect(diagnostics).toEqual([]);
  }, 300_000); // type-checks the whole src through the blocks: slow on a loaded machine
});
