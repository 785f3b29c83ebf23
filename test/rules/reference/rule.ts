import type { Lang } from "../../../src/schema/registry.js";
import type { Format } from "../../../src/schema/report.js";
import type { Reader, Term } from "./reader.js";
import { AT_MOST_TEMPLATE, EQUALS_TEMPLATE, fill, relate, withContext } from "./relation.js";
import type { Bilingual, BlankPolicy, Finding, RuleDocKey, RuleInfo, Severity } from "../../../src/rules/types.js";

/** Values for a message template's `{placeholders}`; a bilingual value is read in the message language. */
export type TemplateValues = Readonly<Record<string, string | number | Bilingual>>;

/**
 * The finding builders a rule's `run` receives, bound to the rule's record by the engine:
 * the id, message template, tolerance and effective severity come from the record and the
 * options, never from the rule's code.
 */
export interface Emit {
  /**
   * Evaluates the rule's relation (`op`, `tolerance` of the record) between two sides; `at`
   * fills the placeholders of the record's `where` (and so of its `message`). Returns a
   * finding when the relation fails or cannot be decided.
   */
  relate(at: TemplateValues, left: readonly Term[], right: readonly Term[], expected: "left" | "right"): Finding | undefined;
  /** A failed check whose message is the record's `message` filled with `values`. */
  fail(paths: readonly string[], values?: TemplateValues, measured?: { readonly expected: number; readonly actual: number }): Finding;
  /** A failed check in a case the record's template does not describe (its own message). */
  failWith(paths: readonly string[], message: Bilingual): Finding;
  /** A check that cannot be decided for a reason other than blank cells. */
  notAssessable(paths: readonly string[], message: Bilingual): Finding;
}

/** What a single-report rule receives. */
export interface ReportContext {
  /** The report as given (possibly malformed: read it through `reader`). */
  readonly report: unknown;
  readonly format: Format;
  readonly reader: Reader;
  readonly lang: Lang;
  /** The effective severity of the rule. */
  readonly severity: Severity;
  readonly blanks: BlankPolicy;
  /** The record's tolerance (0 when it declares none). */
  readonly tolerance: number;
  /** Finding builders bound to the rule's record. */
  readonly emit: Emit;
}

/** One report of a series, as a series rule sees it. */
export interface SeriesEntry {
  readonly report: unknown;
  readonly format: Format;
  readonly year: number;
  /** Index in the caller's input array (the prefix of its pointers). */
  readonly index: number;
  readonly reader: Reader;
}

/** What a series rule receives: two consecutive years of one organ. */
export interface SeriesContext {
  readonly previous: SeriesEntry;
  readonly current: SeriesEntry;
  readonly lang: Lang;
  readonly severity: Severity;
  readonly blanks: BlankPolicy;
  /** The record's tolerance (0 when it declares none). */
  readonly tolerance: number;
  /** Finding builders bound to the rule's record; `{Y-1}` and `{Y}` are filled with the pair's years. */
  readonly emit: Emit;
}

/** How a relational rule compares its two sides, and where its message says the relation sits. */
export interface RelationForm {
  /** `eq`: the sides are equal (within the tolerance); `le`: the left side is at most the right. */
  readonly op: "eq" | "le";
  /** The place of one relation in printed labels, with placeholders (`{column}`, `{row}`, `{Y-1}` …). */
  readonly where: Bilingual;
}

/** A rule that checks one report. */
export interface ReportRule extends RuleInfo {
  readonly scope: "report";
  /** For relational rules: how the sides compare; the record's `message` is built from it. */
  readonly form?: RelationForm;
  /** Pure: returns the findings for one report. */
  readonly run: (context: ReportContext) => Finding[];
}

/** A rule that checks consecutive years of one organ. */
export interface SeriesRule extends RuleInfo {
  readonly scope: "series";
  /** For relational rules: how the sides compare; the record's `message` is built from it. */
  readonly form?: RelationForm;
  /** Pure: returns the findings for one pair of consecutive years. */
  readonly run: (context: SeriesContext) => Finding[];
}

/** What the series input step receives. */
export interface SeriesInputContext {
  readonly reports: unknown;
  readonly blanks: BlankPolicy;
  /** Finding builders bound to the `series.input` record. */
  readonly emit: Emit;
}

/** What the series input step returns: the pairs of consecutive years to check, and its findings. */
export interface SeriesInput {
  readonly pairs: readonly (readonly [previous: SeriesEntry, current: SeriesEntry])[];
  readonly findings: readonly Finding[];
}

/**
 * The record of the series input step (`series.input`): it runs before any series rule and
 * decides which pairs of years they see. Its findings use this record's id, severity and message.
 */
export interface SeriesInputRule extends RuleInfo {
  readonly scope: "series";
  /** Pure: validates the input of `checkSeries` and pairs consecutive years. */
  readonly run: (context: SeriesInputContext) => SeriesInput;
}

/** What the engine runs: a single-report rule without its documentation (joined in by `rules`). */
export type RunnableReportRule = Omit<ReportRule, RuleDocKey>;
/** What the engine runs: a series rule without its documentation. */
export type RunnableSeriesRule = Omit<SeriesRule, RuleDocKey>;
/** What the engine runs: the series input step without its documentation. */
export type RunnableSeriesInput = Omit<SeriesInputRule, RuleDocKey>;

/**
 * The `form` and `message` of a relational rule: the message is the equality (`eq`) or
 * upper-bound (`le`) template placed at `where`, so it is written once.
 */
export function relationForm(op: RelationForm["op"], where: Bilingual): { readonly form: RelationForm; readonly message: Bilingual } {
  return { form: { op, where }, message: withContext(op === "eq" ? EQUALS_TEMPLATE : AT_MOST_TEMPLATE, where) };
}

function pick(value: string | number | Bilingual, lang: Lang): string | number {
  return typeof value === "object" ? value[lang] : value;
}

function filled(template: Bilingual, values: TemplateValues, lang: Lang): string {
  const picked: Record<string, string | number> = {};
  for (const key of Object.keys(values)) picked[key] = pick(values[key] as string | number | Bilingual, lang);
  return fill(template[lang], picked);
}

/**
 * The finding builders of one rule under one run's settings. `base` fills placeholders every
 * message of the run shares (the years of a series pair).
 */
export function emitFor(rule: Pick<RuleInfo, "id" | "message" | "tolerance"> & { readonly form?: RelationForm }, lang: Lang, severity: Severity, base: TemplateValues = {}): Emit {
  const id = rule.id;
  return {
    relate(at, left, right, expected) {
      const form = rule.form;
      if (!form) throw new TypeError(`zfxxgk: rule ${id} has no relation form`);
      return relate({
        ruleId: id,
        severity,
        lang,
        // Filled only for a finding that is returned: most relations hold.
        text: () => {
          const values = { ...base, ...at };
          return { context: filled(form.where, values, lang), template: filled(rule.message, values, lang) };
        },
        op: form.op,
        tolerance: rule.tolerance ?? 0,
        left,
        right,
        expected,
      });
    },
    fail(paths, values = {}, measured) {
      return { ruleId: id, severity, paths, message: filled(rule.message, { ...base, ...values }, lang), ...measured };
    },
    failWith(paths, message) {
      return { ruleId: id, severity, paths, message: message[lang] };
    },
    notAssessable(paths, message) {
      return { ruleId: id, severity: "info", paths, message: message[lang], assessable: false };
    },
  };
}
