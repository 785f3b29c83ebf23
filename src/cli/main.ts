#!/usr/bin/env node
/**
 * The `zfxxgk` executable: runs {@link run} on the process's arguments.
 * The package root (for `--version` and the JSON Schema files) is found from
 * this file's location, so it works from `dist/cli/` and from `src/cli/`.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findPackageRoot, nodeIo, run } from "./run.js";

// A closed pipe (`zfxxgk check … | head`) ends the run quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const here = typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url));
// Built, dist/cli/worker.js sits beside this file; run from source there is none and `--jobs` stays in this thread.
const worker = join(here, "worker.js");
void run(process.argv.slice(2), nodeIo(findPackageRoot(here), existsSync(worker) ? worker : undefined)).then((status) => {
  process.exitCode = status;
});
