/**
 * zfxxgk/arbitraries — fast-check arbitraries of reports: strict, lenient and
 * rule-breaking. Needs the optional peer dependency fast-check.
 *
 * @packageDocumentation
 */
import { createRequire } from "node:module";
import type * as FastCheck from "fast-check";
import { buildReport } from "../fixtures/build-report.js";
import { formatForYear } from "../layout/formats.js";
import { breakRule, type ReportRuleId, ruleIdsFor } from "../fixtures/break-rule.js";
import { type BlankStyles, blankReport } from "../fixtures/lenient.js";
import type { Format, LenientReport, LenientReport2019, LenientReport2021, Report, Report2019, Report2021 } from "../schema/report.js";

const MISSING = "zfxxgk/arbitraries needs the optional peer dependency fast-check: npm i -D fast-check";

declare const __filename: string | undefined;

/**
 * Loads fast-check synchronously so a missing install fails with a clear message
 * (a static `import` would fail at link time, before any code could explain).
 * In ES modules this loads fast-check's CommonJS build; fast-check recognises
 * arbitraries by shape, so they mix with the caller's `import fc from "fast-check"`.
 */
function loadFastCheck(): typeof FastCheck {
  try {
    // ES module build: import.meta.url (checked first: `node -e` defines a global
    // __filename of "[eval]" that an ES module would otherwise pick up); CommonJS build: __filename.
    const url: unknown = import.meta.url;
    const load = createRequire(typeof url === "string" ? url : (__filename as string));
    return load("fast-check") as typeof FastCheck;
  } catch (error) {
    if ((error as { code?: string }).code === "MODULE_NOT_FOUND" || (error as { code?: string }).code === "ERR_MODULE_NOT_FOUND")
      throw new Error(MISSING, { cause: error });
    throw error;
  }
}

const fc: typeof FastCheck = /* @__PURE__ */ loadFastCheck();

/** A generator seed: fast-check shrinks it towards 0 (shrinking changes the whole report, not one cell). */
const seedArbitrary = /* @__PURE__ */ fc.integer({ min: 0, max: 0x7fffffff });

/** Options of the report arbitraries. */
export interface ReportArbitraryOptions {
  /** Restrict to report years (each must match the format). Default: every year of the format from 2019 to 2030. */
  readonly years?: readonly number[];
}

function yearArbitrary(format: Format, years: readonly number[] | undefined): FastCheck.Arbitrary<number> {
  const all = years ?? Array.from({ length: 12 }, (_, index) => 2019 + index).filter((year) => formatForYear(year) === format);
  return fc.constantFrom(...all);
}

/**
 * Strict reports of one format, valid by construction and passing every rule.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { strictReport } from "zfxxgk/arbitraries";
 * fc.assert(fc.property(strictReport("2021"), (report) => check(report).length === 0));
 * //=> passes
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function strictReport(format: "2019", options?: ReportArbitraryOptions): FastCheck.Arbitrary<Report2019>;
export function strictReport(format?: "2021", options?: ReportArbitraryOptions): FastCheck.Arbitrary<Report2021>;
export function strictReport(format: Format, options?: ReportArbitraryOptions): FastCheck.Arbitrary<Report>;
export function strictReport(format: Format = "2021", options: ReportArbitraryOptions = {}): FastCheck.Arbitrary<Report> {
  return fc
    .record({ seed: seedArbitrary, year: yearArbitrary(format, options.years) })
    .map(({ seed, year }) => buildReport({ format, year, seed }) as Report);
}

/**
 * Strict reports of either format.
 *
 * @example
 * ```ts
 * fc.sample(anyStrictReport(), 2).map((report) => report.format);
 * //=> e.g. ["2019", "2021"]
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function anyStrictReport(options: ReportArbitraryOptions = {}): FastCheck.Arbitrary<Report> {
  return fc.oneof(strictReport("2019", options), strictReport("2021", options));
}

const blankStylesArbitrary: FastCheck.Arbitrary<BlankStyles> = /* @__PURE__ */ fc.record({
  zeroRows: fc.boolean(),
  legalPersonZeros: fc.boolean(),
  reviewZeros: fc.boolean(),
  outcomesTotal: fc.boolean(),
});

/**
 * Lenient reports as published: blanks where real reports leave them (whole zero
 * rows of 三, blank 法人或其他组织 zeros, blank zeros in 四, a blank （七）总计 row).
 * Every rule passes or says `assessable: false`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(lenientReport("2019"), (report) => check(report).every((f) => f.assessable === false)));
 * //=> passes
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function lenientReport(format: "2019", options?: ReportArbitraryOptions): FastCheck.Arbitrary<LenientReport2019>;
export function lenientReport(format?: "2021", options?: ReportArbitraryOptions): FastCheck.Arbitrary<LenientReport2021>;
export function lenientReport(format: Format, options?: ReportArbitraryOptions): FastCheck.Arbitrary<LenientReport>;
export function lenientReport(format: Format = "2021", options: ReportArbitraryOptions = {}): FastCheck.Arbitrary<LenientReport> {
  return fc
    .tuple(strictReport(format, options), blankStylesArbitrary)
    .map(([report, styles]) => blankReport(report, styles) as LenientReport);
}

/** A report that breaks one rule, labelled with the rule's id. */
export interface BrokenReportSample<Shape extends Report = Report> {
  readonly ruleId: ReportRuleId;
  readonly report: Shape;
}

/** Options of {@link brokenReport}. */
export interface BrokenReportOptions extends ReportArbitraryOptions {
  /** Only these rules (each must apply to the format). Default: every single-report rule of the format. */
  readonly ruleIds?: readonly ReportRuleId[];
}

/**
 * Reports that fail exactly one rule, as `{ ruleId, report }`: every finding
 * `check` returns for `report` has that `ruleId`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(brokenReport("2021"), ({ ruleId, report }) => check(report).every((f) => f.ruleId === ruleId)));
 * //=> passes
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function brokenReport(format: "2019", options?: BrokenReportOptions): FastCheck.Arbitrary<BrokenReportSample<Report2019>>;
export function brokenReport(format?: "2021", options?: BrokenReportOptions): FastCheck.Arbitrary<BrokenReportSample<Report2021>>;
export function brokenReport(format: Format, options?: BrokenReportOptions): FastCheck.Arbitrary<BrokenReportSample>;
export function brokenReport(format: Format = "2021", options: BrokenReportOptions = {}): FastCheck.Arbitrary<BrokenReportSample> {
  const ids = options.ruleIds ?? ruleIdsFor(format);
  for (const id of ids)
    if (!ruleIdsFor(format).includes(id)) throw new TypeError(`zfxxgk/arbitraries: rule ${JSON.stringify(id)} does not apply to format "${format}"`);
  return fc
    .record({ report: strictReport(format, options), ruleId: fc.constantFrom(...ids), where: seedArbitrary })
    .map(({ report, ruleId, where }) => ({ ruleId, report: breakRule(report, ruleId, { seed: where }) }));
}
