// What an app pays for the entry points it imports: esbuild bundles a one-line module that imports
// them from the built package (dist/), minified ESM, platform neutral, and the result is gzipped
// (-9). Shared by the bundle-size tests (test/package/weight.test.ts, test/locate/bundle.test.ts).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const ROOT = join(import.meta.dirname, "../..");

/** Whether dist/ is built (`npm test` builds first; test/dist-built.test.ts fails when it is not). */
export const built = existsSync(join(ROOT, "dist/index.js"));

/** Bundles `contents` (JS importing "./dist/…") with `external` left out; its text and gzip size. */
export async function bundle(contents: string, external: readonly string[] = []): Promise<{ text: string; bytes: number; gzip: number }> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: ROOT, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    external: [...external],
    write: false,
    charset: "utf8",
    logLevel: "silent",
  });
  const text = result.outputFiles[0]?.text ?? "";
  return { text, bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}
