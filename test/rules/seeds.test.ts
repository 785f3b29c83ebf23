import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { APPLICANT_KEYS, APPLICANT_PART_KEYS } from "../../src/layout/labels.js";
import { check } from "../../src/rules/check.js";
import { LenientReport } from "../../src/schema/report.js";
import { failures } from "./expect-finding.js";

const seed = (name: string) =>
  LenientReport.parse(JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/seeds", `${name}.json`), "utf8")));

/** The rows of table 三 under `node` (objects with applicant columns), with their pointers. */
function tableRows(node: unknown, pointer = ""): [string, Record<string, unknown>][] {
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  if ("naturalPerson" in record) return [[pointer, record]];
  return Object.entries(record).flatMap(([key, child]) => tableRows(child, `${pointer}/${key}`));
}

/** "ruleId@first path" for each finding, `?` marking not assessable. */
const summary = (findings: ReturnType<typeof check>) =>
  findings.map((finding) => `${finding.ruleId}${finding.assessable === false ? "?" : ""}@${finding.paths[0]}`);

describe("seed reports (hand-worked expectations in test/fixtures/seeds/README.md)", () => {
  it("004 (兰山区 2023, strict 2021) yields no error or warning; only the overview-length info", () => {
    const findings = check(seed("004"));
    expect(findings.filter((finding) => finding.severity !== "info")).toEqual([]);
    expect(summary(findings)).toEqual(["text.overview-length@/text/overview"]);
    // The overview's length in code points, whitespace not counted, computed from the seed text.
    const overview = seed("004").text?.overview ?? "";
    const length = Array.from(overview).filter((character) => !/\s/.test(character)).length;
    expect(length).toBeGreaterThan(1000);
    expect(findings[0]?.actual).toBe(length);
    expect(findings[0]?.message).toContain(String(length));
  });

  it("003 (临淄区 2019) reports its 自然人 column: 35 ≠ 35 + 8, the total blank and bounded by its parts", () => {
    const findings = check(seed("003"));
    // The prose rules' finding on 003 (申请办结数33件) is asserted in test/rules/prose/seeds.test.ts.
    const real = failures(findings).filter((finding) => !finding.ruleId.startsWith("text."));
    expect(summary(real)).toEqual(["t3.balance@/applications/received/naturalPerson", "t3.balance@/applications/received/total"]);
    expect(real[0]?.expected).toBe(35);
    expect(real[0]?.actual).toBe(43);
    expect(real[0]?.message).toBe(
      "三、收到和处理政府信息公开申请情况（自然人列）：一、本年新收 35 + 二、上年结转 0 = 35，应等于（七）总计 至少 35（空白，按已填分项推算） + 四、结转下年度继续办理 8 = 至少 43，相差 至少 8",
    );
    // Everything else that touches a blank is said, not passed silently.
    const unknown = findings.filter((finding) => finding.assessable === false);
    const counts = Object.fromEntries(
      ["t3.balance", "t3.outcomes-total", "t3.applicant-total", "t4.total"].map((id) => [id, unknown.filter((finding) => finding.ruleId === id).length]),
    );
    // 5 legal-person columns; 7 columns with a blank （七）总计; 23 rows with blank cells; 3 groups of 四.
    expect(counts).toEqual({ "t3.balance": 5, "t3.outcomes-total": 7, "t3.applicant-total": 23, "t4.total": 3 });
    expect(unknown.every((finding) => finding.severity === "info")).toBe(true);
  });

  it("000 (罗庄区 2019): no failure; the blank 其他 cell of （一）予以公开 leaves two relations undecided", () => {
    const findings = check(seed("000"));
    expect(summary(findings)).toEqual([
      "t3.outcomes-total?@/applications/outcomes/total/otherOrganization",
      "t3.applicant-total?@/applications/outcomes/disclosed/total",
    ]);
  });

  it("002 (临沂经开区 2020): no failure; blank rows leave 1 + 7 + 15 relations undecided", () => {
    const findings = check(seed("002"));
    expect(failures(findings)).toEqual([]);
    expect(summary(findings.filter((finding) => finding.ruleId === "t3.balance"))).toEqual([
      "t3.balance?@/applications/received/otherOrganization",
    ]);
    // Derived from the seed: each applicant-total relation of a row with a blank among its six
    // columns is undecided, and each outcomes-total relation of a column with a blank outcome.
    const rows = tableRows(seed("002").applications);
    const outcomeRows = tableRows(seed("002").applications.outcomes).filter(([pointer]) => pointer !== "/total");
    const rowsWithBlank = rows.filter(([, row]) => APPLICANT_PART_KEYS.some((key) => row[key] === null));
    const columnsWithBlank = APPLICANT_KEYS.filter((key) => outcomeRows.some(([, row]) => row[key] === null));
    expect(findings.filter((finding) => finding.ruleId === "t3.outcomes-total")).toHaveLength(columnsWithBlank.length);
    expect(findings.filter((finding) => finding.ruleId === "t3.applicant-total")).toHaveLength(rowsWithBlank.length);
    expect(findings).toHaveLength(1 + columnsWithBlank.length + rowsWithBlank.length);
    expect(Math.min(columnsWithBlank.length, rowsWithBlank.length)).toBeGreaterThan(0);
  });
});
