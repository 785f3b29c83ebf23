// Generates docs/cli.md: every command and option of `zfxxgk`, with output
// captured by running the CLI's own run() in-process on examples/ — so the
// page cannot drift from what the command prints.
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

async function capture(args: readonly string[]): Promise<Captured> {
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
  };
  const status = await run(args, io);
  return { status, stdout, stderr };
}

function clip(text: string, lines: number): string {
  const all = text.replace(/\n$/, "").split("\n");
  return all.length <= lines ? all.join("\n") : [...all.slice(0, lines), `… (${all.length - lines} more lines)`].join("\n");
}

async function example(args: readonly string[], options: { lines?: number; stream?: "stdout" | "stderr" | "both"; shell?: string } = {}): Promise<string> {
  const result = await capture(args);
  const stream = options.stream ?? "both";
  const text = stream === "stdout" ? result.stdout : stream === "stderr" ? result.stderr : result.stdout + result.stderr;
  const shown = clip(text, options.lines ?? 400);
  const command = options.shell ?? `npx zfxxgk ${args.join(" ")}`;
  return `\`\`\`console\n$ ${command}\n${shown}\n\`\`\`\n\nExit status: ${result.status}.\n`;
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
  add("## Exit status\n\n| status | meaning |\n|---|---|\n| 0 | no error finding |\n| 1 | at least one error finding, or a report whose structure fails the schema |\n| 2 | a file could not be read or parsed, or a usage mistake (2 wins over 1) |\n\n");
  add("No command ever reads standard input and none prints a stack trace, unless `--debug` is given and something unexpected fails.\n\n");
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
  add(`### A folder (the examples)\n\n${await example(["check", "examples/"])}\n`);
  add(`### English\n\n${await example(["check", "examples/reports/003.json", "--lang", "en"])}\n`);
  add(`### Every undecided check: \`--all\`\n\n${await example(["check", "examples/reports/000.json", "--all", "--lang", "en"])}\n`);
  add(`### Labelled tables and reader notes: \`--notes\`\n\nBy default the reader's notes are summarised by kind and only warnings are listed; \`--notes\` lists them all.\n\n${await example(["check", "examples/labeled/000.json", "--notes", "--lang", "en"])}\n`);
  add(
    `### For pipelines: \`--json\`\n\nOne JSON object per file per line: \`{ file, input, format, year, agency, issues, findings, notes, error }\`. \`findings\` is exactly what \`check\` returns; \`notes\` what \`fromLabeledTables\` returns (bilingual); \`issues\` what \`parseReport\` returns; \`error\` is \`null\` or \`{ code, message, line?, column? }\` with \`code\` one of \`not-found\`, \`permission-denied\`, \`is-directory\`, \`read-error\`, \`too-large\`, \`not-utf8\`, \`json-syntax\`, \`too-deep\`, \`not-a-report\`, \`labeled-tables\`, \`internal-error\`. Nothing else is written to standard output.\n\n${await example(["check", "examples/reports/004.json", "--json", "--lang", "en"])}\n`,
  );
  add(
    `### Options that change the rules: \`--rule\`, \`--blanks\`, \`--strict\`\n\n\`--rule <id>=off|error|warning|info\` (repeatable) turns a rule off or changes its severity; \`--blanks zero\` reads blank cells as 0 (each affected finding says so); \`--strict\` requires a number in every cell.\n\n${await example(["check", "examples/reports/003.json", "--rule", "t3.balance=warning", "--rule", "t4.total=off", "--lang", "en"])}\n${await example(["check", "examples/reports/003.json", "--blanks", "zero", "--lang", "en"])}\n${await example(["check", "examples/reports/000.json", "--strict", "--lang", "en"], { lines: 8 })}\n`,
  );
  add(
    `### One organ's years: \`--series\`\n\nWith \`--series\` the files are also checked together as consecutive years of one organ (\`checkSeries\`: the \`series.*\` rules). This is the only mode that holds every report in memory; without it files are read, checked, printed and dropped one at a time, so memory does not grow with the number of files. \`examples/series/\` holds one organ's 2020 (format 2019) and 2021 (format 2021) reports, each consistent on its own, whose 2021 二、上年结转 prints 2 more than 2020's 四、结转下年度继续办理:\n\n${await example(["check", "examples/series/", "--series", "--lang", "en"])}\nReports of different organs are refused by \`series.input\`:\n\n${await example(["check", "examples/reports/000.json", "examples/reports/002.json", "--series", "--lang", "en"], { lines: 40 })}\n`,
  );
  add(
    "### Many files and bad files\n\nFolders are walked recursively and in a fixed order (names sorted by code point); only `.json` files are read, and dotfiles and `node_modules` are skipped. A file that cannot be read, is not UTF-8, is not valid JSON (reported with line:column), is too large (over 64 MiB) or is neither a report nor labelled tables is reported in its place and the run goes on; the exit status is then 2. On a terminal, a progress line is drawn on standard error after 50 files; it is never drawn when standard error is not a terminal, and never written to standard output.\n\n",
  );
  add(`${await example(["check", "examples/reports/004.json", "examples/missing.json", "package.json", "--lang", "en"])}\n`);
  add("## `zfxxgk migrate`\n\n");
  add(`${await example(["migrate", "--help", "--lang", "en"])}\n`);
  add(`The migrated report goes to standard output:\n\n${await example(["migrate", "examples/reports/002.json", "--to", "2021", "--lang", "en"], { stream: "stdout", lines: 12, shell: "npx zfxxgk migrate examples/reports/002.json --to 2021 --lang en 2>/dev/null" })}\n`);
  add(`The ledger goes to standard error (or, as JSON, to \`--ledger <file>\`):\n\n${await example(["migrate", "examples/reports/002.json", "--to", "2021", "--lang", "en"], { stream: "stderr", lines: 6, shell: "npx zfxxgk migrate examples/reports/002.json --to 2021 --lang en >/dev/null" })}\n`);
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
  return [{ path: "cli.md", content: parts.join("").replace(/\n{3,}/g, "\n\n") }];
}
