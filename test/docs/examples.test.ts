/**
 * Runs every code block of README.md, README.zh-CN.md and docs/*.md (conventions in
 * ./support.ts): TypeScript blocks are type-checked with tsc (strict, NodeNext, as a consumer
 * compiles them) and run, their `//=>` lines compared with what they print; JavaScript blocks
 * run against the CommonJS build; JSON blocks parse; shell and console blocks run the built
 * CLI and their stated exit status and shown output are compared. Blocks marked
 * `<!-- not-run: reason -->` are counted and listed below. Needs `npm run build`.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { transformSync } from "esbuild";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  type Block,
  blocksOf,
  consoleCommand,
  docPages,
  expectedOutput,
  hasImports,
  matchOutput,
  ROOT,
  runShell,
  sandbox,
  shellCommands,
  show,
  statedStatus,
} from "./support.js";

if (!existsSync(join(ROOT, "dist/index.js"))) throw new Error("test/docs/examples.test.ts runs the examples against dist/: run `npm run build` first");

/** The blocks deliberately not run, each with its reason (adding one is a decision: list it here). */
const NOT_RUN = [
  "docs/labeled-tables.md: the input's shape, not code",
  "docs/locating-errors.md: the result's type, not code",
  "docs/performance.md: benchmarks take minutes and print machine-dependent rates",
  "docs/reading-pdf.md: imports only; the next block uses them",
  "docs/reading-pdf.md: installs from the registry",
  "docs/validating.md: Python, with the jsonschema package",
  "docs/web.md: installs and builds the site",
  "README.md: installs from the registry",
  "README.zh-CN.md: installs from the registry",
];

const blocks = docPages().flatMap(blocksOf);
const folder = join(ROOT, ".tmp/docs-examples", String(process.pid)); // inside the package, so `zfxxgk` resolves to dist/
mkdirSync(folder, { recursive: true });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A TypeScript block as a module: with the blocks it continues, written to a file. */
interface Module {
  readonly block: Block;
  readonly file: string;
  readonly expected: string[];
  readonly usesVitest: boolean;
}

const modules: Module[] = [];
{
  let chain: { page: string; code: string } | undefined;
  for (const block of blocks) {
    if (block.lang !== "ts" || block.notRun) continue;
    const code = hasImports(block.code) || chain?.page !== block.page ? block.code : `${chain.code}\n${block.code}`;
    chain = { page: block.page, code };
    const file = join(folder, `${block.page.replace(/[/.]/g, "-")}-${block.line}.ts`);
    writeFileSync(file, `${code}\nexport {};\n`);
    modules.push({ block, file, expected: expectedOutput(code), usesVitest: /from "vitest"/.test(code) });
  }
}

function title(block: Block): string {
  const first = block.code.split("\n").find((line) => /^(console\.log|const|if|for|await|\$|npx)/.test(line.trim())) ?? "";
  return `${block.page}:${block.line} ${first.trim().slice(0, 70)}`;
}

it("every block is of a kind this test runs, or marked not-run with a reason", () => {
  const known = new Set(["ts", "js", "json", "sh", "console"]);
  expect(blocks.filter((block) => !block.notRun && !known.has(block.lang)).map((block) => `${block.page}:${block.line} \`\`\`${block.lang}`)).toEqual([]);
  expect(modules.length).toBeGreaterThan(30);
});

it("lists the blocks not run, each with its reason", () => {
  const notRun = blocks.filter((block) => block.notRun).map((block) => `${block.page}: ${block.notRun}`);
  console.info(`${notRun.length} of ${blocks.length} doc blocks not run:\n${notRun.map((line) => `  ${line}`).join("\n")}`);
  expect(notRun.sort()).toEqual([...NOT_RUN].sort());
});

describe("TypeScript blocks", () => {
  it("type-check as a consumer compiles them (strict, NodeNext, the package's own types)", () => {
    const files = modules.map((module) => module.file);
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      noEmit: true,
      types: ["node"],
      typeRoots: [join(ROOT, "node_modules/@types")],
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName))
      .map((diagnostic) => {
        const module = modules.find((entry) => entry.file === diagnostic.file?.fileName) as Module;
        return `${module.block.page}:${module.block.line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
      });
    expect(problems).toEqual([]);
  }, 300_000);

  for (const module of modules.filter((entry) => !entry.usesVitest)) {
    it(`${title(module.block)} prints what its //=> comments say`, async () => {
      const printed: string[] = [];
      const spy = vi.spyOn(console, "log").mockImplementation((...values: unknown[]) => void printed.push(values.map(show).join(" ")));
      const cwd = process.cwd();
      process.chdir(ROOT);
      try {
        await import(pathToFileURL(module.file).href);
      } finally {
        process.chdir(cwd);
        spy.mockRestore();
      }
      expect(printed).toEqual(module.expected);
    });
  }

  // Blocks that are test files themselves (docs/fixtures.md): their `it` calls register here.
  for (const module of modules.filter((entry) => entry.usesVitest)) {
    describe(title(module.block), async () => {
      await import(pathToFileURL(module.file).href);
    });
  }
});

describe("JavaScript blocks (CommonJS build)", () => {
  for (const block of blocks.filter((entry) => entry.lang === "js" && !entry.notRun)) {
    describe(title(block), () => {
      const require = createRequire(join(ROOT, "package.json"));
      const code = transformSync(block.code, { format: "cjs" }).code;
      const tests: [string, () => void][] = [];
      new Function("require", "test", "it", "expect", code)(require, (name: string, body: () => void) => tests.push([name, body]), (name: string, body: () => void) => tests.push([name, body]), expect);
      it("defines tests", () => expect(tests.length).toBeGreaterThan(0));
      for (const [name, body] of tests) it(name, body);
    });
  }
});

describe("JSON blocks", () => {
  for (const block of blocks.filter((entry) => entry.lang === "json" && !entry.notRun)) {
    it(`${block.page}:${block.line} parses`, () => {
      expect(() => JSON.parse(block.code)).not.toThrow();
    });
  }
});

// Concurrent: each command is a child process, most of the time is node starting up.
describe.concurrent("shell and console blocks (the built CLI)", () => {
  let cwd = "";
  beforeAll(() => {
    cwd = sandbox();
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  for (const block of blocks.filter((entry) => entry.lang === "sh" && !entry.notRun)) {
    const { run } = shellCommands(block.code);
    it(`${block.page}:${block.line} names a zfxxgk command (or is marked not-run)`, ({ expect }) => expect(run.length).toBeGreaterThan(0));
    for (const { command, status } of run) {
      it(`${block.page}:${block.line} $ ${command} exits with the status its comment states`, async ({ expect }) => {
        expect(status, "state the exit status in the line's comment: `# … exit status N`").toBeDefined();
        const result = await runShell(command, cwd);
        expect(result.status, result.stderr).toBe(status);
      }, 120_000);
    }
  }

  for (const block of blocks.filter((entry) => entry.lang === "console" && !entry.notRun)) {
    it(`${block.page}:${block.line} ${block.code.split("\n")[0]}`, async ({ expect }) => {
      const parsed = consoleCommand(block.code);
      if ("error" in parsed) throw new Error(parsed.error);
      const status = statedStatus(block.after);
      expect(status, "state the exit status after the block: `Exit status: N.`").toBeDefined();
      const result = await runShell(parsed.command, cwd);
      expect(matchOutput(parsed.output, result.stdout + result.stderr)).toBeUndefined();
      expect(result.status).toBe(status);
    }, 120_000);
  }
});
