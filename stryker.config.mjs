// Mutation testing (`npm run mutation`, not part of CI; slow: run it on one file with
// `npx stryker run --mutate src/rules/interval.ts`). Equivalent mutants that survive are
// listed in mutation-equivalents.md beside this file.
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: [
    // The rule engine.
    "src/rules/relation.ts",
    "src/rules/interval.ts",
    "src/rules/reader.ts",
    // The cell reader and the label matcher of fromLabeledTables.
    "src/labeled/cells.ts",
    "src/labeled/labels.ts",
    // Migration's apply.
    "src/migrate/apply.ts",
  ],
  concurrency: 2,
  coverageAnalysis: "perTest",
  reporters: ["clear-text", "progress"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};
