/**
 * Escaping of untrusted text (file names, cell text, labels, messages that
 * quote them) before it reaches a terminal: a control character could
 * otherwise move the cursor, recolour or retitle the user's terminal.
 */

// C0 controls, DEL, C1 controls, and the bidirectional overrides and isolates
// (which reorder what the user sees: a "Trojan Source" file name).
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function hex(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * Makes text safe to print on a terminal: every C0 and C1 control character
 * (newline and tab included), DEL and the bidirectional controls become a
 * visible escape such as `\x1b`; everything else is kept, Chinese included.
 *
 * @example
 * ```ts
 * escapeForTerminal("\u001b[31mred-name.json");
 * //=> "\\x1b[31mred-name.json"
 * escapeForTerminal("二、主动公开");
 * //=> "二、主动公开"
 * ```
 */
export function escapeForTerminal(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, hex) : text;
}

/**
 * Like {@link escapeForTerminal} but keeps line breaks, for multi-line text
 * the command line composed itself around untrusted parts.
 *
 * @example
 * ```ts
 * escapeLines("a\nb\u009bc");
 * //=> "a\nb\\x9bc"
 * ```
 */
export function escapeLines(text: string): string {
  return text.split("\n").map(escapeForTerminal).join("\n");
}

const JSON_UNSAFE = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * `JSON.stringify`, with the characters it leaves raw that a terminal may
 * still act on (DEL, C1 controls, bidirectional controls, line and paragraph
 * separators) written as `\uXXXX` escapes: the same JSON value, safe to `cat`.
 *
 * @example
 * ```ts
 * safeJson({ file: "a\u009b.json" });
 * //=> '{"file":"a\\u009b.json"}'
 * ```
 */
export function safeJson(value: unknown, indent?: number): string {
  const text = JSON.stringify(value, null, indent) ?? "null";
  JSON_UNSAFE.lastIndex = 0;
  return JSON_UNSAFE.test(text) ? text.replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`) : text;
}
