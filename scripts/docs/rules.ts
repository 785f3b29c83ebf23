// docs/rules.md, generated from the rule catalogue; each example finding is produced
// by running the rule on a small report broken for it, so the page cannot drift.
import { rules } from "../../src/rules/catalogue.js";
import { check, checkSeries } from "../../src/rules/check.js";
import type { Finding, RuleInfo } from "../../src/rules/types.js";
import { clone, setAt, zeroReport } from "../../test/support/reports.js";
import { banner, type GeneratedFile } from "../generated.js";

type Example = () => { findings: (lang: "zh" | "en") => Finding[] };

const single =
  (build: () => unknown): Example =>
  () => {
    const report = build();
    return { findings: (lang) => check(report, { lang }) };
  };

const series =
  (build: () => unknown[]): Example =>
  () => {
    const reports = build();
    return { findings: (lang) => checkSeries(reports, { lang }) };
  };

function with2021(edit: (report: Record<string, unknown>) => void, format: "2019" | "2021" = "2021") {
  const report = clone(zeroReport(format)) as Record<string, unknown>;
  edit(report);
  return report;
}

const EXAMPLES: Record<string, Example> = {
  "t3.balance": single(() =>
    with2021((report) => {
      for (const row of [["received"], ["outcomes", "disclosed"], ["outcomes", "total"]])
        for (const key of ["naturalPerson", "total"]) setAt(report, ["applications", ...row, key], 35);
      for (const key of ["naturalPerson", "total"]) setAt(report, ["applications", "carriedForward", key], 8);
    }),
  ),
  "t3.outcomes-total": single(() =>
    with2021((report) => {
      for (const key of ["naturalPerson", "total"]) {
        setAt(report, ["applications", "outcomes", "withheld", "thirdPartyRights", key], 3);
        setAt(report, ["applications", "received", key], 2);
        setAt(report, ["applications", "outcomes", "total", key], 2);
      }
    }),
  ),
  "t3.applicant-total": single(() =>
    with2021((report) => {
      setAt(report, ["applications", "outcomes", "unableToProvide", "notHeld", "naturalPerson"], 398);
      setAt(report, ["applications", "outcomes", "unableToProvide", "notHeld", "commercialEnterprise"], 3);
      setAt(report, ["applications", "outcomes", "unableToProvide", "notHeld", "total"], 400);
      setAt(report, ["applications", "outcomes", "total", "naturalPerson"], 398);
      setAt(report, ["applications", "outcomes", "total", "commercialEnterprise"], 3);
      setAt(report, ["applications", "outcomes", "total", "total"], 400);
      setAt(report, ["applications", "received", "naturalPerson"], 398);
      setAt(report, ["applications", "received", "commercialEnterprise"], 3);
      setAt(report, ["applications", "received", "total"], 400);
    }),
  ),
  "t4.total": single(() =>
    with2021((report) => {
      setAt(report, ["reviewAndLitigation", "review", "upheld"], 30);
      setAt(report, ["reviewAndLitigation", "review", "corrected"], 9);
      setAt(report, ["reviewAndLitigation", "review", "total"], 38);
    }),
  ),
  "t2.published-within-total": single(() =>
    with2021((report) => {
      setAt(report, ["proactive", "normativeDocuments", "published"], 89);
      setAt(report, ["proactive", "normativeDocuments", "totalPublished"], 80);
    }, "2019"),
  ),
  "meta.format-year": single(() => with2021((report) => setAt(report, ["year"], 2020))),
  "text.fees-statement": single(() => with2021((report) => setAt(report, ["text", "other"], "无。"))),
  "text.overview-length": single(() => with2021((report) => setAt(report, ["text", "overview"], "政务公开工作".repeat(200)))),
  "text.received": single(() =>
    with2021((report) => {
      for (const row of [["received"], ["outcomes", "disclosed"], ["outcomes", "total"]])
        for (const key of ["naturalPerson", "total"]) setAt(report, ["applications", ...row, key], 3);
      setAt(report, ["text", "overview"], "本年度依申请公开工作有序开展。2023年，本机关未收到政府信息公开申请。");
    }),
  ),
  "text.carried-over": single(() => with2021((report) => setAt(report, ["text", "overview"], "全年新收政府信息公开申请0件，上年结转2件。"))),
  "text.completed": single(() => with2021((report) => setAt(report, ["text", "overview"], "全年共办结政府信息公开申请十二件。"))),
  "text.outcomes": single(() =>
    with2021((report) => setAt(report, ["text", "overview"], "本年度收到的政府信息公开申请中，予以公开163件、部分公开0件，占比23%。")),
  ),
  "text.carried-forward": single(() => with2021((report) => setAt(report, ["text", "overview"], "政府信息公开申请结转下年度继续办理35件。"))),
  "text.review": single(() =>
    with2021((report) => {
      for (const [key, value] of [["upheld", 31], ["corrected", 8], ["other", 3], ["pending", 1], ["total", 43]] as const)
        setAt(report, ["reviewAndLitigation", "review", key], value);
      setAt(report, ["text", "overview"], "因政府信息公开引起行政复议43件，其中纠错9件，纠错率为20.9%。");
    }),
  ),
  "text.litigation": single(() =>
    with2021((report) => {
      setAt(report, ["reviewAndLitigation", "litigationDirect", "upheld"], 2);
      setAt(report, ["reviewAndLitigation", "litigationDirect", "total"], 2);
      setAt(report, ["text", "overview"], "2023年度，未发生因政府信息公开引起的行政诉讼。");
    }),
  ),
  "text.documents": single(() =>
    with2021((report) => {
      setAt(report, ["proactive", "normativeDocuments", "issued"], 6);
      setAt(report, ["proactive", "normativeDocuments", "repealed"], 2);
      setAt(report, ["proactive", "normativeDocuments", "inForce"], 17);
      setAt(report, ["text", "overview"], "本年制发行政规范性文件5件，主动公开区级行政规范性文件3件。");
    }),
  ),
  "text.fees-charged": single(() =>
    with2021((report) => {
      setAt(report, ["proactive", "fees", "amountWanYuan"], 323.479);
      setAt(report, ["text", "overview"], "全年行政事业性收费32.35万元。");
    }),
  ),
  "text.sections-present": single(() => with2021((report) => setAt(report, ["text", "problems"], "无。"))),
  "series.carry-over": series(() => {
    const before = with2021((report) => {
      for (const key of ["naturalPerson", "total"]) {
        setAt(report, ["applications", "received", key], 35);
        setAt(report, ["applications", "carriedForward", key], 35);
      }
    }, "2019");
    const after = with2021(() => undefined);
    setAt(after, ["year"], 2021);
    return [after, before];
  }),
  "series.in-force": series(() => {
    const before = with2021((report) => setAt(report, ["proactive", "normativeDocuments", "inForce"], 698));
    setAt(before, ["year"], 2022);
    const after = with2021((report) => {
      setAt(report, ["proactive", "normativeDocuments", "issued"], 77);
      setAt(report, ["proactive", "normativeDocuments", "repealed"], 132);
      setAt(report, ["proactive", "normativeDocuments", "inForce"], 470);
    });
    return [before, after];
  }),
  "series.repeal-bound": series(() => {
    const before = with2021((report) => setAt(report, ["proactive", "regulations", "inForce"], 2));
    setAt(before, ["year"], 2022);
    const after = with2021((report) => {
      setAt(report, ["proactive", "regulations", "repealed"], 5);
      setAt(report, ["proactive", "regulations", "inForce"], 0);
    });
    return [before, after];
  }),
  "series.items": series(() => {
    const before = with2021((report) => {
      setAt(report, ["proactive", "penalty", "itemsLastYear"], 2648);
      setAt(report, ["proactive", "penalty", "itemsChange"], -18);
    }, "2019");
    setAt(before, ["year"], 2019);
    const after = with2021((report) => setAt(report, ["proactive", "penalty", "itemsLastYear"], 2648), "2019");
    return [before, after];
  }),
  "series.published-total": series(() => {
    const before = with2021(() => undefined, "2019");
    setAt(before, ["year"], 2019);
    const after = with2021((report) => setAt(report, ["proactive", "regulations", "totalPublished"], 7), "2019");
    return [before, after];
  }),
  "report.input": single(() => "not a report"),
  "series.input": series(() => {
    const a = with2021(() => undefined);
    const b = with2021((report) => setAt(report, ["agency"], "另一机关"));
    setAt(b, ["year"], 2022);
    return [a, b];
  }),
};

function exampleFor(rule: RuleInfo): string {
  const make = EXAMPLES[rule.id];
  if (!make) throw new Error(`docs/rules.md: no example for ${rule.id}`);
  const example = make();
  const zh = example.findings("zh").filter((finding) => finding.ruleId === rule.id);
  const en = example.findings("en").filter((finding) => finding.ruleId === rule.id);
  const [first] = zh;
  if (!first || !en[0]) throw new Error(`docs/rules.md: the example for ${rule.id} does not trigger it`);
  const { message: _message, ...rest } = first;
  return [
    "```json",
    JSON.stringify({ ...rest, message: first.message }, null, 2),
    "```",
    "",
    `English (\`{ lang: "en" }\`): ${en[0].message}`,
  ].join("\n");
}

function page(): string {
  const lines: string[] = [banner("the rule catalogue (src/rules/*.ts) via scripts/docs/rules.ts")];
  lines.push("# Rules (勾稽关系)", "");
  lines.push(
    "Every cross-table relation zfxxgk checks, as data: `import { rules } from \"zfxxgk\"`, or `zfxxgk/rules.json` for non-TypeScript users. Run them with `check(report)` (single-report rules) and `checkSeries(reports)` (`series.*`).",
    "",
    "**Blank cells.** A blank (`null`) cell is *unknown*, never 0: a count is then any value ≥ 0. A blank printed total (a row's 总计, a （七）总计 cell, a table 四 总计) is derived from its parts — exactly when all parts are filled, otherwise as a lower bound. A relation fails when its two sides cannot possibly be equal (even with the blanks), passes when both sides are exact and equal, and otherwise gives a finding with `assessable: false` at severity `info`. So a blank never passes silently, and a proven imbalance is reported even when some cells are blank (seed 003: 35 ≠ at least 43). `{ blanks: \"zero\" }` reads blanks as 0 and says so in every finding it affects.",
    "",
    "**Control.** `check(report, { rules: { \"t3.balance\": \"warning\", \"text.overview-length\": \"off\" } })` changes severities or disables rules; an unknown id throws a `TypeError` naming the known ids. `{ lang: \"en\" }` gives English messages.",
    "",
    "**Findings**: `{ ruleId, severity, paths, message, expected?, actual?, assessable? }` — `paths` are JSON Pointers of every cell in the relation (for `checkSeries`, prefixed by the report's index in the input array); `expected` is what the relation implies, `actual` what the report prints (bounds when blanks are involved). Findings of the prose rules also carry `evidence: { section, start, end, quote }`: the section of `text` (`overview`, `problems`, `other`), the sentence's offsets in it and the sentence itself.",
    "",
    "**Prose** (`text.*`). The figures sections 一、五、六 quote for table quantities — `收到政府信息公开申请 126 件`, `办结 120 件`, `行政复议 3 件，其中维持 2 件`, `未收到……行政诉讼`, `制发行政规范性文件 12 件`, `行政事业性收费 1.2 万元` — are compared with the tables, in Arabic or Chinese numerals (`三件`, `十二件`, `零`). A figure is compared only when its sentence names the quantity unambiguously; figures about a subordinate unit, year-on-year changes (`同比增长`), ranges, approximations (`余`, `约`), other years, breakdowns by channel or applicant, 政务公开 in general, or several quantities at once are left alone. A finding is made only when the figure fits no reading of the table (printed value, sum of its parts, the table III balance); blank cells never count against the text. Reports without `text` are not checked.",
    "",
    "| id | severity | scope | formats | relation |",
    "|---|---|---|---|---|",
  );
  for (const rule of rules) {
    lines.push(`| [\`${rule.id}\`](#${rule.id.replace(/\./g, "")}) | ${rule.severity} | ${rule.scope} | ${rule.formats.join(", ")} | ${rule.relation.zh} |`);
  }
  lines.push("");
  for (const rule of rules) {
    lines.push(`## ${rule.id}`, "");
    lines.push(`**${rule.title.zh}** — ${rule.title.en}`, "");
    lines.push(`- Severity: \`${rule.severity}\` · scope: ${rule.scope} · formats: ${rule.formats.join(", ")} · source: ${rule.source}${rule.tolerance !== undefined ? ` · tolerance: ${rule.tolerance}` : ""}`);
    lines.push(`- Relation: ${rule.relation.zh}`, `  - ${rule.relation.en}`);
    lines.push(`- Rationale: ${rule.rationale.zh}`, `  - ${rule.rationale.en}`);
    lines.push(`- Cells read: ${rule.cells.map((cell) => `\`${cell}\``).join(", ")}`);
    lines.push(`- Blank cells: ${rule.blanks.zh}`, `  - ${rule.blanks.en}`);
    lines.push(`- Message template: \`${rule.message.zh}\``, `  - \`${rule.message.en}\``);
    lines.push("", "Example finding:", "", exampleFor(rule), "");
  }
  return `${lines.join("\n")}\n`;
}

/** The rules page. */
export function files(): GeneratedFile[] {
  return [{ path: "rules.md", content: page() }];
}
