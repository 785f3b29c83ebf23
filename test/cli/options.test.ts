// check's options and outputs, run in-process through run() with injected
// output: formats, -o, --quiet, --fail-on, stdin, globs, colour, progress,
// empty input, --series by organ, migrate's ledger counts, Chinese wording.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { segmentPattern } from "../../src/cli/inputs.js";
import { type CliIo, run } from "../../src/cli/run.js";
import { buildReport } from "../../src/fixtures/index.js";
import { capture, root } from "./helpers.js";

interface Captured {
  status: number;
  stdout: string;
  stderr: string;
}

async function runIn(args: readonly string[], overrides: Partial<CliIo> = {}): Promise<Captured> {
  const { io, out } = capture(overrides);
  const status = await run(args, io);
  return { status, ...out };
}

const lines = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "zfxxgk-options-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("output formats", () => {
  it("json: a line per file and a final summary object", async () => {
    const result = await runIn(["check", "examples/reports/003.json", "examples/reports/004.json", "--format", "json"]);
    expect(result.status).toBe(1);
    const all = lines(result.stdout);
    expect(all).toHaveLength(3);
    expect(all[2]).toEqual({
      summary: expect.objectContaining({ paths: 2, checked: 2, unreadable: 0, errors: 2, infos: 1, failOn: "error", exitStatus: 1 }),
    });
    expect((await runIn(["check", "examples/reports/004.json", "--json"])).stdout).toBe((await runIn(["check", "examples/reports/004.json", "-f", "json"])).stdout);
  });
  it("github: one annotation per decided finding, properties escaped", async () => {
    const result = await runIn(["check", "examples/reports/003.json", "--format", "github", "--lang", "en"]);
    expect(result.status).toBe(1);
    const annotations = result.stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(annotations).toHaveLength(3); // 2 × t3.balance, and text.completed quoting 申请办结数33件
    expect(annotations[2]).toMatch(/^::warning file=examples\/reports\/003\.json,title=text\.completed::.*申请办结数33件/);
    expect(annotations[0]).toMatch(/^::error file=examples\/reports\/003\.json,title=t3\.balance::III\. /);
    const odd = join(temp, "a,b:c.json");
    writeFileSync(odd, readFileSync(join(root, "examples/reports/003.json")));
    expect((await runIn(["check", odd, "--format", "github"])).stdout).toContain("file=" + odd.replace(/,/g, "%2C").replace(/:/g, "%3A") + ",");
  });
  it("sarif: a SARIF 2.1.0 log with the rules and one result per decided finding", async () => {
    const result = await runIn(["check", "examples/reports/003.json", "examples/reports/004.json", "--format", "sarif"]);
    const log = JSON.parse(result.stdout) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: unknown[] }[]; invocations: { exitCode: number }[] }[] };
    expect(log.version).toBe("2.1.0");
    const [only] = log.runs;
    expect(only?.tool.driver.rules.map((rule) => rule.id)).toContain("t3.balance");
    expect(only?.results.map((item) => [item.ruleId, item.level])).toEqual([
      ["t3.balance", "error"],
      ["t3.balance", "error"],
      ["text.completed", "warning"],
      ["text.overview-length", "note"],
    ]);
    expect(only?.results[0]?.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: "examples/reports/003.json" } }, logicalLocations: [expect.objectContaining({ fullyQualifiedName: expect.stringMatching(/^\//) })] },
    ]);
    expect(only?.invocations[0]?.exitCode).toBe(1);
  });
  it("junit: a test suite per file, a failure per finding at or above --fail-on", async () => {
    const result = await runIn(["check", "examples/reports/003.json", "examples/reports/004.json", "--format", "junit"]);
    expect(result.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="zfxxgk check">\n/);
    expect(result.stdout.match(/<testsuite /g)).toHaveLength(2);
    expect(result.stdout.match(/<failure type="error"/g)).toHaveLength(2);
    expect(result.stdout.endsWith("</testsuites>\n")).toBe(true);
    const info = await runIn(["check", "examples/reports/004.json", "--format", "junit", "--fail-on", "info"]);
    expect(info.stdout).toContain('<failure type="info"');
  });
  it("an unknown format, --json with another format, a bad --fail-on: usage mistakes (exit 3)", async () => {
    expect((await runIn(["check", "examples/reports/004.json", "--format", "xml"])).status).toBe(3);
    expect((await runIn(["check", "examples/reports/004.json", "--format", "sarif", "--json"])).status).toBe(3);
    const bad = await runIn(["check", "examples/reports/004.json", "--fail-on", "bogus", "--lang", "en"]);
    expect(bad).toMatchObject({ status: 3, stdout: "" });
    expect(bad.stderr).toContain("--fail-on bogus: use error, warning, info, none");
  });
});

describe("-o, --quiet, --fail-on", () => {
  it("-o writes the output to a file and nothing to standard output", async () => {
    const file = join(temp, "out.jsonl");
    const result = await runIn(["check", "examples/reports/004.json", "--json", "-o", file]);
    expect(result).toMatchObject({ status: 0, stdout: "", stderr: "" });
    expect(lines(readFileSync(file, "utf8")).at(-1)).toMatchObject({ summary: { checked: 1 } });
    const cannot = await runIn(["check", "examples/reports/004.json", "-o", join(temp, "no/such/folder/out.txt"), "--lang", "en"]);
    expect(cannot.status).toBe(2);
    expect(cannot.stderr).toContain("cannot write -o");
  });
  it("--quiet lists errors only; the summary still counts everything", async () => {
    const result = await runIn(["check", "examples/reports/003.json", "examples/reports/004.json", "--quiet", "--lang", "en"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("✖ error [t3.balance]");
    expect(result.stdout).not.toContain("not assessable [");
    expect(result.stdout).not.toContain("ℹ info");
    expect(result.stdout).toContain("1 info");
    // A file with nothing failing is not listed at all.
    expect(result.stdout).not.toContain("examples/reports/004.json");
    expect(result.stdout).not.toContain("✔");
  });
  it("--fail-on sets the severity that fails the run", async () => {
    expect((await runIn(["check", "examples/reports/004.json"])).status).toBe(0);
    expect((await runIn(["check", "examples/reports/004.json", "--fail-on", "info"])).status).toBe(1);
    expect((await runIn(["check", "examples/reports/003.json", "--rule", "t3.balance=warning"])).status).toBe(0);
    expect((await runIn(["check", "examples/reports/003.json", "--rule", "t3.balance=warning", "--fail-on", "warning"])).status).toBe(1);
    expect((await runIn(["check", "examples/reports/003.json", "--fail-on", "none"])).status).toBe(0);
  });
});

describe("inputs", () => {
  it("- reads standard input (any supported kind, sniffed), bounded by the cap", async () => {
    const bytes = readFileSync(join(root, "examples/reports/003.json"));
    const result = await runIn(["check", "-", "--json"], { readStdin: async () => bytes });
    expect(result.status).toBe(1);
    expect(lines(result.stdout)[0]).toMatchObject({ file: "-", input: "report", year: 2019 });
    const big = await runIn(["check", "-", "--lang", "en"], { readStdin: async () => "too-large" });
    expect(big.status).toBe(2);
    expect(big.stdout).toContain("- (standard input): too large");
    expect((await runIn(["check", "-", "-"])).status).toBe(3);
  });
  it("glob patterns: *, ?, [..], {a,b} and ** expand in a fixed order; no match is an input error", async () => {
    const json = await runIn(["check", "examples/**/00{3,4}.json", "--json"]);
    expect(lines(json.stdout).map((line) => line.file).slice(0, -1)).toEqual([
      "examples/labeled/003.json",
      "examples/labeled/004.json",
      "examples/reports/003.json",
      "examples/reports/004.json",
    ]);
    const none = await runIn(["check", "examples/*.nothing", "--lang", "en"]);
    expect(none.status).toBe(2);
    expect(none.stdout).toContain("examples/*.nothing: matches no file or folder");
    expect(segmentPattern("20[!1]?.json").test("2020.json")).toBe(true);
    expect(segmentPattern("20[!1]?.json").test("2120.json")).toBe(false);
    expect(segmentPattern("*.json").test("a/b.json")).toBe(false);
  });
  it("nothing to check is not a pass: an empty folder, a folder of other files, an all-null report, tables with no rows", async () => {
    const empty = join(temp, "empty");
    mkdirSync(empty);
    const none = await runIn(["check", empty]);
    expect(none.status).toBe(2);
    expect(none.stdout).toContain("共 0 个文件");
    expect(none.stdout).toContain("没有可检查的文件");
    const other = join(temp, "other");
    mkdirSync(other);
    writeFileSync(join(other, "readme.md"), "# hi");
    expect((await runIn(["check", other, "--json"])).status).toBe(2);
    const nulls = join(temp, "nulls.json");
    writeFileSync(nulls, JSON.stringify({ format: "2021", year: 2021, agency: "某县人民政府", proactive: null, applications: {}, reviewAndLitigation: null }));
    const allNull = await runIn(["check", nulls, "--json"]);
    expect(allNull.status).toBe(2);
    expect(lines(allNull.stdout)[0]).toMatchObject({ error: { code: "empty-report" }, agency: "某县人民政府" });
    const noRows = await runIn(["check", "examples/labeled/001.json"]);
    expect(noRows.status).toBe(2);
    expect(noRows.stdout).toContain("读取警告 34");
    expect(noRows.stdout).toContain("没有任何数字");
  });
  it("control characters in file names and cell text are escaped in human output, kept as JSON escapes in JSON", async () => {
    const folder = join(temp, "ctrl");
    mkdirSync(folder);
    const report = buildReport({ format: "2021", seed: 3, agency: "\u001b]0;owned\u0007某县\u009b2J" });
    writeFileSync(join(folder, "\u001b[31mred.json"), JSON.stringify(report));
    const human = await runIn(["check", folder]);
    expect(human.stdout).toContain("\\x1b[31mred.json");
    expect(human.stdout).toContain("\\x1b]0;owned\\x07某县\\x9b2J");
    expect(human.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const json = await runIn(["check", folder, "--json"]);
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(lines(json.stdout)[0]?.agency).toBe(report.agency);
    const github = await runIn(["check", folder, "--format", "github", "--fail-on", "info"]);
    expect(github.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});

describe("colour and progress", () => {
  const report = "examples/reports/003.json";
  it("colour on a terminal only, NO_COLOR and FORCE_COLOR respected, --color/--no-color first", async () => {
    const colour = (result: Captured) => result.stdout.includes("\x1b[31m");
    expect(colour(await runIn(["check", report], { stdoutIsTTY: true }))).toBe(true);
    expect(colour(await runIn(["check", report], { stdoutIsTTY: false }))).toBe(false);
    expect(colour(await runIn(["check", report], { stdoutIsTTY: true, env: { NO_COLOR: "1" } }))).toBe(false);
    expect(colour(await runIn(["check", report], { stdoutIsTTY: true, env: { NO_COLOR: "" } }))).toBe(true);
    expect(colour(await runIn(["check", report], { stdoutIsTTY: false, env: { FORCE_COLOR: "1" } }))).toBe(true);
    expect(colour(await runIn(["check", report], { stdoutIsTTY: true, env: { FORCE_COLOR: "0" } }))).toBe(false);
    expect(colour(await runIn(["check", report, "--no-color"], { stdoutIsTTY: true }))).toBe(false);
    expect(colour(await runIn(["check", report, "--color"]))).toBe(true);
    expect(colour(await runIn(["check", report, "--json"], { stdoutIsTTY: true, env: { FORCE_COLOR: "1" } }))).toBe(false);
  });
  it("the progress line is drawn again after every stdout write, and cleared at the end", async () => {
    const folder = join(temp, "progress");
    mkdirSync(folder);
    for (let index = 0; index < 25; index += 1) writeFileSync(join(folder, `${String(index).padStart(2, "0")}.json`), JSON.stringify(buildReport({ seed: index })));
    let clock = 0;
    const events: string[] = [];
    const io: Partial<CliIo> = {
      stderrIsTTY: true,
      now: () => (clock += 200),
      stdout: (text) => void events.push(`out:${text.split("\n")[0]}`),
      stderr: (text) => void events.push(`err:${text}`),
    };
    expect(await run(["check", folder], { ...(await baseIo()), ...io })).toBe(0);
    const drawn = events.filter((event) => event.startsWith("err:\r\x1b[K已检查"));
    expect(drawn.length).toBeGreaterThan(20);
    // After each file's block (after the first draw) the line comes back at once.
    const firstDraw = events.findIndex((event) => event.startsWith("err:\r\x1b[K已检查"));
    for (let index = firstDraw + 1; index < events.length - 2; index += 1)
      if (events[index]?.startsWith("out:")) expect(events[index + 1], `after ${events[index]}`).toMatch(/^err:\r\x1b\[K已检查 \d+ 个文件… /);
    expect(events.at(-1)).toMatch(/^out:共 25 个文件/);
    expect(events.at(-2)).toBe("err:\r\x1b[K");
    // Never with a machine format, never when stderr is not a terminal.
    const json = await runIn(["check", folder, "--json"], { stderrIsTTY: true, now: () => (clock += 200) });
    expect(json.stderr).toBe("");
    const piped = await runIn(["check", folder], { stderrIsTTY: false, now: () => (clock += 200) });
    expect(piped.stderr).toBe("");
  });
});

async function baseIo(): Promise<CliIo> {
  return { stdout: () => undefined, stderr: () => undefined, stderrIsTTY: false, env: {}, cwd: root, packageRoot: root };
}

describe("--series over many organs", () => {
  it("groups the reports by organ, each in year order; one organ's single year says so", async () => {
    const folder = join(temp, "organs");
    mkdirSync(folder);
    for (const [name, agency, year] of [
      ["a-2022", "甲县人民政府", 2022],
      ["a-2021", "甲县人民政府", 2021],
      ["b-2021", "乙县人民政府", 2021],
      ["c-2021", "丙县人民政府", 2021],
      ["c-2022", "丙县人民政府", 2022],
    ] as const)
      writeFileSync(join(folder, `${name}.json`), JSON.stringify(buildReport({ format: "2021", year, seed: year, agency })));
    const json = await runIn(["check", folder, "--series", "--json"]);
    const series = lines(json.stdout).filter((line) => line.series) as { agency: string; files: string[]; years: number[] }[];
    expect(series.map((group) => [group.agency, group.years])).toEqual([
      ["甲县人民政府", [2021, 2022]],
      ["乙县人民政府", [2021]],
      ["丙县人民政府", [2021, 2022]],
    ]);
    expect(series[0]?.files).toEqual([join(folder, "a-2021.json"), join(folder, "a-2022.json")]);
    const human = await runIn(["check", folder, "--series"]);
    expect(human.stdout).toContain("系列检查：乙县人民政府（同一机关各年度，1 份报告）\n  0: ");
    expect(human.stdout).toContain("只有一个年度，没有可比较的");
    expect(Math.max(...human.stdout.split("\n").map((line) => line.length))).toBeLessThan(400);
  });
});

describe("usage mistakes", () => {
  it("are worded in the requested language and echo what was typed escaped", async () => {
    const missing = await runIn(["check", "--format"]);
    expect(missing).toMatchObject({ status: 3, stdout: "" });
    expect(missing.stderr).toBe("zfxxgk: check：选项 -f, --format 缺少取值\n用法见 zfxxgk check --help\n");
    expect((await runIn(["check", "x", "--quiet=1", "--lang", "en"])).stderr).toContain("check: option -q, --quiet takes no value");
    const crafted = await runIn(["\u001b[31mfoo"]);
    expect(crafted.status).toBe(3);
    expect(crafted.stderr).toMatch(/^zfxxgk: 未知命令 \\x1b\[31mfoo；可用命令：check、\S+\n用法见 zfxxgk --help\n$/);
  });
});

describe("migrate and fixture", () => {
  it("migrate counts what was lost apart from what was only renamed", async () => {
    const result = await runIn(["migrate", "examples/reports/002.json", "--to", "2021"]);
    expect(result.status).toBe(0);
    const head = result.stderr.split("\n")[0] as string;
    const counts = Object.fromEntries([...head.matchAll(/(未能转入（丢失）|目标单元格无来源（留空）|合并或拆分后转入|仅改名（值照转）) (\d+)/g)].map((match) => [match[1], Number(match[2])]));
    expect(Object.keys(counts)).toHaveLength(4);
    expect(counts["仅改名（值照转）"]).toBeGreaterThan(0);
    expect(counts["未能转入（丢失）"]).toBeGreaterThan(0);
    expect(result.stderr).toContain("\n仅改名（值照转）:\n");
    expect(result.stderr).not.toMatch(/\((dropped|renamed-scope|no-source)\)/);
  });
  it("migrate reads standard input and writes -o", async () => {
    const file = join(temp, "migrated.json");
    const bytes = readFileSync(join(root, "examples/reports/002.json"));
    const result = await runIn(["migrate", "-", "--to", "2021", "-o", file], { readStdin: async () => bytes });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    expect(JSON.parse(readFileSync(file, "utf8")).format).toBe("2021");
  });
  it("fixture mistakes are explained in Chinese, without library wording", async () => {
    const typo = await runIn(["fixture", "--format", "2021", "--break", "t3.balanse"]);
    expect(typo.status).toBe(3);
    expect(typo.stderr).toContain("未知规则");
    const year = await runIn(["fixture", "--format", "2019", "--year", "2023"]);
    expect(year.status).toBe(3);
    expect(year.stderr).toContain("2019–2020 年度用 2019 格式");
    for (const result of [typo, year]) expect(result.stderr).not.toMatch(/zfxxgk\/fixtures|override|[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/);
  });
});

describe("plugging in a loader", () => {
  it("a reader of text pages plugs in with one entry: its files are walked, read and checked, its errors reported per file", async () => {
    const { checkInput } = await import("../../src/cli/check-file.js");
    const { jsonLoader, textReaderLoader } = await import("../../src/cli/loaders.js");
    const { walk } = await import("../../src/cli/inputs.js");
    const report = buildReport({ format: "2021", seed: 9 });
    const fakeReader = (text: string) =>
      text.startsWith("REPORT")
        ? { success: true as const, data: report, notes: [{ kind: "table-joined", message: { zh: "合并", en: "joined" } }] }
        : { success: false as const, error: { code: "no-report-found", message: "no report" }, notes: [] };
    const loaders = [jsonLoader, textReaderLoader("text", [".txt"], fakeReader)];
    const folder = join(temp, "plug");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.txt"), "REPORT …");
    writeFileSync(join(folder, "b.txt"), "something else");
    writeFileSync(join(folder, "c.md"), "# no");
    expect([...walk([folder], "en", loaders)].map((entry) => [entry.kind, entry.file.slice(folder.length + 1)])).toEqual([
      ["file", "a.txt"],
      ["file", "b.txt"],
      ["skipped", "c.md"],
    ]);
    const options = { lang: "en" as const, strict: false, check: { lang: "en" as const }, loaders };
    const read = await checkInput(join(folder, "a.txt"), undefined, options);
    expect(read.result).toMatchObject({ input: "text", format: "2021", error: null, notes: [{ kind: "table-joined" }] });
    expect(read.result.findings.length).toBeGreaterThanOrEqual(0);
    const failed = await checkInput(join(folder, "b.txt"), undefined, options);
    expect(failed.result.error).toEqual({ code: "no-report-found", message: `${join(folder, "b.txt")}: no report` });
  });
});
