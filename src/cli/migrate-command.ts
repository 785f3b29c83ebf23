import { closeSync, openSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { breakRule, buildReport, type ReportRuleId } from "../fixtures/index.js";
import { BREAKABLE_RULES } from "../fixtures/break-rule.js";
import { formatForYear } from "../fixtures/build-report.js";
import { LOSS_REASONS, type LossReason, migrate } from "../migrate/index.js";
import { isRuleId } from "../rules/catalogue.js";
import type { Lang } from "../schema/registry.js";
import { loadInput, readLabeled } from "./check-file.js";
import { COMMON_OPTIONS, type Context, checkFormat, checkInteger, checkLang, EXIT, parseCommand, say, UsageError } from "./context.js";
import { escapeForTerminal as clean, escapeLines } from "./escape.js";
import { helpText } from "./help.js";
import { largestCap, type ReadBytes, stdinTooLarge } from "./inputs.js";
import { LOADERS } from "./loaders.js";

function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** How a migration's ledger entries are counted: only renamed, carried after a merge or split, lost, or a target cell with no source. */
export type LedgerGroup = "renamed" | "transformed" | "lost" | "no-source";

/** The group of a loss reason. */
export function ledgerGroup(reason: LossReason): LedgerGroup {
  if (reason === "renamed-scope") return "renamed";
  const info = LOSS_REASONS[reason];
  if (info.side === "target") return "no-source";
  return info.carried ? "transformed" : "lost";
}

const GROUP_TITLES: Record<LedgerGroup, { zh: string; en: string }> = {
  renamed: { zh: "仅改名（值照转）", en: "only renamed (value copied)" },
  transformed: { zh: "合并或拆分后转入", en: "carried after a merge or split" },
  lost: { zh: "未能转入（丢失）", en: "not carried (lost)" },
  "no-source": { zh: "目标单元格无来源（留空）", en: "target cells with no source (left blank)" },
};

type LedgerEntry = { readonly pointer: string; readonly value: unknown; readonly reason: LossReason; readonly message: { readonly zh: string; readonly en: string } };

/**
 * The ledger summary of a migration: counts per group, then every entry
 * under its group. Untrusted values are escaped.
 *
 * @example
 * ```ts
 * migrationSummary([], "2021", "en");
 * //=> "migrated to format 2021: nothing lost or changed\n"
 * ```
 */
export function migrationSummary(losses: readonly LedgerEntry[], to: string, lang: Lang): string {
  if (losses.length === 0) return say(lang, `迁移到 ${to} 格式：没有损失或改动\n`, `migrated to format ${to}: nothing lost or changed\n`);
  const groups: Record<LedgerGroup, LedgerEntry[]> = { renamed: [], transformed: [], lost: [], "no-source": [] };
  for (const loss of losses) groups[ledgerGroup(loss.reason)].push(loss);
  const order: LedgerGroup[] = ["lost", "no-source", "transformed", "renamed"];
  const counts = order.map((group) => `${GROUP_TITLES[group][lang]} ${groups[group].length}`).join(" · ");
  const lines = [say(lang, `迁移到 ${to} 格式：${counts}`, `migrated to format ${to}: ${counts}`)];
  for (const group of order) {
    if (groups[group].length === 0) continue;
    lines.push(`${GROUP_TITLES[group][lang]}:`);
    for (const loss of groups[group])
      lines.push(`  ${clean(loss.pointer)} = ${clean(preview(loss.value))} (${LOSS_REASONS[loss.reason].title[lang]})  ${clean(loss.message[lang])}`);
  }
  return `${lines.join("\n")}\n`;
}

/** `zfxxgk migrate <file|-> --to 2019|2021`: the migrated report on stdout (or `-o`), the ledger on stderr or `--ledger`. */
export async function runMigrate(args: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { ...COMMON_OPTIONS, to: { type: "string" }, ledger: { type: "string" }, output: { type: "string", short: "o" } },
    ctx.lang,
    "migrate",
    true,
  );
  const lang: Lang = checkLang(values.lang, "migrate");
  const { io } = ctx;
  if (values.help) {
    io.stdout(helpText(lang, "migrate"));
    return EXIT.ok;
  }
  if (positionals.length !== 1)
    throw new UsageError(say(lang, "migrate：请给出且只给出一个报告文件（- 表示读取标准输入）", "migrate: name exactly one report file (- reads standard input)"));
  const to = checkFormat(values.to, "--to", lang, "migrate");
  const file = positionals[0] as string;
  let bytes: ReadBytes | undefined;
  if (file === "-") {
    const cap = largestCap(LOADERS);
    const data = io.readStdin ? await io.readStdin(cap) : new Uint8Array();
    bytes = data === "too-large" ? { success: false, error: stdinTooLarge(cap, lang) } : { success: true, data };
  }
  const loaded = await loadInput(file, bytes, { lang, strict: false, check: {}, cwd: io.cwd });
  if (!loaded.success) {
    const { result, excerpt } = loaded.failed;
    io.stderr(`${clean(result.error?.message ?? "")}\n${excerpt ? `${escapeLines(excerpt)}\n` : ""}`);
    return EXIT.input;
  }
  let report = loaded.data;
  const value = loaded.data;
  if (value && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, "tables")) {
    const read = await readLabeled(value, lang);
    if (!read.success) {
      io.stderr(`${clean(file)}: ${clean(read.message)}\n`);
      return EXIT.input;
    }
    report = read.data;
  }
  const result = migrate(report, to, { lang });
  if (!result.success) {
    io.stderr(say(lang, `${clean(file)}：无法迁移，报告结构有误：\n`, `${clean(file)}: cannot be migrated; the report's structure is invalid:\n`));
    for (const issue of result.error.issues) io.stderr(`  ✖ ${clean(issue.path || "/")}  ${clean(issue.message)}\n`);
    return EXIT.input;
  }
  const write = (path: string, text: string): boolean => {
    try {
      const fd = openSync(resolve(io.cwd, path), "w");
      try {
        writeSync(fd, text);
      } finally {
        closeSync(fd);
      }
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      io.stderr(say(lang, `migrate：无法写入 ${clean(path)}（${code}）\n`, `migrate: cannot write ${clean(path)} (${code})\n`));
      return false;
    }
  };
  const migrated = `${JSON.stringify(result.data, null, 2)}\n`;
  if (values.output !== undefined && values.output !== "-") {
    if (!write(values.output, migrated)) return EXIT.input;
  } else io.stdout(migrated);
  if (values.ledger !== undefined) return write(values.ledger, `${JSON.stringify(result.losses, null, 2)}\n`) ? EXIT.ok : EXIT.input;
  io.stderr(migrationSummary(result.losses, to, lang));
  return EXIT.ok;
}

/** `zfxxgk fixture --format …`: a generated report, optionally breaking one rule. */
export function runFixture(args: readonly string[], ctx: Context): number {
  const { values } = parseCommand(
    args,
    { ...COMMON_OPTIONS, format: { type: "string" }, year: { type: "string" }, seed: { type: "string" }, break: { type: "string" } },
    ctx.lang,
    "fixture",
  );
  const lang = checkLang(values.lang, "fixture");
  if (values.help) {
    ctx.io.stdout(helpText(lang, "fixture"));
    return EXIT.ok;
  }
  const format = checkFormat(values.format, "--format", lang, "fixture");
  const year = checkInteger(values.year, "--year", lang, "fixture");
  const seed = checkInteger(values.seed, "--seed", lang, "fixture");
  // Checked here so that every message is in the requested language.
  if (year !== undefined && (year < 2019 || formatForYear(year) !== format))
    throw new UsageError(
      say(
        lang,
        `fixture：--year ${year} 与 --format ${format} 不符（2019–2020 年度用 2019 格式，2021 年度起用 2021 格式）`,
        `fixture: --year ${year} does not go with --format ${format} (2019–2020 use format 2019, 2021 on use 2021)`,
      ),
    );
  const breakable = BREAKABLE_RULES as Record<string, readonly string[]>;
  if (values.break !== undefined) {
    const id = values.break;
    if (!Object.hasOwn(breakable, id)) {
      const known = Object.keys(breakable).join(say(lang, "、", ", "));
      throw new UsageError(
        isRuleId(id)
          ? say(lang, `fixture：--break ${clean(id)}：fixture 不能违反这条规则（可用：${known}）`, `fixture: --break ${clean(id)}: fixture cannot break this rule (it can break: ${known})`)
          : say(lang, `fixture：--break ${clean(id)}：未知规则（可用：${known}）`, `fixture: --break ${clean(id)}: unknown rule (it can break: ${known})`),
      );
    }
    if (!(breakable[id] as readonly string[]).includes(format))
      throw new UsageError(
        say(lang, `fixture：规则 ${id} 不适用于 ${format} 格式（适用于 ${breakable[id]?.join("、")}）`, `fixture: rule ${id} does not apply to format ${format} (it applies to ${breakable[id]?.join(", ")})`),
      );
  }
  const built = buildReport({ format, ...(year !== undefined ? { year } : {}), ...(seed !== undefined ? { seed } : {}) });
  const report = values.break === undefined ? built : breakRule(built, values.break as ReportRuleId);
  ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  return EXIT.ok;
}
