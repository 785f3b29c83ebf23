/**
 * What test/docs/examples.test.ts needs to run every code block of the docs:
 * finding the blocks, the `//=>` convention, the shell sandbox and output matching.
 *
 * Conventions a doc page follows (so that the test can run it):
 * - A ```ts block imports the package by its published name (`zfxxgk`, `zfxxgk/read`, …);
 *   inside this repository the name resolves to the built `dist/` through the package's
 *   own `exports` (self-reference), exactly as in a consumer's project. Each `//=>` comment
 *   is one line the `console.log` calls print (strings as they are, other values as JSON,
 *   several arguments joined by a space), in order.
 * - A ```ts block without an `import` continues the block before it on the same page.
 * - A ```js block is CommonJS (`require`), run against the CommonJS build.
 * - A ```json block must parse.
 * - A ```sh block: every line naming `zfxxgk` runs against the built CLI; its comment states the
 *   exit status (`# … exit status 2` or `# … 退出状态 2`). Other lines (`npm install`, `npm test`)
 *   are listed as skipped.
 * - A ```console block holds one `$ command` and its output; `…` lines stand for any lines,
 *   `… (N more lines)` at the end for exactly N more. The text after the block states the exit
 *   status (`Exit status: 1.` or `退出状态：1。`).
 * - A block that is deliberately not run has `<!-- not-run: reason -->` on the line before it.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "../..");

/** One fenced code block of a page. */
export interface Block {
  /** The page, relative to the repository root. */
  readonly page: string;
  /** The line of the opening fence (1-based). */
  readonly line: number;
  readonly lang: string;
  readonly code: string;
  /** The reason given by a `<!-- not-run: … -->` marker, if any. */
  readonly notRun?: string;
  /** The prose after the block, up to the next block or heading. */
  readonly after: string;
}

/** README.md, README.zh-CN.md and every docs/*.md. */
export function docPages(): string[] {
  const docs = readdirSync(join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`);
  return ["README.md", "README.zh-CN.md", ...docs];
}

/** Every fenced block of a page, with its marker and the prose after it. */
export function blocksOf(page: string): Block[] {
  const lines = readFileSync(join(ROOT, page), "utf8").split("\n");
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(\w*)\s*$/.exec(lines[index] as string);
    if (!open) continue;
    const start = index;
    let end = index + 1;
    while (end < lines.length && lines[end] !== "```") end++;
    let before = start - 1;
    while (before >= 0 && (lines[before] as string).trim() === "") before--;
    const marker = /^<!-- not-run: (.+?) -->$/.exec((lines[before] ?? "").trim());
    const afterLines: string[] = [];
    for (let next = end + 1; next < lines.length && !/^(```|#)/.test(lines[next] as string); next++) afterLines.push(lines[next] as string);
    blocks.push({
      page,
      line: start + 1,
      lang: open[1] ?? "",
      code: lines.slice(start + 1, end).join("\n"),
      ...(marker ? { notRun: marker[1] as string } : {}),
      after: afterLines.join("\n"),
    });
    index = end;
  }
  return blocks;
}

/** The lines a block's `//=>` comments say it prints. */
export function expectedOutput(code: string): string[] {
  return [...code.matchAll(/\/\/=> ?(.*)$/gm)].map((match) => (match[1] as string).trimEnd());
}

/** One `console.log` argument as the `//=>` convention writes it. */
export function show(value: unknown): string {
  if (typeof value === "string") return value;
  return value === undefined ? "undefined" : JSON.stringify(value);
}

/** Whether a block imports anything (a block without imports continues the one before). */
export function hasImports(code: string): boolean {
  return /^import\s/m.test(code);
}

/** A shell line to run, and the exit status its comment states. */
export interface ShellCommand {
  readonly command: string;
  readonly status: number | undefined;
}

const STATUS = /(?:exit status|exits with status|退出状态)[:：\s]*(\d)/i;

/** The stated exit status in a piece of text, if any. */
export function statedStatus(text: string): number | undefined {
  const match = STATUS.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** Splits a ```sh block into the zfxxgk commands to run and the other lines it skips. */
export function shellCommands(code: string): { run: ShellCommand[]; skipped: string[] } {
  const run: ShellCommand[] = [];
  const skipped: string[] = [];
  for (const raw of code.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const comment = line.search(/\s#\s/);
    const command = (comment === -1 ? line : line.slice(0, comment)).trim();
    const note = comment === -1 ? "" : line.slice(comment);
    // `npm install && npx zfxxgk …`: the install is skipped, the test runs the built CLI.
    const parts = command.split(/\s*&&\s*/);
    const own = parts.filter((part) => /(^|[|;]\s*)(npx )?zfxxgk\b/.test(part));
    for (const part of parts) if (!own.includes(part)) skipped.push(part);
    for (const part of own) run.push({ command: part, status: statedStatus(note) });
  }
  return { run, skipped };
}

/** Splits a ```console block into its command and the output shown. */
export function consoleCommand(code: string): { command: string; output: string } | { error: string } {
  const lines = code.split("\n");
  const commands = lines.filter((line) => line.startsWith("$ "));
  if (commands.length !== 1 || !(lines[0] as string).startsWith("$ ")) return { error: "a console block holds exactly one `$ command`, on its first line" };
  return { command: (lines[0] as string).slice(2), output: lines.slice(1).join("\n") };
}

/**
 * Whether output matches what a page shows: line by line, where a line that is only `…`
 * (after a `→`, `✖` or indentation) stands for any number of lines, `… (N more lines)` at the
 * end for exactly N more, and `<version>` for a version number. Returns the first mismatch.
 */
export function matchOutput(shown: string, actual: string): string | undefined {
  const want = shown.split("\n");
  const got = actual.replace(/\n$/, "").split("\n");
  const clip = /^… \((\d+) more lines\)$/.exec(want[want.length - 1] ?? "");
  if (clip) {
    want.pop();
    const more = got.length - want.length;
    if (more !== Number(clip[1])) return `expected ${clip[1]} more lines after the ${want.length} shown, got ${more}`;
    got.length = want.length;
  }
  const isGap = (line: string) => /^[\s→✖⚠ℹ]*…$/.test(line);
  const lineMatches = (expected: string, line: string) => expected === line || (expected === "<version>" && /^\d+\.\d+\.\d+/.test(line));
  // Backtracking match of the lines with gaps (the pages have few gaps, so this is quick).
  const match = (w: number, g: number): boolean => {
    if (w === want.length) return g === got.length;
    const expected = want[w] as string;
    if (isGap(expected)) {
      for (let skip = g; skip <= got.length; skip++) if (match(w + 1, skip)) return true;
      return false;
    }
    return g < got.length && lineMatches(expected, got[g] as string) && match(w + 1, g + 1);
  };
  if (match(0, 0)) return undefined;
  const first = want.findIndex((line, index) => !isGap(line) && !got.includes(line) && !lineMatches(line, got[index] ?? ""));
  return first === -1 ? "the lines are all there but not in the order shown" : `no output line matches: ${want[first]}`;
}

/** A folder holding a copy of examples/ and package.json, where shell examples run. */
export function sandbox(): string {
  const folder = mkdtempSync(join(tmpdir(), "zfxxgk-docs-"));
  cpSync(join(ROOT, "examples"), join(folder, "examples"), { recursive: true });
  cpSync(join(ROOT, "package.json"), join(folder, "package.json"));
  return folder;
}

/** Runs a shell line with `zfxxgk` and `npx zfxxgk` meaning the built CLI of this repository. */
export function runShell(command: string, cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const bin = join(ROOT, "bin/zfxxgk.js");
  const shims = `zfxxgk() { node ${JSON.stringify(bin)} "$@"; }; npx() { if [ "$1" = zfxxgk ]; then shift; zfxxgk "$@"; else command npx "$@"; fi; }`;
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "C.UTF-8" };
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", `${shims}\n${command}`], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => void (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => void (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
