import { Ajv2020 } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildJsonSchemas } from "../../scripts/artifacts/json-schema.js";

const ROOT = join(import.meta.dirname, "../..");
const schemas = buildJsonSchemas();

describe("the combined JSON Schema selects the per-format schema by format", () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  for (const name of ["report-2019.strict.json", "report-2021.strict.json"] as const) ajv.addSchema(schemas[name]);
  const combined = ajv.compile(schemas["report.strict.json"]);
  const perFormat = ajv.getSchema(schemas["report-2021.strict.json"].$id as string);

  it("one negative cell in a 2021 report gives the 2021 schema's errors first, not every branch's", () => {
    const report = JSON.parse(readFileSync(join(ROOT, "test/fixtures/seeds/004.json"), "utf8"));
    expect(combined(report)).toBe(true);
    report.applications.received.naturalPerson = -1;
    expect(combined(report)).toBe(false);
    perFormat?.(report);
    expect(combined.errors?.[0]?.instancePath).toBe("/applications/received/naturalPerson");
    expect(combined.errors?.map((error) => error.instancePath)).toEqual([...(perFormat?.errors ?? []).map((error) => error.instancePath), ""]);
    expect(combined.errors?.length).toBeLessThanOrEqual(3);
  });

  it("an unknown format is one error on /format", () => {
    expect(combined({ format: "2020" })).toBe(false);
    expect(combined.errors?.map((error) => error.instancePath)).toEqual(["/format"]);
  });

  it("is small: it refers to the per-format files instead of repeating them", () => {
    expect(JSON.stringify(schemas["report.strict.json"]).length).toBeLessThan(2_000);
    expect(JSON.stringify(schemas["report.lenient.json"]).length).toBeLessThan(2_000);
  });
});
