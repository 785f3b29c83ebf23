// Empties dist/ before a build, so files of an earlier build never ship (tsup's
// own `clean` cannot be used: its two configurations run at the same time).
import { rmSync } from "node:fs";
import { join } from "node:path";

rmSync(join(import.meta.dirname, "..", "dist"), { recursive: true, force: true });
