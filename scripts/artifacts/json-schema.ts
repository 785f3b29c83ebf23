// Generates the published JSON Schema files (dist/json-schema/*.json) from the
// zod schemas and the label registry. Never hand-written: a change to a schema
// or a label changes these files on the next build.
import * as z from "zod";
import { labelRegistry } from "../../src/schema/registry.js";
import {
  LenientReport,
  LenientReport2019,
  LenientReport2021,
  Report,
  Report2019,
  Report2021,
} from "../../src/schema/report.js";
import type { GeneratedFile } from "../generated.js";

/**
 * Where the published files can be fetched; each file's `$id` is this plus its name.
 *
 * @example
 * ```ts
 * `${JSON_SCHEMA_BASE_URL}report.strict.json`;
 * //=> "https://unpkg.com/zfxxgk/dist/json-schema/report.strict.json"
 * ```
 */
export const JSON_SCHEMA_BASE_URL = "https://unpkg.com/zfxxgk/dist/json-schema/";

/**
 * The name of a published JSON Schema file (under `dist/json-schema/`).
 *
 * @example
 * ```ts
 * const name: JsonSchemaName = "report-2021.lenient.json";
 * ```
 */
export type JsonSchemaName =
  | "report-2019.strict.json"
  | "report-2019.lenient.json"
  | "report-2021.strict.json"
  | "report-2021.lenient.json"
  | "report.strict.json"
  | "report.lenient.json";

/**
 * A JSON Schema document as a plain JSON object.
 *
 * @example
 * ```ts
 * const schema: JsonSchemaDocument = buildJsonSchema("report.strict.json");
 * schema.title;
 * //=> "政府信息公开工作年度报告"
 * ```
 */
export type JsonSchemaDocument = Record<string, unknown>;

/**
 * The zod schema each published file is generated from.
 *
 * @example
 * ```ts
 * JSON_SCHEMA_SOURCES["report-2021.strict.json"] === Report2021;
 * //=> true
 * ```
 */
export const JSON_SCHEMA_SOURCES: Readonly<Record<JsonSchemaName, z.ZodType>> = {
  "report-2019.strict.json": Report2019,
  "report-2019.lenient.json": LenientReport2019,
  "report-2021.strict.json": Report2021,
  "report-2021.lenient.json": LenientReport2021,
  "report.strict.json": Report,
  "report.lenient.json": LenientReport,
};

/** Keys of the registry entry that are internal (positions for docs and rules), not JSON Schema. */
const INTERNAL_META_KEYS = ["cell"] as const;

type Json = unknown;

/**
 * Removes the title and description zod copies onto the non-null branch of a
 * nullable cell (both the cell and its inner number are registered), so each
 * label appears once, on the node users see.
 */
function tidy(node: Json): void {
  if (Array.isArray(node)) {
    for (const item of node) tidy(item);
    return;
  }
  if (!node || typeof node !== "object") return;
  const record = node as Record<string, Json>;
  const anyOf = record.anyOf;
  if (Array.isArray(anyOf) && anyOf.length === 2 && typeof record.title === "string") {
    for (const branch of anyOf as Record<string, Json>[]) {
      if (branch && branch.title === record.title) {
        delete branch.title;
        if (branch.description === record.description) delete branch.description;
      }
    }
  }
  for (const value of Object.values(record)) tidy(value);
}

/**
 * Builds one published JSON Schema (draft 2020-12) from its zod schema: printed
 * labels as `title`, English as `description`, a stable `$id`. The two combined
 * files (`report.strict.json`, `report.lenient.json`) are small: they select the
 * per-format file by `format` (`if`/`then` + `$ref` to the sibling `$id`), so one
 * bad cell gives that format's errors, not every branch's, and no definition is
 * shipped twice. A validator resolves the `$ref` once the per-format files are
 * added to it (ajv: `addSchema`).
 *
 * @example
 * ```ts
 * const schema = buildJsonSchema("report-2021.strict.json");
 * schema.$id;
 * //=> "https://unpkg.com/zfxxgk/dist/json-schema/report-2021.strict.json"
 * ```
 */
export function buildJsonSchema(name: JsonSchemaName): JsonSchemaDocument {
  if (name === "report.strict.json" || name === "report.lenient.json") return combined(name);
  const generated = z.toJSONSchema(JSON_SCHEMA_SOURCES[name], {
    metadata: labelRegistry,
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
    cycles: "throw",
    reused: "inline",
    override: ({ jsonSchema }) => {
      for (const key of INTERNAL_META_KEYS) delete (jsonSchema as Record<string, unknown>)[key];
    },
  }) as JsonSchemaDocument;
  const { $schema, ...body } = generated;
  tidy(body);
  return { $schema, $id: `${JSON_SCHEMA_BASE_URL}${name}`, ...body };
}

function combined(name: "report.strict.json" | "report.lenient.json"): JsonSchemaDocument {
  const mode = name === "report.strict.json" ? "strict" : "lenient";
  const meta = labelRegistry.get(JSON_SCHEMA_SOURCES[name]) as { title?: string; description?: string } | undefined;
  const branch = (format: "2019" | "2021") => ({
    if: { type: "object", properties: { format: { const: format } }, required: ["format"] },
    // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a thenable.
    then: { $ref: `report-${format}.${mode}.json` },
  });
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${JSON_SCHEMA_BASE_URL}${name}`,
    ...(meta?.title ? { title: meta.title } : {}),
    description: `${mode === "strict" ? "A strict" : "A lenient"} report of either format: the per-format schema (report-2019.${mode}.json or report-2021.${mode}.json) chosen by "format".`,
    type: "object",
    required: ["format"],
    properties: { format: { enum: ["2019", "2021"], title: "报告格式 format", description: 'The report format: "2019" or "2021"' } },
    allOf: [branch("2019"), branch("2021")],
  };
}

/**
 * Every published JSON Schema, by file name.
 *
 * @example
 * ```ts
 * Object.keys(buildJsonSchemas()).length;
 * //=> 6
 * ```
 */
export function buildJsonSchemas(): Record<JsonSchemaName, JsonSchemaDocument> {
  const out = {} as Record<JsonSchemaName, JsonSchemaDocument>;
  for (const name of Object.keys(JSON_SCHEMA_SOURCES) as JsonSchemaName[]) out[name] = buildJsonSchema(name);
  return out;
}

/**
 * The build artifacts: `json-schema/<name>` for each published schema.
 *
 * @example
 * ```ts
 * files().map((file) => file.path)[0];
 * //=> "json-schema/report-2019.strict.json"
 * ```
 */
export function files(): GeneratedFile[] {
  return Object.entries(buildJsonSchemas()).map(([name, schema]) => ({
    path: `json-schema/${name}`,
    content: `${JSON.stringify(schema, null, 2)}\n`,
  }));
}
