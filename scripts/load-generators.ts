import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { GeneratedFile, Generator } from "./generated.js";

/** Runs every generator module in a folder (sorted by name) and collects its files. */
export async function generate(folder: string): Promise<GeneratedFile[]> {
  const out: GeneratedFile[] = [];
  const names = readdirSync(folder)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .sort();
  for (const name of names) {
    const module = (await import(pathToFileURL(join(folder, name)).href)) as Generator;
    out.push(...(await module.files()));
  }
  return out;
}
