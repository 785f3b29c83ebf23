/**
 * The squeezed stream of a page text: labels compared without whitespace,
 * width, quote or markdown differences, with traditional label characters
 * mapped to simplified ones, and every character mapped back to its offset in
 * the original text. Linear time.
 */
import { isDropped } from "../../labeled/normalize.js";

/**
 * Traditional forms of the characters printed in the official labels, headings
 * and headers, mapped to their simplified forms (a fixed table, not a converter).
 */
const TRADITIONAL: Readonly<Record<string, string>> = {
  條: "条", 項: "项", 規: "规", 製: "制", 數: "数", 開: "开", 對: "对", 總: "总", 範: "范", 許: "许", 減: "减",
  處: "处", 決: "决", 務: "务", 罰: "罚", 強: "强", 業: "业", 費: "费", 採: "采", 購: "购", 額: "额", 請: "请",
  機: "机", 構: "构", 會: "会", 組: "组", 織: "织", 計: "计", 結: "结", 轉: "转", 辦: "办", 區: "区", 這: "这",
  屬: "属", 於: "于", 國: "国", 穩: "稳", 護: "护", 權: "权", 類: "类", 內: "内", 過: "过", 執: "执", 詢: "询",
  無: "无", 關: "关", 沒: "没", 現: "现", 補: "补", 後: "后", 確: "确", 訪: "访", 舉: "举", 報: "报", 訴: "诉",
  複: "复", 復: "复", 當: "当", 認: "认", 獲: "获", 繼: "继", 續: "续", 議: "议", 維: "维", 糾: "纠", 審: "审",
  訟: "讼", 經: "经", 發: "发", 廢: "废", 單: "单", 萬: "万", 繳: "缴", 納: "纳", 況: "况", 動: "动", 問: "问",
  題: "题", 進: "进", 體: "体", 為: "为", 與: "与", 級: "级", 門: "门", 讀: "读", 證: "证", 資: "资", 個: "个",
  據: "据", 準: "准", 種: "种", 檔: "档", 稱: "称",
};

/** Characters dropped from the stream: what labels drop ({@link isDropped}: spaces, zero-width, quotes) and markdown markup. */
function isDroppedChar(code: number): boolean {
  return (
    isDropped(code) ||
    code === 0x7c || // |
    code === 0x2a || // *
    code === 0x23 || // #
    code === 0x3e || // >
    code === 0x5f || // _
    code === 0x60 // `
  );
}

/** The squeezed stream and its map back to the original text. */
export interface Stream {
  /** The squeezed text. */
  readonly text: string;
  /** For each character of `text`, its offset in the original. */
  readonly at: Int32Array;
  /** For each character of `text`, whether it was a traditional character mapped to simplified. */
  readonly traditional: Uint8Array;
  /** Length of the original text. */
  readonly length: number;
}

const normalCache = new Map<number, string>();

const MARKUP = /^(?:<br\s*\/?>|&nbsp;)/iu;

function normalizeChar(code: number): string {
  let normal = normalCache.get(code);
  if (normal === undefined) {
    const char = String.fromCharCode(code);
    const nfkc = char.normalize("NFKC");
    normal = nfkc.length === 1 ? (TRADITIONAL[nfkc] ?? nfkc) : nfkc;
    if (normalCache.size < 4096) normalCache.set(code, normal);
  }
  return normal;
}

/**
 * Squeezes one label the same way the stream is squeezed (for comparison).
 *
 * @example
 * ```ts
 * squeezeLabel("（二） 部分公開");
 * //=> "(二)部分公开"
 * ```
 */
export function squeezeLabel(label: string): string {
  return buildStream(label).text;
}

/**
 * Builds the squeezed stream of a page text.
 *
 * @example
 * ```ts
 * const stream = buildStream("规 章\t0");
 * [stream.text, stream.at[1]];
 * //=> ["规章0", 2]
 * ```
 */
export function buildStream(page: string): Stream {
  // NFKC never makes one UTF-16 unit longer than 18 units; 4 covers the characters met in practice, grown on demand.
  let capacity = page.length + 16;
  let codes = new Uint16Array(capacity);
  let at = new Int32Array(capacity);
  let traditional = new Uint8Array(capacity);
  let size = 0;
  const push = (code: number, index: number, mapped: number) => {
    if (size === capacity) {
      capacity *= 2;
      const grownCodes = new Uint16Array(capacity);
      grownCodes.set(codes);
      codes = grownCodes;
      const grownAt = new Int32Array(capacity);
      grownAt.set(at);
      at = grownAt;
      const grownTraditional = new Uint8Array(capacity);
      grownTraditional.set(traditional);
      traditional = grownTraditional;
    }
    codes[size] = code;
    at[size] = index;
    traditional[size] = mapped;
    size++;
  };
  for (let index = 0; index < page.length; index++) {
    const code = page.charCodeAt(index);
    // Line breaks and spaces written as markup inside a cell (`商业<br>企业`, `&nbsp;`) are whitespace.
    if (code === 0x3c || code === 0x26) {
      const markup = MARKUP.exec(page.slice(index, index + 8));
      if (markup) {
        index += markup[0].length - 1;
        continue;
      }
    }
    if (code < 0x80) {
      if (!isDroppedChar(code)) push(code, index, 0);
      continue;
    }
    if (code >= 0x4e00 && code <= 0x9fff) {
      const simplified = TRADITIONAL[page[index] as string];
      if (simplified === undefined) push(code, index, 0);
      else push(simplified.charCodeAt(0), index, 1);
      continue;
    }
    if (isDroppedChar(code)) continue;
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < page.length) {
      // A surrogate pair is never part of a label: copied as it is.
      push(code, index, 0);
      push(page.charCodeAt(index + 1), index, 0);
      index++;
      continue;
    }
    if (code >= 0xff01 && code <= 0xff5e) {
      const narrow = code - 0xfee0;
      if (!isDroppedChar(narrow)) push(narrow, index, 0);
      continue;
    }
    const normal = normalizeChar(code);
    for (let part = 0; part < normal.length; part++) {
      const sub = normal.charCodeAt(part);
      if (!isDroppedChar(sub)) push(sub, index, 0);
    }
  }
  let text = "";
  for (let from = 0; from < size; from += 8192) text += String.fromCharCode(...codes.subarray(from, Math.min(size, from + 8192)));
  return { text, at: at.subarray(0, size), traditional: traditional.subarray(0, size), length: page.length };
}

/**
 * Offset in the original text where the stream character `index` starts (the text's end past the stream).
 *
 * @example
 * ```ts
 * originalStart(buildStream(" a"), 0);
 * //=> 1
 * ```
 */
export function originalStart(stream: Stream, index: number): number {
  return index < stream.text.length ? (stream.at[index] as number) : stream.length;
}

/**
 * Offset in the original text just after the stream character `index - 1`.
 *
 * @example
 * ```ts
 * originalEnd(buildStream(" a "), 1);
 * //=> 2
 * ```
 */
export function originalEnd(stream: Stream, index: number): number {
  return index === 0 ? 0 : (stream.at[index - 1] as number) + 1;
}
