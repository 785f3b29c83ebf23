#!/usr/bin/env node
/**
 * The `zfxxgk` executable: runs {@link run} on the process's arguments.
 * The package root (for `--version` and the JSON Schema files) is found from
 * this file's location, so it works from `dist/cli/` and from `src/cli/`.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { findPackageRoot, nodeIo, run } from "./run.js";

// A closed pipe (`zfxxgk check … | head`) ends the run quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const here = typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url));
void run(process.argv.slice(2), nodeIo(findPackageRoot(here))).then((status) => {
  process.exitCode = status;
});
