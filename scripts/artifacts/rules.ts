// dist/rules.json: the rule catalogue without functions, for non-TypeScript users.
import { ruleCatalogue } from "../../src/rules/catalogue.js";
import type { GeneratedFile } from "../generated.js";

/** The catalogue as JSON. */
export function files(): GeneratedFile[] {
  return [{ path: "rules.json", content: `${JSON.stringify(ruleCatalogue(), null, 2)}\n` }];
}
