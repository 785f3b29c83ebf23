// What `zfxxgk check` loads before it checks a file: the start-up time of one file is mostly
// compiling the modules it loads, so the help text (25 KB) and the rule documentation (42 KB)
// must not be among them. Read from the built dist/: the modules main.js and the check command
// import statically (a dynamic import() loads only when its branch runs).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleCatalogue } from "../../src/rules/catalogue.js";
import { cli, root } from "./helpers.js";

const dist = join(root, "dist");

/** Every module a file imports statically, transitively (relative imports only). */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const match of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s*["'](\.{1,2}\/[^"']+)["']/gm)) staticClosure(join(dirname(file), match[1] as string), seen);
  for (const match of text.matchAll(/^import\s*["'](\.{1,2}\/[^"']+)["']/gm)) staticClosure(join(dirname(file), match[1] as string), seen);
  return seen;
}

/** The source modules bundled into the given built files (tsup marks each with `// src/…`). */
function sources(files: Iterable<string>): string[] {
  return [...files].flatMap((file) => [...readFileSync(file, "utf8").matchAll(/^\/\/ (src\/\S+\.ts)$/gm)].map((match) => match[1] as string));
}

/** The built module of the check command: the file run.ts imports when the command is `check`. */
function checkCommandFile(): string {
  const main = readFileSync(join(dist, "cli/main.js"), "utf8");
  const name = /import\(["'](\.\.\/check-command-[\w-]+\.js)["']\)/.exec(main)?.[1];
  if (!name) throw new Error("dist/cli/main.js does not import the check command dynamically");
  return join(dist, "cli", name);
}

describe.skipIf(!existsSync(join(dist, "cli/main.js")))("zfxxgk check loads neither the help text nor the rule documentation", () => {
  it("main.js and the check command import neither statically, and do import the rules they run", () => {
    const loaded = sources([...staticClosure(join(dist, "cli/main.js")), ...staticClosure(checkCommandFile())]);
    expect(loaded).toContain("src/cli/check-command.ts");
    expect(loaded).toContain("src/rules/check.ts");
    expect(loaded.filter((source) => source === "src/cli/help.ts" || source.startsWith("src/rules/docs/") || source === "src/rules/catalogue.ts")).toEqual([]);
    // Nor zod: a run of valid JSON reports never needs it.
    const files = [...staticClosure(join(dist, "cli/main.js")), ...staticClosure(checkCommandFile())];
    expect(files.filter((file) => /from\s*["']zod["']/.test(readFileSync(file, "utf8")))).toEqual([]);
  });

  it("the help and the SARIF rule list still come (loaded when asked for)", () => {
    expect(cli(["check", "--help", "--lang", "en"]).stdout).toContain("zfxxgk check");
    const sarif = JSON.parse(cli(["check", join(root, "examples/reports/004.json"), "--format", "sarif"]).stdout) as { runs: { tool: { driver: { rules: { id: string }[] } } }[] };
    expect(sarif.runs[0]?.tool.driver.rules.map((rule) => rule.id)).toEqual(ruleCatalogue().map((rule) => rule.id));
  });
});
