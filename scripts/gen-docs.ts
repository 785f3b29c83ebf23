// Writes every generated docs page (scripts/docs/*.ts) into docs/.
// test/docs.test.ts fails when a committed page differs from what this writes.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./load-generators.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
for (const file of await generate(join(root, "scripts/docs"))) {
  const target = join(root, "docs", file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.content);
  console.log(`wrote docs/${file.path}`);
}
