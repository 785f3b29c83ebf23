// The tests `npm run mutation` (Stryker) runs against each mutant: the fast tests of the
// mutated modules, without the type tests, the dist-based tests and the slow property suites
// (their fixed `numRuns` would make each mutant cost seconds). Not part of CI.
// MUTATION_SCOPE=rules|labeled|migrate narrows the set to one area (see stryker.config.mjs).
import { defineConfig } from "vitest/config";

const SCOPES: Record<string, readonly string[]> = {
  rules: ["test/rules/*.test.ts"],
  labeled: ["test/labeled/*.test.ts"],
  migrate: ["test/migrate/*.test.ts"],
};

const scope = process.env.MUTATION_SCOPE;

export default defineConfig({
  test: {
    include: [...(scope && SCOPES[scope] ? SCOPES[scope] : Object.values(SCOPES).flat())],
    exclude: [
      "**/node_modules/**",
      // Property suites with hundreds of runs per property: seconds per mutant.
      "test/rules/properties.test.ts",
      "test/rules/records.test.ts",
      "test/labeled/robustness.test.ts",
      "test/migrate/laws.test.ts",
      "test/migrate/compiled.test.ts",
      // MUTATION_BEFORE=1: the suite as it was before the mutation-*.test.ts files (the "before" score).
      ...(process.env.MUTATION_BEFORE ? ["test/**/mutation-*.test.ts"] : []),
    ],
    typecheck: { enabled: false },
    testTimeout: 60_000,
  },
});
