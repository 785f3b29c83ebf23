// Bounded memory: `check` holds one report at a time, so peak memory on 2,000
// files stays close to that on 200 (structural, not timing). The figures are printed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../src/fixtures/index.js";
import { cliPath, root, skipReason } from "./helpers.js";

const TIME = "/usr/bin/time";

/** Peak resident memory (kB) of `check --json <folder>`, with the method used. */
function peakMemory(folder: string): { kb: number; method: string; lines: number; status: number | null } {
  const args = [cliPath, "check", "--json", folder];
  const useTime = existsSync(TIME);
  const result = useTime
    ? spawnSync(TIME, ["-v", process.execPath, ...args], { cwd: root, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 })
    : spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env: { ...process.env, ZFXXGK_DEBUG_MEMORY: "1" }, maxBuffer: 512 * 1024 * 1024 });
  const match = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr) : /maxRSS (\d+) kB/.exec(result.stderr);
  if (!match) throw new Error(`no memory figure in: ${result.stderr}`);
  return {
    kb: Number(match[1]),
    method: useTime ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS",
    lines: result.stdout.trim().split("\n").length,
    status: result.status,
  };
}

describe.skipIf(skipReason)(`check on many files${skipReason ? ` — skipped: ${skipReason}` : ""}`, () => {
  let temp: string;
  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), "zfxxgk-memory-"));
    for (const [name, count] of [
      ["small", 200],
      ["large", 2000],
    ] as const) {
      // 100 files per folder, nested: a realistic archive layout.
      for (let index = 0; index < count; index += 1) {
        const folder = join(temp, name, `batch-${String(Math.floor(index / 100)).padStart(2, "0")}`);
        mkdirSync(folder, { recursive: true });
        const report = buildReport({ format: index % 2 === 0 ? "2021" : "2019", seed: index });
        writeFileSync(join(folder, `${String(index).padStart(4, "0")}.json`), JSON.stringify(report));
      }
    }
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it("peak memory on 2,000 reports is under twice that on 200", () => {
    const small = peakMemory(join(temp, "small"));
    const large = peakMemory(join(temp, "large"));
    console.log(
      `zfxxgk check --json: 200 files ${small.kb} kB, 2,000 files ${large.kb} kB, ratio ${(large.kb / small.kb).toFixed(2)} (${small.method})`,
    );
    expect(small).toMatchObject({ lines: 201, status: 0 }); // a line per file and the summary
    expect(large).toMatchObject({ lines: 2001, status: 0 });
    expect(large.kb).toBeLessThan(2 * small.kb);
  });
});
