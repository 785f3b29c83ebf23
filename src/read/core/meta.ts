/**
 * Year, agency and prose sections from a published report's page text.
 * Deterministic: only what the title, heading or statistics period states.
 */
import type { SectionTexts } from "./assemble.js";

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

// "临沂市兰山区2023年政府信息公开工作年度报告", "…2025年度政府信息公开工作年度报告", "2023年临沂市兰山区政府信息公开工作年度报告".
const TITLE_AGENCY_FIRST = /([\u4e00-\u9fff（）()]{2,40}?)\s*(20[1-9]\d)\s*年度?\s*(?:度\s*)?政府信息公开(?:工作)?(?:年度)?报告/u;
const TITLE_YEAR_FIRST = /(20[1-9]\d)\s*年度?\s*([\u4e00-\u9fff（）()]{2,40}?)\s*政府信息公开(?:工作)?(?:年度)?报告/u;
const PERIOD = /统计期限[^0-9]{0,6}(20[1-9]\d)\s*年\s*1\s*月\s*1\s*日/u;
const AGENCY_NOISE = /^(?:关于|标题[:：]?|名称[:：]?)/u;

/** Section headings: the number, a separator, and the start of the official title. */
const HEADINGS = {
  一: /(?:^|\n)[ \t\u3000]*一\s*[、．.]\s*总\s*体\s*情\s*况/u,
  二: /(?:^|\n)[ \t\u3000]*二\s*[、．.]\s*主\s*动\s*公\s*开/u,
  五: /(?:^|\n)[ \t\u3000]*五\s*[、．.]\s*(?:存\s*在|主\s*要\s*问\s*题)/u,
  六: /(?:^|\n)[ \t\u3000]*六\s*[、．.]\s*(?:其\s*他|需\s*要\s*报\s*告)/u,
} as const;

/** Where section 六 (the last) ends: the page's footer, a sign-off date, or the next article. */
const END_OF_REPORT = /\n[ \t\u3000]*(?:【?\s*(?:打印|关闭|返回顶部|上一篇|下一篇|相关链接|分享到|扫一扫)|附件[:：]|(?:20[1-9]\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\n|$))/u;

/** Back from the end of a heading match to the start of its line. */
function headingStart(page: string, headingEnd: number): number {
  const lineStart = page.lastIndexOf("\n", headingEnd - 1);
  return lineStart === -1 ? 0 : lineStart;
}

function cleanAgency(raw: string): string | null {
  const agency = raw.replace(AGENCY_NOISE, "").trim();
  return agency.length >= 2 ? agency : null;
}

function find(pattern: RegExp, text: string, from = 0): number | undefined {
  const match = pattern.exec(text.slice(from));
  if (!match) return undefined;
  return from + match.index + match[0].length;
}

/**
 * Reads the year, the agency and the prose sections 一, 五, 六 from a report's page text.
 *
 * @example
 * ```ts
 * const meta = readPageMeta("临沂市兰山区2023年政府信息公开工作年度报告\n一、总体情况\n全年……\n二、主动公开政府信息情况\n");
 * [meta.year, meta.agency, meta.text.一];
 * //=> [2023, "临沂市兰山区", "全年……"]
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
  if (agencyFirst && (!yearFirst || agencyFirst.index <= yearFirst.index)) {
    year = Number(agencyFirst[2]);
    agency = cleanAgency(agencyFirst[1] as string);
    yearSource = "title";
    if (agency) agencySource = "title";
  } else if (yearFirst) {
    year = Number(yearFirst[1]);
    agency = cleanAgency(yearFirst[2] as string);
    yearSource = "title";
    if (agency) agencySource = "title";
  }
  if (year === null) {
    const period = PERIOD.exec(page);
    if (period) {
      year = Number(period[1]);
      yearSource = "text";
    }
  }

  const starts = {
    一: find(HEADINGS.一, page),
    二: undefined as number | undefined,
    五: undefined as number | undefined,
    六: undefined as number | undefined,
  };
  starts.二 = find(HEADINGS.二, page, starts.一 ?? 0);
  starts.五 = find(HEADINGS.五, page, starts.二 ?? starts.一 ?? 0);
  starts.六 = find(HEADINGS.六, page, starts.五 ?? starts.二 ?? 0);
  const body = (start: number | undefined, end: number | undefined): { text?: string; at?: number } => {
    if (start === undefined) return {};
    // The heading's own line ends at a line break (the rest of a run-together line is body).
    const rest = /^[^\n]*?(?:情况|事项)?[ \t\u3000]*(?:\n|$)/u.exec(page.slice(start, start + 80));
    const from = start + (rest && !/\d/u.test(rest[0]) ? rest[0].length : 0);
    const stop = end === undefined ? page.length : headingStart(page, end);
    const text = page.slice(from, Math.max(from, stop)).trim();
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
