import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function inputsOf(entry: string): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [`${ROOT}${entry}`],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    external: ["zod", "unpdf"],
    logLevel: "silent",
  });
  const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((imported) => imported.path));
  return [...Object.keys(result.metafile.inputs), ...imports];
}

describe("pdf.js stays in zfxxgk/pdf", () => {
  it("zfxxgk and zfxxgk/read never reach unpdf or pdf.js (esbuild bundle of the sources)", async () => {
    for (const entry of ["src/index.ts", "src/read/index.ts"]) {
      const inputs = await inputsOf(entry);
      expect(inputs.filter((input) => /unpdf|pdfjs|src\/pdf\//u.test(input)), entry).toEqual([]);
    }
  });

  it("zfxxgk/pdf loads unpdf only as an import left to the consumer (optional peer)", async () => {
    const inputs = await inputsOf("src/pdf/index.ts");
    expect(inputs).toContain("unpdf");
    expect(inputs.filter((input) => /node_modules\/(?:unpdf|pdfjs)/u.test(input))).toEqual([]);
  });
});
