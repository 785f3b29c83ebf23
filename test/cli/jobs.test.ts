// `check --jobs N`: worker threads give the same bytes as one thread, in every
// output format; a worker that stops is that file's error; bad values are usage errors.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultJobs, parseJobs } from "../../src/cli/check-args.js";
import { CheckPool } from "../../src/cli/check-pool.js";
import { inOrder } from "../../src/cli/in-order.js";
import { type CliIo, run } from "../../src/cli/run.js";
import { buildReport } from "../../src/fixtures/index.js";
import { cli, cliPath, root, STACK, skipReason } from "./helpers.js";

const examples = join(root, "examples");

describe.skipIf(skipReason)(`check --jobs (built CLI)${skipReason ? ` — skipped: ${skipReason}` : ""}`, () => {
  let temp: string;
  let folder: string;
  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), "zfxxgk-jobs-"));
    folder = join(temp, "mixed");
    mkdirSync(join(folder, "nested"), { recursive: true });
    // Good, failing, malformed, not a report, labelled tables, a published page and page text, skipped kinds.
    for (let index = 0; index < 12; index += 1)
      writeFileSync(join(folder, `good-${String(index).padStart(2, "0")}.json`), JSON.stringify(buildReport({ format: index % 2 === 0 ? "2021" : "2019", seed: index })));
    copyFileSync(join(examples, "reports/003.json"), join(folder, "bad-findings.json"));
    copyFileSync(join(examples, "reports/000.json"), join(folder, "nested/blanks.json"));
    copyFileSync(join(examples, "labeled/002.json"), join(folder, "nested/labeled.json"));
    copyFileSync(join(examples, "published/shuyang-fgj-2023.html"), join(folder, "nested/page.html"));
    copyFileSync(join(examples, "published/seed-002-linyi-kfq-2020.tab.txt"), join(folder, "nested/page.txt"));
    writeFileSync(join(folder, "malformed.json"), '{\n  "format": "2021",\n  "year": ,\n}\n');
    writeFileSync(join(folder, "nested/not-a-report.json"), '{"name": "zfxxgk"}');
    writeFileSync(join(folder, "nested/schema.json"), JSON.stringify({ ...buildReport({ format: "2021", seed: 1 }), extra: 1 }));
    writeFileSync(join(folder, "notes.md"), "not read");
    writeFileSync(join(folder, ".hidden.json"), "{}");
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  const formats: readonly (readonly string[])[] = [[], ["--json"], ["--format", "github"], ["--format", "sarif"], ["--format", "junit"], ["--series", "--lang", "en"], ["--quiet"]];
  for (const format of formats)
    it(`${format.join(" ") || "text"}: --jobs 2 writes the same bytes and exit status as --jobs 1`, () => {
      const one = cli(["check", folder, "examples/reports/004.json", ...format, "--jobs", "1"]);
      const two = cli(["check", folder, "examples/reports/004.json", ...format, "--jobs", "2"]);
      expect(one.status).toBe(2); // the malformed file
      expect(two).toEqual(one);
      expect(one.stdout).toContain("malformed.json");
      expect(one.stdout + one.stderr).not.toMatch(STACK);
    });

  it("-o and --html files are the same with one thread and with three", () => {
    const written = (jobs: string) => {
      const out = join(temp, `out-${jobs}.jsonl`);
      const html = join(temp, `view-${jobs}.html`);
      const result = cli(["check", folder, "--json", "-o", out, "--html", html, "--jobs", jobs]);
      return { status: result.status, stdout: result.stdout, out: readFileSync(out, "utf8"), html: readFileSync(html, "utf8") };
    };
    const one = written("1");
    expect(one.out.trim().split("\n").length).toBeGreaterThan(20);
    expect(one.html).toContain("page.html");
    expect(written("3")).toEqual(one);
  });

  it("the default is the machine's cores, at most 4 (each worker holds its own checker)", () => {
    expect([1, 2, 3, 4, 5, 16, 128].map(defaultJobs)).toEqual([1, 2, 3, 4, 4, 4, 4]);
    expect(defaultJobs(0)).toBe(1);
  });

  it("the default gives the output of --jobs 1; the summary counts every path either way", () => {
    const byDefault = cli(["check", folder, "--json"]);
    const one = cli(["check", folder, "--json", "-j", "1"]);
    expect(byDefault).toEqual(one);
    const summary = JSON.parse(one.stdout.trim().split("\n").at(-1) as string).summary;
    expect(summary).toMatchObject({ paths: 22, checked: 18, unreadable: 2, skipped: { hidden: 1, "other-kind": 1 } });
    // The published page and the page text were read in the workers like the JSON files.
    const inputs = one.stdout.trim().split("\n").slice(0, -1).map((line) => JSON.parse(line) as { file: string; input: string | null });
    expect(inputs.filter((line) => /page\.(html|txt)$/.test(line.file)).map((line) => line.input)).toEqual(["html", "text"]);
  });

  it("one file, or --jobs 1, is checked without loading node:worker_threads; --jobs 2 on a folder loads it", () => {
    const probe = join(temp, "probe.cjs");
    writeFileSync(probe, 'process.on("exit", () => require("node:fs").writeSync(2, `workers:${process.moduleLoadList.includes("NativeModule worker_threads")}\\n`));');
    const loads = (args: readonly string[]) => spawnSync(process.execPath, ["-r", probe, cliPath, "check", ...args, "--quiet"], { encoding: "utf8" }).stderr.includes("workers:true");
    expect(loads([join(examples, "reports/000.json"), "--jobs", "2"])).toBe(false);
    expect(loads([folder, "--jobs", "1"])).toBe(false);
    expect(loads([folder, "--jobs", "2"])).toBe(true);
  });

  it("invalid --jobs values are usage errors (exit 3), named in the message", () => {
    for (const value of ["0", "-1", "two", "1.5", "", "257"]) {
      const result = cli(["check", folder, `--jobs=${value}`, "--lang", "en"]);
      expect(result.status, value).toBe(3);
      expect(result.stderr).toContain(`--jobs ${value}: use a whole number from 1 to 256`);
      expect(result.stdout).toBe("");
    }
    expect(cli(["check", folder, "--jobs"]).status).toBe(3);
  });
});

describe("--jobs in-process", () => {
  it("parseJobs: a whole number from 1 to 256; absent, at least one", () => {
    expect(parseJobs("1", "en")).toBe(1);
    expect(parseJobs("256", "en")).toBe(256);
    expect(parseJobs(undefined, "en")).toBeGreaterThanOrEqual(1);
    for (const bad of ["0", "257", "1e1", " 2", "+2", "0x2"]) expect(() => parseJobs(bad, "zh"), bad).toThrow(/--jobs/);
  });
  it("without a worker script (run from source) --jobs checks in the main thread, same output", async () => {
    const capture = async (jobs: string) => {
      let stdout = "";
      const io: CliIo = { stdout: (text) => void (stdout += text), stderr: () => undefined, stderrIsTTY: false, env: {}, cwd: root, packageRoot: root };
      return { status: await run(["check", "examples/reports", "--json", "--jobs", jobs], io), stdout };
    };
    expect(await capture("4")).toEqual(await capture("1"));
  });
  it("inOrder keeps the source order whatever order the work finishes in, with at most `window` started", async () => {
    let running = 0;
    let most = 0;
    const delays = [30, 1, 20, 0, 5, 12, 3, 0, 8, 1];
    const start = async (index: number) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, delays[index]));
      running -= 1;
      return index;
    };
    const out: number[] = [];
    for await (const index of inOrder(delays.keys(), start, 3)) out.push(index);
    expect(out).toEqual([...delays.keys()]);
    expect(most).toBeLessThanOrEqual(3);
  });
});

describe("a worker that stops", () => {
  it("is that file's error; the other files are checked by a new worker; the run goes on", async () => {
    const temp = mkdtempSync(join(tmpdir(), "zfxxgk-pool-"));
    try {
      // A stand-in worker: answers each path, throws on "throw", exits on "exit".
      const script = join(temp, "worker.mjs");
      writeFileSync(
        script,
        `import { parentPort } from "node:worker_threads";
parentPort.on("message", (task) => {
  if (task.file === "throw") throw new Error("boom");
  if (task.file === "exit") process.exit(7);
  parentPort.postMessage({ id: task.id, processed: { result: { file: task.file, error: null } }, stacks: [] });
});`,
      );
      const stacks: string[] = [];
      const pool = new CheckPool(script, 2, { options: { lang: "en", strict: false, check: {} }, debug: false, keepReports: false }, "en", (stack) => void stacks.push(stack));
      const files = ["a", "throw", "b", "exit", "c", "d"];
      const results = [];
      for await (const processed of inOrder(files, (file) => pool.check({ id: 0, file, link: null }), 4)) results.push(processed.result);
      await pool.close();
      expect(results.map((result) => [result.file, result.error?.code ?? null])).toEqual([
        ["a", null],
        ["throw", "internal-error"],
        ["b", null],
        ["exit", "internal-error"],
        ["c", null],
        ["d", null],
      ]);
      expect(results[1]?.error?.message).toBe("throw: the worker thread stopped (boom); --debug shows the stack");
      expect(results[3]?.error?.message).toBe("exit: the worker thread stopped (exit code 7); --debug shows the stack");
      expect(stacks.some((stack) => stack.includes("boom"))).toBe(true);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
