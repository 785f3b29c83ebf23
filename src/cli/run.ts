import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Context, EXIT, langOf, OutputError, say, UsageError } from "./context.js";
import { escapeLines } from "./escape.js";
import { type Command, COMMANDS } from "./commands.js";
import type { CliIo } from "./io.js";

export { type CliIo, findPackageRoot, nodeIo } from "./io.js";

type Handler = (args: readonly string[], ctx: Context) => number | Promise<number>;

// Each command's module (and the library parts it needs) loads only when that command runs.
const HANDLERS: Record<Command, () => Promise<Handler>> = {
  check: async () => (await import("./check-command.js")).runCheck,
  read: async () => (await import("./read-command.js")).runRead,
  migrate: async () => (await import("./migrate-command.js")).runMigrate,
  fixture: async () => (await import("./migrate-command.js")).runFixture,
  schema: async () => (await import("./other-commands.js")).runSchema,
  rules: async () => (await import("./other-commands.js")).runRules,
};

/** The package version, read from package.json at run time. */
export function packageVersion(io: CliIo): string | undefined {
  if (!io.packageRoot) return undefined;
  try {
    return (JSON.parse(readFileSync(join(io.packageRoot, "package.json"), "utf8")) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** The help text (loaded only when help is printed: its size is start-up time for every other run). */
async function helpText(lang: Lang, command?: Command): Promise<string> {
  return (await import("./help.js")).helpText(lang, command);
}

/**
 * Runs the `zfxxgk` command line with the given arguments (without `node`
 * and the script) and returns the exit status ({@link EXIT}): 0 nothing
 * failing, 1 findings at or above `--fail-on`, 2 input that could not be used,
 * 3 a usage mistake, 4 an internal error. Never throws; output goes through
 * `io`, so tests and docs run it in-process.
 *
 * @example
 * ```ts
 * let out = "";
 * const status = await run(["check", "examples/reports/004.json", "--lang", "en"], { ...nodeIo(root), stdout: (text) => void (out += text) });
 * status;
 * //=> 0
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = langOf(argv);
  const debug = argv.includes("--debug");
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      io.stderr(await helpText(lang));
      return EXIT.usage;
    }
    if (first === "--version" || first === "-v") {
      io.stdout(`${packageVersion(io) ?? "unknown"}\n`);
      return 0;
    }
    if (first === "--help" || first === "-h" || (first === "--lang" && (rest[1] === undefined || rest[1] === "--help" || rest[1] === "-h"))) {
      io.stdout(await helpText(lang));
      return 0;
    }
    if (first === "help") {
      const topic = rest.find((arg) => !arg.startsWith("-"));
      if (topic !== undefined && !(COMMANDS as readonly string[]).includes(topic)) throw new UsageError(unknownCommand(topic, lang));
      io.stdout(await helpText(lang, topic as Command | undefined));
      return 0;
    }
    if (!(COMMANDS as readonly string[]).includes(first)) throw new UsageError(unknownCommand(first, lang));
    const handler = await HANDLERS[first as Command]();
    return await handler(rest, { io, lang, debug, version: packageVersion(io) });
  } catch (error) {
    if (error instanceof UsageError) {
      const command = (COMMANDS as readonly string[]).includes(first ?? "") ? ` ${first}` : "";
      // The message may quote what the user typed: escaped like any untrusted text.
      io.stderr(`zfxxgk: ${escapeLines(error.message)}\n${say(lang, `用法见 zfxxgk${command} --help`, `see zfxxgk${command} --help`)}\n`);
      return EXIT.usage;
    }
    if (error instanceof OutputError) {
      io.stderr(`zfxxgk: ${escapeLines(error.message)}\n`);
      return EXIT.input;
    }
    io.stderr(
      say(lang, `zfxxgk：内部错误：${escapeLines(String((error as Error)?.message ?? error))}\n`, `zfxxgk: internal error: ${escapeLines(String((error as Error)?.message ?? error))}\n`) +
        (debug ? `${(error as Error)?.stack ?? ""}\n` : say(lang, "（--debug 显示堆栈；请报告此问题）\n", "(--debug shows the stack; please report this)\n")),
    );
    return EXIT.internal;
  }
}

function unknownCommand(name: string, lang: Lang): string {
  const what = name.startsWith("-") ? say(lang, "未知选项", "unknown option") : say(lang, "未知命令", "unknown command");
  return say(lang, `${what} ${name}；可用命令：${COMMANDS.join("、")}`, `${what} ${name}; commands: ${COMMANDS.join(", ")}`);
}

type Lang = "zh" | "en";
