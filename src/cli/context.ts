import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Lang } from "../schema/registry.js";
import type { CliIo } from "./io.js";

/** What every command receives. */
export interface Context {
  /** Where output goes. */
  readonly io: CliIo;
  /** Language of the output. */
  readonly lang: Lang;
  /** Show stack traces of internal errors. */
  readonly debug: boolean;
  /** The package version, when known. */
  readonly version?: string | undefined;
}

/**
 * The exit statuses of every command. An input problem wins over findings.
 *
 * @example
 * ```ts
 * EXIT.usage;
 * //=> 3
 * ```
 */
export const EXIT = {
  /** Everything was read and nothing at or above `--fail-on` was found. */
  ok: 0,
  /** A finding at or above `--fail-on` (default: an error), or a report failing the schema. */
  findings: 1,
  /** Input that could not be used: unreadable, malformed, not a report, empty, too large, not a regular file; no input at all; an output file that cannot be written. */
  input: 2,
  /** A mistake in the command line (unknown option, bad value, missing argument). */
  usage: 3,
  /** A bug in zfxxgk (please report it; --debug shows the stack). */
  internal: 4,
} as const;

/** A mistake in the command line: printed with a pointer to `--help`, exit status {@link EXIT}.usage. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The `-o` file cannot be written: exit status {@link EXIT}.input, like an unreadable input. */
export class OutputError extends Error {
  override readonly name = "OutputError";
}

/** Chooses the Chinese or English text. */
export function say(lang: Lang, zh: string, en: string): string {
  return lang === "zh" ? zh : en;
}

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  lang: { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

/**
 * `parseArgs` (strict) with its errors turned into {@link UsageError}s in the
 * output language.
 */
export function parseCommand<Options extends NonNullable<ParseArgsConfig["options"]>>(
  args: readonly string[],
  options: Options,
  lang: Lang,
  command: string,
  positionals = false,
): ReturnType<typeof parseArgs<{ args: string[]; options: Options; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: positionals, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    const quoted = /'([^']+)'/.exec(message)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw new UsageError(say(lang, `${command}：未知选项 ${quoted ?? message}`, `${command}: unknown option ${quoted ?? message}`));
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
      throw new UsageError(say(lang, `${command}：多余的参数 ${quoted ?? message}`, `${command}: unexpected argument ${quoted ?? message}`));
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const option = (quoted ?? "").replace(/ <value>$/, "");
      if (/argument missing/.test(message)) throw new UsageError(say(lang, `${command}：选项 ${option} 缺少取值`, `${command}: option ${option} needs a value`));
      if (/does not take an argument/.test(message)) throw new UsageError(say(lang, `${command}：选项 ${option} 不接受取值`, `${command}: option ${option} takes no value`));
      throw new UsageError(say(lang, `${command}：选项 ${option} 的值有误`, `${command}: bad value for option ${option}`));
    }
    throw error;
  }
}

/** Reads `--lang` before full parsing, so even a usage error is printed in the requested language. */
export function langOf(args: readonly string[]): Lang {
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === "--") break;
    const value = arg === "--lang" ? args[index + 1] : arg?.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === "en" || value === "zh") return value;
  }
  return "zh";
}

/** Validates `--lang`. */
export function checkLang(value: string | undefined, command: string): Lang {
  if (value === undefined || value === "zh" || value === "en") return value ?? "zh";
  throw new UsageError(`${command}: --lang ${value}: use zh or en / 请用 zh 或 en`);
}

/** Validates a `--format` value. */
export function checkFormat(value: string | undefined, option: string, lang: Lang, command: string): "2019" | "2021" {
  if (value === "2019" || value === "2021") return value;
  throw new UsageError(
    value === undefined
      ? say(lang, `${command}：缺少 ${option} 2019|2021`, `${command}: ${option} 2019|2021 is required`)
      : say(lang, `${command}：${option} ${value} 无效，应为 2019 或 2021`, `${command}: ${option} ${value}: use 2019 or 2021`),
  );
}

/** Validates an integer option. */
export function checkInteger(value: string | undefined, option: string, lang: Lang, command: string): number | undefined {
  if (value === undefined) return undefined;
  if (/^-?\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  throw new UsageError(say(lang, `${command}：${option} ${value} 应为整数`, `${command}: ${option} ${value}: expected an integer`));
}
