// Generates docs/labeled-tables.md from src/labeled: aliases, cell forms (run
// through the parser), note kinds and a worked example on seed 000.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCell } from "../../src/labeled/cells.js";
import { fromLabeledTables, LABEL_ALIASES, LABELED_TABLES_ERRORS, NOTE_KINDS, type NoteKind } from "../../src/labeled/index.js";
import { normalizeLabel } from "../../src/labeled/normalize.js";
import { banner, type GeneratedFile } from "../generated.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const cell = (text: string) => `\`${JSON.stringify(text)}\``;
const escape = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

const FORMS: readonly (readonly [string, Parameters<typeof readCell>[1], string])[] = [
  ["12", { kind: "count" }, "count"],
  [" 12 ", { kind: "count" }, "count"],
  ["1,234", { kind: "count" }, "count"],
  ["１２", { kind: "count" }, "count"],
  ["3 项", { kind: "count" }, "count"],
  ["7件", { kind: "count" }, "count"],
  ["", { kind: "count" }, "count"],
  ["—", { kind: "count" }, "count"],
  ["-", { kind: "count" }, "count"],
  ["/", { kind: "count" }, "count"],
  ["无", { kind: "count" }, "count"],
  ["&nbsp;", { kind: "count" }, "count"],
  ["\u00a0", { kind: "count" }, "count"],
  ["-3", { kind: "count" }, "count"],
  ["+2", { kind: "count" }, "count"],
  ["1.5", { kind: "count" }, "count"],
  ["3万", { kind: "count" }, "count"],
  ["约12", { kind: "count" }, "count"],
  ["增加 3 项", { kind: "signed" }, "本年增/减"],
  ["减少38项", { kind: "signed" }, "本年增/减"],
  ["增 6390", { kind: "signed" }, "本年增/减"],
  ["减 21", { kind: "signed" }, "本年增/减"],
  ["+2", { kind: "signed" }, "本年增/减"],
  ["-18", { kind: "signed" }, "本年增/减"],
  ["323.479", { kind: "money", headerUnit: "万元" }, "2021 本年收费金额（单位：万元）"],
  ["26.22 万元", { kind: "money", headerUnit: "万元" }, "2021 本年收费金额（单位：万元）"],
  ["1127.9789 万", { kind: "money", headerUnit: "万元" }, "2021 本年收费金额（单位：万元）"],
  ["251000元", { kind: "money", headerUnit: "万元" }, "2021 本年收费金额（单位：万元）"],
  ["251000", { kind: "money", headerUnit: "元" }, "2021 本年收费金额（单位：元）"],
  ["26.22 万元", { kind: "amount" }, "2019 采购总金额"],
  ["19.7万", { kind: "amount" }, "2019 采购总金额"],
  ["251000元", { kind: "amount" }, "2019 采购总金额"],
  ["17", { kind: "amount" }, "2019 采购总金额"],
  ["17", { kind: "amount", headerUnit: "万元" }, "2019 采购总金额（万元）"],
];

function formsTable(): string {
  const lines = ["| printed | column | value | notes |", "|---|---|---|---|"];
  for (const [text, context, column] of FORMS) {
    const reading = readCell(text, context);
    const notes = reading.notes.map((note) => `\`${note.kind}\``).join(", ") || "—";
    lines.push(`| ${cell(text)} | ${escape(column)} | \`${JSON.stringify(reading.value)}\` | ${notes} |`);
  }
  return lines.join("\n");
}

function aliasTable(): string {
  const lines = ["| table | row/column | printed | read as | formats | why |", "|---|---|---|---|---|---|"];
  for (const alias of LABEL_ALIASES) {
    lines.push(
      `| ${alias.table} | ${alias.on} | \`${alias.text}\` | ${alias.targets.map((target) => target.zh).join(" / ")} | ${alias.formats.join(", ")} | ${escape(alias.why.zh)} — ${escape(alias.why.en)} |`,
    );
  }
  return lines.join("\n");
}

function normalisationTable(): string {
  const examples = [
    "1．属于国家秘密",
    "（1）属于国家秘密",
    "1、属于国家秘密",
    "（一） 予以公开",
    "一．本年新收政府信息公开申请数量",
    "社会 公益\n组织",
    "3.危及\"三安全一稳定\"",
    "本年收费金额（单位：万元）",
  ];
  const lines = ["| printed | normalised |", "|---|---|"];
  for (const example of examples) lines.push(`| ${cell(example)} | \`${normalizeLabel(example)}\` |`);
  return lines.join("\n");
}

function kindsTable(): string {
  const lines = ["| kind | level | meaning |", "|---|---|---|"];
  for (const [kind, info] of Object.entries(NOTE_KINDS)) lines.push(`| \`${kind}\` | ${info.level} | ${escape(info.en)}<br>${escape(info.zh)} |`);
  return lines.join("\n");
}

function errorsTable(): string {
  const lines = ["| code | meaning |", "|---|---|"];
  for (const [code, message] of Object.entries(LABELED_TABLES_ERRORS)) lines.push(`| \`${code}\` | ${escape(message.en)}<br>${escape(message.zh)} |`);
  return lines.join("\n");
}

function workedExample(): string {
  const input = JSON.parse(readFileSync(join(root, "test/fixtures/labeled/000.json"), "utf8")) as {
    tables: Record<string, Record<string, unknown>>;
  };
  const result = fromLabeledTables(input);
  if (!result.success) throw new Error("seed 000 must read");
  const excerpt = { tables: { 二: input.tables["二"], 三: { "一、本年新收政府信息公开申请数量": input.tables["三"]?.["一、本年新收政府信息公开申请数量"] } } };
  const counts = new Map<NoteKind, number>();
  for (const note of result.notes) counts.set(note.kind, (counts.get(note.kind) ?? 0) + 1);
  const noteLines = result.notes.map(
    (note) => `| \`${note.kind}\` | ${note.pointer ? `\`${note.pointer}\`` : "—"} | ${note.raw !== undefined ? cell(note.raw) : "—"} | ${escape(note.message.zh)} |`,
  );
  return [
    "Input (`test/fixtures/labeled/000.json`, 罗庄区人民政府办公室 2019; excerpt — no `format` given):",
    "",
    "```json",
    JSON.stringify(excerpt, null, 2),
    "```",
    "",
    "`fromLabeledTables(input).data.proactive`:",
    "",
    "```json",
    JSON.stringify(result.data.proactive, null, 2),
    "```",
    "",
    "`data.applications.received`:",
    "",
    "```json",
    JSON.stringify(result.data.applications.received),
    "```",
    "",
    `All ${result.notes.length} notes (${[...counts].map(([kind, n]) => `${n} × \`${kind}\``).join(", ")}):`,
    "",
    "| kind | pointer | raw | message (zh) |",
    "|---|---|---|---|",
    ...noteLines,
  ].join("\n");
}

/** What the first example prints, from fromLabeledTables() on examples/labeled/000.json. */
function exampleFigures(): { format: string; naturalPerson: string } {
  const result = fromLabeledTables(JSON.parse(readFileSync(join(root, "examples/labeled/000.json"), "utf8")));
  if (!result.success) throw new Error("examples/labeled/000.json does not read");
  return { format: result.data.format, naturalPerson: String(result.data.applications.received.naturalPerson) };
}

/** docs/labeled-tables.md. */
export function files(): GeneratedFile[] {
  const example = exampleFigures();
  const content = `${banner("scripts/docs/labeled-tables.ts")}# Reading labelled tables: \`fromLabeledTables\`

\`fromLabeledTables(input)\` turns tables keyed by **printed labels** (what a
scraper of a published report produces; see [the input](#input)) into a lenient report
(\`LenientReport\`) that \`check\` can run on, and returns a **note** for
everything it read, assumed, converted or could not read. It never throws.

\`\`\`ts
import { readFileSync } from "node:fs";
import { fromLabeledTables } from "zfxxgk";

const scraped = JSON.parse(readFileSync("examples/labeled/000.json", "utf8")); // tables as scraped from a published page
const result = fromLabeledTables(scraped);
if (result.success) {
  result.data;     // LenientReport: every unreadable or absent cell is null, never 0
  result.notes;    // Note[]: { kind, table?, row?, column?, raw?, pointer?, message: { zh, en } }
  console.log(result.data.format, result.data.applications.received.naturalPerson); //=> ${example.format} ${example.naturalPerson}
} else {
  result.error;    // { code, message, messages: { zh, en } }; result.notes may hold notes made before the error
}
\`\`\`

## Input

<!-- not-run: the input's shape, not code -->
\`\`\`ts
{
  format?: "2019" | "2021",           // detected from the labels when absent
  year?: number, agency?: string,     // null + a missing-meta note when absent
  tables: {
    "二"?: { [rowLabel: string]: { [columnLabel: string]: string } },
    "三"?: { [rowPath: string]:  { [columnLabel: string]: string } },
    "四"?: { [groupLabel: string]: { [columnLabel: string]: string } }
  },
  text?: { "一"?: string, "五"?: string, "六"?: string }   // → text.overview / problems / other, verbatim
}
\`\`\`

- 二 rows: \`规章\`, or with the block title \`第二十条第（一）项/规章\` (a block that
  does not fit the row is rejected).
- 三 rows: the full path \`三、本年度办理结果/（三）不予公开/1.属于国家秘密\`, any
  part of it that keeps the order (\`（三）不予公开/1.属于国家秘密\`), or the bare
  leaf \`1.属于国家秘密\`. Leaf texts are unique, so a bare leaf is never
  ambiguous; a prefix that does not fit (\`（四）无法提供/1.属于国家秘密\`) is rejected.
  A section heading (\`三、收到和处理政府信息公开申请情况/…\`) may lead any path.
- 三 columns: \`自然人\`, \`商业企业\` …, optionally \`法人或其他组织/商业企业\` or
  \`申请人情况/…\` (the prefix must be the column's own header).
- 四 groups: \`行政复议\`, \`未经复议直接起诉\`, \`复议后起诉\`, optionally \`行政诉讼/…\`.
- Cells are read by **label**, never by position, so a shifted grid (Shanghai
  2019) does not matter. Object key order is used only to resolve two
  truncated headers \`本年新\` (below).
- A cell may also be a JSON number or \`null\` (blank); anything else is an
  \`unparsed-cell\`.

## Label matching

A label matches when it equals an official label (from \`src/layout/labels.ts\`,
via \`cellsOf\`) or a listed alias **after normalisation**. There is no fuzzy
matching: anything else is a note (\`unknown-row\`, \`unknown-column\`) carrying the
printed text, and the rest of the table is still read.

Normalisation, in order:

1. Unicode NFKC: full-width parentheses, digits, colon, comma, slash → half width.
2. Drop \`&nbsp;\`, every whitespace character and line break (incl. U+00A0,
   U+3000, zero-width spaces) and quote marks (\`"\` \`“\` \`”\` \`'\` \`「」\`…).
3. Split a path on \`/\` outside brackets (the unsplit label is tried first,
   so \`本年增/减\` stays whole).
4. Numbering at the start of each segment: \`1.\` \`1．\` \`1、\` \`(1)\` \`（1）\` \`1)\` → \`1.\`;
   \`一.\` \`一．\` → \`一、\`; \`（一）\` → \`(一)\`.
5. Only if there is no exact match: remove **one** trailing bracketed note
   (\`规章(设区的市、自治州人民政府应提供相关数据)\`, \`处理决定数量(指2020年办件量)\`)
   and try again (\`annotation-stripped\`). Official parentheticals such as
   \`（二）部分公开（区分处理的，只计这一情形，不计其他情形）\` and
   \`本年收费金额（单位：万元）\` match exactly first and are never stripped.
   A note naming a unit (\`（单位：元）\`, \`（万元）\`) on a money column sets the
   header unit instead; a note naming any other unit (\`（单位：美元）\`) is never
   stripped — the column is unknown.

${normalisationTable()}

Group labels (\`三、本年度办理结果\`, \`（三）不予公开\`, \`行政诉讼\`, a block title,
and \`（六）其他处理\` in a 2021 table) have no cells: a value printed on one is
kept in a \`group-row\` note (or \`cell-not-in-format\` for a 2019-style （六）
row in a 2021 report).

### Aliases

${aliasTable()}

\`本年新\` (two truncated headers in 乌海 2020) is read by position only when
that is unambiguous: the \`本年新\` headers of a row, in input order, fill the
columns among 本年新制作数量 / 本年新公开数量 not already filled by an exact
header of the same row, provided their numbers agree. Otherwise each is an
\`ambiguous-label\` note and the cells stay null.

## Format

1. \`input.format\` when it is \`"2019"\` or \`"2021"\` (a label of the other format
   gives a \`format-conflict\` note).
2. Otherwise the labels: a label that exists in one format only (rows of 二 and
   三, columns of 二, aliases included — e.g. \`本年制发件数\`, \`行政规范性文件\`,
   \`本年收费金额\`, the （六） sub-rows → 2021; \`本年新制作数量\`, \`上一年项目数量\`,
   \`其他对外管理服务事项\`, \`政府集中采购\` → 2019; \`（六）其他处理\` as a row
   **with a value** → 2019). Labels valid in both (\`规范性文件\`, \`处理决定数量\`)
   are no evidence. The evidence is listed in a \`format-detected\` note.
3. Evidence for both formats: a \`format-conflict\` note; the year decides
   (≤ 2020 → 2019), else table 三's evidence, else the majority (a tie → 2021).
   Each table is still read by the labels it prints: cells of the other format
   (a 2021 report printing the old 二) are **not** put into the report; their
   values are kept in \`cell-not-in-format\` notes and the format's own cells are
   null with \`missing-column\` / \`missing-row\` notes.
4. No evidence: the year decides (2019–2020 → 2019, 2021 on → 2021), said in a
   \`format-detected\` note.
5. No evidence and no year: \`{ success: false, error: { code: "format-undetermined", … } }\` —
   the shape of the report cannot be chosen honestly; pass \`format\` or \`year\`.

## Cells

Hand-written linear scanner (no regular expressions on the input):
\`[sign] digits[,ddd…][.digits] [unit]\` with optional spaces between the parts,
after NFKC (full-width digits) and trimming. Signs: \`增加\` \`减少\` \`增\` \`减\` \`+\` \`-\` \`−\`.
Units: \`项\` \`件\` \`个\` (counts), \`万元\` \`万\` \`元\` (money). Blanks: ${["", "-", "—", "/", "无", "&nbsp;"].map(cell).join(" ")} and
every other whitespace-only text → \`null\` with a \`blank-cell\` note (not 0).
元 → 万元 is done on the decimal digits (\`251000元\` → \`25.1\` exactly). The
2019 \`采购总金额\` keeps the printed unit; a bare number there is \`null\` with a
\`unit-missing\` note unless the header names the unit (\`采购总金额（万元）\`).

Every form below is run through the parser when this page is generated:

${formsTable()}

## Notes

Each note: \`kind\` (below), \`table\` (\`二\` \`三\` \`四\` \`meta\` \`text\`), \`row\` and
\`column\` exactly as given in the input, \`raw\` (the printed text), \`pointer\` (JSON
Pointer of the target cell or row, when there is one) and \`message\` \`{ zh, en }\`.
\`alias-used\` and \`annotation-stripped\` are given once per printed label per
table; every other cell note is given per cell. The list is fixed
(\`NOTE_KINDS\`):

${kindsTable()}

Errors (\`success: false\`; never thrown; \`error.message\` in the language of the \`lang\` option, Chinese by default, and \`error.messages\` in both):

${errorsTable()}

## Worked example: seed 000

${workedExample()}
`;
  return [{ path: "labeled-tables.md", content }];
}
