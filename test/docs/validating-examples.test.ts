import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it, vi } from "vitest";
import { files as jsonSchemaFiles } from "../../scripts/artifacts/json-schema.js";

// Runs every ```ts block of docs/validating.md and checks that each
// `console.log` prints exactly what the `//=>` comments after it say; the
// blocks are also type-checked. The doc and the behaviour cannot diverge.

const root = join(import.meta.dirname, "../..");
const page = readFileSync(join(root, "docs/validating.md"), "utf8");
const blocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
const folder = join(root, ".tmp/doc-examples", String(process.pid));

/** The block as a module of this repository: `zfxxgk` → src, `zfxxgk/json-schema/*` → freshly generated files. */
function localise(block: string, file: string): string {
  const toSource = relative(folder, join(root, "src/index.js")).replace(/\\/g, "/");
  return block
    .replace(/from "zfxxgk"/g, `from "${toSource.startsWith(".") ? toSource : `./${toSource}`}"`)
    .replace(/"zfxxgk\/json-schema\//g, `"${join(folder, "json-schema").replace(/\\/g, "/")}/`)
    .concat(`\nexport const file = ${JSON.stringify(file)};\n`);
}

function expectedOutput(block: string): string[] {
  return [...block.matchAll(/\/\/=> (.*)$/gm)].map((match) => match[1] as string);
}

function show(value: unknown): string {
  if (typeof value === "string") return value;
  return value === undefined ? "undefined" : JSON.stringify(value);
}

mkdirSync(join(folder, "json-schema"), { recursive: true });
for (const file of jsonSchemaFiles()) writeFileSync(join(folder, file.path), file.content);
const modules = blocks.map((block, index) => {
  const file = join(folder, `block-${index + 1}.ts`);
  writeFileSync(file, localise(block, file));
  return file;
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("docs/validating.md examples", () => {
  it("has TypeScript examples, each with expected output", () => {
    expect(blocks.length).toBe(7);
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
  });
});
