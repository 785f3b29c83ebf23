import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Everything the command line touches outside its arguments, so tests and docs can run it in-process. */
export interface CliIo {
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal (a progress line is drawn only then). */
  readonly stderrIsTTY: boolean;
  /** Whether standard output is a terminal (colour by default only then). */
  readonly stdoutIsTTY?: boolean;
  /** Width of the terminal in columns (for the progress line). */
  readonly columns?: number;
  /** Milliseconds since a fixed time (for the progress line); `Date.now` when absent. */
  readonly now?: () => number;
  /** Reads standard input to its end, or stops at `maxBytes` + 1 bytes and returns `"too-large"`. */
  readonly readStdin?: (maxBytes: number) => Promise<Uint8Array | "too-large">;
  /** Environment variables (`ZFXXGK_DEBUG_MEMORY`, `NO_COLOR`, `FORCE_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths are resolved against. */
  readonly cwd: string;
  /** The package root (where `package.json` and `dist/` are); found from the running file when absent. */
  readonly packageRoot?: string;
  /** Returns a published JSON Schema by file name; reads `dist/json-schema/` when absent. */
  readonly jsonSchema?: (name: string) => unknown;
  /** The script of `check`'s worker threads (`dist/cli/worker.js`); without it `--jobs` checks in the main thread. */
  readonly checkWorker?: URL | string;
}

/**
 * The real process: `process.stdout`, `process.stderr`, `process.env`.
 *
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2), nodeIo(here));
 * ```
 */
export function nodeIo(packageRoot?: string, checkWorker?: URL | string): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    columns: process.stderr.columns ?? 80,
    now: Date.now,
    readStdin: readStdinBounded,
    env: process.env,
    cwd: process.cwd(),
    ...(packageRoot ? { packageRoot } : {}),
    ...(checkWorker ? { checkWorker } : {}),
  };
}

/** Reads `process.stdin` up to `maxBytes`; more is `"too-large"` (reading stops there). */
async function readStdinBounded(maxBytes: number): Promise<Uint8Array | "too-large"> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      process.stdin.destroy();
      return "too-large";
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/**
 * The nearest folder at or above `start` holding the `zfxxgk` package.json
 * (`dist/cli/` and `src/cli/` both sit two levels below it).
 */
export function findPackageRoot(start: string): string | undefined {
  let folder = start;
  for (let depth = 0; depth < 8; depth += 1) {
    const file = join(folder, "package.json");
    if (existsSync(file)) {
      try {
        if ((JSON.parse(readFileSync(file, "utf8")) as { name?: unknown }).name === "zfxxgk") return folder;
      } catch {
        // not ours; keep looking
      }
    }
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
  return undefined;
}
