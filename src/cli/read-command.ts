/**
 * `zfxxgk read <files or folders…>`: reads published reports (HTML, page text,
 * PDF) and prints each canonical report as JSON on standard output, the
 * reader's notes on standard error; `--csv <file>` writes one row per report
 * for a spreadsheet or pandas.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { getAt } from "../layout/pointer.js";
import { readDocument } from "../pdf/index.js";
import type { ReadResult } from "../read/core/types.js";
import type { Lang } from "../schema/registry.js";
import { check } from "../rules/check.js";
import { cellsOf } from "../schema/describe.js";
import { COMMON_OPTIONS, type Context, checkLang, EXIT, parseCommand, say, UsageError } from "./context.js";
import { escapeForTerminal } from "./escape.js";
import { helpText } from "./help.js";
import { DEFAULT_MAX_BYTES, readRegularFile, walk } from "./inputs.js";
import { READ_LOADERS } from "./read-loaders.js";

const OPTIONS = {
  ...COMMON_OPTIONS,
  provenance: { type: "boolean" },
  csv: { type: "string" },
} as const;

/** Every table cell of both formats, in schema order (2021 first, then the cells only 2019 has). */
function csvPointers(): { pointer: string; path: readonly string[] }[] {
  const seen = new Set<string>();
  const columns: { pointer: string; path: readonly string[] }[] = [];
  for (const format of ["2021", "2019"] as const) {
    for (const entry of cellsOf(format)) {
      if (!entry.meta.cell.table || seen.has(entry.pointer)) continue;
      seen.add(entry.pointer);
      columns.push({ pointer: entry.pointer, path: entry.path });
    }
  }
  return columns;
}

function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "object" ? `${(value as { value: number }).value}${(value as { unit: string }).unit}` : String(value);
  return /[",\n\r]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

interface Read {
  readonly file: string;
  readonly result: ReadResult | undefined;
  readonly error?: string;
}

/** A walked file's bytes (its descriptor when the walk opened it). */
function readEntry(entry: { readonly file: string; readonly fd?: number }, lang: Lang) {
  return readRegularFile(entry.fd ?? resolve(entry.file), entry.file, Math.max(DEFAULT_MAX_BYTES, 16 * 1024 * 1024), lang);
}

/** Runs `zfxxgk read`; returns the exit status. */
export async function runRead(args: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommand(args, OPTIONS, ctx.lang, "read", true);
  const lang = checkLang(values.lang, "read");
  if (values.help) {
    ctx.io.stdout(helpText(lang, "read"));
    return 0;
  }
  if (positionals.length === 0) throw new UsageError(say(lang, "read：请给出文件或文件夹", "read: give files or folders"));
  const reads: Read[] = [];
  for (const entry of walk(positionals, lang, READ_LOADERS)) {
    if (entry.kind === "skipped" || entry.kind === "followed-folder") continue;
    if (entry.kind === "error") {
      reads.push({ file: entry.file, result: undefined, error: entry.error.message });
      continue;
    }
    if (entry.kind === "stdin") {
      reads.push({ file: "-", result: undefined, error: say(lang, "read 不支持标准输入", "read does not take standard input") });
      continue;
    }
    const bytes = readEntry(entry, lang);
    if (!bytes.success) {
      reads.push({ file: entry.file, result: undefined, error: bytes.error.message });
      continue;
    }
    reads.push({ file: entry.file, result: await readDocument(bytes.data, { lang }) });
  }
  let status: number = EXIT.ok;
  const outputs: unknown[] = [];
  for (const { file, result, error } of reads) {
    if (!result || !result.success) {
      status = EXIT.input;
      ctx.io.stderr(`${escapeForTerminal(file)}: ${escapeForTerminal(error ?? (result && !result.success ? result.error.messages[lang] : ""))}\n`);
      outputs.push({ file, success: false, error: result && !result.success ? result.error : { code: "read-error", message: error } });
      continue;
    }
    for (const note of result.notes) {
      if (note.kind === "blank-cell") continue;
      ctx.io.stderr(`${escapeForTerminal(file)}: ${note.kind}: ${escapeForTerminal(note.message[lang])}\n`);
    }
    outputs.push(
      values.provenance
        ? { file, success: true, report: result.data, provenance: result.provenance, detected: result.detected }
        : reads.length === 1
          ? result.data
          : { file, success: true, report: result.data },
    );
  }
  ctx.io.stdout(`${JSON.stringify(outputs.length === 1 && !values.provenance ? outputs[0] : outputs, null, 2)}\n`);
  if (values.csv !== undefined) {
    const columns = csvPointers();
    const lines = [["file", "format", "year", "agency", ...columns.map((column) => column.pointer), "reader_notes", "error_findings"].map(csvField).join(",")];
    for (const { file, result } of reads) {
      if (!result?.success) continue;
      const report = result.data;
      const errors = check(report).filter((finding) => finding.severity === "error").length;
      const notes = result.notes.filter((note) => note.kind !== "blank-cell").length;
      lines.push([file, report.format, report.year, report.agency, ...columns.map((column) => getAt(report, column.path)), notes, errors].map(csvField).join(","));
    }
    try {
      writeFileSync(resolve(values.csv), `${lines.join("\n")}\n`);
    } catch (error) {
      ctx.io.stderr(say(lang, `read：无法写入 ${values.csv}（${(error as Error).message}）\n`, `read: cannot write ${values.csv} (${(error as Error).message})\n`));
      return EXIT.input;
    }
  }
  return status;
}
