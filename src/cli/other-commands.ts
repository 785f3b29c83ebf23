import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ruleCatalogue } from "../rules/catalogue.js";
import type { Lang } from "../schema/registry.js";
import { COMMON_OPTIONS, type Context, checkFormat, checkLang, parseCommand, say } from "./context.js";
import { helpText } from "./help.js";

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

const SEVERITY_LABEL = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
} as const;

/** The rule catalogue as a readable table (one rule per entry: id, severity, scope, formats, title, relation). */
export function rulesTable(lang: Lang): string {
  const catalogue = ruleCatalogue();
  const rows = catalogue.map((rule) => [
    rule.id,
    SEVERITY_LABEL[lang][rule.severity],
    rule.scope === "report" ? say(lang, "单份", "report") : say(lang, "系列", "series"),
    rule.formats.join(","),
    rule.title[lang],
  ]);
  const header = say(lang, "规则|级别|范围|格式|名称", "rule|severity|scope|formats|title").split("|");
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => displayWidth(row[column] as string))));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : pad(cell, widths[column] as number)))
      .join("  ")
      .trimEnd();
  const out = [line(header), line(widths.map((width) => "─".repeat(width)))];
  catalogue.forEach((rule, index) => {
    out.push(line(rows[index] as string[]));
    out.push(`${" ".repeat((widths[0] as number) + 2)}${rule.relation[lang]}`);
  });
  out.push("", say(lang, `共 ${catalogue.length} 条规则；zfxxgk rules --json 输出完整目录。`, `${catalogue.length} rules; zfxxgk rules --json prints the whole catalogue.`));
  return `${out.join("\n")}\n`;
}

/** `zfxxgk rules`: the catalogue as a table, or `--json`. */
export function runRules(args: readonly string[], ctx: Context): number {
  const { values } = parseCommand(args, { ...COMMON_OPTIONS, json: { type: "boolean" } }, ctx.lang, "rules");
  const lang = checkLang(values.lang, "rules");
  if (values.help) ctx.io.stdout(helpText(lang, "rules"));
  else ctx.io.stdout(values.json ? `${JSON.stringify(ruleCatalogue(), null, 2)}\n` : rulesTable(lang));
  return 0;
}

/** `zfxxgk schema`: prints a published JSON Schema file. */
export function runSchema(args: readonly string[], ctx: Context): number {
  const { values } = parseCommand(args, { ...COMMON_OPTIONS, format: { type: "string" }, lenient: { type: "boolean" } }, ctx.lang, "schema");
  const lang = checkLang(values.lang, "schema");
  if (values.help) {
    ctx.io.stdout(helpText(lang, "schema"));
    return 0;
  }
  const format = checkFormat(values.format, "--format", lang, "schema");
  const name = `report-${format}.${values.lenient ? "lenient" : "strict"}.json`;
  if (ctx.io.jsonSchema) {
    ctx.io.stdout(`${JSON.stringify(ctx.io.jsonSchema(name), null, 2)}\n`);
    return 0;
  }
  const file = ctx.io.packageRoot ? join(ctx.io.packageRoot, "dist", "json-schema", name) : undefined;
  if (!file || !existsSync(file)) {
    ctx.io.stderr(
      say(lang, `schema：找不到 ${name}（dist/json-schema/；请先运行 npm run build）\n`, `schema: ${name} not found (dist/json-schema/; run npm run build first)\n`),
    );
    return 2;
  }
  const text = readFileSync(file, "utf8");
  ctx.io.stdout(text.endsWith("\n") ? text : `${text}\n`);
  return 0;
}
