import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";
import * as esbuild from "esbuild";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { files as jsonSchemaFiles } from "../../scripts/artifacts/json-schema.js";
import { builtEntrypoints, type PackedConsumer, packIntoConsumer, ROOT } from "./tarball.js";

// Checks run against the packed tarball (`npm pack` of the built dist/), as a
// user installs it. `npm test` builds first.

const run = promisify(execFile);
let consumer: PackedConsumer;

beforeAll(() => {
  consumer = packIntoConsumer();
});
afterAll(() => consumer?.cleanup());

describe("the tarball", () => {
  it("holds only the built package, the bin launcher, README, LICENSE and package.json", () => {
    const outside = consumer.files.filter(
      (file) => !file.startsWith("dist/") && !file.startsWith("docs/") && !["package.json", "README.md", "README.zh-CN.md", "LICENSE", "CHANGELOG.md", "bin/zfxxgk.js"].includes(file),
    );
    expect(outside).toEqual([]);
    expect(consumer.files).toContain("bin/zfxxgk.js");
    expect(consumer.files).toContain("dist/index.js");
    expect(consumer.files).toContain("dist/index.cjs");
    expect(consumer.files).toContain("dist/index.d.ts");
    expect(consumer.files).toContain("dist/index.d.cts");
    expect(consumer.files).toContain("dist/json-schema/report.strict.json");
    expect(consumer.files.filter((file) => file.startsWith("dist/json-schema/"))).toHaveLength(6);
  });

  it("ships the JSON Schema files exactly as the generator writes them", () => {
    for (const file of jsonSchemaFiles()) {
      expect(readFileSync(join(consumer.packageDir, "dist", file.path), "utf8"), file.path).toBe(file.content);
    }
  });
});

describe("runtime: ESM import and CJS require in a child node process", () => {
  const expected = {
    success: true,
    total: 715,
    strict: true,
    bad: 'report format: must be "2019" or "2021", got "2022"',
    schemaId: "https://unpkg.com/zfxxgk/dist/json-schema/report.strict.json",
    version: expect.any(String),
  };

  it("import", async () => {
    writeFileSync(
      join(consumer.dir, "esm.mjs"),
      `import { readFileSync } from "node:fs";
import { parseReport, Report2021 } from "zfxxgk";
import schema from "zfxxgk/json-schema/report.strict.json" with { type: "json" };
import manifest from "zfxxgk/package.json" with { type: "json" };
const seed = JSON.parse(readFileSync("seed-004.json", "utf8"));
const result = parseReport(seed);
const bad = parseReport({ ...seed, format: "2022" }, { lang: "en" });
console.log(JSON.stringify({ success: result.success, total: result.data?.applications.received.total, strict: Report2021.safeParse(seed).success, bad: bad.error.issues[0].message, schemaId: schema.$id, version: manifest.version }));
`,
    );
    const { stdout } = await run(process.execPath, ["esm.mjs"], { cwd: consumer.dir });
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it("require", async () => {
    writeFileSync(
      join(consumer.dir, "cjs.cjs"),
      `const { readFileSync } = require("node:fs");
const { parseReport, Report2021 } = require("zfxxgk");
const schema = require("zfxxgk/json-schema/report.strict.json");
const manifest = require("zfxxgk/package.json");
const seed = JSON.parse(readFileSync("seed-004.json", "utf8"));
const result = parseReport(seed);
const bad = parseReport({ ...seed, format: "2022" }, { lang: "en" });
console.log(JSON.stringify({ success: result.success, total: result.data?.applications.received.total, strict: Report2021.safeParse(seed).success, bad: bad.error.issues[0].message, schemaId: schema.$id, version: manifest.version }));
`,
    );
    const { stdout } = await run(process.execPath, ["cjs.cjs"], { cwd: consumer.dir });
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it("ESM and CJS share one registry of labels per format", async () => {
    writeFileSync(
      join(consumer.dir, "labels.mjs"),
      `import { describeCell } from "zfxxgk";
import { createRequire } from "node:module";
const cjs = createRequire(import.meta.url)("zfxxgk");
const pointer = "/applications/outcomes/otherHandling/unpaidFee/total";
console.log(JSON.stringify([describeCell("2021", pointer)?.title, cjs.describeCell("2021", pointer)?.title]));
`,
    );
    const { stdout } = await run(process.execPath, ["labels.mjs"], { cwd: consumer.dir });
    const title = "三、本年度办理结果 / （六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 · 总计";
    expect(JSON.parse(stdout)).toEqual([title, title]);
  });
});

describe("types: a consumer project with skipLibCheck false", () => {
  const consumerSource = `import * as z from "zod";
import {
  cellsOf,
  describeCell,
  LenientReport,
  LenientReport2019,
  parseReport,
  Report,
  Report2019,
  Report2021,
  type ReportIssue,
} from "zfxxgk";

declare const input: unknown;

const result = Report.safeParse(input);
if (result.success) {
  const report: Report = result.data;
  if (report.format === "2019") {
    const unit: "元" | "万元" = report.proactive.procurement.amount.unit;
    void unit;
  } else {
    const unpaid: number = report.applications.outcomes.otherHandling.unpaidFee.total;
    void unpaid;
  }
}

const lenient = LenientReport2019.parse(input);
const blank: number | null = lenient.applications.received.naturalPerson;
const parsed = parseReport(input, { lenient: true, lang: "en" });
const issues: readonly ReportIssue[] = parsed.success ? [] : parsed.error.issues;
const union: LenientReport | undefined = parsed.data;
const strict: Report2019 | undefined = Report2019.safeParse(input).data;
const same: z.infer<typeof Report2021> extends Report2021 ? true : false = true;
const pointers: string[] = cellsOf("2021").map((cell) => cell.pointer);
const title: string | undefined = describeCell("2019", "/proactive/procurement/amount")?.title;
// @ts-expect-error the 2021 format has no 政府集中采购 row
type NoProcurement = Report2021["proactive"]["procurement"];

export { blank, issues, pointers, same, strict, title, union };
export type { NoProcurement };
`;
  const cjsSource = `import { parseReport, Report2021 } from "zfxxgk";
const ok: boolean = parseReport(null).success;
export const schema: typeof Report2021 = Report2021;
export { ok };
`;
  // zod's own declarations name `URL`, so a consumer needs the DOM lib or @types/node; DOM keeps the check free of node types.
  const common = { strict: true, skipLibCheck: false, noEmit: true, types: [], target: "es2022", lib: ["es2022", "dom"] };
  const configs = {
    node16: { compilerOptions: { ...common, module: "node16", moduleResolution: "node16" }, files: ["index.ts", "require.cts"] },
    bundler: { compilerOptions: { ...common, module: "esnext", moduleResolution: "bundler" }, files: ["index.ts"] },
    // node10 ignores `exports`: the subpaths' types come from `typesVersions`.
    node10: { compilerOptions: { ...common, module: "commonjs", moduleResolution: "node10", esModuleInterop: true }, files: ["node10.ts"] },
  };
  const node10Source = `import { check } from "zfxxgk";
import { buildReport } from "zfxxgk/fixtures";
export const findings: number = check(buildReport({ format: "2019" })).length;
`;

  beforeAll(() => {
    writeFileSync(join(consumer.dir, "index.ts"), consumerSource);
    writeFileSync(join(consumer.dir, "require.cts"), cjsSource);
    writeFileSync(join(consumer.dir, "node10.ts"), node10Source);
    for (const [name, config] of Object.entries(configs)) writeFileSync(join(consumer.dir, `tsconfig.${name}.json`), JSON.stringify(config));
  });

  for (const name of Object.keys(configs)) {
    it(`type-checks under moduleResolution ${name}`, async () => {
      const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
      const outcome = await run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], { cwd: consumer.dir }).then(
        () => "",
        (error: { stdout?: string }) => error.stdout ?? String(error),
      );
      expect(outcome).toBe("");
    }, 240_000); // a cold tsc over zod's declarations; slow on a loaded machine
  }

  it("the type check can fail (a wrong type in the consumer is reported)", async () => {
    writeFileSync(join(consumer.dir, "broken.ts"), `import { Report2021 } from "zfxxgk";\nexport const n: string = Report2021.parse(null).year;\n`);
    writeFileSync(join(consumer.dir, "tsconfig.broken.json"), JSON.stringify({ ...configs.bundler, files: ["broken.ts"] }));
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    const outcome = await run(process.execPath, [tsc, "-p", "tsconfig.broken.json"], { cwd: consumer.dir }).then(
      () => "",
      (error: { stdout?: string }) => error.stdout ?? "",
    );
    expect(outcome).toContain("error TS2322");
  });
});

describe("package lint", () => {
  it("publint: no errors or warnings (entries not built yet are listed, not failed)", async () => {
    const { missing } = builtEntrypoints(consumer);
    const manifest = JSON.parse(readFileSync(join(consumer.packageDir, "package.json"), "utf8"));
    const { messages } = await publint({ pkgDir: consumer.packageDir, level: "warning", pack: false });
    const notBuilt = (path: string[]) =>
      (path[0] === "exports" && missing.includes(path[1] ?? "")) ||
      (path[0] === "bin" && !existsSync(join(consumer.packageDir, String(manifest.bin?.[path[1] ?? ""] ?? ""))));
    const skipped = messages.filter((message) => message.code === "FILE_DOES_NOT_EXIST" && notBuilt(message.path));
    if (skipped.length) console.log(`publint: skipped ${skipped.length} message(s) of entries not built yet: ${skipped.map((message) => message.path.join(".")).join(", ")}`);
    const problems = messages.filter((message) => !skipped.includes(message)).map((message) => formatMessage(message, manifest, { color: false }));
    expect(problems).toEqual([]);
  });

  it("attw --profile node16: no problems for the built entrypoints", async () => {
    const { built: all, missing } = builtEntrypoints(consumer);
    if (missing.length) console.log(`attw: not checking entries not built yet: ${missing.join(", ")}`);
    // JavaScript entrypoints only (JSON files and package.json carry no types to check).
    const built = all.filter((subpath) => !subpath.endsWith(".json") && !subpath.includes("*"));
    const pkg = createPackageFromTarballData(new Uint8Array(readFileSync(consumer.tarball)));
    const analysis = await checkPackage(pkg, { entrypoints: built });
    expect(analysis.types).not.toBe(false);
    if (analysis.types === false) return;
    expect(Object.keys(analysis.entrypoints)).toEqual(built);
    // The node16 profile ignores the legacy node10 resolution, as `attw --profile node16` does.
    const problems = analysis.problems.filter((problem) => !("resolutionKind" in problem && problem.resolutionKind === "node10"));
    expect(problems).toEqual([]);
  });
});

describe("bundle size and tree-shaking (esbuild, minified ESM, platform neutral)", () => {
  const cases = {
    "type-only": `import type { Report } from "zfxxgk";\nexport type Checked = Report;\n`,
    "Report2021.safeParse": `import { Report2021 } from "zfxxgk";\nexport const valid = (input: unknown) => Report2021.safeParse(input).success;\n`,
    "whole index": `export * from "zfxxgk";\n`,
  } as const;
  type Case = keyof typeof cases;
  const outputs = {} as Record<Case, { external: string; bundled: string }>;

  beforeAll(async () => {
    const build = async (contents: string, zodExternal: boolean) => {
      const result = await esbuild.build({
        stdin: { contents, resolveDir: consumer.dir, loader: "ts", sourcefile: "entry.ts" },
        bundle: true,
        minify: true,
        format: "esm",
        platform: "neutral",
        external: zodExternal ? ["zod"] : [],
        write: false,
        charset: "utf8", // labels stay readable (and 3 bytes per character, not a 6-byte \\uXXXX escape)
        logLevel: "silent",
      });
      return result.outputFiles[0]?.text ?? "";
    };
    for (const [name, contents] of Object.entries(cases) as [Case, string][]) {
      outputs[name] = { external: await build(contents, true), bundled: await build(contents, false) };
    }
    const bytes = (text: string) => Buffer.byteLength(text, "utf8");
    console.log(
      "bundle sizes (bytes of UTF-8, esbuild bundle+minify, format esm, platform neutral, charset utf8, not gzipped):\n" +
        Object.entries(outputs)
          .map(([name, output]) => `  ${name.padEnd(22)} zod external ${String(bytes(output.external)).padStart(8)}   zod bundled ${String(bytes(output.bundled)).padStart(8)}`)
          .join("\n"),
    );
  });

  it("a type-only import is empty", () => {
    expect(outputs["type-only"].external.trim()).toBe("");
    expect(outputs["type-only"].bundled.trim()).toBe("");
  });

  // Markers: strings that live only in one module. Report2021 legitimately
  // includes the shared modules (labels, registry, cells, messages, 三 and 四).
  const MARKERS = {
    parse: "too_many_issues", // src/schema/parse.ts (parseReport)
    // The report titles of both formats share one object (src/layout/labels.ts REPORT_TITLES), so the
    // 2019 marker is a column label only the 2019 section 二 prints (本年新制作数量, key `made`).
    format2019: "本年新制作数量",
    format2021: "政府信息公开工作年度报告（2021 格式）", // src/schema/format-2021/report.ts
  };
  const markersIn = (code: string) =>
    Object.fromEntries(Object.entries(MARKERS).map(([name, marker]) => [name, code.includes(marker)])) as Record<keyof typeof MARKERS, boolean>;

  it("Report2021 alone carries the 2021 format and none of parseReport or the 2019 format", () => {
    const { external, bundled } = outputs["Report2021.safeParse"];
    for (const code of [external, bundled]) {
      expect(markersIn(code)).toEqual({ parse: false, format2019: false, format2021: true });
      expect(code.includes("本年收费金额（单位：万元）")).toBe(true);
    }
  });

  it("the markers are real: the whole index contains them", () => {
    expect(markersIn(outputs["whole index"].external)).toEqual({ parse: true, format2019: true, format2021: true });
    expect(markersIn(outputs["whole index"].bundled)).toEqual({ parse: true, format2019: true, format2021: true });
  });

  it("zod external means no zod code; bundled means zod code", () => {
    for (const name of ["Report2021.safeParse", "whole index"] as const) {
      expect(/from"zod"/.test(outputs[name].external), `${name}: imports zod`).toBe(true);
      expect(outputs[name].external.includes("$ZodObject"), `${name}: no zod code`).toBe(false);
      expect(/from"zod"/.test(outputs[name].bundled), `${name}: no zod import`).toBe(false);
      expect(outputs[name].bundled.includes("$ZodObject"), `${name}: zod code`).toBe(true);
    }
    expect(outputs["Report2021.safeParse"].external.length).toBeLessThan(outputs["whole index"].external.length);
  });
});
