// The CLI's core, run in-process: the JSON error locator, the progress line
// on a terminal, and run() with injected output.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findJsonError } from "../../src/cli/json-error.js";
import { run } from "../../src/cli/run.js";
import { buildReport } from "../../src/fixtures/index.js";
import { capture, root } from "./helpers.js";


describe("findJsonError", () => {
  it.each([
    ['{\n  "a": ,\n}', 2, 8, "unexpected-character"],
    ['{"a": 1,}', 1, 9, "expected-key"],
    ['{"a" 1}', 1, 6, "expected-colon"],
    ["[1 2]", 1, 4, "expected-comma"],
    ['{"a": [1, 2}', 1, 12, "expected-comma"],
    ['{"a": 1', 1, 8, "unexpected-end"],
    ['{"名称": "临沂"}x', 1, 13, "trailing-data"],
    ['"a\tb"', 1, 3, "bad-string"],
    ["-", 1, 1, "bad-number"],
    ["  \n", 2, 1, "empty"],
  ] as const)("%j → %i:%i %s", (text, line, column, problem) => {
    expect(findJsonError(text)).toMatchObject({ line, column, problem });
    expect(() => JSON.parse(text)).toThrow();
  });
  it("accepts what JSON.parse accepts, including deep nesting", () => {
    for (const text of ['{"a": [1, -2.5e3, true, null, "\\u00e9\\n"], "b": {}}', "[]", '"x"', `${"[".repeat(100_000)}${"]".repeat(100_000)}`])
      expect(findJsonError(text)).toBeUndefined();
  });
});

describe("run() in-process", () => {
  it("returns the exit status and writes through the injected io", async () => {
    const { io, out } = capture();
    expect(await run(["check", "examples/reports/003.json", "--json"], io)).toBe(1);
    expect(JSON.parse(out.stdout.split("\n")[0] as string).findings.length).toBeGreaterThan(0);
    expect(out.stderr).toBe("");
  });
  it("draws a progress line on a terminal's stderr from the 20th file, and clears it", async () => {
    const folder = mkdtempSync(join(tmpdir(), "zfxxgk-progress-"));
    try {
      mkdirSync(join(folder, "reports"));
      for (let index = 0; index < 55; index += 1) writeFileSync(join(folder, "reports", `${index}.json`), JSON.stringify(buildReport({ seed: index })));
      const tty = capture({ stderrIsTTY: true, cwd: folder });
      expect(await run(["check", "reports"], tty.io)).toBe(0);
      expect(tty.out.stderr).toMatch(/^\r\x1b\[K已检查 20 个文件… reports\/\S+\.json/);
      expect(tty.out.stderr.endsWith("\r\x1b[K")).toBe(true);
      expect(tty.out.stdout).not.toContain("\r");
      const piped = capture({ stderrIsTTY: false, cwd: folder });
      await run(["check", "reports"], piped.io);
      expect(piped.out.stderr).toBe("");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
  it("prints the peak memory under ZFXXGK_DEBUG_MEMORY", async () => {
    const { io, out } = capture({ env: { ZFXXGK_DEBUG_MEMORY: "1" } });
    await run(["check", "examples/reports/004.json"], io);
    expect(out.stderr).toMatch(/^zfxxgk: maxRSS \d+ kB\n$/);
  });
  it("an internal failure is one line without --debug, with a stack with --debug", async () => {
    const failing = (debug: boolean) => {
      const { io, out } = capture({
        jsonSchema: () => {
          throw new Error("boom");
        },
      });
      return run(["schema", "--format", "2021", ...(debug ? ["--debug"] : [])], io).then((status) => ({ status, ...out }));
    };
    const quiet = await failing(false);
    expect(quiet.status).toBe(4);
    expect(quiet.stderr).toContain("内部错误：boom");
    expect(quiet.stderr).not.toMatch(/\n\s+at /);
    expect((await failing(true)).stderr).toMatch(/\n\s+at /);
  });
});
