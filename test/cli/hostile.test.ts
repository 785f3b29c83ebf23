// The built CLI on hostile input: a generated junk folder (FIFO, symbolic
// links dangling and looping, control characters in names and cells, invalid
// UTF-8 and UTF-16, a BOM, a file over the cap, a worst case just under it),
// special files named on the command line, and standard input from
// /dev/zero. Asserted: no hang, exit status in {0, 1, 2}, every path of the
// folder accounted for, no raw control character printed, peak memory under a
// fixed bound (measured in the child by /usr/bin/time -v or process.resourceUsage).
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../src/fixtures/index.js";
import { cliPath, root, skipReason } from "./helpers.js";

const TIME = "/usr/bin/time";
/** Peak resident memory allowed for a whole run over the junk folder (Node itself takes about 60 MB). */
const PEAK_KB = 400 * 1024;
/** Raw control characters other than the newline: never printed. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const posix = process.platform !== "win32";

interface Spawned {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  peakKb: number | undefined;
}

function spawnCli(args: readonly string[], options: { stdin?: number | "ignore"; measure?: boolean } = {}): Spawned {
  const measure = options.measure === true;
  const useTime = measure && existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const argv = useTime ? ["-v", process.execPath, cliPath, ...args] : [cliPath, ...args];
  const result = spawnSync(command, argv, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...(measure && !useTime ? { ZFXXGK_DEBUG_MEMORY: "1" } : {}) },
    stdio: [options.stdin ?? "ignore", "pipe", "pipe"],
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  let stderr = result.stderr;
  let peakKb: number | undefined;
  if (measure) {
    const match = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) : /zfxxgk: maxRSS (\d+) kB\n/.exec(stderr);
    peakKb = match ? Number(match[1]) : undefined;
    // /usr/bin/time's own report is not the CLI's output.
    if (useTime) stderr = stderr.replace(/\tCommand being timed:[\s\S]*$/, "");
    else stderr = stderr.replace(/zfxxgk: maxRSS \d+ kB\n/, "");
  }
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr, peakKb };
}

describe.skipIf(skipReason || !posix)(`hostile input${skipReason ? ` — skipped: ${skipReason}` : ""}`, () => {
  let temp: string;
  let junk: string;
  /** Every path in the junk folder and its one real subfolder, but not that folder itself. */
  let expected: string[];

  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), "zfxxgk-hostile-"));
    junk = join(temp, "junk");
    mkdirSync(join(junk, "sub"), { recursive: true });
    const report = buildReport({ format: "2021", seed: 5 });
    const text = JSON.stringify(report);
    writeFileSync(join(junk, "ok.json"), text);
    writeFileSync(join(junk, "sub", "inner.json"), text);
    writeFileSync(join(junk, "bom.json"), `\ufeff${text}`);
    writeFileSync(join(junk, "utf16-bom.json"), Buffer.from(`\ufeff${text}`, "utf16le"));
    writeFileSync(join(junk, "utf16-no-bom.json"), Buffer.from(text, "utf16le"));
    writeFileSync(join(junk, "invalid-utf8.json"), Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0x22, 0x7d]));
    writeFileSync(join(junk, "empty.json"), "");
    writeFileSync(join(junk, "\u001b[31mred-name.json"), text);
    writeFileSync(join(junk, "c1-\u009b2J-name.json"), text);
    writeFileSync(join(junk, "new\nline.json"), text);
    writeFileSync(join(junk, "cell-escape.json"), JSON.stringify({ ...report, agency: "\u001b]0;pwned\u0007某县\u001b[2J", text: { ...report.text, overview: "\u009b31m" } }));
    writeFileSync(join(junk, "labels-escape.json"), JSON.stringify({ format: "2021", year: 2021, agency: "x", tables: { 二: { "\u001b[31m第二十条": { x: "1" } }, 三: {}, 四: {} } }));
    // Just under the cap: about 1.3 million empty arrays, the costliest JSON per byte to hold.
    writeFileSync(join(junk, "worst-case.json"), `{"format":"2021","year":2021,"agency":"x","applications":{"received":{"naturalPerson":1}},"proactive":[${"[],".repeat(1_350_000)}[]]}`);
    // 50 MB, sparse: over the cap, so never read.
    closeSync(openSync(join(junk, "fifty-mb.json"), "w"));
    truncateSync(join(junk, "fifty-mb.json"), 50 * 1024 * 1024);
    writeFileSync(join(junk, "notes.md"), "not a report");
    writeFileSync(join(junk, ".hidden.json"), "{}");
    spawnSync("mkfifo", [join(junk, "pipe.json")]);
    symlinkSync("does-not-exist.json", join(junk, "dangling.json"));
    symlinkSync("loop-b.json", join(junk, "loop-a.json"));
    symlinkSync("loop-a.json", join(junk, "loop-b.json"));
    symlinkSync("ok.json", join(junk, "link-to-ok.json"));
    symlinkSync(".", join(junk, "self"));
    symlinkSync(join(junk, "sub"), join(junk, "link-to-sub"));
    symlinkSync("/dev/zero", join(junk, "zero.json"));
    // Folders are not lines of their own; their files are.
    expected = [...readdirSync(junk).filter((name) => name !== "sub").map((name) => join(junk, name)), join(junk, "sub", "inner.json")];
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it("a folder walk accounts for every path, reports each special one, and stays within bounded memory", () => {
    expect(existsSync(join(junk, "pipe.json")), "mkfifo is needed").toBe(true);
    const run = spawnCli(["check", junk, "--json", "--lang", "en"], { measure: true });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { file?: string; error?: { code: string } | null; skipped?: { reason: string } | null; link?: string | null; summary?: Record<string, unknown> });
    const byFile = new Map(lines.filter((line) => line.file !== undefined).map((line) => [line.file as string, line]));
    // Every path, once; the files under the followed link to sub/ come in addition.
    for (const path of expected) expect(byFile.has(path), path).toBe(true);
    const code = (name: string) => byFile.get(join(junk, name))?.error?.code ?? byFile.get(join(junk, name))?.skipped?.reason ?? "ok";
    expect({
      ok: code("ok.json"),
      bom: code("bom.json"),
      utf16: code("utf16-bom.json"),
      utf16NoBom: code("utf16-no-bom.json"),
      invalid: code("invalid-utf8.json"),
      empty: code("empty.json"),
      red: code("\u001b[31mred-name.json"),
      worst: code("worst-case.json"),
      fifty: code("fifty-mb.json"),
      notes: code("notes.md"),
      hidden: code(".hidden.json"),
      pipe: code("pipe.json"),
      dangling: code("dangling.json"),
      loop: code("loop-a.json"),
      self: code("self"),
      zero: code("zero.json"),
    }).toEqual({
      ok: "ok",
      bom: "ok",
      utf16: "not-utf8",
      utf16NoBom: "not-utf8",
      invalid: "not-utf8",
      empty: "json-syntax",
      red: "ok",
      worst: "ok",
      fifty: "too-large",
      notes: "other-kind",
      hidden: "hidden",
      pipe: "not-regular-file",
      dangling: "dangling-symlink",
      loop: "symlink-loop",
      self: "symlink-loop",
      zero: "not-regular-file",
    });
    expect(byFile.get(join(junk, "link-to-ok.json"))?.link).toBe("followed");
    expect(byFile.has(join(junk, "link-to-sub", "inner.json"))).toBe(true);
    const summary = lines.at(-1)?.summary as { paths: number; skipped: Record<string, number>; linksFollowed: number; exitStatus: number };
    expect(summary.paths).toBe(byFile.size);
    expect(summary.skipped).toMatchObject({ hidden: 1, "other-kind": 1, "not-regular-file": 2, "dangling-symlink": 1 });
    // loop-a and loop-b (ELOOP), self (to its own folder).
    expect(summary.skipped["symlink-loop"]).toBe(3);
    expect(byFile.get(join(junk, "link-to-sub"))?.link).toBe("followed");
    expect(byFile.get(join(junk, "sub"))).toBeUndefined();
    expect(summary.linksFollowed).toBe(2);
    expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL);
    console.log(`zfxxgk check --json on the junk folder: peak ${run.peakKb} kB (bound ${PEAK_KB} kB)`);
    expect(run.peakKb).toBeDefined();
    expect(run.peakKb as number).toBeLessThan(PEAK_KB);
  });

  it("human output of the junk folder prints no raw control character, in both languages", () => {
    for (const lang of ["zh", "en"]) {
      const run = spawnCli(["check", junk, "--lang", lang, "--notes", "--all"]);
      expect(run.status).toBe(2);
      expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL);
      expect(run.stdout).toContain("\\x1b[31mred-name.json");
      expect(run.stdout).toContain("\\x1b]0;pwned\\x07某县\\x1b[2J");
      expect(run.stdout).toContain("new\\x0aline.json");
      expect(run.stdout).toContain("c1-\\x9b2J-name.json");
    }
  });

  it("a FIFO, /dev/zero and /dev/urandom named on the command line: not a regular file, no hang", () => {
    const run = spawnCli(["check", join(junk, "pipe.json"), "/dev/zero", "/dev/urandom", join(junk, "ok.json"), "--json", "--lang", "en"]);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    const lines = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { file?: string; error?: { code: string; message: string } | null });
    expect(lines.slice(0, 3).map((line) => line.error?.code)).toEqual(["not-regular-file", "not-regular-file", "not-regular-file"]);
    expect(lines[1]?.error?.message).toBe("/dev/zero: not a regular file (character device); not read");
    expect(lines[3]?.error).toBeNull();
  });

  it.skipIf(process.platform !== "linux")("a file whose name is not valid UTF-8 is named as such, not as missing; a name with a real U+FFFD is read", () => {
    const names = join(temp, "names");
    mkdirSync(names);
    const report = JSON.stringify(buildReport({ format: "2021", seed: 3 }));
    // Linux file names are bytes: 0xff never occurs in UTF-8.
    writeFileSync(Buffer.concat([Buffer.from(`${names}/`), Buffer.from([0xff]), Buffer.from("bad.json")]), report);
    writeFileSync(join(names, "ok\uFFFD.json"), report);
    const run = spawnCli(["check", names, "--json", "--lang", "en"]);
    expect(run.status).toBe(2);
    const lines = run.stdout.trim().split("\n").slice(0, -1).map((line) => JSON.parse(line) as { file: string; error?: { code: string; message: string } | null });
    expect(lines.map((line) => [line.file, line.error?.code ?? null])).toEqual([
      [join(names, "ok\uFFFD.json"), null],
      [join(names, "\uFFFDbad.json"), "read-error"],
    ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)));
    expect(lines.find((line) => line.error)?.error?.message).toBe(
      `${join(names, "\uFFFDbad.json")}: the file name is not valid UTF-8 (undecodable bytes shown as �) and cannot be opened by it; rename the file`,
    );
  });

  it("a published page (.html, .txt) over 4 MiB is too large, like JSON: the HTML reader holds about 70 times a page", () => {
    const pages = join(temp, "pages");
    mkdirSync(pages);
    for (const name of ["big.html", "big.txt"]) {
      closeSync(openSync(join(pages, name), "w"));
      truncateSync(join(pages, name), 4 * 1024 * 1024 + 1);
    }
    const run = spawnCli(["check", pages, "--json", "--lang", "en"]);
    expect(run.status).toBe(2);
    const lines = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { error?: { code: string; message: string } | null });
    expect(lines.slice(0, 2).map((line) => line.error?.code)).toEqual(["too-large", "too-large"]);
    expect(lines[0]?.error?.message).toBe(`${join(pages, "big.html")}: too large (4194305 bytes, limit 4194304); not read`);
  });

  it("a .pdf over 16 MiB is too large, and one without a %PDF- header never reaches pdf.js (50 MB of zeros peaked at 662 MB)", () => {
    const pdfs = join(temp, "pdfs");
    mkdirSync(pdfs);
    for (const [name, size] of [["huge.pdf", 50 * 1024 * 1024], ["zeros.pdf", 8 * 1024 * 1024]] as const) {
      closeSync(openSync(join(pdfs, name), "w"));
      truncateSync(join(pdfs, name), size);
    }
    writeFileSync(join(pdfs, "late-header.pdf"), `${" ".repeat(1020)}%PDF-1.7`);
    const run = spawnCli(["check", pdfs, "--json", "--lang", "en"], { measure: true });
    expect(run.status).toBe(2);
    const lines = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { file?: string; error?: { code: string; message: string } | null });
    const byName = new Map(lines.filter((line) => line.file).map((line) => [String(line.file).split("/").pop(), line.error]));
    expect(byName.get("huge.pdf")?.code).toBe("too-large");
    expect(byName.get("zeros.pdf")).toEqual({ code: "pdf-unreadable", message: `${join(pdfs, "zeros.pdf")}: not a PDF (no %PDF- header in its first 1,024 bytes).` });
    // A header past byte 1,024 is not a PDF header either.
    expect(byName.get("late-header.pdf")?.message).toContain("not a PDF");
    // The 8 MiB file is held once as bytes, never handed to pdf.js.
    if (run.peakKb !== undefined) expect(run.peakKb).toBeLessThan(200 * 1024);
  });

  it("standard input from /dev/zero stops at the cap: too large, no hang", () => {
    const zero = openSync("/dev/zero", "r");
    try {
      const run = spawnCli(["check", "-", "--lang", "en"], { stdin: zero, measure: true });
      expect(run.signal).toBeNull();
      expect(run.status).toBe(2);
      expect(run.stdout).toContain("- (standard input): too large");
      expect(run.peakKb as number).toBeLessThan(PEAK_KB);
    } finally {
      closeSync(zero);
    }
  });
});
