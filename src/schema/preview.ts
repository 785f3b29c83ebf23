// Zod-free on purpose: check() reaches it (through the report.input rule) and must not pull in zod.

/** At most this many characters are shown (then `…`). */
const MAX_LENGTH = 40;
/** Nesting deeper than this is shown as `[…]` / `{…}`. */
const MAX_DEPTH = 3;
/** At most this many items or keys of one array or object are looked at. */
const MAX_ITEMS = 8;

function primitive(value: unknown): string | undefined {
  if (value === null) return "null";
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? String(value) : Number.isNaN(value) ? "NaN" : String(value);
    case "bigint":
      return `${value}n`;
    case "string":
      // Only the start of a long string is ever shown: never quote megabytes.
      return JSON.stringify(value.length > MAX_LENGTH ? value.slice(0, MAX_LENGTH) : value);
    case "boolean":
      return String(value);
    case "undefined":
      return "undefined";
    case "symbol":
      return value.toString();
    case "function":
      return "function";
    default:
      return undefined;
  }
}

// Renders like JSON.stringify, but reads at most MAX_ITEMS entries per level and MAX_DEPTH levels, so the
// work is bounded whatever the value (a 5,000-deep array, a million zeros, a 10 MB string).
function render(value: unknown, depth: number): string {
  const simple = primitive(value);
  if (simple !== undefined) return simple;
  const object = value as object;
  if (Array.isArray(object)) {
    if (object.length === 0) return "[]";
    if (depth >= MAX_DEPTH) return "[…]";
    const items = object.slice(0, MAX_ITEMS).map((item) => render(item, depth + 1));
    return `[${items.join(",")}${object.length > MAX_ITEMS ? ",…" : ""}]`;
  }
  const keys: string[] = [];
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    if (keys.length === MAX_ITEMS) {
      keys.push("…");
      break;
    }
    keys.push(key);
  }
  if (keys.length === 0) return "{}";
  if (depth >= MAX_DEPTH) return "{…}";
  const entries = keys.map((key) => (key === "…" ? "…" : `${primitive(key)}:${render((object as Record<string, unknown>)[key], depth + 1)}`));
  return `{${entries.join(",")}}`;
}

/**
 * Shows a value briefly inside a message: JSON-like, at most 40 characters,
 * reading a bounded part of the value (depth 3, 8 items per level), never throwing.
 */
export function preview(value: unknown): string {
  let text: string;
  try {
    text = render(value, 0);
  } catch {
    try {
      text = Object.prototype.toString.call(value);
    } catch {
      text = "?";
    }
  }
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 3)}…` : text;
}
