/// <reference lib="dom" />
// The web page in a real Chromium (Debian's package, driven by puppeteer-core):
// built page served from 127.0.0.1, example reports dropped in, tables,
// highlights, findings, language switch, downloads, garbage input. Screenshots
// go to .artifacts/site/ (git-ignored).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SITE = join(ROOT, "site/dist");
const ARTIFACTS = join(ROOT, ".artifacts/site");
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((path) => existsSync(path));
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".txt": "text/plain", ".pdf": "application/pdf", ".mjs": "text/javascript", ".wasm": "application/wasm" };

let server: Server;
let browser: Browser;
let base = "";
let transferred = 0;

function serve(): Promise<string> {
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = join(SITE, path.endsWith("/") ? `${path}index.html` : path);
    if (!file.startsWith(SITE) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    transferred += body.length;
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)));
}

async function open(): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1366, height: 768 });
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(base, { waitUntil: "load" });
  await page.waitForSelector("body[data-ready=true]");
  (page as Page & { requests?: string[] }).requests = requests;
  return page;
}

async function drop(page: Page, ...files: string[]): Promise<void> {
  await page.evaluate(() => document.body.removeAttribute("data-ready"));
  const input = await page.$("#file");
  await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(...files.map((file) => resolve(ROOT, file)));
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
}

const cellText = (page: Page, pointer: string) =>
  page.$eval(`td[data-pointer="${pointer}"]`, (cell) => ({ text: cell.firstChild?.textContent ?? "", classes: cell.className }));

describe.skipIf(process.env.ZFXXGK_SKIP_BROWSER === "1")("web page in Chromium", () => {
  beforeAll(async () => {
    if (!CHROMIUM) throw new Error("Chromium not found: install Debian's chromium package (apt-get install chromium), or set ZFXXGK_SKIP_BROWSER=1 to skip these tests visibly.");
    if (!existsSync(join(SITE, "index.html"))) throw new Error("site/dist is missing: run `npm run site` first (npm test does).");
    mkdirSync(ARTIFACTS, { recursive: true });
    base = await serve();
    browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--lang=zh-CN"], headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  it("loads with no request to any other host and lists the bundled examples", async () => {
    transferred = 0;
    const page = await open();
    const requests = (page as Page & { requests?: string[] }).requests ?? [];
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(base) && !url.startsWith("data:") && !url.startsWith("blob:"))).toEqual([]);
    expect(await page.$$eval("#example-buttons button", (buttons) => buttons.map((button) => button.textContent))).toContain("reports/003.json");
    console.log(`site: first load transferred ${transferred} bytes`);
    expect(transferred).toBeLessThan(1_500_000);
    await page.close();
  });

  it("shows the 临淄区 2019 report as printed, with the failing t3.balance cells marked and blanks distinct from zeros", async () => {
    const page = await open();
    await drop(page, "examples/reports/003.json");
    console.log(`site: first findings after ${await page.evaluate(() => document.body.dataset.firstFindingsMs)} ms`);
    expect(await cellText(page, "/applications/received/naturalPerson")).toMatchObject({ text: "35" });
    const total = await cellText(page, "/applications/outcomes/total/naturalPerson");
    expect(total.text).toBe("");
    expect(total.classes).toContain("blank");
    expect(total.classes).toContain("f-error");
    expect((await cellText(page, "/applications/carriedOver/naturalPerson")).classes).toContain("zero");
    const findings = await page.$eval(".findings", (element) => element.textContent ?? "");
    expect(findings).toContain("t3.balance");
    expect(findings).toContain("错误");
    expect(await page.$eval("#status", (element) => element.textContent)).toMatch(/错误 2 处/u);
    // locateErrors' first suggestion is shown above the findings and beside the cells it would change.
    expect(await page.$eval(".advice", (element) => element.textContent ?? "")).toMatch(/^可能有误：/u);
    expect(await page.$$eval("td.suggested", (cells) => cells.length)).toBeGreaterThan(0);
    await page.focus(`td[data-pointer="/applications/outcomes/total/naturalPerson"]`);
    expect(await page.$eval("#cell-info", (element) => element.textContent)).toContain("（七）总计");
    await page.screenshot({ path: join(ARTIFACTS, "003-zh.png"), fullPage: false });
    await page.click("#lang-en");
    await page.waitForFunction(() => document.querySelector(".findings")?.textContent?.includes("error"));
    expect(await page.$eval("h1", (element) => element.textContent)).toContain("Check a government");
    expect(await page.$eval(".t3 caption", (element) => element.textContent)).toContain("Applications");
    await page.screenshot({ path: join(ARTIFACTS, "003-en.png"), fullPage: false });
    await page.close();
  });

  it("reads a published HTML page and a PDF through zfxxgk/read, showing how each was read", async () => {
    const page = await open();
    await drop(page, "examples/published/shuyang-fgj-2023.html", "examples/published/hongze-2024.pdf");
    const detected = await page.$$eval(".detected", (elements) => elements.map((element) => element.textContent ?? ""));
    expect(detected[0]).toMatch(/读取方式：网页；格式 2021/u);
    expect(detected[1]).toMatch(/读取方式：PDF；格式 2021/u);
    expect((await page.$eval('#r0-cell\\.applications\\.received\\.naturalPerson', (cell) => cell.firstChild?.textContent ?? ""))).toBe("26");
    await page.screenshot({ path: join(ARTIFACTS, "published-zh.png"), fullPage: false });
    await page.close();
  });

  it("downloads the canonical JSON and the findings as JSON and CSV", async () => {
    const page = await open();
    const folder = mkdtempSync(join(tmpdir(), "zfxxgk-site-"));
    const session = await page.createCDPSession();
    await session.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: folder });
    await drop(page, "examples/reports/004.json");
    await page.click('button[data-action="json"]');
    await page.click('button[data-action="findings-csv"]');
    const deadline = Date.now() + 15_000;
    while (readdirSync(folder).filter((name) => !name.endsWith(".crdownload")).length < 2 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
    const json = JSON.parse(readFileSync(join(folder, "004.json"), "utf8"));
    expect(json).toEqual(JSON.parse(readFileSync(join(ROOT, "examples/reports/004.json"), "utf8")));
    const csv = readFileSync(join(folder, "004.findings.csv"), "utf8").split("\n");
    expect(csv[0]).toBe("file,ruleId,severity,assessable,paths,message");
    expect(csv.some((line) => line.includes("text.overview-length"))).toBe(true);
    await page.close();
  });

  it("checks two years of one organ as a series and migrates with a ledger", async () => {
    const page = await open();
    await drop(page, "examples/series/2020.json", "examples/series/2021.json");
    expect(await page.$eval("#series", (element) => element.textContent ?? "")).toMatch(/2020 → 2021/u);
    await page.click('button[data-action="migrate"]');
    await page.waitForSelector(".migration details");
    expect(await page.$eval(".migration summary", (element) => element.textContent)).toMatch(/转换记录：\d+ 项/u);
    await page.close();
  });

  it("says clearly what is wrong with garbage, an empty file and broken JSON, and never shows a blank page", async () => {
    const page = await open();
    const folder = mkdtempSync(join(tmpdir(), "zfxxgk-junk-"));
    const files = {
      "junk.bin": Buffer.from(Array.from({ length: 5000 }, (_, index) => (index * 7919) % 256)),
      "empty.json": Buffer.alloc(0),
      "broken.json": Buffer.from('{"format": "2021", '),
      "other.json": Buffer.from('{"hello": 1}'),
    };
    for (const [name, content] of Object.entries(files)) await import("node:fs").then((fs) => fs.writeFileSync(join(folder, name), content));
    await drop(page, ...Object.keys(files).map((name) => join(folder, name)));
    const problems = await page.$$eval(".problem", (elements) => elements.map((element) => element.textContent ?? ""));
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/无法识别的文件/u);
    expect(problems.join("\n")).toMatch(/文件为空/u);
    expect(problems.join("\n")).toMatch(/不是有效的 JSON/u);
    expect(problems.join("\n")).toMatch(/JSON 中没有报告/u);
    expect(await page.$eval("#status", (element) => element.className)).toContain("error");
    await page.close();
  });

  it("stays responsive on a 5 MB file", async () => {
    const page = await open();
    const folder = mkdtempSync(join(tmpdir(), "zfxxgk-big-"));
    const report = JSON.parse(readFileSync(join(ROOT, "examples/reports/004.json"), "utf8"));
    report.text = { ...(report.text ?? {}), other: "无。".repeat(1_700_000) };
    const file = join(folder, "big.json");
    await import("node:fs").then((fs) => fs.writeFileSync(file, JSON.stringify(report)));
    expect(statSync(file).size).toBeGreaterThan(5_000_000);
    await drop(page, file);
    expect(await cellText(page, "/applications/received/total")).toMatchObject({ text: "715" });
    await page.close();
  });

  it("is usable with the keyboard: the drop zone is in the tab order, and Enter on it opens the file picker", async () => {
    const page = await open();
    // Record the picker being opened instead of waiting on the browser's own file-chooser dialog,
    // which headless Chromium does not always raise for a scripted click.
    await page.$eval("#file", (input) =>
      input.addEventListener("click", (event) => {
        event.preventDefault();
        document.body.dataset.pickerOpened = "true";
      }),
    );
    expect(await page.$eval("#drop", (element) => element.getAttribute("tabindex"))).toBe("0");
    await page.focus("#drop");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("drop");
    await page.keyboard.press("Enter");
    await page.waitForSelector("body[data-picker-opened=true]", { timeout: 10_000 });
    await page.close();
  });
});
