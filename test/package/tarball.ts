import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The repository root.
 *
 * @example
 * ```ts
 * existsSync(join(ROOT, "package.json"));
 * //=> true
 * ```
 */
export const ROOT = join(import.meta.dirname, "../..");

/**
 * A packed zfxxgk, installed into a throw-away consumer project.
 *
 * @example
 * ```ts
 * const consumer: PackedConsumer = packIntoConsumer();
 * consumer.cleanup();
 * ```
 */
export interface PackedConsumer {
  /** The consumer project (has `node_modules/zfxxgk`, and symlinks to zod and typescript). */
  readonly dir: string;
  /** The tarball `npm pack` wrote. */
  readonly tarball: string;
  /** The extracted package: `<dir>/node_modules/zfxxgk`. */
  readonly packageDir: string;
  /** Paths inside the tarball, relative to the package root. */
  readonly files: readonly string[];
  /** Removes everything. */
  cleanup(): void;
}

/**
 * Packs the built package (`npm pack`, no network) and installs it into a
 * fresh consumer project by extracting the tarball, with zod and typescript
 * symlinked from the repository's node_modules.
 *
 * @example
 * ```ts
 * const consumer = packIntoConsumer();
 * consumer.files.includes("dist/index.js");
 * //=> true
 * ```
 */
export function packIntoConsumer(): PackedConsumer {
  if (!existsSync(join(ROOT, "dist/index.js"))) throw new Error("dist/ is missing: run `npm run build` first (`npm test` does)");
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-consumer-"));
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
  ) as { filename: string; files: { path: string }[] }[];
  const entry = packed[0];
  if (!entry) throw new Error("npm pack returned nothing");
  const tarball = join(dir, entry.filename);
  const modules = join(dir, "node_modules");
  mkdirSync(modules, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", modules]);
  renameSync(join(modules, "package"), join(modules, "zfxxgk"));
  for (const name of ["zod", "typescript"]) symlinkSync(join(ROOT, "node_modules", name), join(modules, name), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  writeFileSync(join(dir, "seed-004.json"), readFileSync(join(ROOT, "test/fixtures/seeds/004.json")));
  return {
    dir,
    tarball,
    packageDir: join(modules, "zfxxgk"),
    files: entry.files.map((file) => file.path).sort(),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The `exports` subpaths whose files are in the package, and those whose files
 * are not (yet): `./fixtures`, `./arbitraries` and `./rules.json` are built by
 * other modules and may not exist while they are being written.
 *
 * @example
 * ```ts
 * builtEntrypoints(consumer).built.includes(".");
 * //=> true
 * ```
 */
export function builtEntrypoints(consumer: PackedConsumer): { built: string[]; missing: string[] } {
  const manifest = JSON.parse(readFileSync(join(consumer.packageDir, "package.json"), "utf8")) as {
    exports: Record<string, string | { import?: { default?: string } }>;
  };
  const built: string[] = [];
  const missing: string[] = [];
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const file = typeof target === "string" ? target : target.import?.default;
    if (file?.includes("*")) {
      const folder = file.slice(0, file.indexOf("*"));
      (consumer.files.some((path) => `./${path}`.startsWith(folder)) ? built : missing).push(subpath);
      continue;
    }
    if (file && existsSync(join(consumer.packageDir, file))) built.push(subpath);
    else missing.push(subpath);
  }
  return { built, missing };
}
