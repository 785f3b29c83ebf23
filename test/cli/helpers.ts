import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/run.js";

/** The repository root. */
export const root = join(import.meta.dirname, "../..");
/** The built executable the tests spawn. */
export const cliPath = join(root, "dist/cli/main.js");
/** Why the spawned tests are skipped, or undefined when dist exists. */
export const skipReason = existsSync(cliPath) ? undefined : "dist/cli/main.js is missing: run `npm run build` first (`npm test` does)";

/** The outcome of one spawned run. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built CLI synchronously, stdin closed, stdout and stderr piped.
 *
 * @example
 * ```ts
 * cli(["--version"]).stdout;
 * //=> "0.0.0\n"
 * ```
 */
export function cli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    encoding: "utf8",
    input: "",
    maxBuffer: 256 * 1024 * 1024,
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI with stdin left open (never written, never closed) and resolves when it exits or after `ms`. */
export function cliWithOpenStdin(args: readonly string[], ms: number): Promise<CliRun | "timeout"> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill();
      resolve("timeout");
    }, ms);
    child.on("exit", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** A stack trace line (`    at foo (file:1:2)`): never printed without --debug. */
export const STACK = /\n\s+at .+:\d+:\d+/;

/** An in-process CLI environment that records what is written (not a terminal, no env, cwd = the package). */
export function capture(overrides: Partial<CliIo> = {}): { io: CliIo; out: { stdout: string; stderr: string } } {
  const out = { stdout: "", stderr: "" };
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    stderrIsTTY: false,
    env: {},
    cwd: root,
    packageRoot: root,
    ...overrides,
  };
  return { io, out };
}
