import { existsSync } from "node:fs";
import { defineConfig } from "tsup";

// Public entries (the `exports` map); each gets declarations.
const publicEntries: Record<string, string> = {
  index: "src/index.ts",
  "fixtures/index": "src/fixtures/index.ts",
  "arbitraries/index": "src/arbitraries/index.ts",
  "read/index": "src/read/index.ts",
  "pdf/index": "src/pdf/index.ts",
};

// Every source module is its own entry and chunks are split, so a consumer's
// bundler keeps only the modules it imports (zfxxgk/fixtures never weighs on
// an app that only validates).
export default defineConfig({
  entry: ["src/**/*.ts"],
  format: ["esm", "cjs"],
  splitting: true,
  treeshake: true,
  dts: {
    entry: Object.fromEntries(Object.entries(publicEntries).filter(([, file]) => existsSync(file))),
  },
  clean: true,
  sourcemap: false,
  target: "node20",
  platform: "node",
  external: ["zod", "fast-check", "unpdf"],
});
