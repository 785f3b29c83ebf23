/**
 * The release workflow publishes from CI with npm provenance: the job may mint an OIDC token,
 * runs the same checks as CI first, and publishes through `npm run release` with provenance
 * switched on (publishConfig and the environment), never with a stored npm token.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const workflow = readFileSync(join(ROOT, ".github/workflows/release.yml"), "utf8");
const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  publishConfig?: { provenance?: boolean; access?: string };
};

it("publishes with provenance from CI, after the CI checks, without an npm token", () => {
  expect(workflow).toMatch(/^\s*id-token: write/m);
  expect(workflow).toMatch(/run: bash \.ci\/run/);
  expect(workflow).toMatch(/publish: npm run release/);
  expect(workflow).toMatch(/NPM_CONFIG_PROVENANCE: "true"/);
  expect(workflow).not.toMatch(/secrets\.NPM|NODE_AUTH_TOKEN:/);
  expect(workflow.indexOf("bash .ci/run")).toBeLessThan(workflow.indexOf("uses: changesets/action"));
  expect(manifest.publishConfig).toEqual({ access: "public", provenance: true });
  expect(manifest.scripts.release).toMatch(/npm run build && changeset publish/);
});
