import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check } from "../../src/index.js";
import { renderDocument } from "../../src/view/document.js";
import { cellId, escapeHtml, renderReport } from "../../src/view/render.js";

const report003 = JSON.parse(readFileSync(new URL("../../examples/reports/003.json", import.meta.url), "utf8"));
const report004 = JSON.parse(readFileSync(new URL("../../examples/reports/004.json", import.meta.url), "utf8"));

function cellTag(html: string, index: number, pointer: string): string {
  const match = new RegExp(`<td id="${cellId(index, pointer).replace(/\./gu, "\\.")}"[^>]*>[^<]*`, "u").exec(html);
  if (!match) throw new Error(`no cell ${pointer}`);
  return match[0];
}

describe("report view", () => {
  const findings = check(report003);
  const html = renderReport({ name: "003.json", report: report003, findings }, 0, "zh");

  it("marks the four cells of the failing t3.balance relation strongly and the derivation parts lightly", () => {
    for (const pointer of ["/applications/received/naturalPerson", "/applications/carriedForward/naturalPerson", "/applications/outcomes/total/naturalPerson"]) {
      expect(cellTag(html, 0, pointer)).toContain("f-error");
    }
    expect(cellTag(html, 0, "/applications/outcomes/disclosed/naturalPerson")).toContain("in-error");
    expect(cellTag(html, 0, "/applications/outcomes/disclosed/naturalPerson")).not.toContain("f-error");
  });

  it("tells blanks from zeros and puts label, value and relations in the cell's title", () => {
    const blank = cellTag(html, 0, "/applications/outcomes/total/naturalPerson");
    expect(blank).toContain("blank");
    expect(blank).toContain("（七）总计 · 自然人");
    expect(blank).toContain("空白（未填）");
    expect(cellTag(html, 0, "/applications/carriedOver/naturalPerson")).toContain("zero");
  });

  it("links each finding to its cells and groups findings by rule", () => {
    expect(html).toContain(`href="#${cellId(0, "/applications/received/naturalPerson")}"`);
    const rulesOf = (decided: boolean) => new Set(findings.filter((finding) => (finding.assessable !== false) === decided).map((finding) => finding.ruleId)).size;
    expect(html.match(/<section class="rule">/gu)?.length).toBe(rulesOf(true) + rulesOf(false));
    // Relations left open by blanks are folded away below the decided findings.
    expect(html.indexOf('<details class="undecided">')).toBeGreaterThan(html.indexOf("t3.balance"));
  });

  it("renders the 2021 layout with its three （六） sub-rows and the English labels on request", () => {
    const english = renderReport({ name: "004.json", report: report004, findings: check(report004, { lang: "en" }) }, 1, "en");
    expect(english).toContain("Applications received and handled");
    expect(cellTag(english, 1, "/applications/outcomes/otherHandling/unpaidFee/total")).toMatch(new RegExp(`>${report004.applications.outcomes.otherHandling.unpaidFee.total}$`, "u"));
    expect(cellTag(english, 1, "/applications/received/total")).toMatch(new RegExp(`>${report004.applications.received.total}$`, "u"));
  });

  it("escapes everything it prints", () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)">'&`)).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;");
    const hostile = renderReport({ name: "<script>alert(1)</script>", report: { ...report004, agency: "<b>x</b>" }, findings: [] }, 0, "zh");
    expect(hostile).not.toContain("<script>");
    expect(hostile).not.toContain("<b>x</b>");
  });

  it("writes a self-contained document with no script and no external reference", () => {
    const document = renderDocument([{ name: "003.json", report: report003, findings }], "zh");
    expect(document).not.toMatch(/<script|<link|src=/u);
    expect(document).toContain("t3.balance");
  });
});

describe("zfxxgk check --html", () => {
  it("writes one self-contained HTML file with every checked report, its marked cells and the suggestion", async () => {
    const { mkdtempSync, readFileSync: read } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { execFileSync } = await import("node:child_process");
    const out = join(mkdtempSync(join(tmpdir(), "zfxxgk-html-")), "results.html");
    const root = new URL("../..", import.meta.url).pathname;
    let status = 0;
    try {
      execFileSync(process.execPath, [join(root, "dist/cli/main.js"), "check", "examples/reports/003.json", "examples/reports/004.json", "--html", out], { cwd: root, stdio: "pipe" });
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status).toBe(1);
    const html = read(out, "utf8");
    expect(html).not.toMatch(/<script|<link|src=/u);
    expect(html.match(/<article class="report"/gu)).toHaveLength(2);
    expect(cellTag(html, 0, "/applications/outcomes/total/naturalPerson")).toContain("f-error");
    expect(html).toContain("可能有误：");
  });
});
