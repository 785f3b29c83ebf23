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
  /** Environment variables (`ZFXXGK_DEBUG_MEMORY`, `NO_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths are resolved against. */
  readonly cwd: string;
  /** The package root (where `package.json` and `dist/` are); found from the running file when absent. */
  readonly packageRoot?: string;
  /** Returns a published JSON Schema by file name; reads `dist/json-schema/` when absent. */
  readonly jsonSchema?: (name: string) => unknown;
}

/**
 * The real process: `process.stdout`, `process.stderr`, `process.env`.
 *
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2), nodeIo(here));
 * ```
 */
export function nodeIo(packageRoot?: string): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    ...(packageRoot ? { packageRoot } : {}),
  };
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
