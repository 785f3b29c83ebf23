/**
 * Hostile values for the fuzz suite: what a caller passing objects from other code can hand
 * an entry point. Each maker returns a fresh value; `plant` puts one inside a report.
 */

/** A value that is not plain JSON, by kind. */
export const HOSTILE_KINDS = [
  "bigint",
  "symbol",
  "function",
  "throwing getter",
  "throwing proxy",
  "revoked proxy",
  "null prototype",
  "inherited",
  "cyclic",
  "frozen",
  "deep array",
  "sparse array",
  "date",
  "infinity",
  "negative zero",
  "huge string",
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

/** An array nested `depth` deep around 0, built without recursion. */
export function deepArray(depth: number): unknown {
  let value: unknown = 0;
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

/** Wraps `value` as the hostile kind (for objects; primitives become the kind's own value). */
export function hostile(kind: HostileKind, value: unknown): unknown {
  const object = value !== null && typeof value === "object" ? (value as Record<string, unknown>) : { value };
  switch (kind) {
    case "bigint":
      return 12n;
    case "symbol":
      return Symbol("cell");
    case "function":
      return () => 1;
    case "throwing getter": {
      const copy = { ...object };
      Object.defineProperty(copy, Object.keys(copy)[0] ?? "x", {
        enumerable: true,
        get() {
          throw new Error("getter throws");
        },
      });
      return copy;
    }
    case "throwing proxy":
      return new Proxy(object, {
        get() {
          throw new Error("trap throws");
        },
        ownKeys() {
          throw new Error("trap throws");
        },
      });
    case "revoked proxy": {
      const { proxy, revoke } = Proxy.revocable(object, {});
      revoke();
      return proxy;
    }
    case "null prototype":
      return Object.assign(Object.create(null), object);
    case "inherited":
      return Object.create(object);
    case "cyclic": {
      const copy: Record<string, unknown> = { ...object };
      copy.self = copy;
      return copy;
    }
    case "frozen":
      return deepFreeze(structuredClone(object));
    case "deep array":
      return deepArray(5000);
    case "sparse array": {
      const array: unknown[] = [];
      array.length = 1_000_000;
      array[999_999] = 1;
      return array;
    }
    case "date":
      return new Date(0);
    case "infinity":
      return Number.POSITIVE_INFINITY;
    case "negative zero":
      return -0;
    case "huge string":
      // A run of Chinese numerals: it once made the prose reader quadratic.
      return "一".repeat(1 << 20);
  }
}

/** Freezes a plain value and everything in it. */
export function deepFreeze<Value>(value: Value): Value {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  for (let item = stack.pop(); item !== undefined || stack.length > 0; item = stack.pop()) {
    if (item === null || typeof item !== "object" || seen.has(item)) continue;
    seen.add(item);
    Object.freeze(item);
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return value;
}

/** Replaces the value at `path` (keys of existing objects) with `make(old)`; returns the report. */
export function plant(report: Record<string, unknown>, path: readonly string[], make: (old: unknown) => unknown): unknown {
  if (path.length === 0) return make(report);
  let node: Record<string, unknown> = report;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object") return report;
    node = next as Record<string, unknown>;
  }
  const last = path[path.length - 1] as string;
  node[last] = make(node[last]);
  return report;
}

/**
 * Every path to an object or value in a plain report (for choosing where to plant), each object
 * visited once: a value the generator made cyclic, or a very deep one, must not stop the campaign.
 */
export function pathsOf(value: unknown): string[][] {
  const paths: string[][] = [];
  const seen = new Set<object>();
  const stack: [unknown, string[]][] = [[value, []]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, path] = item;
    paths.push(path);
    if (node === null || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    const keys = Object.keys(node);
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index] as string;
      stack.push([(node as Record<string, unknown>)[key], [...path, key]]);
    }
  }
  return paths;
}

/**
 * A fingerprint of a plain-or-hostile value that never throws and never runs a trap twice in a way that
 * matters: plain parts are serialised exactly; a Proxy, getter or BigInt part as a marker. Compared
 * before and after a call, it shows whether the call mutated its input.
 */
export function fingerprint(value: unknown): string {
  const seen = new Map<object, number>();
  const parts: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item !== null && typeof item === "object") {
      if (seen.has(item)) parts.push(`@${seen.get(item)}`);
      else {
        seen.set(item, seen.size);
        parts.push(...objectParts(item, stack));
      }
    } else parts.push(primitiveText(item));
  }
  return parts.join("|");
}

function primitiveText(item: unknown): string {
  if (typeof item === "bigint") return `${item}n`;
  if (typeof item === "symbol") return String(item.description);
  if (typeof item === "function") return "fn";
  if (typeof item === "string") return `s${item.length}:${item.slice(0, 64)}`;
  return Object.is(item, -0) ? "-0" : String(item);
}

/** The keys of one object (values pushed on the stack), without running a getter or a get trap. */
function objectParts(item: object, stack: unknown[]): string[] {
  try {
    const keys = Reflect.ownKeys(item);
    const parts = [`{${Object.isFrozen(item) ? "F" : ""}${keys.length}`];
    for (const key of keys) {
      const descriptor = Reflect.getOwnPropertyDescriptor(item, key);
      parts.push(String(key));
      if (descriptor && "value" in descriptor) stack.push(descriptor.value);
      else parts.push("accessor");
    }
    return parts;
  } catch {
    return ["unreadable"];
  }
}
