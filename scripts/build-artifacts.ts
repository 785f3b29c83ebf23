// Writes build artifacts generated from the schemas and catalogues
// (scripts/artifacts/*.ts: JSON Schema files, the rule catalogue as JSON) into dist/.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./load-generators.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let count = 0;
for (const file of await generate(join(root, "scripts/artifacts"))) {
  const target = join(root, "dist", file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.content);
  count += 1;
}
console.log(`build-artifacts: wrote ${count} files into dist/`);
