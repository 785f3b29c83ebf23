import type { Lang } from "../schema/registry.js";

/** The commands of the `zfxxgk` command line. */
export const COMMANDS = ["check", "migrate", "fixture", "schema", "rules"] as const;

/** A command of the `zfxxgk` command line. */
export type Command = (typeof COMMANDS)[number];

const MAIN = {
  zh: `zfxxgk — 政府信息公开工作年度报告的校验、迁移与样例工具

用法：
  zfxxgk <命令> [选项]

命令：
  check <文件或文件夹…>     检查报告（标准 JSON 或按标签的表格），列出问题
  migrate <文件> --to 2019|2021
                            在两种格式之间转换报告，列出无法转换的内容
  fixture --format 2019|2021
                            生成一份通过全部规则的样例报告（可故意违反一条规则）
  schema --format 2019|2021 输出报告的 JSON Schema
  rules                     列出全部规则

通用选项：
  --lang zh|en              输出语言（默认 zh）
  --debug                   出现内部错误时显示堆栈
  -h, --help                显示帮助（zfxxgk <命令> --help 显示该命令的帮助）
  -v, --version             显示版本

示例：
  npx zfxxgk check examples/
  npx zfxxgk check report.json --lang en
  npx zfxxgk rules

退出状态：0 未发现错误；1 至少一个错误；2 有文件无法读取或解析，或命令用法有误。
`,
  en: `zfxxgk — checks, migrations and fixtures for 政府信息公开工作年度报告 (government information disclosure annual reports)

Usage:
  zfxxgk <command> [options]

Commands:
  check <files or folders…> check reports (canonical JSON or labelled tables) and list the findings
  migrate <file> --to 2019|2021
                            convert a report between the formats, listing what could not be carried
  fixture --format 2019|2021
                            generate a report passing every rule (or breaking one on purpose)
  schema --format 2019|2021 print the JSON Schema of a report
  rules                     list the rules

Common options:
  --lang zh|en              language of the output (default zh)
  --debug                   show a stack trace on an internal error
  -h, --help                show help (zfxxgk <command> --help for a command)
  -v, --version             show the version

Examples:
  npx zfxxgk check examples/
  npx zfxxgk check report.json --lang en
  npx zfxxgk rules

Exit status: 0 no errors; 1 at least one error; 2 a file could not be read or parsed, or a usage mistake.
`,
};

const COMMAND_HELP: Record<Command, { zh: string; en: string }> = {
  check: {
    zh: `用法：zfxxgk check <文件或文件夹…> [选项]

逐个读取并检查报告。每个文件可以是标准 JSON 报告（model.md §1），也可以是按印刷
标签给出的表格（含 tables 键，model.md §2，先转换为报告并列出读取注记）。文件夹会
递归查找其中的 .json 文件（跳过以 . 开头的文件和 node_modules），按名称排序。
文件逐个处理，内存占用不随文件数增长；使用 --series 时须同时保留全部报告。

对每个文件输出：格式、年度、机关，每条问题（标记、规则 id、按印刷标签表述的说明），
按标签输入时的读取注记摘要，最后输出汇总行。不符合结构（schema）的报告会列出定位到
单元格的结构问题，同时照常逐格运行规则。

选项：
  --json                    每个文件输出一行 JSON：{ file, input, format, year, agency, issues,
                            findings, notes, error }；使用 --series 时最后一行为系列结果
  --series                  把这些文件视为同一机关各年度的报告，另做跨年度检查（series.*）
  --blanks unknown|zero     空白单元格视为未知（默认）或 0
  --rule <id>=off|error|warning|info
                            关闭某条规则或改变其级别（可重复）
  --strict                  结构须符合严格 schema（每个单元格都有数字）
  --notes                   列出全部读取注记（默认只列警告并汇总）
  --all                     逐条列出因空白单元格无法判断的检查（默认每条规则汇总为一行）
  --lang zh|en              输出语言（默认 zh）
  --debug                   出现内部错误时显示堆栈

示例：
  npx zfxxgk check examples/
  npx zfxxgk check 2020.json 2021.json --series
  npx zfxxgk check reports/ --json > findings.jsonl
  npx zfxxgk check report.json --rule text.overview-length=off --blanks zero

退出状态：0 未发现错误；1 至少一个错误（含结构问题）；2 有文件无法读取或解析（优先于 1）。
标准输入不会被读取：请给出文件或文件夹。
`,
    en: `Usage: zfxxgk check <files or folders…> [options]

Reads and checks reports one by one. A file is either a canonical JSON report
(model.md §1) or tables keyed by printed labels (a "tables" key, model.md §2),
which are first turned into a report, with reader notes. Folders are walked
recursively for .json files (dotfiles and node_modules are skipped), sorted by
name. Files are processed one at a time, so memory does not grow with their
number; --series has to hold every report.

For each file: format, year, organ, every finding (marker, rule id, message in
printed labels), a summary of the reader notes for labelled input, and a
summary line at the end. A report that fails the schema gets its located,
labelled structure issues, and the rules still run cell by cell.

Options:
  --json                    one JSON line per file: { file, input, format, year, agency, issues,
                            findings, notes, error }; with --series a last line for the series
  --series                  treat the files as one organ's years and run the series.* rules too
  --blanks unknown|zero     read blank cells as unknown (default) or as 0
  --rule <id>=off|error|warning|info
                            turn a rule off or change its severity (repeatable)
  --strict                  the structure must pass the strict schema (a number in every cell)
  --notes                   list every reader note (default: warnings only, plus a summary)
  --all                     list every check left undecided by blank cells (default: one line per rule)
  --lang zh|en              language of the output (default zh)
  --debug                   show a stack trace on an internal error

Examples:
  npx zfxxgk check examples/
  npx zfxxgk check 2020.json 2021.json --series
  npx zfxxgk check reports/ --json > findings.jsonl
  npx zfxxgk check report.json --rule text.overview-length=off --blanks zero

Exit status: 0 no errors; 1 at least one error (structure issues included);
2 a file could not be read or parsed (wins over 1). Standard input is never
read: name files or folders.
`,
  },
  migrate: {
    zh: `用法：zfxxgk migrate <文件> --to 2019|2021 [选项]

把报告（标准 JSON 或按标签的表格）转换为另一种格式，转换后的报告 JSON 输出到标准输出；
无法转换的内容（损失清单）以可读形式输出到标准错误，或用 --ledger 以 JSON 写入文件。

选项：
  --to 2019|2021            目标格式（必填）
  --ledger <文件>           把损失清单以 JSON 写入该文件（不再输出到标准错误）
  --lang zh|en              输出语言（默认 zh）

示例：
  npx zfxxgk migrate examples/reports/002.json --to 2021 > 002-2021.json
  npx zfxxgk migrate old.json --to 2021 --ledger losses.json

退出状态：0 已转换；2 文件无法读取，或报告无法转换。
`,
    en: `Usage: zfxxgk migrate <file> --to 2019|2021 [options]

Converts a report (canonical JSON or labelled tables) to the other format and
prints the migrated report JSON on standard output. What could not be carried
(the ledger) goes to standard error, readable, or as JSON to --ledger <file>.

Options:
  --to 2019|2021            the target format (required)
  --ledger <file>           write the ledger as JSON to this file (instead of standard error)
  --lang zh|en              language of the output (default zh)

Examples:
  npx zfxxgk migrate examples/reports/002.json --to 2021 > 002-2021.json
  npx zfxxgk migrate old.json --to 2021 --ledger losses.json

Exit status: 0 migrated; 2 the file could not be read, or the report could not be migrated.
`,
  },
  fixture: {
    zh: `用法：zfxxgk fixture --format 2019|2021 [--year N] [--seed N] [--break <规则 id>]

生成一份确定性的样例报告（同一 seed 总是相同），通过全部规则；--break 生成恰好违反
该规则的副本。

选项：
  --format 2019|2021        格式（必填）
  --year N                  报告年度
  --seed N                  随机种子（整数）
  --break <规则 id>         使报告恰好违反这条规则（须适用于该格式）

示例：
  npx zfxxgk fixture --format 2021 --year 2023 --seed 7
  npx zfxxgk fixture --format 2019 --break t3.balance > broken.json
`,
    en: `Usage: zfxxgk fixture --format 2019|2021 [--year N] [--seed N] [--break <rule id>]

Prints a deterministic generated report (one seed, one report) that passes
every rule; with --break, a copy failing exactly that rule.

Options:
  --format 2019|2021        the format (required)
  --year N                  the report year
  --seed N                  the random seed (an integer)
  --break <rule id>         make the report fail exactly this rule (it must apply to the format)

Examples:
  npx zfxxgk fixture --format 2021 --year 2023 --seed 7
  npx zfxxgk fixture --format 2019 --break t3.balance > broken.json
`,
  },
  schema: {
    zh: `用法：zfxxgk schema --format 2019|2021 [--lenient]

输出该格式报告的 JSON Schema（draft 2020-12，标题为印刷标签）；--lenient 输出宽松版本
（单元格可为 null，即“按原样公布”的报告）。

示例：
  npx zfxxgk schema --format 2021 > report-2021.schema.json
  npx zfxxgk schema --format 2019 --lenient
`,
    en: `Usage: zfxxgk schema --format 2019|2021 [--lenient]

Prints the JSON Schema (draft 2020-12, printed labels as titles) of a report of
the format; --lenient prints the lenient one (cells may be null: reports as
published).

Examples:
  npx zfxxgk schema --format 2021 > report-2021.schema.json
  npx zfxxgk schema --format 2019 --lenient
`,
  },
  rules: {
    zh: `用法：zfxxgk rules [--json] [--lang zh|en]

以表格列出全部规则：id、级别、范围、适用格式和关系；--json 输出完整规则目录（JSON）。

示例：
  npx zfxxgk rules
  npx zfxxgk rules --json > rules.json
`,
    en: `Usage: zfxxgk rules [--json] [--lang zh|en]

Lists every rule as a table: id, severity, scope, formats and relation; --json
prints the whole catalogue as JSON.

Examples:
  npx zfxxgk rules --lang en
  npx zfxxgk rules --json > rules.json
`,
  },
};

/**
 * The help text of the command line, or of one command.
 *
 * @example
 * ```ts
 * helpText("en").startsWith("zfxxgk —");
 * //=> true
 * ```
 */
export function helpText(lang: Lang, command?: Command): string {
  return command ? COMMAND_HELP[command][lang] : MAIN[lang];
}
