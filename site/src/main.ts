/**
 * The page: drop or paste a report, see its tables as printed with the cells
 * that do not add up marked, the findings, and download the results.
 * Everything runs in this browser tab; nothing is sent anywhere.
 */
import { escapeHtml, renderLegend, renderReport } from "../../src/view/render.js";
import { VIEW_CSS } from "../../src/view/style.js";
import type { ViewLang } from "../../src/view/text.js";
import { type Analysed, analyse, findingsCsv, migrateOther, seriesOf } from "./engine.js";
import { PAGE_TEXT } from "./page-text.js";
import "./page.css";

const examples = import.meta.glob("../../examples/{reports,labeled,series,published}/*.{json,html,txt,pdf}", {
  eager: true,
  query: "?url",
  import: "default",
}) as Record<string, string>;

let lang: ViewLang = "zh";
let current: { name: string; items: Analysed[] }[] = [];
let lastInputs: { name: string; bytes: Uint8Array }[] = [];

const $ = <Element extends HTMLElement>(selector: string) => document.querySelector(selector) as Element;

function injectStyle(): void {
  const style = document.createElement("style");
  style.textContent = VIEW_CSS;
  document.head.append(style);
}

function applyLanguage(): void {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  const words = PAGE_TEXT[lang];
  for (const element of document.querySelectorAll<HTMLElement>("[data-t]")) {
    const key = element.dataset.t as keyof typeof words;
    const value = words[key];
    if (typeof value === "string") element.textContent = value;
  }
  for (const element of document.querySelectorAll<HTMLElement>("[data-t-aria]")) {
    const key = element.dataset.tAria as keyof typeof words;
    const value = words[key];
    if (typeof value === "string") element.setAttribute("aria-label", value);
  }
  document.title = `${words.title} · zfxxgk`;
  $("#lang-zh").setAttribute("aria-pressed", String(lang === "zh"));
  $("#lang-en").setAttribute("aria-pressed", String(lang === "en"));
}

function status(text: string, kind: "info" | "error" = "info"): void {
  const element = $("#status");
  element.textContent = text;
  element.className = `status ${kind}`;
}

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function baseName(name: string): string {
  return name.replace(/\.[^.]*$/u, "").replace(/[^\w\u4e00-\u9fff.-]+/gu, "_") || "report";
}

function toolbar(index: number, item: Analysed): string {
  const words = PAGE_TEXT[lang];
  if (!item.report) return "";
  return `<div class="toolbar" data-index="${index}">
    <button type="button" data-action="json">${escapeHtml(words.downloadJson)}</button>
    <button type="button" data-action="findings-json">${escapeHtml(words.downloadFindingsJson)}</button>
    <button type="button" data-action="findings-csv">${escapeHtml(words.downloadFindingsCsv)}</button>
    <button type="button" data-action="migrate">${escapeHtml(item.report.format === "2019" ? words.migrateTo2021 : words.migrateTo2019)}</button>
  </div><div class="migration" id="migration-${index}"></div>`;
}

function flat(): Analysed[] {
  return current.flatMap((entry) => entry.items);
}

function render(): void {
  const items = flat();
  const words = PAGE_TEXT[lang];
  const results = $("#results");
  results.innerHTML =
    (items.length > 0 ? renderLegend(lang) : "") +
    items
      .map((item, index) => renderReport(item.view, index, lang).replace(/<\/h3>/u, `</h3>${toolbar(index, item)}`))
      .join("");
  const series = seriesOf(items, lang);
  const seriesElement = $("#series");
  if (series) {
    const years = series.indexes.map((index) => String(items[index]?.report?.year)).join(" → ");
    const list = series.findings.length
      ? `<ul>${series.findings
          .map((finding) => {
            const kind = finding.assessable === false ? "undecided" : finding.severity;
            return `<li class="f-${kind}"><code>${escapeHtml(finding.ruleId)}</code> ${escapeHtml(finding.message)}</li>`;
          })
          .join("")}</ul>`
      : `<p class="clean">${escapeHtml(words.seriesClean)}</p>`;
    seriesElement.innerHTML = `<article class="report series"><h3>${escapeHtml(words.seriesTitle)}：${escapeHtml(years)}</h3>${list}</article>`;
  } else seriesElement.innerHTML = "";
  const errors = items.reduce((sum, item) => sum + item.view.findings.filter((f) => f.severity === "error" && f.assessable !== false).length, 0);
  const unread = items.filter((item) => !item.report).length;
  status(words.done(items.length, errors, unread), errors > 0 || unread > 0 ? "error" : "info");
}

async function run(inputs: { name: string; bytes: Uint8Array }[]): Promise<void> {
  lastInputs = inputs;
  status(PAGE_TEXT[lang].working);
  const started = performance.now();
  current = [];
  for (const input of inputs) {
    try {
      current.push({ name: input.name, items: await analyse(input.name, input.bytes, lang) });
    } catch (error) {
      current.push({
        name: input.name,
        items: [{ view: { name: input.name, report: null, findings: [], problem: `${PAGE_TEXT[lang].crashed} ${error instanceof Error ? error.message : String(error)}` }, report: null }],
      });
    }
  }
  render();
  document.body.dataset.firstFindingsMs = String(Math.round(performance.now() - started));
  document.body.dataset.ready = "true";
}

async function filesToInputs(files: FileList | File[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  return Promise.all([...files].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

function onAction(event: Event): void {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-action]");
  if (!button) return;
  const index = Number(button.closest<HTMLElement>(".toolbar")?.dataset.index);
  const item = flat()[index];
  if (!item?.report) return;
  const name = baseName(item.view.name);
  switch (button.dataset.action) {
    case "json":
      download(`${name}.json`, "application/json", `${JSON.stringify(item.report, null, 2)}\n`);
      break;
    case "findings-json":
      download(`${name}.findings.json`, "application/json", `${JSON.stringify(item.view.findings, null, 2)}\n`);
      break;
    case "findings-csv":
      download(`${name}.findings.csv`, "text/csv", findingsCsv(item.view.findings.map((finding) => ({ name: item.view.name, finding }))));
      break;
    case "migrate": {
      const migrated = migrateOther(item.report);
      const target = $(`#migration-${index}`);
      if (!migrated) {
        target.textContent = PAGE_TEXT[lang].migrateFailed;
        return;
      }
      const words = PAGE_TEXT[lang];
      target.innerHTML = `<details open><summary>${escapeHtml(words.ledger(migrated.losses.length))}</summary><ul>${migrated.losses
        .map((loss) => `<li><code>${escapeHtml(loss.pointer)}</code> ${escapeHtml(loss.message[lang])}</li>`)
        .join("")}</ul></details><button type="button" class="migrated-download">${escapeHtml(words.downloadMigrated)}</button>`;
      target.querySelector("button")?.addEventListener("click", () => {
        download(`${name}.${item.report?.format === "2019" ? "2021" : "2019"}.json`, "application/json", `${JSON.stringify(migrated.report, null, 2)}\n`);
      });
      break;
    }
  }
}

function showCell(target: EventTarget | null): void {
  const cell = (target as HTMLElement | null)?.closest?.<HTMLElement>("td.v");
  const info = $("#cell-info");
  if (!cell) return;
  info.hidden = false;
  info.textContent = cell.getAttribute("title") ?? "";
}

function setup(): void {
  injectStyle();
  applyLanguage();
  const drop = $("#drop");
  const file = $<HTMLInputElement>("#file");
  drop.addEventListener("click", (event) => {
    if (event.target !== file) file.click();
  });
  drop.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      file.click();
    }
  });
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    const files = event.dataTransfer?.files;
    if (files && files.length > 0) void filesToInputs(files).then(run);
  });
  file.addEventListener("change", () => {
    if (file.files && file.files.length > 0) void filesToInputs(file.files).then(run);
  });
  $("#paste-go").addEventListener("click", () => {
    const text = $<HTMLTextAreaElement>("#paste").value;
    void run([{ name: PAGE_TEXT[lang].pasted, bytes: new TextEncoder().encode(text) }]);
  });
  const buttons = $("#example-buttons");
  for (const [path, url] of Object.entries(examples).sort()) {
    const button = document.createElement("button");
    button.type = "button";
    const name = path.split("/").slice(-2).join("/");
    button.textContent = name;
    button.addEventListener("click", async () => {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      await run([{ name, bytes }]);
    });
    buttons.append(button);
  }
  $("#lang-zh").addEventListener("click", () => switchLanguage("zh"));
  $("#lang-en").addEventListener("click", () => switchLanguage("en"));
  const results = $("#results");
  results.addEventListener("click", (event) => {
    onAction(event);
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>("a[data-pointer]");
    if (link) {
      event.preventDefault();
      const cell = document.getElementById(link.hash.slice(1));
      cell?.focus();
      cell?.scrollIntoView({ block: "center" });
    }
  });
  results.addEventListener("focusin", (event) => showCell(event.target));
  results.addEventListener("mouseover", (event) => showCell(event.target));
  window.addEventListener("error", (event) => status(`${PAGE_TEXT[lang].crashed} ${event.message}`, "error"));
  window.addEventListener("unhandledrejection", (event) => status(`${PAGE_TEXT[lang].crashed} ${String(event.reason)}`, "error"));
  document.body.dataset.ready = "true";
}

function switchLanguage(next: ViewLang): void {
  lang = next;
  applyLanguage();
  if (lastInputs.length > 0) void run(lastInputs);
}

setup();
