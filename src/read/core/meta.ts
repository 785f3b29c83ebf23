/**
 * Year, agency and prose sections from a published report's page text.
 * Deterministic: only what the title, heading or statistics period states.
 */
import type { Extraction, SectionTexts } from "./assemble.js";

/** What the page text says about the report itself. */
export interface PageMeta {
  readonly year: number | null;
  readonly yearSource?: "title" | "heading" | "text";
  readonly agency: string | null;
  readonly agencySource?: "title" | "heading" | "text";
  /** Sections 一, 五 and 六 as printed, with their start offsets in the page text. */
  readonly text: SectionTexts;
  readonly sectionStarts: { readonly 一?: number; readonly 五?: number; readonly 六?: number };
}

// A title line: "[# ][标题:]临沂市兰山区2023年政府信息公开工作年度报告", "2023年临沂市兰山区政府信息公开工作年度报告",
// or "## 2020 年政府信息公开工作年度报告" with the agency on the line before.
const REPORT = String.raw`政府信息公开(?:工作)?(?:年度)?报告`;
const AGENCY = String.raw`[\u4e00-\u9fff（）()]{2,40}?`;
const LINE_PREFIX = String.raw`^[ \t\u3000#*>]*(?:(?:标题|题目|名称)\s*[:：]\s*)?`;
const TITLE_AGENCY_FIRST = new RegExp(`${LINE_PREFIX}(${AGENCY})\\s*(20[1-9]\\d)\\s*年度?\\s*${REPORT}[ \\t\\u3000*]*$`, "mu");
const TITLE_YEAR_FIRST = new RegExp(`${LINE_PREFIX}(20[1-9]\\d)\\s*年度?\\s*(${AGENCY})\\s*${REPORT}[ \\t\\u3000*]*$`, "mu");
const TITLE_NO_AGENCY = new RegExp(`${LINE_PREFIX}(20[1-9]\\d)\\s*年度?\\s*${REPORT}[ \\t\\u3000*]*$`, "mu");
/** A title inside running text (a page whose text is all on one line). */
const TITLE_INLINE = new RegExp(`(?:^|[\\s:：。】]|标题)(${AGENCY})(20[1-9]\\d)年度?${REPORT}`, "u");
const PERIOD = /统计期限[^0-9]{0,6}(20[1-9]\d)\s*年\s*1\s*月\s*1\s*日/u;
/** An organ's name: Chinese characters and brackets only, ending like the name of an organ or a place. */
const ORGAN = /^[\u4e00-\u9fff（）()]{2,40}$/u;
/** Words that start prose, not an organ's name. */
const NOT_ORGAN = /^(?:关于|根据|按照|依据|本|我|全|各|现|今|为|对|在|从|经|由)|(?:的|了|和|及|等|将|是|年|报告|通知|情况)$/u;
/** A bare place name (临沂市兰山区): the reporting organ is then its 人民政府 when the page names it. */
const PLACE = /(?:省|市|区|县|旗|州|盟|镇|乡)$/u;
const ZONE = /(?:开发区|新区|实验区|高新区|园区|示范区|保税区|管理区|试验区|合作区|工业区)$/u;

function organ(raw: string | undefined, page: string): string | null {
  if (raw === undefined) return null;
  const name = raw.trim();
  if (!ORGAN.test(name) || NOT_ORGAN.test(name)) return null;
  if (PLACE.test(name) && !ZONE.test(name)) {
    // "临沂市兰山区2023年…报告" is the district government's report; say so only when the page names that organ.
    return page.includes(`${name}人民政府`) ? `${name}人民政府` : null;
  }
  return name;
}

function previousLine(page: string, index: number): string | undefined {
  const before = page.slice(Math.max(0, index - 400), index).split("\n");
  before.pop();
  for (let line = before.length - 1; line >= 0; line--) {
    const text = (before[line] as string).replace(/^[ \t\u3000#*>]+|[ \t\u3000*]+$/gu, "");
    if (text !== "") return text;
  }
  return undefined;
}

/** Back from the end of a heading match to the start of its line. */
function headingStart(headingEnd: number): number {
  return headingStarts.get(headingEnd) ?? headingEnd;
}


/** Section headings at the start of a line: the number, a separator, and the start of the official title. */
const HEADINGS = {
  一: /(?:^|\n)[ \t\u3000#*]*一\s*[、．.]\s*总\s*体\s*情\s*况/u,
  二: /(?:^|\n)[ \t\u3000#*]*二\s*[、．.]\s*主\s*动\s*公\s*开/u,
  五: /(?:^|\n)[ \t\u3000#*]*五\s*[、．.]\s*(?:存\s*在|主\s*要\s*问\s*题)/u,
  六: /(?:^|\n)[ \t\u3000#*]*六\s*[、．.]\s*(?:其\s*他|需\s*要\s*报\s*告)/u,
} as const;

/** The same headings inside running text (a page whose text is all on one line): the whole official heading. */
const INLINE_HEADINGS = {
  一: /一[、．.]总体情况/u,
  二: /二[、．.]主动公开政府信息情况/u,
  五: /五[、．.](?:存在的)?主要问题及改进情况/u,
  六: /六[、．.](?:其他需要报告的事项|需要报告的其他事项)/u,
} as const;

/** Where section 六 (the last) ends: the page's footer, a sign-off date, or the next article. */
const END_OF_REPORT = /\n[ \t\u3000]*(?:【?\s*(?:打印|关闭|返回顶部|扫码|上一篇|下一篇|相关链接|分享到|扫一扫)|附件[:：]|(?:20[1-9]\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\n|$))/u;

const headingStarts = new Map<number, number>();

function find(pattern: RegExp, text: string, from = 0, inline?: RegExp): number | undefined {
  const match = pattern.exec(text.slice(from)) ?? (inline ? inline.exec(text.slice(from)) : null);
  if (!match) return undefined;
  const end = from + match.index + match[0].length;
  headingStarts.set(end, from + match.index);
  return end;
}

/**
 * Reads the year, the agency and the prose sections 一, 五, 六 from a report's page text.
 *
 * @example
 * ```ts
 * const meta = readPageMeta("某县财政局2023年政府信息公开工作年度报告\n一、总体情况\n全年……\n二、主动公开政府信息情况\n");
 * [meta.year, meta.agency, meta.text.一];
 * //=> [2023, "某县财政局", "全年……"]
 * ```
 */
export function readPageMeta(page: string): PageMeta {
  let year: number | null = null;
  let agency: string | null = null;
  let yearSource: PageMeta["yearSource"];
  let agencySource: PageMeta["agencySource"];
  const head = page.slice(0, 20_000);
  const agencyFirst = TITLE_AGENCY_FIRST.exec(head);
  const yearFirst = TITLE_YEAR_FIRST.exec(head);
  const bare = TITLE_NO_AGENCY.exec(head);
  const inline = TITLE_INLINE.exec(head);
  const titles = [
    agencyFirst && { index: agencyFirst.index, year: agencyFirst[2], agency: organ(agencyFirst[1], page) },
    yearFirst && { index: yearFirst.index, year: yearFirst[1], agency: organ(yearFirst[2], page) },
    bare && { index: bare.index, year: bare[1], agency: organ(previousLine(head, bare.index), page) },
  ].filter((title) => title !== null);
  titles.sort((a, b) => a.index - b.index);
  const title = titles[0] ?? (inline ? { index: inline.index, year: inline[2], agency: organ(inline[1], page) } : undefined);
  if (title) {
    year = Number(title.year);
    yearSource = "title";
    agency = title.agency;
    if (agency) agencySource = "title";
  }
  if (year === null) {
    const period = PERIOD.exec(page);
    if (period) {
      year = Number(period[1]);
      yearSource = "text";
    }
  }

  headingStarts.clear();
  const starts = {
    一: find(HEADINGS.一, page, 0, INLINE_HEADINGS.一),
    二: undefined as number | undefined,
    五: undefined as number | undefined,
    六: undefined as number | undefined,
  };
  starts.二 = find(HEADINGS.二, page, starts.一 ?? 0, INLINE_HEADINGS.二);
  starts.五 = find(HEADINGS.五, page, starts.二 ?? starts.一 ?? 0, INLINE_HEADINGS.五);
  starts.六 = find(HEADINGS.六, page, starts.五 ?? starts.二 ?? 0, INLINE_HEADINGS.六);
  const body = (start: number | undefined, end: number | undefined): { text?: string; at?: number } => {
    if (start === undefined) return {};
    // The rest of the heading (…情况, …事项); on a run-together line the body follows it directly.
    const rest = /^[^\n。，,\d]{0,24}?(?:情况|事项)[ \t\u3000*#]*/u.exec(page.slice(start, start + 40)) ?? /^[^\n\d]{0,30}(?:\n|$)/u.exec(page.slice(start, start + 40));
    const from = start + (rest ? rest[0].length : 0);
    const stop = end === undefined ? page.length : headingStart(end);
    const text = page
      .slice(from, Math.max(from, stop))
      .trimEnd()
      .replace(/\n[ \t\u3000]*\d{1,3}[ \t\u3000]*$/u, "")
      .trim();
    return text ? { text, at: from } : {};
  };
  const one = body(starts.一, starts.二);
  const five = body(starts.五, starts.六);
  let sixEnd: number | undefined;
  if (starts.六 !== undefined) {
    const rest = page.slice(starts.六 + 1);
    const match = END_OF_REPORT.exec(rest);
    sixEnd = match ? starts.六 + 1 + match.index + 1 : undefined;
  }
  const six = body(starts.六, sixEnd);
  return {
    year,
    agency,
    ...(yearSource ? { yearSource } : {}),
    ...(agencySource ? { agencySource } : {}),
    text: { ...(one.text ? { 一: one.text } : {}), ...(five.text ? { 五: five.text } : {}), ...(six.text ? { 六: six.text } : {}) },
    sectionStarts: { ...(one.at !== undefined ? { 一: one.at } : {}), ...(five.at !== undefined ? { 五: five.at } : {}), ...(six.at !== undefined ? { 六: six.at } : {}) },
  };
}

/**
 * The fields of an extraction that come from the page meta: year, agency (each with its source) and the prose sections.
 *
 * @example
 * ```ts
 * pageMetaFields(readPageMeta("2023年临沂市兰山区人民政府政府信息公开工作年度报告")).year;
 * //=> 2023
 * ```
 */
export function pageMetaFields(meta: PageMeta): Pick<Extraction, "year" | "yearSource" | "agency" | "agencySource" | "text"> {
  return {
    year: meta.year,
    ...(meta.yearSource ? { yearSource: meta.yearSource } : {}),
    agency: meta.agency,
    ...(meta.agencySource ? { agencySource: meta.agencySource } : {}),
    text: meta.text,
  };
}
