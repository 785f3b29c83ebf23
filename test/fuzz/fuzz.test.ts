/**
 * The fuzz suite: random JSON, mutated reports, hostile objects, labelled tables and series, given to
 * every public safe entry point. Asserts, for every call: no throw (or rejection), the documented result
 * shape, no mutation of the (deep-frozen) input, each input value read at most once, and a result whose
 * size is bounded by a multiple of the input's — counted, never timed.
 *
 * CI runs a short campaign; `npm run fuzz` a long one (`FUZZ_RUNS` inputs per property; the figures are
 * written to `FUZZ_REPORT` as they accumulate, so an interrupted run still reports its exact count).
 */
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { buildLenientReport, buildReport } from "../../src/fixtures/index.js";
import { ENTRY_POINTS, type EntryPoint, readDocumentEntry, SCHEMA_ENTRY_POINTS, shapeProblem } from "./entry-points.js";
import { deepFreeze, fingerprint, HOSTILE_KINDS, hostile, pathsOf, plant } from "./hostile.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? "") || 60;
const REPORT = process.env.FUZZ_REPORT;
const figures = { inputs: 0, calls: 0, throws: 0, mutations: 0, shapes: 0, oversized: 0 };
const failures: string[] = [];
/** The fast-check seed (`FUZZ_SEED`; `npm run fuzz` gives each process its own, so shards never repeat each other). */
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** Whether to fingerprint the input after every call (on after the first mutation, to name the culprit). */
let attribute = process.env.FUZZ_ATTRIBUTE === "1";

function record(): void {
  if (REPORT) writeFileSync(REPORT, `${JSON.stringify({ ...figures, seed: SEED ?? null, failures: failures.slice(0, 20) }, null, 1)}\n`);
}

function resultSize(result: unknown): number {
  try {
    return JSON.stringify(result, (_key, value) => (typeof value === "bigint" ? String(value) : value))?.length ?? 0;
  } catch {
    return 0; // a zod error holding the cyclic input itself; its size is the input's
  }
}

/** Calls every entry point on `input`; returns the problems (empty when every law held). */
async function exercise(input: unknown, entries: readonly EntryPoint[], tally: typeof figures = figures): Promise<string[]> {
  tally.inputs += 1;
  const problems: string[] = [];
  const before = fingerprint(input);
  // The fingerprint abbreviates long strings (`s<length>:<start>`); the input's size counts them whole,
  // since a result may rightly echo them (a lenient report's 1 MB text).
  const size = before.length + [...before.matchAll(/(?:^|\|)s(\d+):/g)].reduce((sum, match) => sum + Number(match[1]), 0);
  const bound = 50 * size + 400_000;
  for (const entry of entries) {
    tally.calls += 1;
    let result: unknown;
    try {
      result = entry.call(input);
    } catch (error) {
      tally.throws += 1;
      problems.push(`${entry.name} threw ${String(error).slice(0, 200)}`);
      continue;
    }
    const shape = shapeProblem(entry, result);
    if (shape) {
      tally.shapes += 1;
      problems.push(`${entry.name}: ${shape}`);
    }
    if (resultSize(result) > bound) {
      tally.oversized += 1;
      problems.push(`${entry.name}: a result of ${resultSize(result)} characters for an input of ${size}`);
    }
    if (attribute && fingerprint(input) !== before) {
      tally.mutations += 1;
      problems.push(`${entry.name} mutated its input`);
    }
  }
  // One fingerprint after all the calls; the first mismatch switches on one per call, so the case
  // fast-check replays while shrinking names the entry point that mutated.
  if (!attribute && fingerprint(input) !== before) {
    tally.mutations += 1;
    problems.push(`one of ${entries.map((entry) => entry.name).join(", ")} mutated its input`);
    attribute = true;
  }
  tally.calls += 1;
  try {
    await readDocumentEntry(input);
  } catch (error) {
    tally.throws += 1;
    problems.push(`readDocument rejected ${String(error).slice(0, 200)}`);
  }
  if (tally === figures && problems.length > 0) failures.push(...problems);
  if (tally === figures && tally.inputs % 500 === 0) record();
  return problems;
}

const formats = fc.constantFrom("2019" as const, "2021" as const);
const report = fc.tuple(formats, fc.nat(), fc.boolean()).map(([format, seed, lenient]) =>
  structuredClone((lenient ? buildLenientReport({ format, seed }) : buildReport({ format, seed })) as unknown as Record<string, unknown>),
);
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    -1,
    0.5,
    2 ** 53,
    2 ** 53 - 1,
    Number.MAX_VALUE,
    "12",
    "",
    " — ",
    "\u0301".repeat(2000),
    "\u001b[31m",
    null,
    undefined,
    [],
    {},
    { value: 1, unit: "万元" },
  ),
);
/** A report with a few cells changed, keys removed or unknown keys added. */
const mutatedReport = fc
  .tuple(report, fc.array(fc.tuple(fc.nat(), fc.constantFrom("set", "delete", "add"), oddValue, fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 6 }))
  .map(([base, edits]) => {
    for (const [pick, action, value, key] of edits) {
      const paths = pathsOf(base).filter((path) => path.length > 0);
      const path = paths[pick % paths.length] as string[];
      // A fresh copy per edit: the constant odd values are shared between generated inputs, and an
      // edit that added one inside itself made it cyclic for every later input (it stopped a campaign).
      const fresh = () => structuredClone(value);
      if (action === "set") plant(base, path, fresh);
      else if (action === "delete") plant(base, path.slice(0, -1), (parent) => {
        if (parent && typeof parent === "object") delete (parent as Record<string, unknown>)[path[path.length - 1] as string];
        return parent;
      });
      else plant(base, path.slice(0, -1), (parent) => (parent && typeof parent === "object" && !Array.isArray(parent) ? Object.assign(parent, { [key]: fresh() }) : parent));
    }
    return base;
  });
/**
 * A hostile input built only when the property runs: fast-check inspects every generated value
 * (it probes for a clone method), and a revoked Proxy as the value throws inside fast-check itself.
 */
class Deferred {
  constructor(readonly build: () => unknown) {}
}
/** The input a generated value stands for (a series may hold deferred reports). */
const resolve = (value: unknown): unknown =>
  value instanceof Deferred ? value.build() : Array.isArray(value) && value.some((item) => item instanceof Deferred) ? value.map(resolve) : value;
/** A report with one hostile value planted somewhere (or as the report). */
const hostileReport = fc.tuple(report, fc.nat(), fc.constantFrom(...HOSTILE_KINDS)).map(
  ([base, pick, kind]) =>
    new Deferred(() => {
      const paths = pathsOf(base);
      return plant(base, paths[pick % paths.length] as string[], (old) => hostile(kind, old));
    }),
);
const cellText = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("12", "—", "无", "5万元", "减少 38 项", "１２", "1,234", "\u0301\u0302".repeat(500)));
const labeledTables = fc.record(
  {
    format: fc.constantFrom("2019", "2021", "2020", undefined),
    year: fc.oneof(fc.integer({ min: 2015, max: 2030 }), fc.constant(undefined)),
    tables: fc.dictionary(
      fc.constantFrom("二", "三", "四", "五"),
      fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("行政复议", "自然人", "一、本年新收政府信息公开申请数量")), fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("总计", "结果维持", "自然人")), cellText)),
    ),
  },
  { requiredKeys: ["tables"] },
);
const series = fc.array(fc.oneof(report, mutatedReport, hostileReport), { maxLength: 4 });

describe(`fuzz: every safe entry point (${RUNS} inputs per property)`, () => {
  afterAll(() => {
    record();
    console.log(`fuzz figures: ${JSON.stringify(figures)}`);
  });

  const law = (arbitrary: fc.Arbitrary<unknown>, entries: readonly EntryPoint[], freeze: boolean) => async () => {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (input) => {
        const value = resolve(input);
        const problems = await exercise(freeze ? deepFreeze(value) : value, entries);
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  };

  it("random JSON (and zod's own safeParse of the exported schemas)", law(fc.jsonValue({ maxDepth: 5 }), [...ENTRY_POINTS, ...SCHEMA_ENTRY_POINTS], true));
  it("mutated reports, deep-frozen", law(mutatedReport, [...ENTRY_POINTS, ...SCHEMA_ENTRY_POINTS], true));
  it("hostile objects: Proxy, getters, BigInt, Symbol, cyclic, null-prototype, inherited, deep, sparse", law(hostileReport, ENTRY_POINTS, false));
  it("labelled tables, deep-frozen", law(labeledTables, ENTRY_POINTS, true));
  it("series of reports, mutated and hostile", law(series, ENTRY_POINTS, false));
  // `npm run fuzz` runs this one: every kind of input, interleaved, so a run stopped early has tried them all.
  it("mixed: every kind of input above", law(fc.oneof(fc.jsonValue({ maxDepth: 5 }), mutatedReport, hostileReport, labeledTables, series), ENTRY_POINTS, false));
});

describe("the harness itself", () => {
  it("catches an entry point that mutates its input, and names it once attribution is on", async () => {
    const tally = { inputs: 0, calls: 0, throws: 0, mutations: 0, shapes: 0, oversized: 0 };
    const mutator: EntryPoint = { name: "mutator", call: (input) => Object.assign(input as object, { planted: 1 }), shape: "findings" };
    const honest: EntryPoint = { name: "honest", call: () => [], shape: "findings" };
    const was = attribute;
    attribute = false;
    const first = await exercise({ a: 1 }, [honest, mutator], tally);
    const second = await exercise({ a: 1 }, [honest, mutator], tally);
    attribute = was;
    expect(first).toContain("one of honest, mutator mutated its input");
    expect(second).toContain("mutator mutated its input");
    expect(second.some((problem) => problem.startsWith("honest"))).toBe(false);
    expect(tally.mutations).toBe(2);
  });
});

describe("each value of the input is read once, whatever the entry point does with it", () => {
  /** Wraps every object of a plain value in a Proxy that counts reads. */
  function counted(value: unknown, counter: { reads: number }): unknown {
    if (value === null || typeof value !== "object") return value;
    const target = (Array.isArray(value) ? [] : {}) as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) target[key] = counted(item, counter);
    return new Proxy(target, {
      get(object, key, receiver) {
        if (typeof key === "string") counter.reads += 1;
        return Reflect.get(object, key, receiver);
      },
    });
  }
  const valuesIn = (value: unknown): number => pathsOf(value).length;

  it("reads at most (values + arrays) times on mutated reports and series", () => {
    const guarded = ENTRY_POINTS.filter((entry) => !entry.name.startsWith("from") || entry.name === "fromLabeledTables");
    fc.assert(
      fc.property(fc.oneof(mutatedReport, fc.array(fc.oneof(report, mutatedReport), { maxLength: 4 })), (input) => {
        for (const entry of guarded) {
          const counter = { reads: 0 };
          const proxied = counted(input, counter);
          entry.call(proxied);
          // Each value once, plus `length` of each array; series entry points given one report read it twice at most.
          expect(counter.reads, entry.name).toBeLessThanOrEqual(2 * valuesIn(input) + 2);
        }
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 4)) },
    );
  });
});

describe("the generators never share or loop their values", () => {
  it("pathsOf lists each object once, even in a cyclic or 3,000-deep value", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(pathsOf(cyclic)).toEqual([[], ["a"], ["self"]]);
    let deep: unknown = 0;
    for (let depth = 0; depth < 3_000; depth += 1) deep = [deep];
    expect(pathsOf(deep)).toHaveLength(3_001);
  });

  it("mutated reports never contain a cycle, however many are drawn", () => {
    fc.assert(
      fc.property(mutatedReport, (input) => {
        expect(() => JSON.stringify(input)).not.toThrow();
      }),
      { numRuns: Math.max(200, RUNS) },
    );
  });
});
