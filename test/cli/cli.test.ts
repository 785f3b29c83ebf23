// The built command line, spawned as a user runs it (`node dist/cli/main.js`).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../src/fixtures/index.js";
import { fromLabeledTables } from "../../src/labeled/index.js";
import { ruleCatalogue } from "../../src/rules/catalogue.js";
import { check, checkSeries } from "../../src/rules/check.js";
import { cli, cliWithOpenStdin, root, STACK, skipReason } from "./helpers.js";

const examples = join(root, "examples");
const jsonLines = (text: string) =>
  text
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe.skipIf(skipReason)(`zfxxgk (built CLI)${skipReason ? ` — skipped: ${skipReason}` : ""}`, () => {
  let temp: string;
  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), "zfxxgk-cli-"));
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  describe("help and version", () => {
    it("--version prints package.json's version", () => {
      const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
      const run = cli(["--version"]);
      expect(run).toMatchObject({ status: 0, stdout: `${version}\n` });
      expect(cli(["-v"]).stdout).toBe(`${version}\n`);
    });
    it("--help lists every command with examples, in Chinese and English", () => {
      const zh = cli(["--help"]);
      expect(zh.status).toBe(0);
      expect(zh.stdout).toContain("用法");
      const en = cli(["--help", "--lang", "en"]);
      expect(en.stdout).toContain("Usage:");
      for (const command of ["check", "migrate", "fixture", "schema", "rules"]) {
        expect(zh.stdout).toContain(command);
        expect(en.stdout).toContain(command);
      }
      expect(en.stdout).toContain("npx zfxxgk check examples/");
    });
    for (const command of ["check", "migrate", "fixture", "schema", "rules"]) {
      it(`${command} --help shows usage and examples`, () => {
        const en = cli([command, "--help", "--lang", "en"]);
        expect(en.status).toBe(0);
        expect(en.stdout).toContain(`Usage: zfxxgk ${command}`);
        expect(en.stdout).toContain("Examples:");
        expect(cli([command, "-h"]).stdout).toContain(`用法：zfxxgk ${command}`);
        expect(cli(["help", command]).stdout).toContain(`用法：zfxxgk ${command}`);
      });
    }
    it("no command, an unknown command or option: a clear message and exit 3 (usage), no stack", () => {
      const none = cli([]);
      expect(none.status).toBe(3);
      expect(none.stderr).toContain("zfxxgk <命令>");
      const unknown = cli(["frobnicate", "--lang", "en"]);
      expect(unknown.status).toBe(3);
      expect(unknown.stderr).toContain("unknown command frobnicate");
      const option = cli(["check", "--frob", "examples", "--lang", "en"]);
      expect(option.status).toBe(3);
      expect(option.stderr).toContain("unknown option --frob");
      expect(option.stderr).toContain("see zfxxgk check --help");
      const value = cli(["check", "examples", "--blanks", "maybe", "--lang", "en"]);
      expect(value.status).toBe(3);
      expect(value.stderr).toContain("--blanks maybe");
      const rule = cli(["check", "examples", "--rule", "t9.nope=off", "--lang", "en"]);
      expect(rule.status).toBe(3);
      expect(rule.stderr).toContain("unknown rule t9.nope; known rules: t3.balance");
      for (const run of [none, unknown, option, value, rule]) expect(run.stderr).not.toMatch(STACK);
    });
    it("never waits for standard input unless - is named", async () => {
      const run = await cliWithOpenStdin(["check"], 10_000);
      expect(run).not.toBe("timeout");
      expect(run).toMatchObject({ status: 3 });
      expect((run as { stderr: string }).stderr).toContain("- 表示读取标准输入");
    });
  });

  describe("check", () => {
    it("a clean report: exit 0, format, year and organ printed", () => {
      const run = cli(["check", "examples/reports/004.json"]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("格式 2021 · 年度 2023 · 机关 临沂市兰山区人民政府");
      expect(run.stdout).toContain("ℹ 提示 [text.overview-length]");
      expect(run.stdout).toMatch(/共 1 个文件：错误 0 · 警告 0 · 提示 1/);
    });
    it("an error finding: exit 1, with the rule id and the arithmetic (seed 003, model.md §4)", () => {
      const run = cli(["check", "examples/reports/003.json"]);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain("✖ 错误 [t3.balance]");
      expect(run.stdout).toContain("至少 43");
      expect(run.stdout).toContain("? 无法判断 [t4.total] 3 处");
      expect(cli(["check", "examples/reports/003.json", "--all"]).stdout.match(/\? 无法判断 \[t4\.total\]/g)).toHaveLength(3);
    });
    it("--lang en prints English findings and summary", () => {
      const run = cli(["check", "examples/reports/003.json", "--lang", "en"]);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain("format 2019 · year 2019 · organ 临淄区人民政府办公室");
      expect(run.stdout).toContain("✖ error [t3.balance] III.");
      expect(run.stdout).toMatch(/1 file: 2 errors · 1 warning · 0 info · \d+ not assessable/);
    });
    it("--json: one line per file whose findings equal the library's check() (reports and labelled tables)", () => {
      const run = cli(["check", "examples", "--json", "--lang", "en"]);
      // labeled/001 has tables published as images: nothing to check is not a pass.
      expect(run.status).toBe(2);
      const all = jsonLines(run.stdout);
      // examples/published holds two real HTML pages, read by the HTML loader.
      expect(all.at(-1)).toMatchObject({ summary: { checked: 18, unreadable: 2, exitStatus: 2, skipped: { "other-kind": 1 } } });
      expect(all[0]).toMatchObject({ file: "examples/README.md", skipped: { reason: "other-kind" } });
      expect(all.find((line) => line.file === "examples/labeled/001.json")).toMatchObject({ error: { code: "empty-report" } });
      // examples/published: real pages and the seeds as published text, each read by its loader (markdown is not walked).
      const published = all.filter((line) => typeof line.file === "string" && line.file.startsWith("examples/published/") && !line.skipped);
      expect(published.map((line) => [line.file, line.input ?? null, (line.error as { code?: string } | null)?.code ?? null])).toEqual([
        ["examples/published/hongze-2024.pdf", "pdf", null],
        ["examples/published/pingtan-czj-2023.word-export-slice.html", "html", null],
        ["examples/published/pingtan-gwh-2025.run.txt", "text", null],
        ["examples/published/seed-000-luozhuang-2019.tab.txt", "text", null],
        ["examples/published/seed-001-laiwu-2019.images.txt", null, "tables-are-images"],
        ["examples/published/seed-002-linyi-kfq-2020.tab.txt", "text", null],
        ["examples/published/seed-003-linzi-2019.lines.txt", "text", null],
        ["examples/published/seed-004-lanshan-2023.lines.txt", "text", null],
        ["examples/published/shuyang-fgj-2023.html", "html", null],
      ]);
      const lines = all.filter((line) => typeof line.file === "string" && line.file.endsWith(".json") && line.error === null && line.skipped === null);
      const files = ["labeled", "reports", "series"].flatMap((folder) =>
        readdirSync(join(examples, folder))
          .filter((name) => name.endsWith(".json") && !(folder === "labeled" && name === "001.json"))
          .sort()
          .map((name) => `examples/${folder}/${name}`),
      );
      expect(lines.map((line) => line.file)).toEqual(files);
      for (const line of lines) {
        const value = JSON.parse(readFileSync(join(root, line.file as string), "utf8"));
        const labeled = fromLabeledTables(value);
        const report = "tables" in value && labeled.success ? labeled.data : value;
        expect(line.findings, line.file as string).toEqual(check(report, { lang: "en" }));
        expect(line.input).toBe("tables" in value ? "labeled" : "report");
        expect(line.notes).toEqual("tables" in value && labeled.success ? JSON.parse(JSON.stringify(labeled.notes)) : []);
        expect(line).toMatchObject({ format: report.format, year: report.year, agency: report.agency, error: null, issues: [] });
      }
      expect(run.stderr).toBe("");
    });
    it("--rule turns a rule off or changes its severity; --blanks zero reads blanks as 0", () => {
      const off = cli(["check", "examples/reports/003.json", "--rule", "t3.balance=off", "--json"]);
      expect(off.status).toBe(0);
      expect((jsonLines(off.stdout)[0]?.findings as { ruleId: string }[]).some((finding) => finding.ruleId === "t3.balance")).toBe(false);
      const warn = cli(["check", "examples/reports/003.json", "--rule", "t3.balance=warning", "--rule", "t4.total=info"]);
      expect(warn.status).toBe(0);
      expect(warn.stdout).toContain("⚠ 警告 [t3.balance]");
      const zero = jsonLines(cli(["check", "examples/reports/003.json", "--blanks", "zero", "--json"]).stdout)[0];
      const report = JSON.parse(readFileSync(join(examples, "reports/003.json"), "utf8"));
      expect(zero?.findings).toEqual(check(report, { blanks: "zero" }));
    });
    it("--strict: blank cells fail the strict schema, located and labelled, and the rules still run", () => {
      const run = cli(["check", "examples/reports/000.json", "--strict", "--lang", "en"]);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/✖ schema \/applications\/outcomes\/disclosed\/otherOrganization {2}\S/);
      expect(run.stdout).toContain("[t3.applicant-total]");
      expect(run.stdout).toContain("1 with structure issues");
      expect(cli(["check", "examples/reports/004.json", "--strict"]).status).toBe(0);
    });
    it("a report failing the lenient schema: issues printed, findings still produced", () => {
      const report = JSON.parse(readFileSync(join(examples, "reports/004.json"), "utf8"));
      report.applications.received.naturalPerson = -5;
      report.reviewAndLitigation.review.total = 44;
      report.extra = true;
      const file = join(temp, "invalid.json");
      writeFileSync(file, JSON.stringify(report));
      const run = cli(["check", file, "--json"]);
      expect(run.status).toBe(1);
      const line = jsonLines(run.stdout)[0] as { issues: { path: string }[]; findings: { ruleId: string }[] };
      expect(line.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["/applications/received/naturalPerson", "/extra"]));
      expect(line.findings.map((finding) => finding.ruleId)).toContain("t4.total");
    });
    it("malformed JSON names the file and line:column; a missing file is reported; the run goes on (exit 2)", () => {
      const bad = join(temp, "bad.json");
      writeFileSync(bad, '{\n  "format": "2021",\n  "year": ,\n}\n');
      const run = cli(["check", bad, join(temp, "missing.json"), "examples/reports/004.json", "--lang", "en"]);
      expect(run.status).toBe(2);
      expect(run.stdout).toContain(`${bad}:3:11: invalid JSON: unexpected character`);
      expect(run.stdout).toContain('  "year": ,\n');
      expect(run.stdout).toContain(`${join(temp, "missing.json")}: no such file or folder`);
      expect(run.stdout).toContain("format 2021 · year 2023");
      expect(run.stdout).toContain("2 unusable");
      expect(run.stdout + run.stderr).not.toMatch(STACK);
      const json = jsonLines(cli(["check", bad, "--json"]).stdout)[0];
      expect(json).toMatchObject({ file: bad, error: { code: "json-syntax", line: 3, column: 11 } });
    });
    it("a folder of mixed content: walked recursively and sorted; each problem reported per file", () => {
      const folder = join(temp, "mixed");
      mkdirSync(join(folder, "nested/deeper"), { recursive: true });
      mkdirSync(join(folder, "node_modules/pkg"), { recursive: true });
      mkdirSync(join(folder, ".hidden"), { recursive: true });
      writeFileSync(join(folder, "b-valid.json"), readFileSync(join(examples, "reports/004.json")));
      writeFileSync(join(folder, "a-error.json"), readFileSync(join(examples, "reports/003.json")));
      writeFileSync(join(folder, "nested/labeled.json"), readFileSync(join(examples, "labeled/002.json")));
      writeFileSync(join(folder, "nested/deeper/broken.json"), '{"format": "2021",');
      writeFileSync(join(folder, "nested/gbk.json"), Buffer.from([0x7b, 0x22, 0xc1, 0xd9, 0x22, 0x3a, 0x31, 0x7d]));
      writeFileSync(join(folder, "nested/not-a-report.json"), '{"name": "zfxxgk", "version": "1.0.0"}');
      writeFileSync(join(folder, "nested/array.json"), "[1, 2, 3]");
      writeFileSync(join(folder, "nested/deep.json"), `${"[".repeat(200_000)}${"]".repeat(200_000)}`);
      writeFileSync(join(folder, "notes.md"), "not json");
      writeFileSync(join(folder, ".dot.json"), "{}");
      writeFileSync(join(folder, ".hidden/x.json"), "{}");
      writeFileSync(join(folder, "node_modules/pkg/package.json"), "{}");
      const run = cli(["check", folder, "--json", "--lang", "en"]);
      expect(run.status).toBe(2);
      const every = jsonLines(run.stdout) as { file: string; error: { code: string; message: string } | null; skipped: { reason: string } | null; findings: unknown[] }[];
      expect(every.at(-1)).toMatchObject({ summary: { checked: 3, unreadable: 5, skipped: { hidden: 3, "other-kind": 1 } } });
      expect(every.filter((line) => line.skipped).map((line) => [line.file.slice(folder.length + 1), line.skipped?.reason])).toEqual([
        [".dot.json", "hidden"],
        [".hidden", "hidden"],
        ["node_modules", "hidden"],
        ["notes.md", "other-kind"],
      ]);
      const lines = every.filter((line) => line.file && !line.skipped);
      expect(lines.map((line) => line.file.slice(folder.length + 1))).toEqual([
        "a-error.json",
        "b-valid.json",
        "nested/array.json",
        "nested/deep.json",
        "nested/deeper/broken.json",
        "nested/gbk.json",
        "nested/labeled.json",
        "nested/not-a-report.json",
      ]);
      const byName = Object.fromEntries(lines.map((line) => [line.file.slice(folder.length + 1), line]));
      expect(byName["a-error.json"]?.error).toBeNull();
      expect(byName["nested/labeled.json"]?.error).toBeNull();
      expect(byName["nested/array.json"]?.error?.code).toBe("not-a-report");
      expect(byName["nested/array.json"]?.error?.message).toContain("Expected a report object");
      expect(byName["nested/deep.json"]?.error?.code).toBe("not-a-report");
      expect(byName["nested/deeper/broken.json"]?.error).toMatchObject({ code: "json-syntax", line: 1, column: 19 });
      expect(byName["nested/gbk.json"]?.error?.message).toContain("not valid UTF-8 (near byte 3)");
      expect(byName["nested/not-a-report.json"]?.error?.message).toContain("got an object with keys name, version");
      expect(run.stderr).toBe("");
      const human = cli(["check", folder]);
      expect(human.status).toBe(2);
      expect(human.stdout).toContain("共 3 个文件");
      expect(human.stdout).toContain("无法使用 5 个文件");
      expect(human.stdout).toContain("跳过 4 个路径");
      expect(human.stdout + human.stderr).not.toMatch(STACK);
    });
    it.skipIf(process.getuid?.() === 0)("an unreadable folder is reported and the run goes on", () => {
      const folder = join(temp, "locked");
      mkdirSync(join(folder, "inner"), { recursive: true });
      writeFileSync(join(folder, "ok.json"), readFileSync(join(examples, "reports/004.json")));
      const { chmodSync } = require("node:fs") as typeof import("node:fs");
      chmodSync(join(folder, "inner"), 0);
      const run = cli(["check", folder, "--json"]);
      chmodSync(join(folder, "inner"), 0o755);
      expect(run.status).toBe(2);
      expect(run.stdout).toContain("permission-denied");
    });
    it("--series checks a hand-made 2020/2021 pair across the format change", () => {
      const agency = "测试市人民政府";
      const y2020 = buildReport({ format: "2019", year: 2020, seed: 11, agency });
      const y2021 = buildReport({ format: "2021", year: 2021, seed: 12, agency });
      // 2021's 上年结转 must equal 2020's 结转下年度继续办理; 自然人 is made to differ by 3.
      const carried = { ...y2020.applications.carriedForward };
      y2021.applications.carriedOver = { ...carried, naturalPerson: carried.naturalPerson + 3, total: carried.total + 3 };
      const folder = join(temp, "series");
      mkdirSync(folder);
      writeFileSync(join(folder, "2021.json"), JSON.stringify(y2021));
      writeFileSync(join(folder, "2020.json"), JSON.stringify(y2020));
      const run = cli(["check", folder, "--series", "--json", "--lang", "en"]);
      const lines = jsonLines(run.stdout);
      expect(lines).toHaveLength(4);
      const series = lines[2] as { series: boolean; agency: string; files: string[]; findings: { ruleId: string }[] };
      expect(series.agency).toBe(agency);
      expect(series.series).toBe(true);
      expect(series.files).toEqual([join(folder, "2020.json"), join(folder, "2021.json")]);
      expect(series.findings).toEqual(checkSeries([y2020, y2021], { lang: "en" }));
      expect(series.findings.map((finding) => finding.ruleId)).toContain("series.carry-over");
      const human = cli(["check", folder, "--series", "--lang", "en"]);
      expect(human.stdout).toContain(`series check: ${agency} (one organ's years, 2 reports)`);
      expect(human.stdout).toMatch(/\[series\.carry-over\] .*\(.*2020\.json, .*2021\.json\)/);
    });
    it("no progress line when standard error is not a terminal", () => {
      const folder = join(temp, "many");
      mkdirSync(folder);
      for (let index = 0; index < 60; index += 1) writeFileSync(join(folder, `${String(index).padStart(3, "0")}.json`), JSON.stringify(buildReport({ seed: index })));
      const run = cli(["check", folder]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe("");
      expect(run.stdout).not.toContain("\r");
    });
  });

  describe("migrate", () => {
    it("prints the migrated report on stdout and a readable ledger on stderr", () => {
      const run = cli(["migrate", "examples/reports/002.json", "--to", "2021", "--lang", "en"]);
      expect(run.status).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(report).toMatchObject({ format: "2021", year: 2020, agency: "临沂经济技术开发区" });
      expect(run.stderr).toMatch(/^migrated to format 2021: not carried \(lost\) \d+ · target cells with no source \(left blank\) \d+ · carried after a merge or split \d+ · only renamed \(value copied\) [1-9]\d*\n/);
      expect(run.stderr).toMatch(/\nnot carried \(lost\):\n {2}\/proactive\//);
      expect(check(report).some((finding) => finding.severity === "error" && finding.assessable !== false)).toBe(false);
    });
    it("--ledger writes the ledger as JSON; labelled input is read first", () => {
      const ledger = join(temp, "ledger.json");
      const run = cli(["migrate", "examples/labeled/004.json", "--to", "2019", "--ledger", ledger]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe("");
      expect(JSON.parse(run.stdout).format).toBe("2019");
      const losses = JSON.parse(readFileSync(ledger, "utf8")) as { pointer: string; reason: string; message: { zh: string; en: string } }[];
      expect(losses.length).toBeGreaterThan(0);
      expect(losses[0]).toMatchObject({ pointer: expect.stringMatching(/^\//), reason: expect.any(String), message: { zh: expect.any(String), en: expect.any(String) } });
    });
    it("usage mistakes exit 3, unreadable input 2", () => {
      expect(cli(["migrate", "examples/reports/002.json"]).status).toBe(3);
      expect(cli(["migrate", "examples/reports/002.json", "--to", "2020"]).stderr).toContain("--to 2020");
      const missing = cli(["migrate", join(temp, "nope.json"), "--to", "2021", "--lang", "en"]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain("no such file");
      const invalid = join(temp, "invalid-migrate.json");
      writeFileSync(invalid, JSON.stringify({ format: "2021", year: "x" }));
      const bad = cli(["migrate", invalid, "--to", "2019"]);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain("/year");
      expect(bad.stderr).not.toMatch(STACK);
    });
  });

  describe("fixture", () => {
    it("prints a deterministic report passing every rule", () => {
      const first = cli(["fixture", "--format", "2019", "--year", "2020", "--seed", "5"]);
      expect(first.status).toBe(0);
      expect(cli(["fixture", "--format", "2019", "--year", "2020", "--seed", "5"]).stdout).toBe(first.stdout);
      const report = JSON.parse(first.stdout);
      expect(report).toMatchObject({ format: "2019", year: 2020 });
      expect(report).toEqual(buildReport({ format: "2019", year: 2020, seed: 5 }));
    });
    it("--break makes the report fail exactly that rule; a rule that does not apply exits 2", () => {
      const run = cli(["fixture", "--format", "2021", "--seed", "3", "--break", "t4.total"]);
      expect(run.status).toBe(0);
      const failed = check(JSON.parse(run.stdout)).filter((finding) => finding.severity === "error");
      expect(new Set(failed.map((finding) => finding.ruleId))).toEqual(new Set(["t4.total"]));
      const wrong = cli(["fixture", "--format", "2021", "--break", "t2.published-within-total"]);
      expect(wrong.status).toBe(3);
      expect(wrong.stderr).toContain("t2.published-within-total");
      expect(cli(["fixture"]).status).toBe(3);
      expect(cli(["fixture", "--format", "2021", "--seed", "x"]).status).toBe(3);
    });
  });

  describe("schema and rules", () => {
    it("schema prints the published JSON Schema (strict and lenient)", () => {
      const strict = cli(["schema", "--format", "2021"]);
      expect(strict.status).toBe(0);
      expect(JSON.parse(strict.stdout).$id).toMatch(/report-2021\.strict\.json$/);
      expect(strict.stdout).toBe(readFileSync(join(root, "dist/json-schema/report-2021.strict.json"), "utf8"));
      expect(JSON.parse(cli(["schema", "--format", "2019", "--lenient"]).stdout).$id).toMatch(/report-2019\.lenient\.json$/);
      expect(cli(["schema"]).status).toBe(3);
    });
    it("rules prints a table of every rule, and --json the catalogue", () => {
      const table = cli(["rules", "--lang", "en"]);
      expect(table.status).toBe(0);
      for (const rule of ruleCatalogue()) expect(table.stdout).toContain(rule.id);
      expect(table.stdout.split("\n")[0]).toMatch(/^rule\s+severity\s+scope\s+formats\s+title$/);
      expect(JSON.parse(cli(["rules", "--json"]).stdout)).toEqual(JSON.parse(JSON.stringify(ruleCatalogue())));
    });
  });
});
