// Mutation testing (`npm run mutation`, not part of CI; slow). Run one area at a time:
//   MUTATION_SCOPE=rules npx stryker run --mutate src/rules/interval.ts,src/rules/relation.ts,src/rules/reader.ts
//   MUTATION_SCOPE=labeled npx stryker run --mutate src/labeled/cells.ts,src/labeled/labels.ts
//   MUTATION_SCOPE=migrate npx stryker run --mutate src/migrate/apply.ts
// MUTATION_SCOPE narrows the tests (vitest.mutation.config.ts) and names the report
// (reports/mutation/<scope>.json, .html). Equivalent mutants that survive are listed in
// mutation-equivalents.md beside this file.
const scope = process.env.MUTATION_SCOPE ?? "all";

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
  // Only the TypeScript sources need their type checks disabled (the HTML examples do not parse).
  disableTypeChecks: "src/**/*.ts",
  // examples/ stays: the engine tests read its reports (without them they skip real reports and count for nothing).
  ignorePatterns: ["/site", "/bench", "/docs", "/reports", "/dist", "/.artifacts"],
  concurrency: 2,
  coverageAnalysis: "perTest",
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  htmlReporter: { fileName: `reports/mutation/${scope}.html` },
  incremental: true,
  incrementalFile: `reports/mutation/${scope}.incremental.json`,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};
