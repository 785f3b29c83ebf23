/**
 * Executes the mapping of one direction on a (validated) lenient report and
 * writes the ledger. Pure: the input is read, never written.
 *
 * The mapping is compiled once per direction, at first use, from the zod-free
 * cell table: pointers pre-split into keys, printed labels looked up, the output
 * skeleton built. A run then only reads, copies and writes values.
 */
import { cellsOf, describeCell, labelText } from "../layout/cells.js";
import { fromPointer, getAt, setAt } from "../layout/pointer.js";
import type { Bilingual } from "../rules/types.js";
import type { Format } from "../schema/report.js";
import { cellMappings, type Direction, formatsOf, type MappingOperation } from "./mapping.js";
import { LOSS_REASONS, type LossReason } from "./reasons.js";

/**
 * One ledger entry: a cell that was not carried exactly, its value and why.
 *
 * For source-side reasons (`dropped`, `rescoped`, `renamed-scope`,
 * `measure-replaced`, `merged`, `assumed-split`) `pointer` is the cell of the
 * input and `value` its value (`null` included); `target` is set when the
 * value (or a value derived from it) went into a cell of the output. For
 * target-side reasons (`no-source`, `requirement-absent`) `pointer` and
 * `target` are both the cell of the output and `value` is `null`.
 *
 * @example
 * ```ts
 * import { migrate } from "zfxxgk";
 * migrate(seed000, "2021").losses.find((loss) => loss.pointer === "/proactive/procurement/amount");
 * //=> { pointer: "/proactive/procurement/amount", value: { value: 26.22, unit: "万元" }, reason: "dropped", message: { zh: "…", en: "…" } }
 * ```
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/migration.md#the-ledger
 */
export interface Loss {
  /** JSON Pointer of the source cell (source-side reasons) or of the output cell (target-side reasons). */
  readonly pointer: string;
  /** The source cell's value, `null` included; `null` for target-side reasons. */
  readonly value: unknown;
  /** Why, from the fixed list {@link LOSS_REASONS}. */
  readonly reason: LossReason;
  /** JSON Pointer in the output where the value (or a value derived from it) went, or the blank output cell itself. */
  readonly target?: string;
  /** A sentence naming the printed labels of source and target. */
  readonly message: Bilingual;
}

type Json = Record<string, unknown>;

/** A cell of one side of a compiled step: its pointer, its keys and its printed label. */
interface Cell {
  readonly pointer: string;
  readonly keys: readonly string[];
  readonly label: Bilingual;
}

/** One step of the mapping, compiled: everything that does not depend on the report. */
interface CompiledStep {
  readonly op: MappingOperation;
  readonly reason: LossReason | undefined;
  readonly note: Bilingual;
  readonly sources: readonly Cell[];
  readonly targets: readonly Cell[];
  /** The target labels joined, for the re-scoped and measure-replaced messages. */
  readonly counterpart: Bilingual;
}

interface CompiledDirection {
  readonly from: Format;
  readonly to: Format;
  /** The output without prose, every table and metadata cell `null`, keys in schema order. */
  readonly skeleton: Json;
  readonly steps: readonly CompiledStep[];
}

const NO_LABEL: Bilingual = { zh: "", en: "" };

function label(format: Format, pointer: string): Bilingual {
  const meta = describeCell(format, pointer);
  if (!meta) return { zh: pointer, en: pointer };
  return { zh: `「${labelText(meta.cell, "zh")}」`, en: `“${labelText(meta.cell, "en")}”` };
}

/** Key order as in the schema (format, year, agency, proactive, applications, reviewAndLitigation, text). */
const TOP_KEYS = ["year", "agency", "proactive", "applications", "reviewAndLitigation", "text"] as const;

function buildSkeleton(to: Format): Json {
  const built: Json = {};
  // Table and metadata cells in printed order of the target; prose is added per run only if present.
  // (`/format` is written too, then left out: `ordered` starts with the target's format.)
  for (const cell of cellsOf(to)) if (cell.meta.cell.kind !== "text") setAt(built, cell.path, null);
  const ordered: Json = { format: to };
  for (const key of TOP_KEYS) if (Object.hasOwn(built, key)) ordered[key] = built[key];
  return ordered;
}

function compile(direction: Direction): CompiledDirection {
  const { from, to } = formatsOf(direction);
  const cellOf = (format: Format, pointer: string): Cell => ({ pointer, keys: fromPointer(pointer), label: label(format, pointer) });
  const steps = cellMappings(direction).map((cell): CompiledStep => {
    const targets = cell.targets.map((pointer) => cellOf(to, pointer));
    return {
      op: cell.step.op,
      reason: cell.step.reason,
      note: cell.step.note,
      sources: cell.sources.map((pointer) => cellOf(from, pointer)),
      targets,
      counterpart: { zh: targets.map((target) => target.label.zh).join("、"), en: targets.map((target) => target.label.en).join(", ") },
    };
  });
  return { from, to, skeleton: buildSkeleton(to), steps };
}

const compiled = new Map<Direction, CompiledDirection>();

function compiledOf(direction: Direction): CompiledDirection {
  let found = compiled.get(direction);
  if (!found) {
    found = compile(direction);
    compiled.set(direction, found);
  }
  return found;
}

/** A fresh copy of the skeleton (objects of objects of `null`). */
function fresh(node: Json): Json {
  const out: Json = {};
  for (const key of Object.keys(node)) {
    const value = node[key];
    out[key] = value !== null && typeof value === "object" ? fresh(value as Json) : value;
  }
  return out;
}

/** A copy of a parsed cell value: numbers, strings and `null` as they are, objects (amounts) cloned. */
function copyValue(value: unknown): unknown {
  return value !== null && typeof value === "object" ? structuredClone(value) : value;
}

function show(value: unknown): Bilingual {
  if (value === null) return { zh: "空白", en: "blank" };
  if (typeof value === "object" && value && "value" in value && "unit" in value) {
    const amount = value as { value: number; unit: string };
    return { zh: `${amount.value} ${amount.unit}`, en: `${amount.value} ${amount.unit}` };
  }
  return { zh: String(value), en: String(value) };
}

interface MessageContext {
  readonly from: Format;
  readonly to: Format;
  /** The source cell's label (empty for target-side reasons). */
  readonly s: Bilingual;
  /** The target cell's label (empty when there is none). */
  readonly t: Bilingual;
  readonly counterpart: Bilingual;
  readonly value: unknown;
  readonly note: Bilingual;
  /** For assumed-split: what the target cell received. */
  readonly placed?: unknown;
}

function messageFor(reason: LossReason, context: MessageContext): Bilingual {
  const { from, to, note, s, t, counterpart } = context;
  const v = show(context.value);
  switch (reason) {
    case "renamed-scope":
      return {
        zh: `${s.zh}（${from} 格式）按原值 ${v.zh} 填入 ${t.zh}（${to} 格式），口径相近但不完全相同：${note.zh}`,
        en: `${s.en} (${from} format) copied as ${v.en} to ${t.en} (${to} format); near-exact, not identical: ${note.en}`,
      };
    case "dropped":
      return {
        zh: `${s.zh}（${from} 格式）在 ${to} 格式中没有对应单元格，值 ${v.zh} 未转入：${note.zh}`,
        en: `${s.en} (${from} format) has no cell in the ${to} format; its value ${v.en} is not carried: ${note.en}`,
      };
    case "rescoped":
    case "measure-replaced":
      return {
        zh: `${s.zh}（${from} 格式）值 ${v.zh} 未转入：与 ${to} 格式的 ${counterpart.zh} 口径不同，不能照抄，后者留空：${note.zh}`,
        en: `${s.en} (${from} format) value ${v.en} is not carried: ${counterpart.en} in the ${to} format measures something else, so it is left blank: ${note.en}`,
      };
    case "merged":
      return {
        zh: `${s.zh}（${from} 格式）值 ${v.zh} 并入 ${t.zh}（${to} 格式，三个分项之和）：${note.zh}`,
        en: `${s.en} (${from} format) value ${v.en} merged into ${t.en} (${to} format, the sum of the three sub-rows): ${note.en}`,
      };
    case "assumed-split": {
      const placed = show(context.placed);
      return {
        zh: `${t.zh}（${to} 格式）填 ${placed.zh}，是由 ${s.zh}（${from} 格式，值 ${v.zh}）假定拆分所得，并非原报告数据：${note.zh}`,
        en: `${t.en} (${to} format) set to ${placed.en} by an assumed split of ${s.en} (${from} format, value ${v.en}); not reported data: ${note.en}`,
      };
    }
    case "no-source":
      return {
        zh: `${t.zh}（${to} 格式）在 ${from} 格式中没有来源，留空（null），不编造数字：${note.zh}`,
        en: `${t.en} (${to} format) has no source in the ${from} format, so it is left null; no number is invented: ${note.en}`,
      };
    case "requirement-absent":
      return {
        zh: `${t.zh}（${to} 格式）：${note.zh}`,
        en: `${t.en} (${to} format): ${note.en}`,
      };
  }
}

function isSourceSide(reason: LossReason): boolean {
  return LOSS_REASONS[reason].side === "source";
}

/** A sum that left the range where doubles count exactly (above 2^53 − 1): the migration cannot answer. */
export interface OutOfRange {
  /** The output cell that would hold the sum. */
  readonly target: string;
  /** The source cells added. */
  readonly sources: readonly string[];
  /** Their values. */
  readonly values: readonly unknown[];
}

/** Runs one direction on a parsed report, appending to `losses`; returns what went out of range, if anything. */
class Run {
  readonly output: Json;
  readonly losses: Loss[] = [];
  outOfRange: OutOfRange | undefined;

  constructor(
    readonly plan: CompiledDirection,
    readonly source: Json,
  ) {
    this.output = fresh(plan.skeleton);
    if (source.text !== undefined) this.output.text = {};
  }

  sourceLoss(step: CompiledStep, cell: Cell, reason: LossReason, target?: Cell, placed?: unknown): void {
    const { from, to } = this.plan;
    const value = copyValue(getAt(this.source, cell.keys) ?? null);
    this.losses.push({
      pointer: cell.pointer,
      value,
      reason,
      ...(target === undefined ? {} : { target: target.pointer }),
      message: messageFor(reason, { from, to, s: cell.label, t: target?.label ?? NO_LABEL, counterpart: step.counterpart, value, note: step.note, placed }),
    });
  }

  targetLoss(step: CompiledStep, cell: Cell, reason: LossReason): void {
    const { from, to } = this.plan;
    this.losses.push({
      pointer: cell.pointer,
      value: null,
      reason,
      target: cell.pointer,
      message: messageFor(reason, { from, to, s: NO_LABEL, t: cell.label, counterpart: NO_LABEL, value: null, note: step.note }),
    });
  }

  copy(step: CompiledStep): void {
    const [from0, to0] = [step.sources[0] as Cell, step.targets[0] as Cell];
    const value = getAt(this.source, from0.keys);
    // Optional prose stays absent when absent; a table cell is never absent in a lenient report (and is null in the skeleton).
    if (value !== undefined) setAt(this.output, to0.keys, copyValue(value));
    if (step.reason && isSourceSide(step.reason)) this.sourceLoss(step, from0, step.reason, to0);
    else if (step.reason) this.targetLoss(step, to0, step.reason);
  }

  blank(step: CompiledStep): void {
    if (step.reason && isSourceSide(step.reason)) for (const cell of step.sources) this.sourceLoss(step, cell, step.reason);
    for (const cell of step.targets) {
      setAt(this.output, cell.keys, null);
      this.targetLoss(step, cell, "no-source");
    }
  }

  sum(step: CompiledStep): void {
    const target = step.targets[0] as Cell;
    const values = step.sources.map((cell) => getAt(this.source, cell.keys));
    let total: number | null = 0;
    for (const value of values) {
      if (typeof value !== "number") {
        total = null;
        break;
      }
      total += value;
    }
    // Parts are whole numbers ≥ 0: a total beyond 2^53 − 1 may be off by some units, so no total is given.
    if (total !== null && !Number.isSafeInteger(total)) {
      this.outOfRange ??= { target: target.pointer, sources: step.sources.map((cell) => cell.pointer), values };
      total = null;
    }
    setAt(this.output, target.keys, total);
    for (const cell of step.sources) this.sourceLoss(step, cell, step.reason ?? "merged", target);
  }

  split(step: CompiledStep): void {
    const from0 = step.sources[0] as Cell;
    const value = getAt(this.source, from0.keys) ?? null;
    const last = step.targets.length - 1;
    step.targets.forEach((cell, index) => {
      const placed = value === null ? null : index === last ? value : 0;
      setAt(this.output, cell.keys, placed);
      this.sourceLoss(step, from0, step.reason ?? "assumed-split", cell, placed);
    });
  }

  step(step: CompiledStep): void {
    switch (step.op) {
      case "copy":
        this.copy(step);
        return;
      // A drop is a blank without targets: its sources are not carried.
      case "drop":
      case "blank":
        this.blank(step);
        return;
      case "sum":
        this.sum(step);
        return;
      case "split":
        this.split(step);
        return;
    }
  }
}

/**
 * Runs one direction of the mapping on a report already validated as lenient
 * (strict reports are lenient too). Returns a new object (sharing nothing with
 * the input) and the ledger, or where a sum left the safe integer range.
 *
 * @example
 * ```ts
 * const migrated = applyMapping(buildReport({ format: "2019", seed: 0 }), "to2021");
 * migrated.outOfRange ? migrated.outOfRange.target : migrated.report.format;
 * //=> "2021"
 * ```
 */
export function applyMapping(
  source: Json,
  direction: Direction,
): { readonly report: Json; readonly losses: Loss[]; readonly outOfRange?: undefined } | { readonly outOfRange: OutOfRange } {
  const run = new Run(compiledOf(direction), source);
  for (const step of run.plan.steps) run.step(step);
  if (run.outOfRange) return { outOfRange: run.outOfRange };
  return { report: run.output, losses: run.losses };
}
