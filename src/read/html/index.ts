/**
 * The HTML readers: `fromHtml` parses a page or fragment with htmlparser2
 * (bundled into `zfxxgk/read`, so no runtime dependency and any Node ≥ 20);
 * `fromDom` walks a DOM the caller already has (browser, jsdom, linkedom)
 * through standard DOM properties only. Both end in the same table reader.
 */
import type { AnyNode, Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { assemble, readFailure } from "../core/assemble.js";
import type { InputKind, ReadOptions, ReadResult } from "../core/types.js";
import { readPage } from "./read-tables.js";
import { collectPage, type TreeAdapter } from "./tree.js";

/** The walk over htmlparser2's tree. */
const PARSED: TreeAdapter<AnyNode> = {
  kind(node) {
    if (node.type === "text") return "text";
    if (node.type === "tag" || node.type === "script" || node.type === "style" || node.type === "root") return "element";
    return "other";
  },
  name(node) {
    return node.type === "root" ? "#document" : (node as Element).name.toLowerCase();
  },
  attribute(node, name) {
    return (node as Element).attribs?.[name];
  },
  children(node) {
    return "children" in node ? node.children : [];
  },
  text(node) {
    return "data" in node ? String(node.data) : "";
  },
};

/** The DOM properties the walk uses (a subset of `Node` and `Element`, so no DOM typings are needed). */
export interface DomNodeLike {
  readonly nodeType: number;
  readonly nodeName?: string;
  readonly localName?: string | null;
  readonly nodeValue?: string | null;
  readonly childNodes?: ArrayLike<DomNodeLike>;
  getAttribute?(name: string): string | null;
}

/** The walk over a standard DOM. */
const DOM: TreeAdapter<DomNodeLike> = {
  kind(node) {
    if (node.nodeType === 3 || node.nodeType === 4) return "text";
    if (node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11) return "element";
    return "other";
  },
  name(node) {
    if (node.nodeType !== 1) return "#document";
    return (node.localName ?? node.nodeName ?? "").toLowerCase();
  },
  attribute(node, name) {
    return typeof node.getAttribute === "function" ? (node.getAttribute(name) ?? undefined) : undefined;
  },
  children(node) {
    return node.childNodes ?? [];
  },
  text(node) {
    return node.nodeValue ?? "";
  },
};

const EMPTY = (input: InputKind) => ({ input, format: null, formatEvidence: [], tables: [] });

/**
 * Reads a report from an HTML page or fragment (a CMS page, a Word export, a saved page).
 *
 * @example
 * ```ts
 * const outcomes = "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>";
 * const html = "<h1>沭阳县财政局2023年政府信息公开工作年度报告</h1><table>"
 *   + "<tr><td colspan=5>行政复议</td><td colspan=10>行政诉讼</td></tr>"
 *   + "<tr>" + outcomes.replaceAll("<td>", "<td rowspan=2>") + "<td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr>"
 *   + "<tr>" + outcomes + outcomes + "</tr>"
 *   + "<tr><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td>" + "<td>0</td>".repeat(10) + "</tr></table>";
 * const result = fromHtml(html);
 * result.success && [result.data.year, result.data.agency, result.data.reviewAndLitigation.review.total];
 * //=> [2023, "沭阳县财政局", 1]
 * ```
 */
export function fromHtml(html: string, options: ReadOptions = {}): ReadResult {
  if (typeof html !== "string") return readFailure("invalid-input", EMPTY("html"), { lang: options.lang ?? "zh" });
  try {
    const document = parseDocument(html, { decodeEntities: true });
    return assemble(readPage(collectPage<AnyNode>(document, PARSED), "html", options), options);
  } catch (error) {
    return readFailure("internal-error", EMPTY("html"), {
      lang: options.lang ?? "zh",
      detail: { zh: `（${String(error)}）`, en: `(${String(error)})` },
    });
  }
}

/**
 * Reads a report from a DOM node the caller already has: a browser `document` or element,
 * jsdom or linkedom. Walks standard DOM properties only; gives the same result as {@link fromHtml}.
 *
 * @example
 * ```ts
 * // In a browser, on a report page:
 * // const result = fromDom(document);
 * fromDom(null as never).success;
 * //=> false
 * ```
 */
export function fromDom(node: DomNodeLike, options: ReadOptions = {}): ReadResult {
  if (typeof node !== "object" || node === null || typeof node.nodeType !== "number") {
    return readFailure("invalid-input", EMPTY("dom"), { lang: options.lang ?? "zh" });
  }
  try {
    return assemble(readPage(collectPage<DomNodeLike>(node, DOM), "dom", options), options);
  } catch (error) {
    return readFailure("internal-error", EMPTY("dom"), {
      lang: options.lang ?? "zh",
      detail: { zh: `（${String(error)}）`, en: `(${String(error)})` },
    });
  }
}
