import { existsSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

// Public entries (the `exports` map); each gets declarations.
const publicEntries: Record<string, string> = {
  index: "src/index.ts",
  "fixtures/index": "src/fixtures/index.ts",
  "arbitraries/index": "src/arbitraries/index.ts",
  "read/index": "src/read/index.ts",
  "pdf/index": "src/pdf/index.ts",
};
const entries = Object.fromEntries(Object.entries(publicEntries).filter(([, file]) => existsSync(file)));

// Only what an entry point reaches is built: the public entries (ESM and CJS,
// shared code split into chunks, so zfxxgk/fixtures never weighs on an app that
// only validates; every module is `sideEffects: false` and tree-shakes inside a
// chunk) and the command line (ESM only: bin/zfxxgk.js imports it). No
// type-only module becomes an empty file. dist/ is cleared by the build script
// (scripts/clean-dist.ts), not here, because the two configurations run at once.
const shared: Options = {
  splitting: true,
  treeshake: true,
  sourcemap: false,
  target: "node20",
  platform: "node",
  external: ["zod", "fast-check", "unpdf"],
};

export default defineConfig([
  { ...shared, entry: { ...entries, "cli/main": "src/cli/main.ts", "cli/worker": "src/cli/check-worker.ts" }, format: ["esm"], dts: { entry: entries } },
  { ...shared, entry: entries, format: ["cjs"], dts: { entry: entries } },
]);
