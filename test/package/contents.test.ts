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

/** Relative module specifiers of a built file (ESM `import`/`export … from`, dynamic `import()`, CJS `require`). */
function specifiers(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1] as string);
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
    // zfxxgk/read bundles its HTML parser (htmlparser2) in ESM and CJS; the readers raised the ceiling from 1.5 MB.
    expect(total).toBeLessThan(2_500_000);
    for (const name of ["report.strict.json", "report.lenient.json"]) {
      expect(sizes.find((entry) => entry.file === `dist/json-schema/${name}`)?.size, name).toBeLessThan(2_000);
    }
  });

  it("`npm pack --json --dry-run` prints JSON only (no build output mixed in)", () => {
    const out = execFileSync("npm", ["pack", "--json", "--dry-run"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    expect(() => JSON.parse(out)).not.toThrow();
  });
});
