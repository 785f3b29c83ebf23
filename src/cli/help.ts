import type { Lang } from "../schema/registry.js";
import type { Command } from "./commands.js";

const MAIN = {
  zh: `zfxxgk — 政府信息公开工作年度报告的校验、迁移与样例工具

用法：
  zfxxgk <命令> [选项]

命令：
  check <文件、文件夹、通配模式或 ->
                            检查报告（标准 JSON、按标签的表格，或发布的 HTML 页面、页面文字、PDF），列出问题
  read <文件或文件夹…>      读取发布的报告（HTML、页面文字、PDF），输出标准 JSON（--csv 输出表格）
  migrate <文件或 -> --to 2019|2021
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

退出状态：0 通过；1 发现问题（达到 --fail-on 级别，默认为错误）；2 输入无法使用（文件无法读取、
格式有误、不是报告、没有内容或没有文件）；3 命令用法有误；4 内部错误（请报告）。
`,
  en: `zfxxgk — checks, migrations and fixtures for 政府信息公开工作年度报告 (government information disclosure annual reports)

Usage:
  zfxxgk <command> [options]

Commands:
  check <files, folders, globs or ->
                            check reports (canonical JSON, labelled tables, or published HTML pages, page text, PDFs) and list the findings
  read <files or folders…>  read published reports (HTML, page text, PDF) into canonical JSON (--csv for a table)
  migrate <file or -> --to 2019|2021
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

Exit status: 0 passed; 1 findings at or above --fail-on (default: errors); 2 input that could not be
used (unreadable, malformed, not a report, empty, or no file at all); 3 a usage mistake; 4 an
internal error (please report it).
`,
};

const COMMAND_HELP: Record<Command, { zh: string; en: string }> = {
  read: {
    zh: `用法：zfxxgk read <文件或文件夹…> [--provenance] [--csv <文件>] [--lang zh|en]

读取发布的报告：HTML 页面（.html/.htm）、页面文字（.txt）、PDF（.pdf，需安装可选依赖
unpdf）。每份报告以标准 JSON 输出到标准输出；读取说明（无法读取的单元格、合并的表格等）
输出到标准错误。空白单元格为 null，绝不当作 0。

选项：
  --provenance              同时输出每个单元格的来源（表格、行、列或文字位置）和检测结果
  --csv <文件>              写出一行一份报告的表格：file、format、year、agency、每个单元格
                            （列名为其 JSON Pointer，空白为空）、读取说明数、错误级问题数

示例：
  npx zfxxgk read examples/published/shuyang-fgj-2023.html
  npx zfxxgk read reports/ --csv reports.csv
`,
    en: `Usage: zfxxgk read <files or folders…> [--provenance] [--csv <file>] [--lang zh|en]

Reads published reports: HTML pages (.html/.htm), page text (.txt) and PDFs (.pdf, with the
optional peer unpdf installed). Each report is printed as canonical JSON on standard output;
the reader's notes (cells not read, tables joined…) go to standard error. Blank cells are
null, never 0.

Options:
  --provenance              also print where every cell came from (table, row, column or text
                            offsets) and what was detected
  --csv <file>              write one row per report: file, format, year, agency, every cell
                            (named by its JSON Pointer, blanks empty), the count of reader notes
                            and of error findings

Examples:
  npx zfxxgk read examples/published/shuyang-fgj-2023.html
  npx zfxxgk read reports/ --csv reports.csv
`,
  },
  check: {
    zh: `用法：zfxxgk check <文件、文件夹、通配模式或 -…> [选项]

逐个读取并检查报告。每个文件可以是标准 JSON 报告，也可以是按印刷标签给出的表格（含
tables 键的对象，先转换为报告并列出读取注记）。文件夹会递归遍历，按名称排序：读取 .json
文件；其他文件、以 . 开头的文件、node_modules、命名管道和设备文件、失效或循环的符号链接
逐个列为“跳过”并计入汇总，不会悄悄略过。指向文件或文件夹的符号链接会被跟随并注明。
不存在的路径若含 * ? [..] {a,b} 则按通配模式展开（** 匹配任意层文件夹；Windows 的 cmd
不展开通配符，可加引号交给 zfxxgk）。- 读取标准输入。

只读取普通文件：命名管道、/dev/zero 等报告为“不是普通文件”，不会卡住。单个文件上限
4 MiB（标准输入同样），超过则该文件报错、其余照常检查；内存占用不随文件数增长（--series
须保留全部报告）。

多个文件分给 --jobs 个工作线程并行检查（默认为本机核数，至多 4 个）；每个线程一次只读
一个文件，输出顺序与 --jobs 1 完全相同，与完成先后无关。某个线程崩溃或内存不足时，只有该文件报错，
其余照常检查。

没有检查任何内容不算通过：没有找到文件，或报告的统计表里一个数字都没有（例如表格以图片
发布），都以状态 2 结束。

选项：
  -f, --format text|json|github|sarif|junit
                            输出格式（默认 text，供人阅读）：
                              json   每个文件一行 JSON，--series 时每个机关一行，最后一行为汇总
                                     { "summary": { … } }
                              github GitHub Actions 注解（::error file=…::…）
                              sarif  SARIF 2.1.0（代码扫描）
                              junit  JUnit XML（CI 测试报告）
  --json                    同 --format json
  -o, --output <文件>       把输出写入文件（默认标准输出）
  --html <文件>             另写一个自包含的 HTML 文件：三张表按原样排版、标出不成立关系所涉单元格，
                            附检查结果与修正建议（内嵌样式、无脚本，可用电子邮件发送）
  -q, --quiet               只列错误（结构问题和错误级问题），不列警告、提示和读取注记
  --fail-on error|warning|info|none
                            哪一级问题使退出状态为 1（默认 error；warning 时读取警告也算；
                            none 时问题不影响退出状态）
  --color, --no-color       是否着色（默认：输出到终端时着色；遵循 NO_COLOR 和 FORCE_COLOR）
  --series                  同一机关各年度的报告另做跨年度检查（series.*）；多个机关时按机关分组
  --blanks unknown|zero     空白单元格视为未知（默认）或 0
  --rule <id>=off|error|warning|info
                            关闭某条规则或改变其级别（可重复）
  --strict                  结构须符合严格 schema（每个单元格都有数字）
  --notes                   列出全部读取注记（默认只列警告并汇总）
  --all                     逐条列出因空白单元格无法判断的检查（默认每条规则汇总为一行）
  -j, --jobs <N>            并行检查的工作线程数，1 到 256（默认：本机核数，至多 4）；1 表示
                            在主线程中逐个检查；只有一个文件时总在主线程中检查
  --lang zh|en              输出语言（默认 zh）
  --debug                   出现内部错误时显示堆栈

在终端上，较长的运行会在标准错误显示进度行；--format 不是 text 或标准错误不是终端时不显示。
输出给人阅读时，文件名和单元格文字中的控制字符会转义显示（如 \\x1b）。

示例：
  npx zfxxgk check examples/
  npx zfxxgk check 2020.json 2021.json --series
  npx zfxxgk check 'reports/**/*.json' --format json -o findings.jsonl
  npx zfxxgk check reports/ --format github --fail-on warning
  npx zfxxgk check archive/ --jobs 4 --json -o findings.jsonl
  cat report.json | npx zfxxgk check -
  npx zfxxgk check report.json --rule text.overview-length=off --blanks zero

退出状态：0 通过；1 发现达到 --fail-on 级别的问题（含结构问题）；2 有输入无法使用（无法读取、
不是普通文件、过大、编码或 JSON 有误、不是报告、没有内容、没有文件；优先于 1）；3 用法有误；
4 内部错误。
`,
    en: `Usage: zfxxgk check <files, folders, glob patterns or -…> [options]

Reads and checks reports one by one. A file is either a canonical JSON report
or tables keyed by printed labels (an object with a "tables" key), which are
first turned into a report, with reader notes. Folders are walked recursively,
sorted by name: .json files are read; other files, dotfiles, node_modules,
FIFOs and devices, dangling and looping symbolic links are each listed as
skipped and counted in the summary, never passed over in silence. Symbolic
links to files and folders are followed, and say so. A path that does not
exist but holds * ? [..] {a,b} is a glob pattern (** for any depth of
folders; quote it on Windows cmd, which does not expand it). - reads
standard input.

Only regular files are read: a FIFO, /dev/zero and the like are reported as
"not a regular file", never waited on. A file may be at most 4 MiB (standard
input too); a larger one is an error for that file and the run goes on.
Memory does not grow with the number of files (--series has to hold every
report).

Files are checked in --jobs worker threads at once (default: the machine's
cores, at most 4); each thread reads one file at a time, and the output is the
same, in the same order, as with --jobs 1, whichever finishes first. A thread
that crashes or runs out of memory is an error for that file only.

Checking nothing is not a pass: no file found, or a report whose tables hold
not a single number (tables published as images, say), ends with status 2.

Options:
  -f, --format text|json|github|sarif|junit
                            the output format (default text, for people):
                              json   one JSON line per file, with --series one per organ, and a
                                     last line { "summary": { … } }
                              github GitHub Actions annotations (::error file=…::…)
                              sarif  SARIF 2.1.0 (code scanning)
                              junit  JUnit XML (CI test reports)
  --json                    the same as --format json
  -o, --output <file>       write the output to a file (default standard output)
  --html <file>             also write one self-contained HTML file: the three tables as printed with the
                            cells of failing relations marked, the findings and repair suggestions
                            (inline styles, no script: fit to send by e-mail)
  -q, --quiet               errors only (structure issues and error findings; no warnings,
                            information or reader notes)
  --fail-on error|warning|info|none
                            the least severity that makes the exit status 1 (default error;
                            with warning, reader warnings count too; none: findings never do)
  --color, --no-color       colour or not (default: on a terminal; NO_COLOR and FORCE_COLOR respected)
  --series                  also check one organ's years together (series.*); several organs are
                            grouped by organ
  --blanks unknown|zero     read blank cells as unknown (default) or as 0
  --rule <id>=off|error|warning|info
                            turn a rule off or change its severity (repeatable)
  --strict                  the structure must pass the strict schema (a number in every cell)
  --notes                   list every reader note (default: warnings only, plus a summary)
  --all                     list every check left undecided by blank cells (default: one line per rule)
  -j, --jobs <N>            worker threads checking files at once, 1 to 256 (default: the machine's
                            cores, at most 4); 1 checks one file after another in the main
                            thread; a single file is always checked in the main thread
  --lang zh|en              language of the output (default zh)
  --debug                   show a stack trace on an internal error

On a terminal, a long run shows a progress line on standard error; never with
a --format other than text, nor when standard error is not a terminal. In
output for people, control characters in file names and cell text are shown
escaped (such as \\x1b).

Examples:
  npx zfxxgk check examples/
  npx zfxxgk check 2020.json 2021.json --series
  npx zfxxgk check 'reports/**/*.json' --format json -o findings.jsonl
  npx zfxxgk check reports/ --format github --fail-on warning
  npx zfxxgk check archive/ --jobs 4 --json -o findings.jsonl
  cat report.json | npx zfxxgk check -
  npx zfxxgk check report.json --rule text.overview-length=off --blanks zero

Exit status: 0 passed; 1 findings at or above --fail-on (structure issues
included); 2 input that could not be used (unreadable, not a regular file, too
large, bad encoding or JSON, not a report, nothing in it, no file at all; wins
over 1); 3 a usage mistake; 4 an internal error.
`,
  },
  migrate: {
    zh: `用法：zfxxgk migrate <文件或 -> --to 2019|2021 [选项]

把报告（标准 JSON 或按标签的表格；- 读取标准输入）转换为另一种格式，转换后的报告 JSON
输出到标准输出（或 -o 文件）。损失清单以可读形式输出到标准错误，分别计数：未能转入（丢失）、
目标单元格无来源（留空）、合并或拆分后转入、仅改名（值照转）；或用 --ledger 以 JSON 写入文件。

选项：
  --to 2019|2021            目标格式（必填）
  --ledger <文件>           把损失清单以 JSON 写入该文件（不再输出到标准错误）
  -o, --output <文件>       把转换后的报告写入该文件（默认标准输出）
  --lang zh|en              输出语言（默认 zh）

示例：
  npx zfxxgk migrate examples/reports/002.json --to 2021 > 002-2021.json
  npx zfxxgk migrate old.json --to 2021 --ledger losses.json

退出状态：0 已转换；2 文件无法读取，或报告无法转换，或无法写入输出；3 用法有误。
`,
    en: `Usage: zfxxgk migrate <file or -> --to 2019|2021 [options]

Converts a report (canonical JSON or labelled tables; - reads standard input)
to the other format and prints the migrated report JSON on standard output (or
to -o <file>). The ledger goes to standard error, readable, counting apart what
was lost, target cells with no source (left blank), values carried after a
merge or split, and values only renamed; or as JSON to --ledger <file>.

Options:
  --to 2019|2021            the target format (required)
  --ledger <file>           write the ledger as JSON to this file (instead of standard error)
  -o, --output <file>       write the migrated report to this file (default standard output)
  --lang zh|en              language of the output (default zh)

Examples:
  npx zfxxgk migrate examples/reports/002.json --to 2021 > 002-2021.json
  npx zfxxgk migrate old.json --to 2021 --ledger losses.json

Exit status: 0 migrated; 2 the file could not be read, the report could not be migrated, or
the output could not be written; 3 a usage mistake.
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
