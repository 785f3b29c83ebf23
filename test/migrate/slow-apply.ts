// The slow path of migrate as it was before the mapping was compiled (commit 156aee0):
// pointers decoded on every get/set, labels looked up on every ledger entry, the parsed
// report deep-copied. Kept as the reference the compiled path must match byte for byte.
import type { Bilingual } from "../../src/rules/types.js";
import { cellsOf, describeCell, labelText } from "../../src/layout/cells.js";
import { fromPointer } from "../../src/schema/pointer.js";
import type { Format } from "../../src/schema/report.js";
import { type CellMapping, cellMappings, type Direction, formatsOf } from "../../src/migrate/mapping.js";
import type { LossReason } from "../../src/migrate/reasons.js";
import type { Loss } from "../../src/migrate/index.js";
import { parseReport } from "../../src/schema/parse.js";

type Json = Record<string, unknown>;

function get(root: unknown, pointer: string): unknown {
  let node = root;
  for (const key of fromPointer(pointer)) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

function set(root: Json, pointer: string, value: unknown): void {
  const keys = fromPointer(pointer);
  let node = root;
  for (const key of keys.slice(0, -1)) {
    if (!Object.hasOwn(node, key) || node[key] === null || typeof node[key] !== "object") node[key] = {};
    node = node[key] as Json;
  }
  node[keys[keys.length - 1] as string] = value;
}

function label(format: Format, pointer: string): Bilingual {
  const meta = describeCell(format, pointer);
  if (!meta) return { zh: pointer, en: pointer };
  return { zh: `「${labelText(meta.cell, "zh")}」`, en: `“${labelText(meta.cell, "en")}”` };
}

function show(value: unknown): Bilingual {
  if (value === null || value === undefined) return { zh: "空白", en: "blank" };
  if (typeof value === "object" && value && "value" in value && "unit" in value) {
    const amount = value as { value: number; unit: string };
    return { zh: `${amount.value} ${amount.unit}`, en: `${amount.value} ${amount.unit}` };
  }
  if (typeof value === "string") return { zh: `${value.length} 字的文字`, en: `text of ${value.length} characters` };
  return { zh: String(value), en: String(value) };
}

interface MessageContext {
  readonly from: Format;
  readonly to: Format;
  readonly source?: string;
  readonly target?: string;
  readonly counterparts: readonly string[];
  readonly value: unknown;
  readonly note: Bilingual;
  /** For assumed-split: what the target cell received. */
  readonly placed?: unknown;
}

function messageFor(reason: LossReason, context: MessageContext): Bilingual {
  const { from, to, note } = context;
  const s = context.source ? label(from, context.source) : { zh: "", en: "" };
  const t = context.target ? label(to, context.target) : { zh: "", en: "" };
  const v = show(context.value);
  const others = context.counterparts.map((pointer) => label(to, pointer));
  const counterpart = { zh: others.map((other) => other.zh).join("、"), en: others.map((other) => other.en).join(", ") };
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
  return reason !== "no-source" && reason !== "requirement-absent";
}

function sum(values: readonly unknown[]): number | null {
  let total = 0;
  for (const value of values) {
    if (typeof value !== "number") return null;
    total += value;
  }
  return total;
}

function applyCell(cell: CellMapping, source: Json, output: Json, losses: Loss[], direction: Direction): void {
  const { from, to } = formatsOf(direction);
  const { step, sources, targets } = cell;
  const note = step.note;
  const sourceLoss = (pointer: string, reason: LossReason, target?: string, placed?: unknown) => {
    const value = structuredClone(get(source, pointer) ?? null);
    losses.push({
      pointer,
      value,
      reason,
      ...(target === undefined ? {} : { target }),
      message: messageFor(reason, { from, to, source: pointer, target, counterparts: targets, value, note, placed }),
    });
  };
  const targetLoss = (pointer: string, reason: LossReason) => {
    losses.push({
      pointer,
      value: null,
      reason,
      target: pointer,
      message: messageFor(reason, { from, to, target: pointer, counterparts: [], value: null, note }),
    });
  };
  switch (step.op) {
    case "copy": {
      const [from0, to0] = [sources[0] as string, targets[0] as string];
      const value = get(source, from0);
      const isText = cell.declaration.table === "text";
      // Optional prose stays absent when absent; a table cell is always written.
      if (value !== undefined || !isText) set(output, to0, structuredClone(value ?? null));
      if (step.reason && isSourceSide(step.reason)) sourceLoss(from0, step.reason, to0);
      else if (step.reason) targetLoss(to0, step.reason);
      return;
    }
    case "drop":
      for (const pointer of sources) sourceLoss(pointer, step.reason ?? "dropped");
      return;
    case "blank":
      if (step.reason && isSourceSide(step.reason)) for (const pointer of sources) sourceLoss(pointer, step.reason);
      for (const pointer of targets) {
        set(output, pointer, null);
        targetLoss(pointer, "no-source");
      }
      return;
    case "sum": {
      const target = targets[0] as string;
      set(output, target, sum(sources.map((pointer) => get(source, pointer))));
      for (const pointer of sources) sourceLoss(pointer, step.reason ?? "merged", target);
      return;
    }
    case "split": {
      const from0 = sources[0] as string;
      const value = get(source, from0) ?? null;
      targets.forEach((pointer, index) => {
        const placed = value === null ? null : index === targets.length - 1 ? value : 0;
        set(output, pointer, placed);
        sourceLoss(from0, step.reason ?? "assumed-split", pointer, placed);
      });
      return;
    }
  }
}

function applyMapping(source: Json, direction: Direction): { report: Json; losses: Loss[] } {
  const { to } = formatsOf(direction);
  const output: Json = { format: to };
  const losses: Loss[] = [];
  // Table and metadata cells in printed order of the target; prose is added below only if present.
  for (const cell of cellsOf(to)) if (cell.meta.cell.kind !== "text" && cell.pointer !== "/format") set(output, cell.pointer, null);
  if (source.text !== undefined) output.text = {};
  for (const cell of cellMappings(direction)) applyCell(cell, source, output, losses, direction);
  if (source.text === undefined) delete output.text;
  return { report: reorder(output), losses };
}

/** Key order as in the schema (format, year, agency, proactive, applications, reviewAndLitigation, text). */
function reorder(output: Json): Json {
  const ordered: Json = { format: output.format };
  for (const key of ["year", "agency", "proactive", "applications", "reviewAndLitigation", "text"]) {
    if (Object.hasOwn(output, key)) ordered[key] = output[key];
  }
  return ordered;
}

/** `migrate` as it was: parse, deep copy, then the slow mapping. */
export function slowMigrate(report: unknown, to: Format, lang: "zh" | "en" = "zh"): unknown {
  const parsed = parseReport(report, { lenient: true, lang });
  if (!parsed.success) return { success: false, error: parsed.error };
  const data = structuredClone(parsed.data);
  if (data.format === to) return { success: true, data, losses: [] };
  const migrated = applyMapping(data as unknown as Json, data.format === "2019" ? "to2021" : "to2019");
  return { success: true, data: migrated.report, losses: migrated.losses };
}
