/**
 * Reading one printed cell: a hand-written, linear-time scanner (no regular
 * expressions on the input) and exact decimal-string unit conversion.
 */
import { nfkc } from "../nfkc.js";
import { clip, dropNbspEntities, isSpace } from "./normalize.js";
import type { Bilingual } from "../layout/labels.js";
import type { NoteKind } from "./notes.js";

/** What a column holds: a count, a signed change, money in 万元 (2021 fees) or an amount with its unit (2019 procurement). */
export type CellKind = "count" | "signed" | "money" | "amount";

/** The money units a cell or header may name. */
export type MoneyUnit = "元" | "万元";

/** 采购总金额 as stored: the value with the unit printed. */
export interface AmountValue {
  /** The amount, as printed. */
  readonly value: number;
  /** The unit printed in the cell (万 is read as 万元) or in the header. */
  readonly unit: MoneyUnit;
}

/** How a cell is read: its kind, and the unit its header prints, if any. */
export interface CellContext {
  /** The column's kind. */
  readonly kind: CellKind;
  /** The unit printed in the header (`本年收费金额（单位：万元）` → 万元; `采购总金额（元）` → 元). */
  readonly headerUnit?: MoneyUnit;
}

/** A note about a cell, before it is located in the report. */
export interface CellNote {
  /** The note kind. */
  readonly kind: NoteKind;
  /** What happened, without the cell's location. */
  readonly message: Bilingual;
}

/** The result of reading one cell: a value (or `null`) and what was noticed. */
export interface CellReading {
  /** The value for the report; `null` when blank or not readable. */
  readonly value: number | AmountValue | null;
  /** Notes about this cell (blank, unparsed, converted…). */
  readonly notes: readonly CellNote[];
}

/** Texts that mean "not reported" (after trimming; `&nbsp;` and no-break spaces count as spaces). */
export const BLANK_TEXTS: readonly string[] = ["", "-", "—", "——", "–", "―", "－", "/", "／", "无", "無"];

/** Sign words and marks accepted before a number, longest first. */
const SIGNS: readonly (readonly [text: string, sign: 1 | -1, word: boolean])[] = [
  ["增加", 1, true],
  ["减少", -1, true],
  ["增", 1, true],
  ["减", -1, true],
  ["+", 1, false],
  ["-", -1, false],
  ["−", -1, false],
];

/** Units accepted after a number. */
export const CELL_UNITS: readonly string[] = ["项", "件", "个", "万元", "万", "元"];
const COUNT_UNITS = new Set(["项", "件", "个"]);

interface Scanned {
  readonly sign: 1 | -1;
  readonly signText: string;
  readonly signWord: boolean;
  readonly integer: string;
  readonly fraction: string;
  readonly unit: string;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Scans a trimmed text: `[sign] digits[,ddd]*[.digits] [unit]` with optional spaces between the parts. */
function scan(text: string): Scanned | undefined {
  let position = 0;
  const skipSpaces = () => {
    while (position < text.length && isSpace(text.charCodeAt(position))) position++;
  };
  let sign: 1 | -1 = 1;
  let signText = "";
  let signWord = false;
  for (const [candidate, value, word] of SIGNS) {
    if (text.startsWith(candidate, position)) {
      sign = value;
      signText = candidate;
      signWord = word;
      position += candidate.length;
      break;
    }
  }
  skipSpaces();
  const digits: string[] = [];
  const start = position;
  while (position < text.length && isDigit(text.charCodeAt(position))) position++;
  if (position === start) return undefined;
  digits.push(text.slice(start, position));
  const firstGroup = position - start;
  while (text[position] === ",") {
    if (firstGroup > 3) return undefined;
    const groupStart = position + 1;
    let end = groupStart;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    if (end - groupStart !== 3) return undefined;
    digits.push(text.slice(groupStart, end));
    position = end;
  }
  let fraction = "";
  if (text[position] === ".") {
    const fractionStart = position + 1;
    let end = fractionStart;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    if (end === fractionStart) return undefined;
    fraction = text.slice(fractionStart, end);
    position = end;
  }
  skipSpaces();
  const unit = text.slice(position);
  if (unit !== "" && !CELL_UNITS.includes(unit)) return undefined;
  return { sign, signText, signWord, integer: digits.join(""), fraction, unit };
}

function trimmed(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Drops leading zeros (keeping one) and trailing fraction zeros; returns a decimal string. `integer` has a digit. */
function decimalString(integer: string, fraction: string): string {
  let start = 0;
  while (start < integer.length - 1 && integer[start] === "0") start++;
  let end = fraction.length;
  while (end > 0 && fraction[end - 1] === "0") end--;
  const whole = integer.slice(start);
  return end > 0 ? `${whole}.${fraction.slice(0, end)}` : whole;
}

/**
 * Divides a decimal by 10,000 exactly, on its digits (251000 → "25.1").
 *
 * @example
 * ```ts
 * yuanToWanYuan("251000", "");
 * //=> "25.1"
 * ```
 */
export function yuanToWanYuan(integer: string, fraction: string): string {
  const padded = integer.padStart(5, "0");
  const cut = padded.length - 4;
  return decimalString(padded.slice(0, cut), padded.slice(cut) + fraction);
}

function q(raw: string): string {
  return `“${clip(raw)}”`;
}

function note(kind: NoteKind, zh: string, en: string): CellNote {
  return { kind, message: { zh, en } };
}

function unparsed(raw: string): CellReading {
  return {
    value: null,
    notes: [note("unparsed-cell", `${q(raw)}无法读为数值，记为 null`, `${q(raw)} cannot be read as a number; null`)],
  };
}

function invalid(raw: string, zh: string, en: string): CellReading {
  return { value: null, notes: [note("invalid-number", `${q(raw)}${zh}，记为 null`, `${q(raw)} ${en}; null`)] };
}

function finiteNumber(decimal: string): number | undefined {
  const value = Number(decimal);
  return Number.isFinite(value) ? value : undefined;
}

/** Turns a non-string input value into the text to read, or `undefined` if it cannot be one. */
function textOf(raw: unknown): string | undefined {
  if (typeof raw === "string") return raw;
  if (Number.isFinite(raw)) return String(raw);
  return undefined;
}

/**
 * Describes any input value as text for notes (`raw`).
 *
 * @example
 * ```ts
 * rawText(12);
 * //=> "12"
 * ```
 */
export function rawText(raw: unknown): string {
  if (typeof raw !== "object" && typeof raw !== "function") return String(raw);
  try {
    return clip(JSON.stringify(raw) ?? Object.prototype.toString.call(raw), 200);
  } catch {
    // A cycle, a BigInt inside, or a toJSON that throws: never String(raw), which may throw too.
    return Object.prototype.toString.call(raw);
  }
}

/** A scanned number: its sign, digits and unit, with the printed text for notes. */
interface Printed extends Scanned {
  /** The cell as given (before normalisation), for notes. */
  readonly given: string;
  /** The money unit the cell prints (万 is 万元), if any. */
  readonly moneyUnit: MoneyUnit | undefined;
}

/** A count (≥ 0) or a signed change: whole numbers, no money unit. */
function readWhole(cell: Printed, kind: "count" | "signed"): CellReading {
  const { given, sign, signText, signWord, integer, fraction } = cell;
  if (cell.moneyUnit) {
    return {
      value: null,
      notes: [note("unit-conflict", `${q(given)}带金额单位，但该列是计数，记为 null`, `${q(given)} carries a money unit in a count column; null`)],
    };
  }
  if (fraction !== "") return invalid(given, "是小数，但该列是整数", "is a decimal in an integer column");
  if (kind === "count" && signText !== "") return invalid(given, "带正负号，但该列是非负计数", "is signed in a column of counts (≥ 0)");
  const magnitude = Number(integer);
  if (!Number.isSafeInteger(magnitude)) return invalid(given, "超出安全整数范围", "is beyond the safe integer range");
  const value = sign === -1 && magnitude !== 0 ? -magnitude : magnitude;
  const notes = signWord ? [note("signed-text", `${q(given)}读为 ${value}`, `${q(given)} read as ${value}`)] : [];
  return { value, notes };
}

/** 采购总金额 (2019): the amount with the unit printed in the cell or else in the header. */
function readAmount(cell: Printed, headerUnit: MoneyUnit | undefined): CellReading {
  const { given, integer, fraction, unit, moneyUnit } = cell;
  const unitUsed = moneyUnit ?? headerUnit;
  if (!unitUsed) {
    return {
      value: null,
      notes: [note("unit-missing", `${q(given)}未注明单位（元或万元），表头也未注明，记为 null`, `${q(given)} names no unit (元 or 万元) and neither does the header; null`)],
    };
  }
  const value = finiteNumber(decimalString(integer, fraction));
  if (value === undefined) return invalid(given, "超出数值范围", "is out of range");
  const notes: CellNote[] = [];
  if (unit === "万") notes.push(note("unit-converted", `${q(given)}中的“万”读为万元`, `"万" in ${q(given)} read as 万元`));
  if (moneyUnit && headerUnit && moneyUnit !== headerUnit) {
    notes.push(
      note(
        "unit-conflict",
        `${q(given)}的单位（${moneyUnit}）与表头（${headerUnit}）不符，按单元格的单位保存`,
        `${q(given)}: the cell's unit (${moneyUnit}) contradicts the header (${headerUnit}); the cell's unit is kept`,
      ),
    );
  }
  return { value: { value, unit: unitUsed }, notes };
}

/** Money in 万元 (2021 本年收费金额): converted exactly from 元 when the cell or header says 元. */
function readMoney(cell: Printed, header: MoneyUnit | undefined): CellReading {
  const { given, integer, fraction, unit, moneyUnit } = cell;
  const headerUnit = header ?? "万元";
  const unitUsed = moneyUnit ?? headerUnit;
  const notes: CellNote[] = [];
  let decimal = decimalString(integer, fraction);
  if (unit === "万") notes.push(note("unit-converted", `${q(given)}中的“万”读为万元`, `"万" in ${q(given)} read as 万元`));
  if (unitUsed === "元") {
    decimal = yuanToWanYuan(integer, fraction);
    notes.push(note("unit-converted", `${q(given)}按元换算为 ${decimal} 万元`, `${q(given)} converted from 元 to ${decimal} 万元`));
  }
  if (moneyUnit && moneyUnit !== headerUnit) {
    notes.push(
      note(
        "unit-conflict",
        `${q(given)}的单位（${moneyUnit}）与表头（${headerUnit}）不符，可能相差一万倍；按单元格的单位换算`,
        `${q(given)}: the cell's unit (${moneyUnit}) contradicts the header (${headerUnit}), a possible 10,000× error; converted by the cell's unit`,
      ),
    );
  }
  const value = finiteNumber(decimal);
  if (value === undefined) return invalid(given, "超出数值范围", "is out of range");
  return { value, notes };
}

/** An amount column (money or amount): no count unit, no sign. */
function readMoneyOrAmount(cell: Printed, context: CellContext): CellReading {
  const { given } = cell;
  if (COUNT_UNITS.has(cell.unit)) {
    return {
      value: null,
      notes: [note("unit-conflict", `${q(given)}带计数单位，但该列是金额，记为 null`, `${q(given)} carries a count unit in a money column; null`)],
    };
  }
  if (cell.signText !== "") return invalid(given, "带正负号，但金额不能为负", "is signed; an amount cannot be negative");
  return context.kind === "amount" ? readAmount(cell, context.headerUnit) : readMoney(cell, context.headerUnit);
}

function blank(given: string): CellReading {
  const shown = given === "" ? "空白" : q(given);
  const shownEn = given === "" ? "blank" : q(given);
  return {
    value: null,
    notes: [note("blank-cell", `印为${shown}，记为 null（未报告，不当作 0）`, `printed ${shownEn}; null (not reported, not taken as 0)`)],
  };
}

const NO_NOTES: readonly CellNote[] = [];

/** Plain ASCII digits (at most 15, so always a safe integer): the commonest cell, read without normalising. */
function plainDigits(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let index = 0; index < text.length; index++) if (!isDigit(text.charCodeAt(index))) return false;
  return true;
}

/**
 * Reads one printed cell for a column of the given kind.
 *
 * Blanks become `null` with a `blank-cell` note; words and units are read as
 * documented in docs/labeled-tables.md; anything else is `null` with a note.
 * Never throws; linear in the length of the text.
 *
 * @example
 * ```ts
 * readCell("减少 38 项", { kind: "signed" }).value;
 * //=> -38
 * readCell("251000元", { kind: "money", headerUnit: "万元" }).value;
 * //=> 25.1
 * ```
 */
export function readCell(raw: unknown, context: CellContext): CellReading {
  if (raw === null || raw === undefined) {
    return { value: null, notes: [note("blank-cell", "单元格为空（null），记为 null", "the cell is empty (null); null")] };
  }
  const given = textOf(raw);
  if (given === undefined) return unparsed(rawText(raw));
  if ((context.kind === "count" || context.kind === "signed") && plainDigits(given)) return { value: Number(given), notes: NO_NOTES };
  const text = trimmed(dropNbspEntities(nfkc(given)));
  if (BLANK_TEXTS.includes(text)) return blank(given);
  const scanned = scan(text);
  if (!scanned) return unparsed(given);
  const { unit } = scanned;
  const cell: Printed = { ...scanned, given, moneyUnit: unit === "元" ? "元" : unit === "万元" || unit === "万" ? "万元" : undefined };
  return context.kind === "count" || context.kind === "signed" ? readWhole(cell, context.kind) : readMoneyOrAmount(cell, context);
}
