/**
 * Reading published pages: pages/s of fromHtml (and fromText when present) beside
 * fromLabeledTables, and milliseconds per read of the real 111 KB Word-ish page and of a
 * 370 KB Word export (a seed rendered with Word's per-element styles, like 平潭 2023).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fromLabeledTables } from "../dist/index.js";
import * as read from "../dist/read/index.js";
import { renderReportHtml } from "../test/read/render-html.js";
import { throughput } from "./throughput.js";

const ROOT = join(import.meta.dirname, "..");

/** A Word export of about `target` characters: Word's styles on every cell and paragraph. */
export function wordExport(report: Record<string, unknown>, target = 370_000): string {
  const td = 'style="padding: 0px 4px; border-color: currentcolor windowtext windowtext; border-style: none solid solid; border-width: medium 1px 1px;" width="162" valign="center"';
  const p = 'style="margin-top:0;margin-right:0;margin-bottom:0;margin-left:0;text-autospace:ideograph-numeric;text-align:justify;text-justify:inter-ideograph;line-height:37px"';
  let html = renderReportHtml(report, { word: true }).replace(/<td /gu, `<td ${td} `).replace(/<p class="MsoNormal"/gu, `<p class="MsoNormal" ${p}`);
  const prose = `<p class="MsoNormal" ${p}><span style="font-family:仿宋_GB2312;letter-spacing:0;font-size:19px"><span style="font-family:仿宋_GB2312">本机关认真贯彻落实政府信息公开条例，主动公开政府信息。</span></span></p>\n`;
  while (html.length < target) html = html.replace("<p>五、", `${prose}<p>五、`);
  return html;
}

export function readRows(): [string, string, number][] {
  const rows: [string, string, number][] = [];
  const seeds = readdirSync(join(ROOT, "test/fixtures/seeds"))
    .filter((name) => name.endsWith(".json"))
    .map((name) => JSON.parse(readFileSync(join(ROOT, "test/fixtures/seeds", name), "utf8")) as Record<string, unknown>);
  const labeled = readdirSync(join(ROOT, "examples/labeled")).map((name) => JSON.parse(readFileSync(join(ROOT, "examples/labeled", name), "utf8")));
  const pages = seeds.map((report) => renderReportHtml(report));
  const shuyang = readFileSync(join(ROOT, "examples/published/shuyang-fgj-2023.html"), "utf8");
  const big = wordExport(seeds[seeds.length - 1] as Record<string, unknown>);
  rows.push(["examples/labeled (5)", "fromLabeledTables", throughput(labeled, (input) => void fromLabeledTables(input as never))]);
  rows.push(["seeds as HTML tables (4)", "fromHtml", throughput(pages, (input) => void read.fromHtml(input as string))]);
  rows.push(["shuyang page (111 KB)", "fromHtml", throughput([shuyang], (input) => void read.fromHtml(input as string))]);
  rows.push([`Word export (${Math.round(big.length / 1000)} K chars)`, "fromHtml", throughput([big], (input) => void read.fromHtml(input as string))]);
  const fromText = (read as { fromText?: (text: string) => unknown }).fromText;
  if (typeof fromText === "function") {
    const texts = readdirSync(join(ROOT, "examples/published")).filter((name) => name.endsWith(".txt")).map((name) => readFileSync(join(ROOT, "examples/published", name), "utf8"));
    if (texts.length > 0) rows.push([`published text (${texts.length})`, "fromText", throughput(texts, (input) => void fromText(input as string))]);
  }
  return rows;
}
