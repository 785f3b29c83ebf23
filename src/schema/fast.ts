import { cellsOf } from "./describe.js";
import type { ValueKind } from "./registry.js";
import { layoutTree } from "../layout/cells.js";
import type { Format } from "./report.js";

// A fast path for the common case — a well-formed report — derived from the
// same cell list as the zod schemas (cellsOf). It only ever ACCEPTS: on anything
// unusual it returns undefined and the caller asks zod, which stays the single
// authority for issues. test/schema/fast.test.ts proves that whenever this
// accepts, zod accepts with an identical output.

type Check = (value: unknown) => boolean;

interface LeafNode {
  readonly leaf: true;
  readonly check: Check;
}
interface ObjectNode {
  readonly leaf: false;
  readonly keys: string[];
  readonly children: Map<string, Node>;
  readonly optional: boolean;
}
type Node = LeafNode | ObjectNode;

const isCount = (value: unknown) => typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
const isSigned = (value: unknown) => typeof value === "number" && Number.isSafeInteger(value);
const isMoney = (value: unknown) => typeof value === "number" && Number.isFinite(value) && value >= 0;
const isYear = (value: unknown) => typeof value === "number" && Number.isSafeInteger(value) && value >= 2000 && value <= 2100;
const isAgency = (value: unknown) => typeof value === "string" && /\S/.test(value);
function isAmount(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 2) return false;
  const { value: amount, unit } = value as { value?: unknown; unit?: unknown };
  return isMoney(amount) && (unit === "元" || unit === "万元");
}

function leafCheck(kind: ValueKind, format: Format, lenient: boolean): Check | undefined {
  const base: Check | undefined =
    kind === "count"
      ? isCount
      : kind === "signed"
        ? isSigned
        : kind === "money"
          ? isMoney
          : kind === "amount"
            ? isAmount
            : kind === "year"
              ? isYear
              : kind === "agency"
                ? isAgency
                : kind === "format"
                  ? (value) => value === format
                  : kind === "text"
                    ? (value) => typeof value === "string"
                    : undefined;
  if (!base) return undefined;
  if (!lenient || kind === "format" || kind === "text") return base;
  return (value) => value === null || base(value);
}

function compile(format: Format, lenient: boolean): ObjectNode {
  const root: ObjectNode = { leaf: false, keys: [], children: new Map(), optional: false };
  for (const cell of cellsOf(format)) {
    const check = leafCheck(cell.meta.cell.kind, format, lenient);
    if (!check) throw new Error(`fast path: no check for ${cell.pointer}`);
    let node = root;
    cell.path.forEach((key, depth) => {
      const last = depth === cell.path.length - 1;
      if (last) {
        node.keys.push(key);
        node.children.set(key, { leaf: true, check });
        return;
      }
      let child = node.children.get(key);
      if (!child) {
        // Only the prose container (`text`) and its fields are optional.
        child = { leaf: false, keys: [], children: new Map(), optional: key === "text" };
        node.keys.push(key);
        node.children.set(key, child);
      }
      node = child as ObjectNode;
    });
  }
  // cellsOf lists table cells first; outputs follow the schema's own key order, as zod's do.
  const order = Object.keys(layoutTree(format).children ?? {});
  root.keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return root;
}

const MISS = Symbol("miss");

function copy(node: ObjectNode, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return MISS;
  const input = value as Record<string, unknown>;
  // Strict objects: every own key must be known. Optional keys may be absent.
  let present = 0;
  for (const key of node.keys) if (Object.hasOwn(input, key)) present += 1;
  if (present !== Object.keys(input).length) return MISS;
  const out: Record<string, unknown> = {};
  const optionalFields = node.optional;
  for (const key of node.keys) {
    const child = node.children.get(key) as Node;
    if (!Object.hasOwn(input, key)) {
      if (child.leaf ? optionalFields : child.optional) continue;
      return MISS;
    }
    const item = input[key];
    if (child.leaf) {
      if (!child.check(item)) return MISS;
      out[key] = item !== null && typeof item === "object" ? { value: (item as { value: unknown }).value, unit: (item as { unit: unknown }).unit } : item;
    } else {
      const inner = copy(child, item);
      if (inner === MISS) return MISS;
      out[key] = inner;
    }
  }
  return out;
}

const compiled = new Map<string, ObjectNode>();

/**
 * Validates and copies a well-formed report without zod; `undefined` means
 * "not sure — ask zod". Internal to `parseReport`.
 */
export function fastParse(input: unknown, format: Format | undefined, lenient: boolean): unknown {
  const declared = (input as { format?: unknown } | null)?.format;
  const target = format ?? (declared === "2019" || declared === "2021" ? declared : undefined);
  if (!target || declared !== target) return undefined;
  const key = `${target}:${lenient}`;
  let root = compiled.get(key);
  if (!root) {
    root = compile(target, lenient);
    compiled.set(key, root);
  }
  const out = copy(root, input);
  return out === MISS ? undefined : out;
}
