/**
 * The command line of `zfxxgk check`, read and validated into one value
 * ({@link CheckSettings}); every mistake is a {@link UsageError}.
 */
import { availableParallelism } from "node:os";
import { isRuleId, RULE_IDS } from "../rules/rule-id.js";
import type { BlankPolicy, CheckOptions, Severity } from "../rules/types.js";
import type { Lang } from "../schema/registry.js";
import { COMMON_OPTIONS, checkLang, parseCommand, say, UsageError } from "./context.js";
import { OUTPUT_FORMATS, type OutputFormat } from "./render-machine.js";
import type { FailOn } from "./results.js";

const SEVERITIES = ["off", "error", "warning", "info"];
const FAIL_ON: readonly FailOn[] = ["error", "warning", "info", "none"];
/** The most worker threads `--jobs` starts. */
export const MAX_JOBS = 256;
/**
 * The most worker threads started when `--jobs` is not given. Each worker holds its own copy of the
 * checker (about 12–15 MB), so the default stays under 150 MB at any number of cores; more is a choice.
 */
export const DEFAULT_JOBS_CAP = 4;

/**
 * The number of worker threads when `--jobs` is not given: the machine's cores, at most {@link DEFAULT_JOBS_CAP}.
 *
 * @example
 * ```ts
 * [defaultJobs(1), defaultJobs(2), defaultJobs(16)];
 * //=> [1, 2, 4]
 * ```
 */
export function defaultJobs(cores: number): number {
  return Math.max(1, Math.min(DEFAULT_JOBS_CAP, cores));
}

const OPTIONS = {
  ...COMMON_OPTIONS,
  json: { type: "boolean" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  quiet: { type: "boolean", short: "q" },
  "fail-on": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  series: { type: "boolean" },
  blanks: { type: "string" },
  rule: { type: "string", multiple: true },
  strict: { type: "boolean" },
  notes: { type: "boolean" },
  all: { type: "boolean" },
  html: { type: "string" },
  jobs: { type: "string", short: "j" },
} as const;

/** What `zfxxgk check` was asked to do. */
export interface CheckSettings {
  readonly lang: Lang;
  readonly help: boolean;
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly failOn: FailOn;
  /** `--color` true, `--no-color` false, neither undefined. */
  readonly colour: boolean | undefined;
  readonly output: string | undefined;
  readonly html: string | undefined;
  readonly quiet: boolean;
  readonly series: boolean;
  readonly strict: boolean;
  readonly notes: boolean;
  readonly all: boolean;
  readonly check: CheckOptions;
  /** Worker threads (1: in the main thread). */
  readonly jobs: number;
}

/** Parses `--rule id=severity` options, naming the known ids on a mistake. */
export function parseRuleOverrides(values: readonly string[], lang: Lang): Record<string, Severity | "off"> {
  const overrides: Record<string, Severity | "off"> = {};
  for (const value of values) {
    const at = value.lastIndexOf("=");
    const id = at > 0 ? value.slice(0, at) : value;
    const level = at > 0 ? value.slice(at + 1) : "";
    if (!isRuleId(id))
      throw new UsageError(
        say(lang, `check：--rule ${value}：未知规则 ${id}；已知规则：${RULE_IDS.join("、")}`, `check: --rule ${value}: unknown rule ${id}; known rules: ${RULE_IDS.join(", ")}`),
      );
    if (!SEVERITIES.includes(level))
      throw new UsageError(say(lang, `check：--rule ${value}：应为 ${id}=off|error|warning|info`, `check: --rule ${value}: expected ${id}=off|error|warning|info`));
    overrides[id] = level as Severity | "off";
  }
  return overrides;
}

/**
 * `--jobs N`: a whole number from 1 to {@link MAX_JOBS}; absent, the machine's
 * cores (`os.availableParallelism()`), at most {@link DEFAULT_JOBS_CAP}.
 *
 * @example
 * ```ts
 * parseJobs("2", "en");
 * //=> 2
 * ```
 */
export function parseJobs(value: string | undefined, lang: Lang): number {
  if (value === undefined) return defaultJobs(availableParallelism());
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_JOBS) return Number(value);
  throw new UsageError(say(lang, `check：--jobs ${value} 无效，应为 1 到 ${MAX_JOBS} 的整数`, `check: --jobs ${value}: use a whole number from 1 to ${MAX_JOBS}`));
}

function outputFormat(values: { json?: boolean | undefined; format?: string | undefined }, lang: Lang): OutputFormat {
  const format = (values.format ?? (values.json ? "json" : "text")) as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format))
    throw new UsageError(say(lang, `check：--format ${values.format} 无效，应为 ${OUTPUT_FORMATS.join("、")}`, `check: --format ${values.format}: use ${OUTPUT_FORMATS.join(", ")}`));
  if (values.json && values.format !== undefined && values.format !== "json")
    throw new UsageError(say(lang, `check：--json 与 --format ${values.format} 不能同时使用`, `check: --json and --format ${values.format} cannot be used together`));
  return format;
}

function failOnOf(value: string | undefined, lang: Lang): FailOn {
  const failOn = (value ?? "error") as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(say(lang, `check：--fail-on ${value} 无效，应为 ${FAIL_ON.join("、")}`, `check: --fail-on ${value}: use ${FAIL_ON.join(", ")}`));
  return failOn;
}

function blanksOf(value: string | undefined, lang: Lang): BlankPolicy {
  if (value !== undefined && value !== "unknown" && value !== "zero")
    throw new UsageError(say(lang, `check：--blanks ${value} 无效，应为 unknown 或 zero`, `check: --blanks ${value}: use unknown or zero`));
  return (value ?? "unknown") as BlankPolicy;
}

function colourOf(values: { color?: boolean | undefined; "no-color"?: boolean | undefined }, lang: Lang): boolean | undefined {
  if (values.color && values["no-color"]) throw new UsageError(say(lang, "check：--color 与 --no-color 不能同时使用", "check: --color and --no-color cannot be used together"));
  return values.color ? true : values["no-color"] ? false : undefined;
}

function pathsOf(positionals: readonly string[], lang: Lang): readonly string[] {
  if (positionals.length === 0)
    throw new UsageError(
      say(lang, "check：请给出要检查的文件、文件夹或通配模式（- 表示读取标准输入）", "check: name the files, folders or glob patterns to check (- reads standard input)"),
    );
  if (positionals.filter((path) => path === "-").length > 1) throw new UsageError(say(lang, "check：- （标准输入）只能给出一次", "check: - (standard input) can be given only once"));
  return positionals;
}

/** Reads the arguments of `zfxxgk check` (after `check`); `help` set means nothing else was validated. */
export function parseCheckArgs(args: readonly string[], contextLang: Lang): CheckSettings {
  const { values, positionals } = parseCommand(args, OPTIONS, contextLang, "check", true);
  const lang = checkLang(values.lang, "check");
  const base = { lang, quiet: values.quiet === true, series: values.series === true, strict: values.strict === true, notes: values.notes === true, all: values.all === true };
  const settings = { ...base, output: values.output, html: values.html };
  if (values.help) return { ...settings, help: true, paths: [], format: "text", failOn: "error", colour: undefined, check: { lang }, jobs: 1 };
  const blanks = blanksOf(values.blanks, lang);
  const format = outputFormat(values, lang);
  const failOn = failOnOf(values["fail-on"], lang);
  const colour = colourOf(values, lang);
  const paths = pathsOf(positionals, lang);
  const jobs = parseJobs(values.jobs, lang);
  return { ...settings, help: false, paths, format, failOn, colour, jobs, check: { lang, blanks, rules: parseRuleOverrides(values.rule ?? [], lang) } };
}
