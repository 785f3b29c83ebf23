import { defineConfig } from "tsup";

// Every source module is its own entry and chunks are split, so a consumer's
// bundler keeps only the modules it imports (zfxxgk/fixtures never weighs on
// an app that only validates). Declarations are emitted for public entries.
export default defineConfig({
  entry: ["src/**/*.ts"],
  format: ["esm", "cjs"],
  splitting: true,
  treeshake: true,
  dts: {
    entry: {
      index: "src/index.ts",
      "fixtures/index": "src/fixtures/index.ts",
      "arbitraries/index": "src/arbitraries/index.ts",
    },
  },
  clean: true,
  sourcemap: false,
  target: "node20",
  platform: "neutral",
  external: ["zod", "fast-check", /^node:/],
});
