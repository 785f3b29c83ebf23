// The cell table (src/layout/cells.ts, no zod) and the schemas' label registry describe the
// same nodes: every schema node's registered metadata equals the table's, and the table has
// no node the schema lacks.
import type * as z from "zod";
import { describe, expect, it } from "vitest";
import { type LayoutNode, layoutTree } from "../../src/layout/cells.js";
import { labelRegistry } from "../../src/schema/registry.js";
import { LenientReport2019, LenientReport2021, Report2019, Report2021 } from "../../src/schema/report.js";

interface Internals {
  _zod: { def: { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> } };
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema as unknown as Internals;
  while (current._zod.def.type === "nullable" || current._zod.def.type === "optional") current = current._zod.def.innerType as unknown as Internals;
  return current as unknown as z.ZodType;
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = (unwrap(schema) as unknown as Internals)._zod.def;
  return def.type === "object" ? def.shape : undefined;
}

function compare(schema: z.ZodType, node: LayoutNode, path: string[]): number {
  const meta = labelRegistry.get(schema) ?? labelRegistry.get(unwrap(schema));
  expect(meta, `/${path.join("/")} registered`).toBeDefined();
  expect(meta, `/${path.join("/")}`).toEqual(node.meta);
  const shape = shapeOf(schema);
  expect(Object.keys(shape ?? {}), `/${path.join("/")} keys`).toEqual(Object.keys(node.children ?? {}));
  let count = 1;
  for (const [key, child] of Object.entries(shape ?? {})) count += compare(child, node.children?.[key] as LayoutNode, [...path, key]);
  return count;
}

describe("the cell table equals the schemas' label registry", () => {
  it.each([
    ["2019", Report2019],
    ["2021", Report2021],
    ["2019", LenientReport2019],
    ["2021", LenientReport2021],
  ] as const)("%s", (format, schema) => {
    expect(compare(schema, layoutTree(format), [])).toBeGreaterThan(150);
  });
});
