/**
 * Benchmark of issue 13: how well `locateErrors` finds corrupted cells, and how fast.
 *
 *   npm run bench                 # all benchmarks, this one last
 *   npx tsx bench/locate.ts 10000 # this one alone (needs dist/: npm run build)
 *
 * Valid reports come from `buildReport` (zfxxgk/fixtures). They are corrupted here by a
 * routine that knows nothing of src/locate: it walks the report JSON for numeric cells and
 * applies a realistic typo (one digit changed, two digits swapped, a neighbouring cell's
 * value, a total left blank and read as 0) or an arbitrary value. Whether a corruption can
 * be identified at all is decided by an oracle built on `check` alone: a cell "explains" the
 * failures when some single new value for it makes every arithmetic finding go away.
 * Prints figures; it is not a timed test.
 */
import { check, locateErrors } from "../dist/index.js";
import { buildReport } from "../dist/fixtures/index.js";

type Json = Record<string, unknown>;
type Format = "2019" | "2021";

// ---------------------------------------------------------------- random
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- cells, from the JSON alone
interface Cell {
  readonly path: string[];
  readonly pointer: string;
  /** The printed table: 二, 三 or 四. */
  readonly table: string;
  readonly total: boolean;
}

const MONEY = new Set(["amountWanYuan", "amount"]);

function numericCells(report: Json): Cell[] {
  const cells: Cell[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (typeof node === "number") {
      const table = path[0] === "proactive" ? "二" : path[0] === "applications" ? "三" : "四";
      const total = path[path.length - 1] === "total" || (path[1] === "outcomes" && path[2] === "total");
      cells.push({ path, pointer: `/${path.join("/")}`, table, total });
      return;
    }
    if (node && typeof node === "object") for (const [key, child] of Object.entries(node)) if (!MONEY.has(key)) walk(child, [...path, key]);
  };
  for (const section of ["proactive", "applications", "reviewAndLitigation"]) walk(report[section], [section]);
  return cells;
}

const get = (report: Json, path: readonly string[]): unknown => path.reduce<unknown>((node, key) => (node as Json)[key], report);
function set(report: Json, path: readonly string[], value: unknown): void {
  (get(report, path.slice(0, -1)) as Json)[path[path.length - 1] as string] = value;
}

/** The values printed beside a cell: previous/next key of its row object, same key in the previous/next row object. */
function neighbours(report: Json, cell: Cell): number[] {
  const out: number[] = [];
  const parent = get(report, cell.path.slice(0, -1)) as Json;
  const keys = Object.keys(parent);
  const at = keys.indexOf(cell.path[cell.path.length - 1] as string);
  for (const key of [keys[at - 1], keys[at + 1]]) if (key !== undefined && typeof parent[key] === "number") out.push(parent[key] as number);
  if (cell.path.length >= 3) {
    const grand = get(report, cell.path.slice(0, -2)) as Json;
    const rows = Object.keys(grand);
    const row = rows.indexOf(cell.path[cell.path.length - 2] as string);
    const column = cell.path[cell.path.length - 1] as string;
    for (const other of [rows[row - 1], rows[row + 1]]) {
      const value = other === undefined ? undefined : (grand[other] as Json | undefined)?.[column];
      if (typeof value === "number") out.push(value);
    }
  }
  return out;
}

type Kind = "digit" | "transposition" | "neighbour" | "blanked-total" | "arbitrary";
const KINDS: readonly Kind[] = ["digit", "transposition", "neighbour", "blanked-total", "arbitrary"];

/** Corrupts one cell; returns the cell, its original value and the kind, or undefined if this draw cannot change it. */
function corrupt(report: Json, cells: readonly Cell[], random: () => number, taken: ReadonlySet<string>): { cell: Cell; original: number; kind: Kind } | undefined {
  const pick = <Item>(items: readonly Item[]) => items[Math.floor(random() * items.length)] as Item;
  let kind = pick(KINDS);
  const pool = kind === "blanked-total" ? cells.filter((cell) => cell.total) : cells;
  const cell = pick(pool.filter((entry) => !taken.has(entry.pointer)));
  if (!cell) return undefined;
  const original = get(report, cell.path) as number;
  let value: number | undefined;
  const text = String(Math.abs(original));
  if (kind === "transposition") {
    const spots = [...text].map((_, i) => i).filter((i) => i + 1 < text.length && text[i] !== text[i + 1]);
    if (spots.length === 0) kind = "digit";
    else {
      const i = pick(spots);
      value = Number(text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2)) * Math.sign(original || 1);
    }
  }
  if (kind === "digit") {
    const i = Math.floor(random() * text.length);
    const digits = "0123456789".replace(text[i] as string, "");
    value = Number(text.slice(0, i) + pick([...digits]) + text.slice(i + 1)) * Math.sign(original || 1);
  }
  if (kind === "neighbour") {
    const options = neighbours(report, cell).filter((entry) => entry !== original);
    if (options.length === 0) return undefined;
    value = pick(options);
  }
  if (kind === "blanked-total") value = 0;
  if (kind === "arbitrary") value = Math.floor(random() * (2 * Math.abs(original) + 20));
  if (value === undefined || value === original || !Number.isFinite(value)) return undefined;
  set(report, cell.path, value);
  return { cell, original, kind };
}

// ---------------------------------------------------------------- oracle, from check alone
const ARITHMETIC = /^t[234]\./;
const failing = (report: unknown) => check(report).filter((finding) => ARITHMETIC.test(finding.ruleId) && finding.assessable !== false);

/** Cells for which one new value makes every arithmetic finding go away, with that value. */
function singleExplanations(report: Json, cells: readonly Cell[]): Map<string, number> {
  const findings = failing(report);
  const found = new Map<string, number>();
  if (findings.length === 0) return found;
  let candidates = new Set(findings[0]?.paths);
  for (const finding of findings.slice(1)) candidates = new Set(finding.paths.filter((path) => candidates.has(path)));
  for (const pointer of candidates) {
    const cell = cells.find((entry) => entry.pointer === pointer);
    if (!cell) continue;
    const value = get(report, cell.path) as number;
    const tries = new Set<number>();
    for (const finding of findings) {
      if (finding.expected === undefined || finding.actual === undefined) continue;
      const diff = finding.expected - finding.actual;
      tries.add(value + diff);
      tries.add(value - diff);
    }
    for (const attempt of tries) {
      if (attempt < 0 && !cell.path.includes("itemsChange")) continue;
      set(report, cell.path, attempt);
      const fixed = failing(report).length === 0;
      set(report, cell.path, value);
      if (fixed) {
        found.set(pointer, attempt);
        break;
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------- runs
const percentile = (sorted: readonly number[], p: number) => (sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number) : Number.NaN);
const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : "—");

/** Failing reports kept for the timing pass (the first ones of each experiment). */
const kept: Json[] = [];
const KEEP = 2500;
function timed<Result>(work: () => Result, times: number[], report: Json): Result {
  if (times.length < KEEP) {
    times.push(0);
    kept.push(structuredClone(report));
  }
  return work();
}

function oneCell(format: Format, count: number, times: number[]) {
  const random = mulberry32(format === "2019" ? 19 : 21);
  const tally = { cases: 0, undetectable: 0, ambiguous: 0, ambiguousByTable: {} as Record<string, number>, identifiable: 0, hits: 0, ambiguousFirstRight: 0, byKind: {} as Record<string, [number, number]> };
  for (let seed = 0; tally.cases < count; seed += 1) {
    const report = JSON.parse(JSON.stringify(buildReport({ format, seed }))) as Json;
    const cells = numericCells(report);
    const done = corrupt(report, cells, random, new Set());
    if (!done) continue;
    tally.cases += 1;
    if (failing(report).length === 0) {
      tally.undetectable += 1;
      continue;
    }
    const explanations = singleExplanations(report, cells);
    const result = timed(() => locateErrors(report), times, report);
    const first = result.success ? result.data[0] : undefined;
    const hit = first?.changes.length === 1 && first.changes[0]?.pointer === done.cell.pointer && first.changes[0]?.suggested === done.original;
    const identifiable = explanations.size === 1 && explanations.get(done.cell.pointer) === done.original;
    if (!identifiable) {
      tally.ambiguous += 1;
      tally.ambiguousByTable[done.cell.table] = (tally.ambiguousByTable[done.cell.table] ?? 0) + 1;
      if (hit) tally.ambiguousFirstRight += 1;
      continue;
    }
    tally.identifiable += 1;
    const kind = (tally.byKind[done.kind] ??= [0, 0]);
    kind[0] += 1;
    if (hit) {
      tally.hits += 1;
      kind[1] += 1;
    }
  }
  return tally;
}

function twoCells(format: Format, count: number, times: number[]) {
  const random = mulberry32(format === "2019" ? 1919 : 2121);
  const tally = { cases: 0, undetectable: 0, singleExplains: 0, pairs: 0, inTop3: 0, first: 0, byTables: {} as Record<string, [number, number]> };
  for (let seed = 0; tally.cases < count; seed += 1) {
    const report = JSON.parse(JSON.stringify(buildReport({ format, seed: 100_000 + seed }))) as Json;
    const cells = numericCells(report);
    const a = corrupt(report, cells, random, new Set());
    if (!a) continue;
    const b = corrupt(report, cells, random, new Set([a.cell.pointer]));
    if (!b) {
      set(report, a.cell.path, a.original);
      continue;
    }
    tally.cases += 1;
    if (failing(report).length === 0) {
      tally.undetectable += 1;
      continue;
    }
    const result = timed(() => locateErrors(report), times, report);
    if (singleExplanations(report, cells).size > 0) {
      tally.singleExplains += 1;
      continue;
    }
    tally.pairs += 1;
    const tables = [a.cell.table, b.cell.table].sort().join("+");
    const row = (tally.byTables[tables] ??= [0, 0]);
    row[0] += 1;
    const wanted = new Map([
      [a.cell.pointer, a.original],
      [b.cell.pointer, b.original],
    ]);
    const matches = (suggestion: { changes: readonly { pointer: string; suggested: number }[] } | undefined) =>
      suggestion !== undefined && suggestion.changes.length === 2 && suggestion.changes.every((change) => wanted.get(change.pointer) === change.suggested);
    const data = result.success ? result.data : [];
    if (data.slice(0, 3).some(matches)) {
      tally.inTop3 += 1;
      row[1] += 1;
    }
    if (matches(data[0])) tally.first += 1;
  }
  return tally;
}

const count = Number(process.argv[2] ?? 10_000);
console.log(`locateErrors benchmark — dist/, node ${process.version}; ${count.toLocaleString("en-US")} corrupted reports per format and per experiment`);
console.log("corruptions: one of digit / transposition / neighbour value / blanked total (printed 0) / arbitrary value, drawn uniformly; cell drawn uniformly among numeric cells of 二 (counts), 三 and 四");
// Warm up so that the first reports do not carry the JIT's compile time.
for (let seed = 0; seed < 200; seed += 1) {
  const report = JSON.parse(JSON.stringify(buildReport({ format: seed % 2 ? "2019" : "2021", seed: 900_000 + seed }))) as Json;
  set(report, ["applications", "received", "naturalPerson"], 999_999);
  locateErrors(report);
}
for (const format of ["2019", "2021"] as const) {
  const one = oneCell(format, count, []);
  console.log(`\nformat ${format}, one cell changed (${one.cases} cases):`);
  console.log(`  undetectable (no arithmetic relation fails; the cell is in none, e.g. 二 decisions): ${one.undetectable}`);
  console.log(
    `  not identifiable (another single cell explains the failures as well, or the value is not unique): ${one.ambiguous} — by table ${JSON.stringify(one.ambiguousByTable)}; first suggestion right anyway: ${one.ambiguousFirstRight}`,
  );
  console.log(`  identifiable: ${one.identifiable}; first suggestion names the cell and restores its value: ${one.hits} = ${pct(one.hits, one.identifiable)}`);
  console.log(`  by corruption: ${Object.entries(one.byKind).map(([kind, [all, hit]]) => `${kind} ${pct(hit, all)} of ${all}`).join(", ")}`);
  const two = twoCells(format, count, []);
  console.log(`format ${format}, two cells changed (${two.cases} cases):`);
  console.log(`  undetectable: ${two.undetectable}; explained by one cell alone (the pair cannot be told): ${two.singleExplains}`);
  console.log(`  pair among the first three suggestions: ${two.inTop3} of ${two.pairs} = ${pct(two.inTop3, two.pairs)} (first: ${pct(two.first, two.pairs)})`);
  console.log(`  by tables: ${Object.entries(two.byTables).map(([tables, [all, hit]]) => `${tables} ${pct(hit, all)} of ${all}`).join(", ")}`);
}
// Timing pass: the kept failing reports only, so that the oracle's and the generator's
// garbage is not collected inside a timed call. Wall clock and this process's CPU time.
const times: number[] = [];
const cpuTimes: number[] = [];
for (const report of kept) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  locateErrors(report);
  times.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
console.log(
  `\ntime per failing report (${times.length.toLocaleString("en-US")} failing reports: the first ${KEEP.toLocaleString("en-US")} of each experiment, one- and two-cell, both formats): median ${percentile(times, 0.5).toFixed(3)} ms, p99 ${percentile(times, 0.99).toFixed(3)} ms, max ${percentile(times, 1).toFixed(1)} ms (target: < 5 ms)`,
);
console.log(
  `CPU time of this process per call (not counting time the OS gave to other processes): median ${percentile(cpuTimes, 0.5).toFixed(3)} ms, p99 ${percentile(cpuTimes, 0.99).toFixed(3)} ms, max ${percentile(cpuTimes, 1).toFixed(1)} ms`,
);
