import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { breakRule, buildReport, type ReportRuleId } from "../fixtures/index.js";
import { fromLabeledTables } from "../labeled/index.js";
import { migrate } from "../migrate/index.js";
import type { Lang } from "../schema/registry.js";
import { COMMON_OPTIONS, type Context, checkFormat, checkInteger, checkLang, parseCommand, say, UsageError } from "./context.js";
import { helpText } from "./help.js";
import { readJsonFile } from "./read.js";

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** `zfxxgk migrate <file> --to 2019|2021`: the migrated report on stdout, the ledger on stderr or `--ledger`. */
export function runMigrate(args: readonly string[], ctx: Context): number {
  const { values, positionals } = parseCommand(
    args,
    { ...COMMON_OPTIONS, to: { type: "string" }, ledger: { type: "string" } },
    ctx.lang,
    "migrate",
    true,
  );
  const lang: Lang = checkLang(values.lang, "migrate");
  const { io } = ctx;
  if (values.help) {
    io.stdout(helpText(lang, "migrate"));
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(
      say(lang, "migrate：请给出且只给出一个报告文件（不读取标准输入）", "migrate: name exactly one report file (standard input is not read)"),
    );
  const to = checkFormat(values.to, "--to", lang, "migrate");
  const file = positionals[0] as string;
  const loaded = readJsonFile(file, lang, io.cwd);
  if (!loaded.ok) {
    io.stderr(`${loaded.error.message}\n${loaded.error.excerpt ? `${loaded.error.excerpt}\n` : ""}`);
    return 2;
  }
  let report = loaded.value;
  const value = loaded.value;
  if (value && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, "tables")) {
    const read = fromLabeledTables(value, { lang });
    if (!read.success) {
      io.stderr(`${file}: ${read.error.message}\n`);
      return 2;
    }
    report = read.data;
  }
  const result = migrate(report, to, { lang });
  if (!result.success) {
    io.stderr(say(lang, `${file}：无法迁移，报告结构有误：\n`, `${file}: cannot be migrated; the report's structure is invalid:\n`));
    for (const issue of result.error.issues) io.stderr(`  ✖ ${issue.path || "/"}  ${issue.message}\n`);
    return 2;
  }
  io.stdout(`${JSON.stringify(result.data, null, 2)}\n`);
  if (values.ledger !== undefined) {
    try {
      writeFileSync(resolve(io.cwd, values.ledger), `${JSON.stringify(result.losses, null, 2)}\n`);
    } catch (error) {
      io.stderr(say(lang, `migrate：无法写入 ${values.ledger}（${(error as NodeJS.ErrnoException).code ?? error}）\n`, `migrate: cannot write ${values.ledger} (${(error as NodeJS.ErrnoException).code ?? error})\n`));
      return 2;
    }
    return 0;
  }
  if (result.losses.length === 0) io.stderr(say(lang, `迁移到 ${to} 格式：没有损失\n`, `migrated to format ${to}: nothing lost\n`));
  else {
    io.stderr(say(lang, `迁移到 ${to} 格式：${result.losses.length} 项未能转换：\n`, `migrated to format ${to}: ${result.losses.length} values not carried:\n`));
    for (const loss of result.losses) io.stderr(`  ${loss.pointer} = ${preview(loss.value)} (${loss.reason})  ${loss.message[lang]}\n`);
  }
  return 0;
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
    return 0;
  }
  const format = checkFormat(values.format, "--format", lang, "fixture");
  const year = checkInteger(values.year, "--year", lang, "fixture");
  const seed = checkInteger(values.seed, "--seed", lang, "fixture");
  let report: unknown;
  try {
    const built = buildReport({ format, ...(year !== undefined ? { year } : {}), ...(seed !== undefined ? { seed } : {}) });
    report = values.break === undefined ? built : breakRule(built, values.break as ReportRuleId);
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) throw new UsageError(`fixture: ${error.message}`);
    throw error;
  }
  ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}
