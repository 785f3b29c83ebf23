#!/usr/bin/env node
// The `zfxxgk` command. The published package ships dist/, so this only imports
// dist/cli/main.js. In a source checkout (git clone, then `npm install`), dist/
// does not exist until the first build: this launcher builds it once, so the
// README's `npm install && npx zfxxgk check examples/` works without an install
// script (consumers of the npm package never run one).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  if (!existsSync(fileURLToPath(new URL("../src/cli/main.ts", import.meta.url)))) {
    process.stderr.write("zfxxgk: dist/cli/main.js is missing from the installed package; reinstall zfxxgk\n");
    process.exit(4);
  }
  process.stderr.write("zfxxgk: source checkout without dist/: building once (npm run build)…\n");
  // Build output goes to stderr so that stdout stays the command's own.
  const built = spawnSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", 2, 2], shell: process.platform === "win32" });
  if (built.status !== 0) {
    process.stderr.write("zfxxgk: the build failed; run `npm run build` to see why\n");
    process.exit(4);
  }
}
await import(main.href);
