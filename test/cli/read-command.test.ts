// zfxxgk read and the published-report loaders of check, run in-process.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { capture, root } from "./helpers.js";

const folder = mkdtempSync(join(tmpdir(), "zfxxgk-read-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
copyFileSync(join(root, "examples/published/shuyang-fgj-2023.html"), join(folder, "shuyang.html"));
copyFileSync(join(root, "examples/published/seed-004-lanshan-2023.lines.txt"), join(folder, "lanshan.txt"));
copyFileSync(join(root, "examples/reports/004.json"), join(folder, "004.json"));


describe("zfxxgk read", () => {
  it("prints the canonical report of one page as JSON, and its notes on stderr", async () => {
    const { io, out } = capture();
    const status = await run(["read", join(folder, "shuyang.html"), "--lang", "en"], io);
    expect(status).toBe(0);
    const report = JSON.parse(out.stdout) as { agency: string; applications: { received: { naturalPerson: number; commercialEnterprise: null } } };
    expect(report.agency).toBe("沭阳县发展和改革局");
    expect(report.applications.received).toMatchObject({ naturalPerson: 26, commercialEnterprise: null });
    expect(out.stderr).toContain("meta-read");
  });

  it("--provenance and --csv: one row per report, every cell a column named by its pointer, blanks empty", async () => {
    const { io, out } = capture();
    const csv = join(folder, "out.csv");
    const status = await run(["read", join(folder, "shuyang.html"), join(folder, "lanshan.txt"), "--provenance", "--csv", csv], io);
    expect(status).toBe(0);
    const printed = JSON.parse(out.stdout) as { file: string; provenance: Record<string, { kind: string }> }[];
    expect(printed.map((item) => item.provenance["/applications/received/naturalPerson"]?.kind)).toEqual(["html", "text"]);
    const [header, ...rows] = readFileSync(csv, "utf8").trim().split("\n").map((line) => line.split(","));
    expect(header?.slice(0, 4)).toEqual(["file", "format", "year", "agency"]);
    expect(header?.slice(-2)).toEqual(["reader_notes", "error_findings"]);
    expect(rows).toHaveLength(2);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    expect(rows[0]?.[column("/applications/received/naturalPerson")]).toBe("26");
    expect(rows[0]?.[column("/applications/received/commercialEnterprise")]).toBe("");
    expect(rows[0]?.[column("year")]).toBe("2023");
  });

  it("check reads a folder of HTML, text and JSON, each with its loader", async () => {
    const { io, out } = capture();
    await run(["check", folder, "--json", "--lang", "en"], io);
    const lines = out.stdout.trim().split("\n").map((line) => JSON.parse(line) as { file?: string; input?: string; error?: unknown });
    const inputs = Object.fromEntries(lines.filter((line) => line.file).map((line) => [line.file?.slice(folder.length + 1), [line.input, line.error]]));
    expect(inputs["shuyang.html"]).toEqual(["html", null]);
    expect(inputs["lanshan.txt"]).toEqual(["text", null]);
    expect(inputs["004.json"]).toEqual(["report", null]);
  });

  it("an unreadable page is an input error (exit 2), named on stderr", async () => {
    writeFileSync(join(folder, "empty.html"), "<p>nothing here</p>");
    const { io, out } = capture();
    const status = await run(["read", join(folder, "empty.html"), "--lang", "en"], io);
    expect(status).toBe(2);
    expect(out.stderr).toContain("No statistical table");
  });
});
