// `npm run example`: runs the built command line on examples/ (after `npm run build`).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const cli = join(root, "dist/cli/main.js");
if (!existsSync(cli)) {
  console.error("dist/cli/main.js is missing: run `npm run build` first.");
  process.exit(2);
}
const result = spawnSync(process.execPath, [cli, "check", "examples/", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(result.status ?? 2);
