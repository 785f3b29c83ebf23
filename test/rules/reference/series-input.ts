import { Reader, valueAt } from "./reader.js";
import type { Emit, SeriesEntry, SeriesInput, SeriesInputContext, RunnableSeriesInput } from "./rule.js";
import { formatOf } from "../../../src/rules/format-of.js";
import type { Finding } from "../../../src/rules/types.js";

function agencyKey(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.replace(/\s+/g, "") : undefined;
}

function appendTo<Key>(map: Map<Key, number[]>, key: Key, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/** A `series.input` finding with its problem in both languages. */
function problem(emit: Emit, paths: readonly string[], zh: string, en: string): Finding {
  return emit.fail(paths, { problem: { zh, en } });
}

/** The reports as entries, or the findings that make the input invalid. */
function entriesOf(reports: readonly unknown[], blanks: SeriesInputContext["blanks"], emit: Emit): { entries: SeriesEntry[]; problems: Finding[] } {
  const entries: SeriesEntry[] = [];
  const problems: Finding[] = [];
  const agencies = new Map<string, number[]>();
  const years = new Map<number, number[]>();
  reports.forEach((report, index) => {
    if (report === null || typeof report !== "object" || Array.isArray(report)) {
      problems.push(problem(emit, [`/${index}`], `第 ${index} 项不是报告对象`, `item ${index} is not a report object`));
      return;
    }
    const year = valueAt(report, ["year"]);
    if (year === undefined || !Number.isInteger(year)) {
      problems.push(problem(emit, [`/${index}/year`], `第 ${index} 项报告的年度为空或无效，无法排序`, `report ${index} has no valid year, so it cannot be placed`));
      return;
    }
    const agency = agencyKey((report as { agency?: unknown }).agency);
    // Push into the index lists in place: copying them per report made a series quadratic
    // (test/rules/series-work.test.ts counts the work).
    if (agency) appendTo(agencies, agency, index);
    appendTo(years, year, index);
    const format = formatOf(report);
    entries.push({ report, format, year, index, reader: new Reader(report, format, blanks, `/${index}`) });
  });
  if (agencies.size > 1) {
    const zh = [...agencies.entries()].map(([name, indexes]) => `${name}（${indexes.join(", ")}）`).join("、");
    const en = [...agencies.entries()].map(([name, indexes]) => `${name}（${indexes.join(", ")}）`).join(", ");
    problems.push(
      problem(emit, [...agencies.values()].flat().map((index) => `/${index}/agency`), `报告来自不同机关：${zh}`, `the reports come from different organs: ${en}`),
    );
  }
  for (const [year, indexes] of years) {
    if (indexes.length > 1)
      problems.push(
        problem(
          emit,
          indexes.map((index) => `/${index}/year`),
          `${year} 年有 ${indexes.length} 份报告（第 ${indexes.join("、")} 项）`,
          `${indexes.length} reports for ${year} (items ${indexes.join(", ")})`,
        ),
      );
  }
  return { entries, problems };
}

/**
 * The input step of `checkSeries`: checks that the reports form one organ's series
 * (objects, each with a year, one organ, one report per year) and pairs consecutive years.
 * A gap between years is an `assessable: false` finding; on any other problem no pair is returned.
 */
function readSeries({ reports, blanks, emit }: SeriesInputContext): SeriesInput {
  if (!Array.isArray(reports)) return { pairs: [], findings: [problem(emit, [""], "应为报告数组", "expected an array of reports")] };
  const { entries, problems } = entriesOf(reports, blanks, emit);
  if (problems.length > 0) return { pairs: [], findings: problems };
  entries.sort((a, b) => a.year - b.year);
  const pairs: [SeriesEntry, SeriesEntry][] = [];
  const findings: Finding[] = [];
  for (let index = 1; index < entries.length; index += 1) {
    const previous = entries[index - 1] as SeriesEntry;
    const current = entries[index] as SeriesEntry;
    if (current.year === previous.year + 1) {
      pairs.push([previous, current]);
      continue;
    }
    const missing = `${previous.year + 1}${current.year - previous.year > 2 ? `–${current.year - 1}` : ""}`;
    const gap = problem(
      emit,
      [`/${previous.index}/year`, `/${current.index}/year`],
      `缺少 ${missing} 年的报告，${previous.year}→${current.year} 的逐年衔接无法检查`,
      `no report for ${missing}: links ${previous.year} → ${current.year} cannot be checked`,
    );
    findings.push({ ...gap, severity: "info", assessable: false });
  }
  return { pairs, findings };
}

/** series.input — the reports given to checkSeries form one organ's series. */
export const seriesInput: RunnableSeriesInput = {
  id: "series.input",
  severity: "error",
  scope: "series",
  formats: ["2019", "2021"],
  message: {
    zh: "系列报告输入有误：{problem}",
    en: "Invalid series input: {problem}",
  },
  run: readSeries,
};

