import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PackedConsumer, packIntoConsumer, ROOT } from "./tarball.js";

// What `npm pack` would publish: only files an entry point reaches, no install
// script, a bounded size, and JSON output that `npm pack --json` can parse.

let consumer: PackedConsumer;
beforeAll(() => {
  consumer = packIntoConsumer();
});
afterAll(() => consumer?.cleanup());

/**
 * Relative module specifiers of a built file (ESM `import`/`export … from`, dynamic `import()`, CJS
 * `require`), and worker scripts started by a path beside the file (`join(here, "worker.js")`).
 */
function specifiers(code: string): string[] {
  const modules = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1] as string);
  const workers = [...code.matchAll(/\bjoin\(\s*\w+\s*,\s*["']([\w.-]+\.c?js)["']\s*\)/g)].map((match) => `./${match[1] as string}`);
  return [...modules, ...workers];
}

/** Every .js/.cjs file reached from the manifest's entry points (exports and bin). */
function reachable(packageDir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    exports: Record<string, string | Record<string, Record<string, string>>>;
    bin: Record<string, string>;
  };
  // bin/zfxxgk.js imports dist/cli/main.js through a URL (so a source checkout can build it first).
  const launcher = readFileSync(join(packageDir, "bin/zfxxgk.js"), "utf8");
  const starts: string[] = [...Object.values(manifest.bin), ...(launcher.includes('"../dist/cli/main.js"') ? ["dist/cli/main.js"] : [])];
  for (const target of Object.values(manifest.exports)) {
    if (typeof target === "string") continue;
    for (const condition of Object.values(target)) if (condition.default) starts.push(condition.default);
  }
  const seen = new Set<string>();
  const queue = starts.map((file) => normalize(file));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !/\.c?js$/.test(file)) continue;
    seen.add(file);
    let code: string;
    try {
      code = readFileSync(join(packageDir, file), "utf8");
    } catch {
      continue;
    }
    for (const specifier of specifiers(code)) queue.push(normalize(join(dirname(file), specifier)));
  }
  return seen;
}

describe("the published package", () => {
  it("ships only .js/.cjs files an entry point reaches (no empty type-only modules, no CommonJS build of the ESM-only CLI)", () => {
    const shipped = consumer.files.filter((file) => /\.c?js$/.test(file));
    const reached = reachable(consumer.packageDir);
    expect(shipped.filter((file) => !reached.has(file))).toEqual([]);
    expect(shipped.filter((file) => file.startsWith("dist/cli/") && file.endsWith(".cjs"))).toEqual([]);
    expect(shipped.length).toBeLessThan(120);
  });

  it("has no empty module (besides an entry point that exports nothing yet) and no install script", () => {
    const manifest0 = readFileSync(join(consumer.packageDir, "package.json"), "utf8");
    const empty = consumer.files.filter(
      (file) => /\.c?js$/.test(file) && !manifest0.includes(`"./${file}"`) && readFileSync(join(consumer.packageDir, file), "utf8").trim().length < 20,
    );
    expect(empty).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(consumer.packageDir, "package.json"), "utf8")) as { scripts?: Record<string, string> };
    for (const script of ["prepare", "preinstall", "install", "postinstall"]) expect(manifest.scripts?.[script], script).toBeUndefined();
  });

  it("is small: under 2.5 MB unpacked, the combined JSON Schema files under 2 KB each", () => {
    const sizes = consumer.files.map((file) => ({ file, size: readFileSync(join(consumer.packageDir, file)).length }));
    const total = sizes.reduce((sum, entry) => sum + entry.size, 0);
    console.log(`tarball: ${consumer.files.length} files, ${total} bytes unpacked`);
    // 2,295,985 bytes on 2026-11-29: ESM 735 KB, CJS 619 KB, types 293 KB, JSON Schema + rules.json 629 KB.
    // zfxxgk/read bundles its HTML parser (htmlparser2) into a 261 KB chunk, once per module format.
    // What would bring it down, not done yet: pretty-printed JSON Schema files are 228 KB larger than
    // minified ones (but `zfxxgk schema` prints the file as it is), and the CJS copy of zfxxgk/read and
    // zfxxgk/pdf is 262 KB (dropping it needs Node ≥ 20.19, whose require() loads ESM). The ceiling is
    // the size plus 4 %: a change that adds more must say why here.
    // 2026-11-30 (fifth session): 2,418,762 bytes. The speed work of issue 12 added 25 KB of code on
    // purpose, half in each module format (the engine's slot tables and kept relation texts, the prose
    // reader's searches, parseReport's cell-by-cell wording, the help text in a chunk of its own); the
    // ceiling moved from 2.4 to 2.5 MB with it.
    expect(total).toBeLessThan(2_500_000);
    for (const name of ["report.strict.json", "report.lenient.json"]) {
      expect(sizes.find((entry) => entry.file === `dist/json-schema/${name}`)?.size, name).toBeLessThan(2_000);
    }
  });

  it("cites no file it does not ship (no model.md, formats.md, STYLE.md, relative @see; Markdown links absolute or to a shipped file)", () => {
    const cited: string[] = [];
    for (const file of consumer.files.filter((name) => /\.(c?js|d\.c?ts|md|json)$/.test(name))) {
      const text = readFileSync(join(consumer.packageDir, file), "utf8");
      for (const match of text.matchAll(/\b(?:model|formats|STYLE)\.md\b|\.\.\/shared\/|@see\s+\.{1,2}\/\S+/g)) cited.push(`${file}: ${match[0]}`);
      if (!file.endsWith(".md")) continue;
      for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = (match[1] as string).replace(/#.*$/, "");
        if (target === "" || /^[a-z]+:/.test(target)) continue;
        if (!consumer.files.includes(normalize(join(dirname(file), target)))) cited.push(`${file}: link to ${target}`);
      }
    }
    expect(cited).toEqual([]);
  });

  it("`npm pack --json --dry-run` prints JSON only (no build output mixed in)", () => {
    const out = execFileSync("npm", ["pack", "--json", "--dry-run"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    expect(() => JSON.parse(out)).not.toThrow();
  });
});
