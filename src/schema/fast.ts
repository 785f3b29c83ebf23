import { type LayoutNode, layoutTree, type ValueKind } from "../layout/cells.js";
import type { Format } from "../layout/formats.js";

// A fast path for the common case — a well-formed report — compiled once per format from
// the zod-free cell table (src/layout/cells.ts), the same table the zod schemas register
// from. It only ever ACCEPTS: on anything unusual it returns undefined and the caller asks
// zod, which stays the single authority for issues. test/schema/fast.test.ts proves that
// whenever this accepts, zod accepts with an identical output (key order included).
//
// It also serves the second most common case, a report whose structure is right but some of
// whose number cells hold wrong values (-1, 1.5, "12", a blank in a strict report): given a
// list, it names those cells (path, value, kind), and the caller asks only each cell's own
// schema instead of zod parsing the whole report. Any other problem empties the list.
//
// Each object of the format is one flat record: its keys, a kind code per key and the
// compiled child per key. The walk is an index loop with a switch on the code (no Map,
// no closure per cell); measured against the Map-and-closure walk it replaced, and against
// zod, in docs/performance.md.

const OBJECT = 0;
const COUNT = 1;
const SIGNED = 2;
const MONEY = 3;
const AMOUNT = 4;
const YEAR = 5;
const AGENCY = 6;
const FORMAT = 7;
const TEXT = 8;

const CODES: Partial<Record<ValueKind, number>> = {
  count: COUNT,
  signed: SIGNED,
  money: MONEY,
  amount: AMOUNT,
  year: YEAR,
  agency: AGENCY,
  format: FORMAT,
  text: TEXT,
};

interface Compiled {
  readonly keys: readonly string[];
  /** Per key: OBJECT or a leaf code. */
  readonly codes: Uint8Array;
  /** Per key: the compiled object, for OBJECT keys. */
  readonly children: readonly (Compiled | undefined)[];
  /** Whether this object may be absent from its parent (only the prose container `text`). */
  readonly optional: boolean;
  /** Whether its leaves may be absent (the prose fields inside `text`). */
  readonly optionalFields: boolean;
}

function compile(node: LayoutNode, optional: boolean): Compiled {
  const entries = Object.entries(node.children ?? {});
  const codes = new Uint8Array(entries.length);
  const children: (Compiled | undefined)[] = [];
  entries.forEach(([key, child], index) => {
    // An amount is a leaf here (one check of its two keys), though the table lists its parts.
    const code = CODES[child.meta.cell.kind];
    codes[index] = code ?? OBJECT;
    children.push(code === undefined ? compile(child, key === "text") : undefined);
  });
  return { keys: entries.map(([key]) => key), codes, children, optional, optionalFields: optional };
}

const MISS = Symbol("miss");

/** The kinds of number cell whose wrong values are listed (every other problem is zod's). */
export type FailedKind = "count" | "signed" | "money";

/** A number cell of a well-formed report whose value its schema rejects. */
export interface FailedCell {
  /** Keys from the report root to the cell. */
  readonly path: readonly string[];
  readonly value: unknown;
  readonly kind: FailedKind;
}

const FAILED_KINDS: readonly (FailedKind | undefined)[] = [undefined, "count", "signed", "money"];

/** Where the walk is, and the cells that failed so far (only when the caller asked for them). */
interface Sink {
  readonly path: string[];
  readonly cells: FailedCell[];
}

const isCount = (value: unknown): boolean => typeof value === "number" && Number.isSafeInteger(value) && value >= 0;

function amount(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return MISS;
  const { value: figure, unit } = value as { value?: unknown; unit?: unknown };
  if (Object.keys(value).length !== 2 || typeof figure !== "number" || !Number.isFinite(figure) || figure < 0) return MISS;
  return unit === "元" || unit === "万元" ? { value: figure, unit } : MISS;
}

/** The checked (and for amounts, copied) value of one leaf, or MISS. */
function leaf(code: number, value: unknown, format: Format, lenient: boolean): unknown {
  if (value === null) return lenient && code !== FORMAT && code !== TEXT ? null : MISS;
  switch (code) {
    case COUNT:
      return isCount(value) ? value : MISS;
    case SIGNED:
      return typeof value === "number" && Number.isSafeInteger(value) ? value : MISS;
    case MONEY:
      return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : MISS;
    case AMOUNT:
      return amount(value);
    case YEAR:
      return typeof value === "number" && Number.isSafeInteger(value) && value >= 2000 && value <= 2100 ? value : MISS;
    case AGENCY:
      return typeof value === "string" && /\S/.test(value) ? value : MISS;
    case FORMAT:
      return value === format ? value : MISS;
    default:
      return typeof value === "string" ? value : MISS;
  }
}

function copy(node: Compiled, value: unknown, format: Format, lenient: boolean, sink: Sink | undefined): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return MISS;
  const input = value as Record<string, unknown>;
  const { keys, codes, children } = node;
  const out: Record<string, unknown> = {};
  let present = 0;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    const code = codes[index] as number;
    // Strict objects: a missing key is only allowed where the schema makes it optional.
    if (!Object.hasOwn(input, key)) {
      if (code === OBJECT ? (children[index] as Compiled).optional : node.optionalFields) continue;
      return MISS;
    }
    present += 1;
    let item: unknown;
    if (code === OBJECT) {
      sink?.path.push(key);
      item = copy(children[index] as Compiled, input[key], format, lenient, sink);
      sink?.path.pop();
    } else item = leaf(code, input[key], format, lenient);
    if (item === MISS) {
      // A wrong number in a cell is listed and the walk goes on; anything else ends it.
      const kind = code === OBJECT ? undefined : FAILED_KINDS[code];
      if (sink === undefined || kind === undefined) return MISS;
      sink.cells.push({ path: [...sink.path, key], value: input[key], kind });
      continue;
    }
    out[key] = item;
  }
  // Every own key must be known (unknown keys, `__proto__` included, are zod's to report).
  return present === Object.keys(input).length ? out : MISS;
}

const compiled = new Map<Format, Compiled>();

/**
 * Validates and copies a well-formed report without zod; `undefined` means
 * "not sure — ask zod". Internal to `parseReport`.
 *
 * With `failed` given: when the report's structure is right (every key known and present,
 * every row an object) and only count, signed or money cells hold values their schema
 * rejects, those cells are listed in `failed` (in the schema's order) and the result is
 * `undefined`; on any other problem `failed` is left empty.
 */
export function fastParse(input: unknown, format: Format | undefined, lenient: boolean, failed?: FailedCell[]): unknown {
  const declared = (input as { format?: unknown } | null)?.format;
  const target = format ?? (declared === "2019" || declared === "2021" ? declared : undefined);
  if (!target || declared !== target) return undefined;
  let root = compiled.get(target);
  if (!root) {
    root = compile(layoutTree(target), false);
    compiled.set(target, root);
  }
  const sink = failed === undefined ? undefined : { path: [], cells: failed };
  const out = copy(root, input, target, lenient, sink);
  if (out !== MISS && (failed === undefined || failed.length === 0)) return out;
  if (out === MISS && failed !== undefined) failed.length = 0;
  return undefined;
}
