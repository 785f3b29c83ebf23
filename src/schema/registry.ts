import * as z from "zod";
import type { ZfxxgkMeta } from "../layout/cells.js";

export { type CellDescription, cellLabel, type Lang, labelText, metaFor, type ValueKind, type ZfxxgkMeta } from "../layout/cells.js";

/**
 * The package-owned registry holding the printed label of every schema node.
 *
 * It is separate from zod's global registry so that importing zfxxgk never
 * changes the metadata of a user's own schemas.
 *
 * @example
 * ```ts
 * import { labelRegistry, Report2021 } from "zfxxgk";
 * labelRegistry.get(Report2021.shape.applications.shape.received.shape.naturalPerson)?.title;
 * //=> "一、本年新收政府信息公开申请数量 · 自然人"
 * ```
 */
export const labelRegistry = /* @__PURE__ */ z.registry<ZfxxgkMeta>();
