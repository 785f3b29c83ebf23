// Generates docs/cli.zh-CN.md: the Chinese guide to the `zfxxgk` command line,
// for analysts who do not program. Every output shown is a real run of the
// CLI's run() on examples/, captured like docs/cli.md, so it cannot drift.
import { banner, type GeneratedFile } from "../generated.js";
import { example } from "./cli.js";

const status = (code: number) => `退出状态：${code}。`;
const run = (args: readonly string[], options: Parameters<typeof example>[1] = {}) => example(args, { status, ...options });

/**
 * The generated page `docs/cli.zh-CN.md`.
 *
 * @example
 * ```ts
 * (await files())[0]?.path;
 * //=> "cli.zh-CN.md"
 * ```
 */
export async function files(): Promise<GeneratedFile[]> {
  const parts: string[] = [];
  const add = (text: string) => parts.push(text);
  add(`${banner("scripts/docs/cli-zh.ts")}# 命令行工具 \`zfxxgk\` 使用指南\n\n`);
  add(
    "`zfxxgk` 是一个命令行工具，用来检查政府信息公开工作年度报告的数据：表格之间的勾稽关系是否成立、结构是否符合国家规定的格式，还可以在 2019 和 2021 两种格式之间转换报告。本页面向不写程序的分析人员；下面每个示例都是真实运行的结果（用仓库自带的 [`examples/`](../examples/README.md) 中的报告）。English: [cli.md](cli.md)。\n\n",
  );
  add("## 准备\n\n");
  add(
    "需要 Node.js 20 或更高版本。在任意文件夹中运行 `npx zfxxgk …` 即可（第一次会自动下载）；也可以先 `npm install zfxxgk`。输出默认为中文，加 `--lang en` 改为英文。\n\n",
  );
  add(
    "报告文件可以是两种 JSON：\n\n- **标准报告**：含 `format`（\"2019\" 或 \"2021\"）、`year`、`agency`（机关名称）、`proactive`（表二）、`applications`（表三）、`reviewAndLitigation`（表四）；\n- **按标签的表格**：含 `tables` 的对象，表格按印刷的行、列标签给出（照抄公开的报告即可），`zfxxgk` 会先把标签对应到单元格，并列出“读取注记”（哪些标签用了别名、哪些单元格空白等）。\n\n",
  );
  add("## 检查报告：`zfxxgk check`\n\n");
  add(
    "给出文件、文件夹或通配模式。文件夹会逐层查找其中的 `.json` 文件，按名称排序逐个检查；其他文件、以 `.` 开头的文件等会列为“跳过”，不会悄悄略过。\n\n",
  );
  add(`### 检查一个文件夹\n\n${await run(["check", "examples/"])}\n`);
  add(
    "每个文件先列出格式、年度和机关，然后是发现的问题：\n\n- `✖ 错误`：数字对不上，例如表三“一 + 二”不等于“（七）总计 + 四”。说明里会写出两边的数字和相差多少；\n- `⚠ 警告`、`ℹ 提示`：值得核对但不一定有错；\n- `? 无法判断`：有单元格空白，无法判断这一关系（默认每条规则汇总为一行，加 `--all` 逐条列出）。\n\n",
  );
  add(
    "上面的运行以状态 2 结束，这是有意的：`labeled/001.json` 的表格在原网页上是图片，表格里一个数字也没有，**没有检查任何内容不算通过**。同样，文件夹里一个报告也没有时也以状态 2 结束。\n\n",
  );
  add(`### 只看错误：\`--quiet\`\n\n${await run(["check", "examples/reports/", "--quiet"])}\n`);
  add(`### 读取注记：\`--notes\`\n\n按标签的表格默认只列出警告级的注记并按种类汇总；\`--notes\` 列出全部。\n\n${await run(["check", "examples/labeled/000.json", "--notes"])}\n`);
  add(
    `### 同一机关的多个年度：\`--series\`\n\n加 \`--series\` 时，还会把同一机关的各年度报告放在一起检查（例如 2021 年的“上年结转”应等于 2020 年的“结转下年度继续办理”）。多个机关的报告会按机关分组，组内按年度排序。\n\n${await run(["check", "examples/series/", "--series"])}\n${await run(["check", "examples/reports/", "--series", "--quiet"], { lines: 30 })}\n`,
  );
  add(
    `### 调整规则：\`--rule\`、\`--blanks\`、\`--strict\`\n\n- \`--rule 规则id=off|error|warning|info\`：关闭某条规则或改变其级别（可重复）；全部规则见 \`zfxxgk rules\`；\n- \`--blanks zero\`：把空白单元格当作 0（默认当作未知）；\n- \`--strict\`：要求每个单元格都有数字。\n\n${await run(["check", "examples/reports/003.json", "--rule", "t3.balance=warning"])}\n`,
  );
  add(
    `### 退出状态与 \`--fail-on\`\n\n脚本或持续集成（CI）根据退出状态判断结果：\n\n| 状态 | 含义 |\n|---|---|\n| 0 | 全部读取，没有达到 \`--fail-on\` 级别的问题 |\n| 1 | 有达到 \`--fail-on\` 级别的问题（默认：错误），或报告结构不符 |\n| 2 | 有输入无法使用：无法读取、不是普通文件、超过 4 MiB、不是 UTF-8、JSON 有误、不是报告、表格里没有数字；或根本没有文件；或 \`-o\` 无法写入（优先于 1） |\n| 3 | 命令用法有误：未知的命令或选项、取值有误、缺少参数 |\n| 4 | 内部错误（程序缺陷，请报告；\`--debug\` 显示堆栈） |\n\n\`--fail-on warning\` 时警告（含读取警告）也使状态为 1；\`--fail-on none\` 时问题不影响退出状态（无法使用的输入仍为 2）。\n\n${await run(["check", "examples/reports/004.json", "--fail-on", "info"])}\n`,
  );
  add(
    `### 机器可读的输出：\`--format\`、\`-o\`\n\n- \`--format json\`（或 \`--json\`）：每个文件一行 JSON，最后一行是汇总 \`{"summary": {…}}\`；\n- \`--format github\`：GitHub Actions 注解，问题会显示在代码审查页面；\n- \`--format sarif\`：SARIF 2.1.0，供代码扫描工具使用；\n- \`--format junit\`：JUnit XML，供 CI 的测试报告使用；\n- \`-o 文件\`：把输出写入文件。\n\n${await run(["check", "examples/reports/004.json", "--json"])}\n`,
  );
  add(
    `### 标准输入和通配模式\n\n\`-\` 表示从标准输入读取（同样以 4 MiB 为限）。路径不存在但含 \`*\`、\`?\`、\`[…]\`、\`{a,b}\` 时按通配模式展开，\`**\` 匹配任意层文件夹；由 \`zfxxgk\` 自己展开，Windows 的 cmd 中也可用（加引号）。\n\n${await run(["check", "-"], { stdin: "examples/reports/004.json", shell: "cat examples/reports/004.json | npx zfxxgk check -" })}\n${await run(["check", "examples/**/00[34].json", "--quiet"], { shell: "npx zfxxgk check 'examples/**/00[34].json' --quiet" })}\n`,
  );
  add(
    "### 大量文件、异常文件\n\n- 多个文件分给 `--jobs N` 个工作线程并行检查（默认为本机核数，`-j 1` 在主线程中逐个检查）；每个线程一次只读一个文件，结果按遍历顺序输出，与 `--jobs 1` 逐字节相同；某个线程崩溃或内存不足时只有该文件报错（`internal-error`、`out-of-memory`，状态 2），其余照常检查；\n- 内存占用不随文件数增长；单个文件超过 4 MiB 时该文件报错，其余照常检查；\n- 只读取普通文件：命名管道、`/dev/zero` 之类报告为“不是普通文件”，不会卡住；\n- 符号链接会被跟随并注明；失效的链接、循环的链接逐个列出并计入汇总；\n- 文件名和单元格文字中的控制字符显示为转义形式（如 `\\x1b`），不会改动终端；\n- 在终端中运行较久时，标准错误会显示一行进度；输出到文件或管道、或使用 `--format` 的机器格式时不显示；\n- 在终端中输出带颜色；设置环境变量 `NO_COLOR=1` 或加 `--no-color` 不着色。\n\n",
  );
  add(`${await run(["check", "examples/reports/004.json", "examples/missing.json", "package.json"])}\n`);
  add("## 转换格式：`zfxxgk migrate`\n\n");
  add(
    `把报告转换为另一种格式。转换后的报告输出到标准输出（或 \`-o 文件\`）；损失清单输出到标准错误，第一行分别统计：未能转入（丢失）、目标单元格无来源（留空）、合并或拆分后转入、仅改名（值照转）。\`--ledger 文件\` 把清单以 JSON 写入文件。\n\n${await run(["migrate", "examples/reports/002.json", "--to", "2021"], { stream: "stderr", lines: 8, shell: "npx zfxxgk migrate examples/reports/002.json --to 2021 -o 002-2021.json" })}\n`,
  );
  add("## 其他命令\n\n");
  add(`- \`zfxxgk rules\`：列出全部规则及其关系；\n- \`zfxxgk schema --format 2021\`：输出报告的 JSON Schema；\n- \`zfxxgk fixture --format 2021 --seed 7\`：生成一份通过全部规则的样例报告，\`--break 规则id\` 生成恰好违反该规则的报告。\n\n`);
  add(`${await run(["rules"], { lines: 12 })}\n`);
  add("## 用法有误时\n\n");
  add(`${await run(["check", "examples/", "--rule", "t3.balanse=off"])}\n`);
  add(`${await run(["fixture", "--format", "2019", "--year", "2023"])}\n`);
  add(`## 完整帮助\n\n${await run(["check", "--help"])}\n`);
  return [{ path: "cli.zh-CN.md", content: parts.join("").replace(/\n{3,}/g, "\n\n") }];
}
