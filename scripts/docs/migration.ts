// Generates docs/migration.md: the mapping table from MIGRATION_MAPPING, the
// reason codes from LOSS_REASONS, and worked examples whose ledgers are
// produced by running migrate() on seeds 000 (2019 → 2021) and 004 (2021 → 2019).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Loss, LOSS_REASON_CODES, LOSS_REASONS, type MappingDeclaration, type MappingStep, MIGRATION_MAPPING, migrate } from "../../src/migrate/index.js";
import { describeCell } from "../../src/schema/describe.js";
import type { Format } from "../../src/schema/report.js";
import { banner, type GeneratedFile } from "../generated.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const seed = (id: string): unknown => JSON.parse(readFileSync(join(root, "test/fixtures/seeds", `${id}.json`), "utf8"));

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function labels(declaration: MappingDeclaration, format: Format): string {
  const pointers = declaration[format];
  if (pointers.length === 0) return "—";
  return pointers
    .map((pointer) => {
      const title = describeCell(format, pointer)?.title ?? pointer;
      const suffix = declaration.columns ? ` × ${declaration.columns.length} columns` : "";
      return `${cell(title)}${suffix}<br>\`${pointer}\``;
    })
    .join("<br>");
}

const step = (value: MappingStep) => `${value.kind} · \`${value.op}\`${value.reason ? ` · \`${value.reason}\`` : ""}`;

function mappingTable(): string {
  const lines = [
    "| id | 2019 cells | 2021 cells | 2019 → 2021 | 2021 → 2019 | why |",
    "|---|---|---|---|---|---|",
  ];
  for (const row of MIGRATION_MAPPING) {
    const notes = row.to2021.note.zh === row.to2019.note.zh ? [row.to2021.note] : [row.to2021.note, row.to2019.note];
    lines.push(
      `| \`${row.id}\` | ${labels(row, "2019")} | ${labels(row, "2021")} | ${step(row.to2021)} | ${step(row.to2019)} | ${notes.map((note) => cell(`${note.zh} ${note.en}`)).join("<br>")} |`,
    );
  }
  return lines.join("\n");
}

function reasonsTable(): string {
  const lines = ["| reason | side | carried | meaning |", "|---|---|---|---|"];
  for (const code of LOSS_REASON_CODES) {
    const info = LOSS_REASONS[code];
    lines.push(
      `| \`${code}\` ${info.title.zh} | ${info.side} | ${info.carried ? "yes, with a caveat" : "no"} | ${cell(info.description.zh)}<br>${cell(info.description.en)} |`,
    );
  }
  return lines.join("\n");
}

function show(value: unknown): string {
  return value === undefined ? "" : `\`${JSON.stringify(value)}\``;
}

function counts(losses: readonly Loss[]): string {
  const lines = ["| reason | entries |", "|---|---|"];
  for (const code of LOSS_REASON_CODES) {
    const count = losses.filter((loss) => loss.reason === code).length;
    if (count > 0) lines.push(`| \`${code}\` | ${count} |`);
  }
  lines.push(`| **total** | **${losses.length}** |`);
  return lines.join("\n");
}

function ledger(losses: readonly Loss[]): string {
  const lines = ["| # | reason | pointer | value | target | message |", "|---|---|---|---|---|---|"];
  losses.forEach((loss, index) => {
    lines.push(
      `| ${index + 1} | \`${loss.reason}\` | \`${loss.pointer}\` | ${show(loss.value)} | ${loss.target ? `\`${loss.target}\`` : ""} | ${cell(loss.message.zh)} |`,
    );
  });
  return lines.join("\n");
}

function example(id: string, to: Format, title: string): string {
  const result = migrate(seed(id), to);
  if (!result.success) throw new Error(`seed ${id} does not parse: ${result.error.message}`);
  const { data: report, losses } = result;
  return [
    `### ${title}`,
    "",
    "```ts",
    'import { readFileSync } from "node:fs";',
    'import { migrate } from "zfxxgk";',
    "",
    `const seed${id} = JSON.parse(readFileSync("examples/reports/${id}.json", "utf8")); // the same file as test/fixtures/seeds/${id}.json`,
    `const result = migrate(seed${id}, "${to}");`,
    "console.log(result.success && result.data.proactive);",
    `//=> ${JSON.stringify(report.proactive)}`,
    "console.log(result.success && result.data.applications.outcomes.otherHandling);",
    `//=> ${JSON.stringify(report.applications.outcomes.otherHandling)}`,
    "```",
    "",
    "Entries by reason:",
    "",
    counts(losses),
    "",
    `<details><summary>The full ledger of seed ${id} (${losses.length} entries; messages also exist in English)</summary>`,
    "",
    ledger(losses),
    "",
    "</details>",
  ].join("\n");
}

/** The figures the overview examples print, from migrate() on seed 000. */
function overviewFigures(): { format: string; losses: number; droppedValues: number; firstTarget: string } {
  const result = migrate(seed("000"), "2021");
  if (!result.success) throw new Error("seed 000 does not parse");
  const { losses } = result;
  return {
    format: result.data.format,
    losses: losses.length,
    droppedValues: losses.filter((loss) => loss.reason === "dropped" && loss.value !== 0 && loss.value !== null).length,
    firstTarget: String(losses.find((loss) => LOSS_REASONS[loss.reason].side === "target")?.pointer),
  };
}

function page(): string {
  const overview = overviewFigures();
  return `${banner("src/migrate/mapping.ts, src/migrate/reasons.ts and migrate() run on test/fixtures/seeds")}# Migrating between the 2019 and 2021 formats

\`migrate(report, to)\` turns a report of one format into a report of the other and returns a **ledger** of every cell that could not be carried exactly. Nothing is dropped silently and no number is invented: a cell of the target format with no source is \`null\`, and the ledger says why.

\`\`\`ts
import { readFileSync } from "node:fs";
import { migrate } from "zfxxgk";

const report2019 = JSON.parse(readFileSync("examples/reports/000.json", "utf8")); // 罗庄区 2019, format 2019
const result = migrate(report2019, "2021");
if (result.success) {
  result.data;    // a LenientReport2021 (a new object; the input is never mutated)
  result.losses;  // Loss[]: { pointer, value, reason, target?, message: { zh, en } }
  console.log(result.data.format, result.losses.length); //=> ${overview.format} ${overview.losses}
} else {
  result.error;   // { code: "not-a-report" | "invalid-report", message, issues }: anything LenientReport rejects, located and labelled
}
\`\`\`

- The input may be strict or lenient, of either format. The output is always a lenient report of the target format, because cells with no source are \`null\`.
- Migrating to the report's own format returns a deep copy and an empty ledger.
- Invalid input is returned (\`success: false\` with \`error\`), never thrown. Only an unknown \`to\` or an invalid option (programming errors) throw a \`TypeError\`.
- Sections 三 and 四 are copied exactly, in both directions, except （六）其他处理 (see below). Year, agency and the prose of 一, 五 and 六 are carried as they are.

## The ledger

A ledger entry is about one cell. There are two kinds, told apart by \`LOSS_REASONS[reason].side\`:

- **source** entries (\`dropped\`, \`rescoped\`, \`renamed-scope\`, \`measure-replaced\`, \`merged\`, \`assumed-split\`): \`pointer\` is a cell of the **input** and \`value\` its value (\`0\` and \`null\` included: a zero that is dropped is still an entry). \`target\` is set when the value, or a value derived from it, went into a cell of the output.
- **target** entries (\`no-source\`, \`requirement-absent\`): \`pointer\` and \`target\` are both the cell of the **output**, and \`value\` is \`null\`.

So, for any migration:

- every cell of the input is either copied unchanged to the same pointer, or named by the \`pointer\` of a source entry;
- every cell of the output is either an unchanged copy of the input's cell at the same pointer, or named by the \`target\` of an entry.

The tests check both statements on generated reports, computing the cells from \`cellsOf\`, not from the mapping. The ledger's pointers and reasons depend only on the direction, never on the values: 2019 → 2021 always gives the same 49 entries and 2021 → 2019 the same 48; only \`value\` differs.

Filter by reason or side:

\`\`\`ts
import { readFileSync } from "node:fs";
import { LOSS_REASONS, migrate } from "zfxxgk";

const report2019 = JSON.parse(readFileSync("examples/reports/000.json", "utf8"));
const result = migrate(report2019, "2021");
const losses = result.success ? result.losses : []; // the failure branch has no ledger
// dropped values that were not 0 or blank:
console.log(losses.filter((loss) => loss.reason === "dropped" && loss.value !== 0 && loss.value !== null).length); //=> ${overview.droppedValues}
// the cells of the output that are blank for want of a source:
console.log(losses.filter((loss) => LOSS_REASONS[loss.reason].side === "target").map((loss) => loss.pointer)[0]); //=> ${overview.firstTarget}
\`\`\`

## Reasons

The list is fixed (\`LOSS_REASONS\`, \`LossReason\`); adding a reason is a breaking change.

${reasonsTable()}

## （六）其他处理: the assumption

The 2019 format has one row （六）其他处理; the 2021 format splits it into 1. 逾期不补正, 2. 逾期未缴费 and 3. 其他, with no subtotal row.

- **2021 → 2019** is exact arithmetic: 2019 （六） = 1 + 2 + 3, per column (\`merged\`). If any part is blank the sum is blank; a blank is never read as 0.
- **2019 → 2021** cannot be allocated from the data. The migration puts the whole 2019 value under **3.其他** and writes **0** in 1 and 2 (\`assumed-split\`, one entry per target cell, so each of the 21 cells can be looked up by \`target\`). When the 2019 cell is blank, all three are blank.

Why 0 and not \`null\` for 1 and 2:

- It keeps the most truth. The 2019 value is kept whole and still adds up: （七）总计 = … + Σ（六） holds exactly as it did (\`t3.outcomes-total\` stays assessable and passes), and 2019 → 2021 → 2019 reproduces every cell. With \`null\` in 1 and 2 the group sum would be unknown, the migrated report would lose an arithmetic check the original passed, and the round trip would turn the 2019 value into a blank.
- 3.其他 is the residual row, the one that matches the 2019 row's own meaning ("other handling"). The 2019 template had no rows for 1 and 2, so nothing in a 2019 report was counted under them; \`0\` states exactly that.
- It is still an assumption (some 2019 "other handling" cases were in substance late corrections), so it is never silent: every one of the three target cells has an \`assumed-split\` entry with the source value. Callers who prefer unknowns can blank them: \`for (const loss of losses) if (loss.reason === "assumed-split") …\`.
- A blank source gives three blanks: there is no sum to preserve, and writing 0 there would add numbers the report never printed.

The reverse migration does not use a previous ledger to restore the three sub-rows: 2021 → 2019 → 2021 keeps their sum, not the split.

## Mapping

Every cell of both formats (but \`format\` itself) appears in exactly one declaration. Kinds: **exact**, **renamed** (near-exact, copied with a caveat), **derived**, **lossy**, **impossible**. Operations: \`copy\`, \`drop\` (no target), \`blank\` (targets set to \`null\`, each with a \`no-source\` entry; sources, if any, not carried), \`sum\`, \`split\`.

${mappingTable()}

## Worked examples

The two ledgers below are produced by running \`migrate\` on the seed reports when these docs are generated.

${example("000", "2021", "Seed 000 (罗庄区人民政府办公室, 2019, format 2019) → 2021")}

${example("004", "2019", "Seed 004 (临沂市兰山区人民政府, 2023, format 2021) → 2019")}

## Series across the change

No migration is needed to check one organ's years across the 2020 → 2021 change: \`checkSeries\` reads reports of both formats as they are, and \`series.carry-over\` (二、上年结转 of year Y = 四、结转下年度继续办理 of year Y−1) compares rows that are identical in the two formats. Migrating the 2019–2020 reports to 2021 first gains nothing and loses the 2019-only series relations (\`series.items\`, \`series.published-total\`).
`;
}

/** The migration docs page. */
export function files(): GeneratedFile[] {
  return [{ path: "migration.md", content: page() }];
}
