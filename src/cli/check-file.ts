/**
 * One path of `zfxxgk check`: read it, recognise it, check it — the same code
 * in the main thread (`--jobs 1`) and in each worker thread. The library's
 * heavy parts are imported on first use: the zod schemas only when a report
 * fails the zod-free fast path, the labelled-table reader only for labelled
 * tables, the error locator only when a finding fails; a run of valid JSON
 * reports never loads them.
 */
import { resolve } from "node:path";
import { check } from "../rules/check.js";
import type { CheckOptions, Finding } from "../rules/types.js";
import type { Lang } from "../schema/registry.js";
import { say } from "./context.js";
import {
  DEFAULT_MAX_BYTES,
  type FileError,
  type InputLoader,
  type LoaderNote,
  largestCap,
  loaderByName,
  loaderFor,
  type ReadBytes,
  readRegularFile,
  stdinTooLarge,
  tooLargeError,
} from "./inputs.js";
import { LOADERS } from "./loaders.js";
import type { FileResult, Processed, StructureIssue } from "./results.js";

const REPORT_KEYS = ["format", "proactive", "applications", "reviewAndLitigation"];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return say(lang, "一个数组", "an array");
  if (value === null) return "null";
  if (!isObject(value)) return say(lang, `一个${({ string: "字符串", number: "数字", boolean: "布尔值" } as Record<string, string>)[typeof value] ?? "值"}`, `a ${typeof value}`);
  const keys = Object.keys(value).slice(0, 6);
  if (keys.length === 0) return say(lang, "一个空对象", "an empty object");
  return say(lang, `键为 ${keys.join("、")} 的对象`, `an object with keys ${keys.join(", ")}`);
}

/**
 * Whether any cell of the report's tables holds a number: a report (or
 * labelled tables) with none has nothing to check. The walk is bounded.
 */
function hasAnyNumber(report: unknown): boolean {
  const stack: unknown[] = [];
  if (isObject(report)) for (const key of ["proactive", "applications", "reviewAndLitigation"]) stack.push(report[key]);
  let visited = 0;
  while (stack.length > 0 && visited < 100_000) {
    const value = stack.pop();
    visited += 1;
    if (typeof value === "number" && Number.isFinite(value)) return true;
    if (isObject(value)) for (const key of Object.keys(value)) stack.push(value[key]);
    else if (Array.isArray(value)) for (const item of value.slice(0, 1000)) stack.push(item);
  }
  return false;
}

// ─── Calls into the library, each imported on first use ────────────────────

/** A module imported on first call, then held (no trip through the module map per file). */
function lazy<Module>(load: () => Promise<Module>): () => Promise<Module> {
  let loading: Promise<Module> | undefined;
  return () => {
    loading ??= load();
    return loading;
  };
}

const fastModule = lazy(() => import("../schema/fast.js"));
const parseModule = lazy(() => import("../schema/parse.js"));
const labeledModule = lazy(() => import("../labeled/index.js"));
const attachModule = lazy(() => import("../locate/attach.js"));

/**
 * Findings a suggestion could answer: decided findings of the table and series rules
 * (locate/attach.ts decides exactly; this only spares loading it when none can be).
 */
const MAYBE_LOCATABLE = /^(t\d|series)\./;

/** Schema issues: none when the zod-free fast path accepts; otherwise parseReport (and zod) says which. */
async function structureIssues(report: unknown, strict: boolean, lang: Lang): Promise<StructureIssue[]> {
  const { fastParse } = await fastModule();
  if (fastParse(report, undefined, !strict) !== undefined) return [];
  const { parseReport } = await parseModule();
  const parsed = parseReport(report, { lenient: !strict, lang });
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ ...issue }));
}

/** `fromLabeledTables`, in the CLI's own shape. */
export async function readLabeled(
  value: unknown,
  lang: Lang,
): Promise<{ success: true; data: unknown; notes: readonly LoaderNote[] } | { success: false; message: string; notes: readonly LoaderNote[] }> {
  const { fromLabeledTables } = await labeledModule();
  const read = fromLabeledTables(value, { lang });
  return read.success ? { success: true, data: read.data, notes: read.notes } : { success: false, message: read.error.message, notes: read.notes };
}

/** The findings of one report, with locateErrors suggestions when asked and something fails. */
async function findingsOf(report: unknown, options: CheckFileOptions): Promise<Finding[]> {
  const findings = check(report, options.check);
  if (!options.suggest || !findings.some((finding) => finding.assessable !== false && MAYBE_LOCATABLE.test(finding.ruleId))) return findings;
  const { suggestForReport } = await attachModule();
  return suggestForReport(report, findings, options.lang, { blanks: options.check.blanks ?? "unknown" });
}

// ─── One path ───────────────────────────────────────────────────────────────

/** A result with nothing read: the fields every failed or skipped path shares. */
export const EMPTY = { input: null, format: null, year: null, agency: null, issues: [], findings: [], notes: [], error: null, skipped: null, link: null } as const;

/** Options of {@link checkInput}; plain data (no functions but `debug`), so a worker thread receives them as they are. */
export interface CheckFileOptions {
  readonly lang: Lang;
  readonly strict: boolean;
  readonly check: CheckOptions;
  readonly loaders?: readonly InputLoader[];
  readonly cwd?: string;
  readonly debug?: (error: unknown) => void;
  /** Attach locateErrors suggestions to failing findings (the text format prints them). */
  readonly suggest?: boolean;
}

/** A failed result for a path, with the error's excerpt kept for the text output. */
export function failed(file: string, error: FileError, extra: Partial<FileResult> = {}): Processed {
  const { excerpt, ...rest } = error;
  return { result: { file, ...EMPTY, ...extra, error: rest }, ...(excerpt ? { excerpt } : {}) };
}

/** What {@link loadInput} returns: the value a loader read, or a failed result. */
export type Loaded =
  | { readonly success: true; readonly data: unknown; readonly notes: readonly LoaderNote[]; readonly loader: InputLoader }
  | { readonly success: false; readonly failed: Processed };

/** The bytes of a path: already read (standard input), an open descriptor from the walk, or read now. */
function readBytes(file: string, bytes: ReadBytes | undefined, options: CheckFileOptions, named: InputLoader | undefined, fd: number | undefined): ReadBytes {
  if (bytes) return bytes;
  const cap = named?.maxBytes ?? (named ? DEFAULT_MAX_BYTES : largestCap(options.loaders ?? LOADERS));
  return readRegularFile(fd ?? resolve(options.cwd ?? ".", file), file, cap, options.lang);
}

/**
 * Reads a file (or takes the bytes already read from standard input) and runs
 * its loader; never throws. `fd`: a descriptor the walk already opened (it is
 * read and closed here).
 */
export async function loadInput(file: string, bytes: ReadBytes | undefined, options: CheckFileOptions, link: "followed" | null = null, fd?: number): Promise<Loaded> {
  const { lang } = options;
  const loaders = options.loaders ?? LOADERS;
  try {
    // The loader by name first (its cap applies); else read with the largest cap and sniff.
    const named = file === "-" ? undefined : loaderByName(file, loaders);
    const read = readBytes(file, bytes, options, named, fd);
    if (!read.success) return { success: false, failed: failed(file, read.error, { link }) };
    const loader = named ?? loaderFor(file, read.data, loaders);
    const cap = loader.maxBytes ?? DEFAULT_MAX_BYTES;
    if (read.data.length > cap) return { success: false, failed: failed(file, file === "-" ? stdinTooLarge(cap, lang) : tooLargeError(file, read.data.length, cap, lang), { link }) };
    const loaded = await loader.load({ name: file, bytes: read.data, lang });
    if (!loaded.success) return { success: false, failed: failed(file, loaded.error, { link, notes: loaded.notes ?? [] }) };
    return { success: true, data: loaded.data, notes: loaded.notes ?? [], loader };
  } catch (error) {
    options.debug?.(error);
    return { success: false, failed: failed(file, thrown(error, file, lang), { link }) };
  }
}

/** A throw while reading or checking a file, as that file's error. */
export function thrown(error: unknown, file: string, lang: Lang): FileError {
  return error instanceof RangeError
    ? { code: "too-deep", message: say(lang, `${file}：内容嵌套过深或过大，无法处理`, `${file}: nested too deeply or too large to process`) }
    : { code: "internal-error", message: say(lang, `${file}：内部错误（${(error as Error)?.message}）；--debug 显示堆栈`, `${file}: internal error (${(error as Error)?.message}); --debug shows the stack`) };
}

/** Reads a file (or takes the bytes of standard input) and checks it; never throws. */
export async function checkInput(file: string, bytes: ReadBytes | undefined, options: CheckFileOptions, link: "followed" | null = null, fd?: number): Promise<Processed> {
  const loaded = await loadInput(file, bytes, options, link, fd);
  if (!loaded.success) return loaded.failed;
  try {
    return await examine(file, loaded, options, link);
  } catch (error) {
    options.debug?.(error);
    return failed(file, thrown(error, file, options.lang), { link });
  }
}

/** A value read, recognised as labelled tables or a report, or why it is neither. */
type Recognised = { readonly report: unknown; readonly input: string; readonly notes: readonly LoaderNote[] } | { readonly failed: Processed };

async function recognise(file: string, loaded: Extract<Loaded, { success: true }>, lang: Lang, link: "followed" | null): Promise<Recognised> {
  const value = loaded.data;
  if (isObject(value) && Object.hasOwn(value, "tables")) {
    const read = await readLabeled(value, lang);
    const notes = [...loaded.notes, ...read.notes];
    if (!read.success)
      return {
        failed: failed(file, { code: "labeled-tables", message: `${file}: ${say(lang, "按标签的表格无法读取：", "the labelled tables cannot be read: ")}${read.message}` }, { input: "labeled", notes, link }),
      };
    return { report: read.data, input: "labeled", notes };
  }
  if (isObject(value) && REPORT_KEYS.some((key) => Object.hasOwn(value, key)))
    return { report: value, input: loaded.loader.kind === "json" ? "report" : loaded.loader.kind, notes: loaded.notes };
  return {
    failed: failed(
      file,
      {
        code: "not-a-report",
        message: say(
          lang,
          `${file}：不是报告。应为报告对象（含 format、year、agency、proactive、applications、reviewAndLitigation）或按标签的表格（含 tables 的对象），实际是${describeValue(value, lang)}`,
          `${file}: not a report. Expected a report object (format, year, agency, proactive, applications, reviewAndLitigation) or labelled tables (an object with "tables"), got ${describeValue(value, lang)}`,
        ),
      },
      { link },
    ),
  };
}

async function examine(file: string, loaded: Extract<Loaded, { success: true }>, options: CheckFileOptions, link: "followed" | null): Promise<Processed> {
  const { lang } = options;
  const recognised = await recognise(file, loaded, lang, link);
  if ("failed" in recognised) return recognised.failed;
  const { report, input, notes } = recognised;
  const fields = report as Record<string, unknown>;
  const known = {
    input,
    format: fields.format === "2019" || fields.format === "2021" ? fields.format : null,
    year: Number.isInteger(fields.year) ? (fields.year as number) : null,
    agency: typeof fields.agency === "string" ? fields.agency : null,
    notes,
    link,
  } as const;
  if (!hasAnyNumber(report))
    return failed(
      file,
      {
        code: "empty-report",
        message: say(
          lang,
          `${file}：报告的统计表中没有任何数字（全部为空白或缺失），没有可检查的内容，不算通过`,
          `${file}: no cell of the report's tables holds a number (all blank or missing); there is nothing to check, which is not a pass`,
        ),
      },
      { ...known },
    );
  const result: FileResult = { file, ...EMPTY, ...known, issues: await structureIssues(report, options.strict, lang), findings: await findingsOf(report, options) };
  return { result, report };
}
