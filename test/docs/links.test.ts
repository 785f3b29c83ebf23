/**
 * Links in the docs and the TSDoc point at something that exists: every relative Markdown link of
 * README*.md and docs/*.md names a file of the repository (and an anchor of it, when it has one),
 * and every `{@link Name}` in src/ names a declaration of src/.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect, it } from "vitest";
import { docPages, ROOT } from "./support.js";

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

it("every relative link of the docs names an existing file and heading", () => {
  const broken: string[] = [];
  for (const page of docPages()) {
    const text = readFileSync(join(ROOT, page), "utf8").replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
    for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const link = match[1] as string;
      if (/^[a-z]+:/.test(link)) continue;
      const [path, hash] = link.split("#") as [string, string | undefined];
      const file = path === "" ? join(ROOT, page) : join(ROOT, dirname(page), path);
      if (!existsSync(file)) {
        broken.push(`${page}: ${link}`);
        continue;
      }
      if (hash && file.endsWith(".md")) {
        const headings = [...readFileSync(file, "utf8").matchAll(/^#{1,6} (.+)$/gm)].map((heading) => anchor(heading[1] as string));
        if (!headings.includes(hash)) broken.push(`${page}: ${link} (no such heading)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(folder, entry.name)) : entry.name.endsWith(".ts") ? [join(folder, entry.name)] : [],
  );
}

it("every {@link Name} in src/ names a declaration of src/", () => {
  const files = sources(join(ROOT, "src")).map((file) => ({ file, text: readFileSync(file, "utf8") }));
  const all = files.map((entry) => entry.text).join("\n");
  const declared = (name: string) =>
    new RegExp(`(?:function\\*?|const|let|class|interface|type|enum|namespace)\\s+${name}\\b|\\b${name}\\s*[:(]|\\{[^}]*\\b${name}\\b[^}]*\\}\\s+from`).test(all);
  const missing: string[] = [];
  for (const { file, text } of files) {
    for (const match of text.matchAll(/\{@link(?:code|plain)?\s+([^}\s|]+)/g)) {
      const target = match[1] as string;
      if (/^[a-z]+:/.test(target)) continue;
      const name = target.split(/[.#]/)[0] as string;
      if (!declared(name)) missing.push(`${file.slice(ROOT.length + 1)}: {@link ${target}}`);
    }
  }
  expect(missing).toEqual([]);
});
