import type { Lang } from "../schema/registry.js";
import type { Format } from "../schema/report.js";
import type { Reader, Term } from "./reader.js";
import { AT_MOST_TEMPLATE, EQUALS_TEMPLATE, fill, type RelationSpec, type RelationText, relate, withContext } from "./relation.js";
import type { Bilingual, BlankPolicy, Finding, RuleDocKey, RuleInfo, Severity } from "./types.js";

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
   * finding when the relation fails or cannot be decided. `disjoint`: no two terms read a
   * common cell (see {@link RelationSpec.disjoint}); the table-三 rules know it from the layout.
   */
  relate(at: TemplateValues, left: readonly Term[], right: readonly Term[], expected: "left" | "right", disjoint?: boolean): Finding | undefined;
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

/** A rule of the catalogue: its record plus a pure function. */
export type Rule = ReportRule | SeriesRule | SeriesInputRule;

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

/** The keys of a rule that make its record, in `rules.json` order. */
const INFO_KEYS = ["id", "severity", "scope", "formats", "title", "relation", "rationale", "source", "cells", "message", "blanks", "tolerance"] as const;

/** The record of a rule: everything but its function and its implementation details. */
export function infoOf(rule: RuleInfo): RuleInfo {
  const info: Record<string, unknown> = {};
  for (const key of INFO_KEYS) if (rule[key] !== undefined) info[key] = rule[key];
  return info as unknown as RuleInfo;
}

function pick(value: string | number | Bilingual, lang: Lang): string | number {
  return typeof value === "object" ? value[lang] : value;
}

function filled(template: Bilingual, values: TemplateValues, lang: Lang): string {
  const picked: Record<string, string | number> = {};
  for (const key of Object.keys(values)) picked[key] = pick(values[key] as string | number | Bilingual, lang);
  return fill(template[lang], picked);
}

type EmitRule = Pick<RuleInfo, "id" | "message" | "tolerance"> & { readonly form?: RelationForm };

const NO_BASE: TemplateValues = {};

/**
 * The texts of relations by rule record, language and `at` object: a rule that makes its `at`
 * values once (the table rules do) has each relation's context and template filled once, not
 * once per report. Texts that depend on a series pair's years (`base`) are not kept.
 */
const keptTexts = new WeakMap<EmitRule, Record<Lang, WeakMap<TemplateValues, RelationText>>>();

function textsOf(rule: EmitRule, lang: Lang): WeakMap<TemplateValues, RelationText> {
  let kept = keptTexts.get(rule);
  if (!kept) {
    kept = { zh: new WeakMap(), en: new WeakMap() };
    keptTexts.set(rule, kept);
  }
  return kept[lang];
}

/**
 * The finding builders of one rule under one run's settings. `base` fills placeholders every
 * message of the run shares (the years of a series pair).
 */
export function emitFor(rule: EmitRule, lang: Lang, severity: Severity, base: TemplateValues = NO_BASE): Emit {
  const id = rule.id;
  const textOf = (form: RelationForm, at: TemplateValues): RelationText => {
    const kept = base === NO_BASE ? textsOf(rule, lang) : undefined;
    let text = kept?.get(at);
    if (!text) {
      const values = base === NO_BASE ? at : { ...base, ...at };
      text = { context: filled(form.where, values, lang), template: filled(rule.message, values, lang) };
      kept?.set(at, text);
    }
    return text;
  };
  return {
    relate(at, left, right, expected, disjoint = false) {
      const form = rule.form;
      if (!form) throw new TypeError(`zfxxgk: rule ${id} has no relation form`);
      return relate({
        ruleId: id,
        severity,
        lang,
        // Filled only for a finding that is returned: most relations hold.
        text: () => textOf(form, at),
        op: form.op,
        tolerance: rule.tolerance ?? 0,
        left,
        right,
        expected,
        disjoint,
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
