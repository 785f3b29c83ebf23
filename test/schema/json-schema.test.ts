import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import {
  buildJsonSchemas,
  files,
  JSON_SCHEMA_BASE_URL,
  JSON_SCHEMA_SOURCES,
  type JsonSchemaName,
} from "../../scripts/artifacts/json-schema.js";
import { loadSeed, SEED_IDS } from "./helpers.js";

// The published JSON Schema and the zod schema it is generated from must
// accept and reject exactly the same JSON documents.

const schemas = buildJsonSchemas();
const names = Object.keys(schemas) as JsonSchemaName[];
const ajv = new Ajv2020({ strict: true, allErrors: false });
const validators = Object.fromEntries(names.map((name) => [name, ajv.compile(schemas[name])])) as Record<
  JsonSchemaName,
  ReturnType<typeof ajv.compile>
>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** One change to a report: a value replaced, a key removed, or an extra key added. */
type Mutation = { kind: "replace"; value: Json } | { kind: "remove" } | { kind: "extra"; key: string };

function agree(name: JsonSchemaName, input: Json): { zod: boolean; ajv: boolean } {
  const json = JSON.parse(JSON.stringify(input)) as Json;
  return { zod: (JSON_SCHEMA_SOURCES[name] as z.ZodType).safeParse(json).success, ajv: validators[name](json) === true };
}

/** A strict 2019 report: seed 003 with every blank (and its unknown procurement unit, if any) filled. */
function strict2019(): Json {
  const fill = (value: Json): Json => {
    if (value === null) return 0;
    if (Array.isArray(value)) return value.map(fill);
    if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, fill(child)]));
    return value;
  };
  return fill(loadSeed("003"));
}

const BASES: Json[] = [...SEED_IDS.map((id) => loadSeed(id) as Json), strict2019()];

describe("generated JSON Schema files", () => {
  it("are six, named and identified stably", () => {
    expect(files().map((file) => file.path)).toEqual([
      "json-schema/report-2019.strict.json",
      "json-schema/report-2019.lenient.json",
      "json-schema/report-2021.strict.json",
      "json-schema/report-2021.lenient.json",
      "json-schema/report.strict.json",
      "json-schema/report.lenient.json",
    ]);
    for (const name of names) {
      expect(schemas[name].$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schemas[name].$id).toBe(`${JSON_SCHEMA_BASE_URL}${name}`);
    }
    expect(files()[0]?.content.endsWith("}\n")).toBe(true);
  });

  it("are deterministic", () => {
    expect(files()).toEqual(files());
  });

  it("carry printed labels as title, English as description, and no internal metadata", () => {
    const text = JSON.stringify(schemas);
    expect(text).not.toContain('"cell"');
    expect(text).not.toContain('"kind"');
    const root = schemas["report-2021.strict.json"] as JsonSchemaNode;
    expect(root.title).toBe("政府信息公开工作年度报告（2021 格式）");
    const received = at(root, "applications", "received", "naturalPerson");
    expect(received).toEqual({
      type: "integer",
      minimum: 0,
      maximum: Number.MAX_SAFE_INTEGER,
      title: "一、本年新收政府信息公开申请数量 · 自然人",
      description: "III. Applications received and handled: 1. New applications received this year — natural persons",
    });
    expect(schemas["report.strict.json"].title).toBe("政府信息公开工作年度报告");
  });

  it("keep strict objects, integers, bounds and money", () => {
    const strict = schemas["report-2019.strict.json"] as JsonSchemaNode;
    expect(strict.additionalProperties).toBe(false);
    expect(strict.required).toEqual(["format", "year", "agency", "proactive", "applications", "reviewAndLitigation"]);
    expect(at(strict, "applications", "outcomes").additionalProperties).toBe(false);
    expect(at(strict, "proactive", "licensing", "itemsChange")).toMatchObject({
      type: "integer",
      minimum: Number.MIN_SAFE_INTEGER,
      maximum: Number.MAX_SAFE_INTEGER,
    });
    expect(at(strict, "proactive", "procurement", "amount")).toMatchObject({
      type: "object",
      additionalProperties: false,
      required: ["value", "unit"],
      properties: { value: { type: "number", minimum: 0 }, unit: { type: "string", enum: ["元", "万元"] } },
    });
    expect(at(strict, "year")).toMatchObject({ type: "integer", minimum: 2000, maximum: 2100 });
  });

  it("allow null in lenient cells (and only there)", () => {
    const lenient = schemas["report-2021.lenient.json"] as JsonSchemaNode;
    expect(at(lenient, "reviewAndLitigation", "review", "total")).toEqual({
      anyOf: [{ type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER }, { type: "null" }],
      title: "行政复议 · 总计",
      description: "IV. Administrative reconsideration and litigation: administrative reconsideration — total",
    });
    expect(at(lenient, "proactive", "fees", "amountWanYuan").anyOf).toEqual([{ type: "number", minimum: 0 }, { type: "null" }]);
    expect(at(schemas["report-2019.lenient.json"] as JsonSchemaNode, "proactive", "procurement", "amount").anyOf?.[1]).toEqual({
      type: "null",
    });
    expect(JSON.stringify(schemas["report-2021.strict.json"])).not.toContain('"null"');
  });

  it("discriminate the union on format: if/then to the per-format file", () => {
    const union = schemas["report.lenient.json"] as { allOf?: { if: JsonSchemaNode; then: { $ref: string } }[] };
    expect(union.allOf?.map((branch) => [branch.if.properties?.format?.const, branch.then.$ref])).toEqual([
      ["2019", "report-2019.lenient.json"],
      ["2021", "report-2021.lenient.json"],
    ]);
  });
});

describe("ajv and zod agree", () => {
  for (const name of names) {
    it(`${name}: every seed`, () => {
      const expected: Record<JsonSchemaName, boolean[]> = {
        "report-2019.strict.json": [false, false, false, false],
        "report-2019.lenient.json": [true, true, true, false],
        "report-2021.strict.json": [false, false, false, true],
        "report-2021.lenient.json": [false, false, false, true],
        "report.strict.json": [false, false, false, true],
        "report.lenient.json": [true, true, true, true],
      };
      const results = SEED_IDS.map((id) => agree(name, loadSeed(id)));
      expect(results.map((result) => result.zod)).toEqual(expected[name]);
      expect(results.map((result) => result.ajv)).toEqual(expected[name]);
    });
  }

  const badInputs: [string, (report: Record<string, any>) => unknown][] = [
    ["a string in a count", (report) => set(report, ["applications", "received", "naturalPerson"], "12")],
    ["-1 in a count", (report) => set(report, ["applications", "received", "naturalPerson"], -1)],
    ["1.5 in a count", (report) => set(report, ["applications", "received", "naturalPerson"], 1.5)],
    ["2^53 in a count", (report) => set(report, ["applications", "received", "naturalPerson"], 2 ** 53)],
    ["null in a count", (report) => set(report, ["applications", "received", "naturalPerson"], null)],
    ["a missing row", (report) => drop(report, ["applications", "outcomes", "withheld", "stateSecret"])],
    ["a missing section", (report) => drop(report, ["reviewAndLitigation"])],
    ["an unknown format", (report) => set(report, ["format"], "2022")],
    ["a 2019 section 二 in a 2021 report", (report) => set(report, ["proactive"], loadSeed("003").proactive)],
    ["an unknown key", (report) => set(report, ["applications", "received", "foo"], 1)],
    ["a __proto__ key", (report) => JSON.parse(JSON.stringify(report).replace("{", '{"__proto__":{"polluted":1},'))],
    ["null", () => null],
    ["an array", () => []],
    ["a string", () => "report"],
    ["a year out of range", (report) => set(report, ["year"], 1999)],
    ["a blank agency", (report) => set(report, ["agency"], "   ")],
  ];
  for (const [label, mutate] of badInputs) {
    it(`bad input: ${label}`, () => {
      for (const base of ["003", "004"] as const) {
        const input = mutate(loadSeed(base)) as Json;
        for (const name of names) {
          const result = agree(name, input);
          expect(result.ajv, `${name} on ${base}`).toBe(result.zod);
        }
      }
    });
  }

  it("bad inputs from the list are rejected by both on the strict seed", () => {
    const accepted = badInputs
      .filter(([label]) => label !== "null in a count")
      .filter(([, mutate]) => agree("report.lenient.json", mutate(loadSeed("004")) as Json).ajv);
    expect(accepted.map(([label]) => label)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // Mutations of one cell or one key: the space where a generator and a schema could disagree.
  const replacement = fc.constantFrom<Json>(-1, 1.5, "12", null, 0, 7, -0.5, 2 ** 53, 1e300, true, "", [], {}, "2019", "2021", "元", "千元", 2000, 2101);
  const mutation = fc.oneof(
    { weight: 6, arbitrary: replacement.map((value): Mutation => ({ kind: "replace", value })) },
    { weight: 2, arbitrary: fc.constant<Mutation>({ kind: "remove" }) },
    { weight: 2, arbitrary: fc.constantFrom("extra", "__proto__", "total", "constructor").map((key): Mutation => ({ kind: "extra", key })) },
  );

  for (const name of names) {
    it(`${name}: a fast-check property over 800 mutated reports`, () => {
      // Mutate reports this schema accepts, so that a mutation is what decides.
      const bases = BASES.filter((base) => agree(name, base).zod);
      expect(bases.length).toBeGreaterThan(0);
      const tally = { accepted: 0, rejected: 0 };
      fc.assert(
        fc.property(fc.nat({ max: bases.length - 1 }), fc.nat(), mutation, fc.boolean(), (baseIndex, pick, change, twice) => {
          let report = structuredClone(bases[baseIndex]) as Json;
          report = mutate(report, pick, change);
          if (twice) report = mutate(report, pick * 7 + 3, change);
          const result = agree(name, report);
          tally[result.zod ? "accepted" : "rejected"] += 1;
          return result.zod === result.ajv;
        }),
        { numRuns: 800, seed: 20240601 + names.indexOf(name) },
      );
      console.log(`${name}: ${tally.accepted} accepted, ${tally.rejected} rejected by both`);
      expect(tally.rejected).toBeGreaterThan(0);
      expect(tally.accepted).toBeGreaterThan(0);
    });
  }
});

// ---------------------------------------------------------------------------

interface JsonSchemaNode {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  additionalProperties?: boolean;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  const?: unknown;
  [keyword: string]: unknown;
}

function at(schema: JsonSchemaNode, ...keys: string[]): JsonSchemaNode {
  let node = schema;
  for (const key of keys) {
    const object = node.anyOf?.find((branch) => branch.type === "object") ?? node;
    const next = object.properties?.[key];
    if (!next) throw new Error(`no property ${key}`);
    node = next;
  }
  return node;
}

function set(report: Record<string, any>, path: string[], value: unknown): Record<string, any> {
  let node = report;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1) as string] = value;
  return report;
}

function drop(report: Record<string, any>, path: string[]): Record<string, any> {
  let node = report;
  for (const key of path.slice(0, -1)) node = node[key];
  delete node[path.at(-1) as string];
  return report;
}

/** Every path to an object member, in document order (objects and leaves alike). */
function paths(value: Json, prefix: string[] = []): string[][] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

function mutate(report: Json, pick: number, change: Mutation): Json {
  const all = paths(report);
  if (all.length === 0) return report;
  const path = all[pick % all.length] as string[];
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], report);
  const key = path.at(-1) as string;
  if (change.kind === "replace") parent[key] = change.value;
  else if (change.kind === "remove") delete parent[key];
  else {
    const target = parent[key];
    const holder = target && typeof target === "object" && !Array.isArray(target) ? target : parent;
    Object.defineProperty(holder, change.key, { value: 1, enumerable: true, configurable: true, writable: true });
  }
  return report;
}
