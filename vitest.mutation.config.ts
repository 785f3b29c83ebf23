// The tests `npm run mutation` (Stryker) runs against each mutant: the fast tests of the
// mutated modules, without the type tests or the dist-based tests. Not part of CI.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/rules/**/*.test.ts", "test/labeled/**/*.test.ts", "test/migrate/**/*.test.ts"],
    typecheck: { enabled: false },
    testTimeout: 60_000,
  },
});
