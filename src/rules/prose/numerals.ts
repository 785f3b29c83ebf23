// Numbers as reports print them in prose: ASCII or full-width digits (with
// thousands separators and decimals), Chinese numerals (三、十二、一百零五、两千),
// and a 万 multiplier on either (1.2万, 三万). No zod here: this module is pure text.

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters of a Chinese numeral (without 万/亿, handled by {@link parseChineseNumeral}). */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万";

const FULL_WIDTH = /[０-９．，]/;
const FULL_WIDTHS = /[０-９．，]/g;

/** Full-width digits and punctuation to ASCII. */
export function toHalfWidth(text: string): string {
  // Most printed numbers have none: the test spares the replace and its callback.
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTHS, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0));
}

/** Whether the text is a run of ASCII digits (most numbers in prose), read by `Number` as the general path reads it. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/**
 * Parses a Chinese numeral (`三` → 3, `十二` → 12, `一百零五` → 105, `两千` → 2000,
 * `三万二千` → 32000), or `undefined` when the text is not one.
 *
 * @example
 * ```ts
 * parseChineseNumeral("十二");
 * //=> 12
 * ```
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === "" || ![...text].every((character) => CHINESE_NUMERAL_CHARS.includes(character))) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const character of text) {
    if (character in DIGITS) {
      if (digit !== undefined && digit !== 0) return undefined; // two digits in a row (一二) is not a numeral
      digit = DIGITS[character] as number;
    } else if (character in SMALL_UNITS) {
      section += (digit ?? 1) * (SMALL_UNITS[character] as number);
      digit = undefined;
    } else {
      // 万
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * Parses a printed number: `12`, `1,234`, `１２`, `1.2`, `三`, `十二`, `1.2万`, `零`.
 *
 * @example
 * ```ts
 * parseNumber("1.2万");
 * //=> 12000
 * ```
 */
export function parseNumber(text: string): number | undefined {
  if (isDigits(text)) return Number(text);
  const compact = toHalfWidth(text).replace(/\s+/g, "");
  const arabic = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万)?$/.exec(compact);
  if (arabic) {
    const value = Number(`${(arabic[1] as string).replace(/,/g, "")}${arabic[2] ? `.${arabic[2]}` : ""}`);
    return arabic[3] ? Math.round(value * 10000 * 1e6) / 1e6 : value;
  }
  return parseChineseNumeral(compact);
}

/** Decimal places of a printed Arabic number (`1.20` → 2, `12` → 0, `三` → 0). */
export function decimalsOf(text: string): number {
  const match = /[.．](\d+)/.exec(toHalfWidth(text));
  return match ? (match[1] as string).length : 0;
}
