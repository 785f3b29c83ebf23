// Generates docs/cli.md: every command and option of `zfxxgk`, with output
// captured by running the CLI's own run() in-process on examples/ — so the
// page cannot drift from what the command prints.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CliIo, run } from "../../src/cli/run.js";
import { buildJsonSchema, type JsonSchemaName } from "../artifacts/json-schema.js";
import { banner, type GeneratedFile } from "../generated.js";

const root = join(import.meta.dirname, "../..");

/** Output of one in-process run, as a user sees it in a terminal. */
interface Captured {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process on the repository; `stdin` names a file whose bytes standard input holds. */
export async function capture(args: readonly string[], stdin?: string): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stderrIsTTY: false,
    env: {},
    cwd: root,
    packageRoot: root,
    // The same generator that writes dist/json-schema, so the page does not depend on a build.
    jsonSchema: (name) => buildJsonSchema(name as JsonSchemaName),
    ...(stdin ? { readStdin: async () => readFileSync(join(root, stdin)) } : {}),
  };
  const status = await run(args, io);
  return { status, stdout, stderr };
}

function clip(text: string, lines: number): string {
  const all = text.replace(/\n$/, "").split("\n");
  return all.length <= lines ? all.join("\n") : [...all.slice(0, lines), `… (${all.length - lines} more lines)`].join("\n");
}

/** A console block of one real run, and its exit status (`status` labels it, e.g. in Chinese). */
export async function example(
  args: readonly string[],
  options: { lines?: number; stream?: "stdout" | "stderr" | "both"; shell?: string; stdin?: string; status?: (code: number) => string } = {},
): Promise<string> {
  const result = await capture(args, options.stdin);
  const stream = options.stream ?? "both";
  const text = stream === "stdout" ? result.stdout : stream === "stderr" ? result.stderr : result.stdout + result.stderr;
  const shown = clip(text, options.lines ?? 400);
  const command = options.shell ?? `npx zfxxgk ${args.join(" ")}`;
  return `\`\`\`console\n$ ${command}\n${shown}\n\`\`\`\n\n${options.status ? options.status(result.status) : `Exit status: ${result.status}.`}\n`;
}

/**
 * The generated page `docs/cli.md`.
 *
 * @example
 * ```ts
 * (await files())[0]?.path;
 * //=> "cli.md"
 * ```
 */
export async function files(): Promise<GeneratedFile[]> {
  const parts: string[] = [];
  const add = (text: string) => parts.push(text);
  add(`${banner("scripts/docs/cli.ts")}# The \`zfxxgk\` command line\n\n`);
  add(
    "`zfxxgk` wraps the library: it reads report files, runs `parseReport`, `check`, `checkSeries`, `fromLabeledTables`, `migrate` and `buildReport`, and prints what they return. It has no checking logic of its own. Every example below is real output, captured by `npm run docs` on the files in [`examples/`](../examples/README.md).\n\n",
  );
  add(
    "After `npm install && npm run build` inside this repository, `npx zfxxgk` runs the built `dist/cli/main.js`; in another project, `npm install zfxxgk` and `npx zfxxgk`. Output is Chinese by default; `--lang en` switches every command to English.\n\n",
  );
  add(
    "## Exit status\n\n| status | meaning |\n|---|---|\n| 0 | everything was read and nothing at or above `--fail-on` was found |\n| 1 | a finding at or above `--fail-on` (default: an error), or a report whose structure fails the schema |\n| 2 | input that could not be used: a file unreadable, not a regular file, too large, not UTF-8, not JSON, not a report, or with no number in its tables; no file at all; an `-o` file that cannot be written (2 wins over 1) |\n| 3 | a usage mistake: an unknown command or option, a bad value, a missing argument |\n| 4 | an internal error (a bug: please report it; `--debug` shows the stack) |\n\n",
  );
  add("Standard input is read only when `-` is named. No command prints a stack trace, unless `--debug` is given and something unexpected fails.\n\n");
  add(`## \`zfxxgk --help\`\n\n${await example(["--help", "--lang", "en"])}\n`);
  add(`\`--version\` prints the version from the package's own \`package.json\`:\n\n${await example(["--version"], { shell: "npx zfxxgk --version" }).then((text) => text.replace(/\$ npx zfxxgk --version\n.*\n/, "$ npx zfxxgk --version\n<version>\n"))}\n`);
  add("## `zfxxgk check`\n\n");
  add(`${await example(["check", "--help", "--lang", "en"])}\n`);
  add(
    "Each file is recognised on its own: an object with a `tables` key is labelled tables, read with `fromLabeledTables` and then checked; an object with `format`, `proactive`, `applications` or `reviewAndLitigation` is a report. The structure is checked with `parseReport` (lenient unless `--strict`) and the rules with `check`; a report failing the schema still gets every finding its cells allow.\n\n",
  );
  add(
    "Findings are printed errors first, then warnings, information and checks a blank cell left undecided (`?`), one line per rule for the last unless `--all` is given. The `--json` output always has every finding.\n\n",
  );
  add(
    `### A folder (the examples)\n\nThe run ends with status 2 on purpose: \`labeled/001.json\` (tables published as images) has no number in its tables, and checking nothing is not a pass. Files no loader reads (\`README.md\`) are listed as skipped.\n\n${await example(["check", "examples/"])}\n`,
  );
  add(`### English\n\n${await example(["check", "examples/reports/003.json", "--lang", "en"])}\n`);
  add(`### Every undecided check: \`--all\`\n\n${await example(["check", "examples/reports/000.json", "--all", "--lang", "en"])}\n`);
  add(`### Labelled tables and reader notes: \`--notes\`\n\nBy default the reader's notes are summarised by kind and only warnings are listed; \`--notes\` lists them all.\n\n${await example(["check", "examples/labeled/000.json", "--notes", "--lang", "en"])}\n`);
  add(
    `### For pipelines: \`--format json\` (or \`--json\`)\n\nOne JSON object per path per line: \`{ file, input, format, year, agency, issues, findings, notes, error, skipped, link }\`. \`findings\` is exactly what \`check\` returns; \`notes\` what the loader returns (for labelled tables, \`fromLabeledTables\`'s bilingual notes); \`issues\` what \`parseReport\` returns; \`error\` is \`null\` or \`{ code, message, line?, column? }\` with \`code\` one of \`not-found\`, \`permission-denied\`, \`is-directory\`, \`not-regular-file\`, \`dangling-symlink\`, \`symlink-loop\`, \`no-match\`, \`read-error\`, \`too-large\`, \`not-utf8\`, \`json-syntax\`, \`too-deep\`, \`not-a-report\`, \`labeled-tables\`, \`empty-report\`, \`internal-error\`, \`out-of-memory\`; \`skipped\` is \`null\` or \`{ reason, message }\` for a path a folder walk passed over (\`hidden\`, \`other-kind\`, \`not-regular-file\`, \`dangling-symlink\`, \`symlink-loop\`, \`already-walked\`); \`link\` is \`"followed"\` for a symbolic link that was followed (a line with \`input: null\` and no error is a link to a folder, whose files follow). With \`--series\`, one line per organ: \`{ series: true, agency, files, years, findings }\`. The last line is \`{ summary: { paths, checked, unreadable, invalid, skipped, linksFollowed, errors, warnings, infos, unassessable, noteWarnings, failOn, exitStatus } }\`. Nothing else is written to standard output; characters a terminal could act on are \`\\uXXXX\` escapes.\n\n${await example(["check", "examples/reports/004.json", "--json", "--lang", "en"])}\n`,
  );
  add(
    `### For CI: \`--format github\`, \`sarif\`, \`junit\`\n\n\`github\` prints a GitHub Actions annotation per decided finding (and per unusable file), then the summary line; \`sarif\` a SARIF 2.1.0 log (the rule catalogue as \`tool.driver.rules\`, each finding a result located by file and JSON Pointer) for code-scanning upload; \`junit\` JUnit XML, a test suite per file and a failed test case per finding at or above \`--fail-on\`. \`-o <file>\` writes any format to a file instead of standard output.\n\n${await example(["check", "examples/reports/003.json", "--format", "github", "--lang", "en"], { lines: 4 })}\n${await example(["check", "examples/reports/003.json", "--format", "junit", "--lang", "en"], { lines: 8 })}\n`,
  );
  add(
    `### Errors only, and the threshold: \`--quiet\`, \`--fail-on\`\n\n\`--quiet\` lists only errors (structure issues and error findings; no warnings, information or reader notes); the summary still counts everything. \`--fail-on error|warning|info|none\` is the least severity that makes the exit status 1 (with \`warning\`, reader warnings count too; with \`none\`, findings never do, but unusable input still gives 2).\n\n${await example(["check", "examples/reports/", "--quiet", "--lang", "en"])}\n${await example(["check", "examples/reports/004.json", "--fail-on", "info", "--lang", "en"], { lines: 4 })}\n`,
  );
  add(
    `### Standard input and glob patterns\n\n\`-\` reads standard input (bounded by the same cap as a file; its kind is recognised from its first bytes). A path that does not exist but holds \`*\`, \`?\`, \`[…]\` or \`{a,b}\` is expanded by \`zfxxgk\` itself (\`**\` for any depth of folders), so a quoted pattern works the same on every shell, Windows \`cmd\` included.\n\n${await example(["check", "-", "--lang", "en"], { stdin: "examples/reports/004.json", shell: "cat examples/reports/004.json | npx zfxxgk check - --lang en" })}\n${await example(["check", "examples/**/00[34].json", "--quiet", "--lang", "en"], { shell: "npx zfxxgk check 'examples/**/00[34].json' --quiet --lang en" })}\n`,
  );
  add(
    "### Colour and progress\n\nOn a terminal the human output is coloured; `NO_COLOR` (any non-empty value) turns colour off, `FORCE_COLOR` (`0` off, anything else on) forces it either way, and `--color` / `--no-color` win over both. A run that lasts (from the 20th file or after half a second) shows a progress line on standard error, cleared before each block of output and drawn again after it; it is never drawn with a `--format` other than `text`, nor when standard error is not a terminal. File names, organs and cell text are printed with their control characters escaped (`\\x1b`, `\\x9b`), so a crafted name cannot rewrite the terminal.\n\n",
  );
  add(
    `### Options that change the rules: \`--rule\`, \`--blanks\`, \`--strict\`\n\n\`--rule <id>=off|error|warning|info\` (repeatable) turns a rule off or changes its severity; \`--blanks zero\` reads blank cells as 0 (each affected finding says so); \`--strict\` requires a number in every cell.\n\n${await example(["check", "examples/reports/003.json", "--rule", "t3.balance=warning", "--rule", "t4.total=off", "--lang", "en"])}\n${await example(["check", "examples/reports/003.json", "--blanks", "zero", "--lang", "en"])}\n${await example(["check", "examples/reports/000.json", "--strict", "--lang", "en"], { lines: 8 })}\n`,
  );
  add(
    `### One organ's years: \`--series\`\n\nWith \`--series\` the files are also checked together as consecutive years of one organ (\`checkSeries\`: the \`series.*\` rules); reports of several organs are grouped by organ (the \`agency\` field), each group in year order. This is the only mode that holds every report in memory; without it files are read, checked, printed and dropped one at a time, so memory does not grow with the number of files. \`examples/series/\` holds one organ's 2020 (format 2019) and 2021 (format 2021) reports, each consistent on its own, whose 2021 二、上年结转 prints 2 more than 2020's 四、结转下年度继续办理:\n\n${await example(["check", "examples/series/", "--series", "--lang", "en"])}\nA folder of several organs: one group each.\n\n${await example(["check", "examples/reports/", "--series", "--quiet", "--lang", "en"], { lines: 40 })}\n`,
  );
  add(
    "### Many files and bad files\n\nFolders are walked recursively and in a fixed order (names sorted by code point). `.json` files are read; every other path is still listed, as skipped, with the reason, and counted in the summary: other kinds of file, dotfiles and `node_modules`, FIFOs, sockets and devices, dangling links, link loops. Symbolic links to files and folders are followed and marked so (a link to a folder already walked is not followed again). Only regular files are opened, without blocking, so a FIFO or `/dev/zero` is \"not a regular file\" at once. A file that cannot be read, is over 4 MiB, is not UTF-8 (UTF-16 is named as such; a UTF-8 byte order mark is fine), is not valid JSON (reported with line:column), is neither a report nor labelled tables, or has no number in its tables is reported in its place and the run goes on; the exit status is then 2. Memory stays bounded whatever the number of files (the size cap bounds each one).\n\n",
  );
  add(`${await example(["check", "examples/reports/004.json", "examples/missing.json", "package.json", "--lang", "en"])}\n`);
  add(
    `### Many files at once: \`--jobs\`\n\n\`--jobs N\` (\`-j N\`) checks files in N worker threads; the default is the machine's cores (\`os.availableParallelism()\`), at most 4, and \`--jobs 1\` checks one file after another in the main thread (a single file is always checked there). Each worker reads one file at a time and is given its path, never its contents; at most 4 × N paths are between the folder walk and the output. Results are written in the walk's order, so the output — every format, \`-o\` and \`--html\` included — is byte for byte the same as with \`--jobs 1\`, whichever file finishes first. A worker that crashes or runs out of memory is an error for the file it was checking (\`internal-error\` or \`out-of-memory\`, exit status 2 like any unusable input); a new worker takes the remaining files. A value other than a whole number from 1 to 256 is a usage mistake (exit status 3). Each worker holds its own copy of the checker, about 12–15 MB, which is why the default stops at 4: a run of the default stays under 150 MB on any machine (2,000 files, \`--jobs 4\`: 137 MB peak); on a machine with more cores, \`--jobs 8\` or more is faster at about 13 MB a worker.\n\n${await example(["check", "examples/reports/", "--jobs", "2", "--quiet", "--lang", "en"])}\n`,
  );
  add("## `zfxxgk migrate`\n\n");
  add(`${await example(["migrate", "--help", "--lang", "en"])}\n`);
  add(`The migrated report goes to standard output:\n\n${await example(["migrate", "examples/reports/002.json", "--to", "2021", "--lang", "en"], { stream: "stdout", lines: 12, shell: "npx zfxxgk migrate examples/reports/002.json --to 2021 --lang en 2>/dev/null" })}\n`);
  add(`The ledger goes to standard error (or, as JSON, to \`--ledger <file>\`). Its first line counts apart what was lost, the target cells with no source (left blank), values carried after a merge or split, and values only renamed:\n\n${await example(["migrate", "examples/reports/002.json", "--to", "2021", "--lang", "en"], { stream: "stderr", lines: 6, shell: "npx zfxxgk migrate examples/reports/002.json --to 2021 --lang en >/dev/null" })}\n`);
  add("## `zfxxgk fixture`\n\n");
  add(`${await example(["fixture", "--help", "--lang", "en"])}\n`);
  add(`${await example(["fixture", "--format", "2021", "--year", "2023", "--seed", "7"], { lines: 12 })}\n`);
  add("## `zfxxgk schema`\n\n");
  add(`${await example(["schema", "--help", "--lang", "en"])}\n`);
  add(`${await example(["schema", "--format", "2021"], { lines: 12 })}\n`);
  add("## `zfxxgk rules`\n\n");
  add(`${await example(["rules", "--help", "--lang", "en"])}\n`);
  add(`${await example(["rules", "--lang", "en"])}\n`);
  add(`${await example(["rules"])}\n`);
  add("## Usage mistakes\n\n");
  add(`${await example(["check", "--frob", "examples/", "--lang", "en"])}\n`);
  add(`${await example(["check", "examples/", "--rule", "t3.balanse=off", "--lang", "en"])}\n`);
  add(`${await example(["fixture", "--format", "2021", "--break", "t3.balanse", "--lang", "en"])}\n`);
  return [{ path: "cli.md", content: parts.join("").replace(/\n{3,}/g, "\n\n") }];
}
