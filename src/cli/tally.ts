/**
 * The counts of a `zfxxgk check` run, as values: each path and each series
 * group gives its own counts, and a run's counts are their sum.
 */
import type { Finding } from "../rules/types.js";
import type { SkipReason } from "./inputs.js";
import { fails } from "./render-machine.js";
import { isWarningNote } from "./render-text.js";
import type { FailOn, Processed, RunSummary } from "./results.js";

/** The counts of a run so far: the summary's counts (one definition, in {@link RunSummary}), plus `failing` and `withErrors`. */
export interface Tally extends Omit<RunSummary, "failOn" | "exitStatus"> {
  /** What counts against `--fail-on`. */
  readonly failing: number;
  /** Paths with an error of any kind (for the progress line). */
  readonly withErrors: number;
}

/** A run before any path. */
export const EMPTY_TALLY: Tally = {
  paths: 0,
  checked: 0,
  unreadable: 0,
  invalid: 0,
  skipped: { hidden: 0, "other-kind": 0, "not-regular-file": 0, "dangling-symlink": 0, "symlink-loop": 0, "already-walked": 0 },
  linksFollowed: 0,
  errors: 0,
  warnings: 0,
  infos: 0,
  unassessable: 0,
  noteWarnings: 0,
  failing: 0,
  withErrors: 0,
};

/** The counts of a list of findings: by severity (decided ones), undecided, and failing under `failOn`. */
export function countFindings(findings: readonly Finding[], failOn: FailOn): Partial<Tally> {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let unassessable = 0;
  let failing = 0;
  for (const finding of findings) {
    if (finding.assessable === false) unassessable += 1;
    else if (finding.severity === "error") errors += 1;
    else if (finding.severity === "warning") warnings += 1;
    else infos += 1;
    if (fails(finding, failOn)) failing += 1;
  }
  return { errors, warnings, infos, unassessable, failing };
}

/** The counts of one path of the run. */
export function countPath({ result }: Processed, failOn: FailOn): Partial<Tally> {
  const findings = countFindings(result.findings, failOn);
  const noteWarnings = result.notes.filter(isWarningNote).length;
  const failingNotes = failOn === "warning" || failOn === "info" ? noteWarnings : 0;
  const failingIssues = failOn !== "none" ? result.issues.length : 0;
  const withErrors = result.error || result.issues.length > 0 || result.findings.some((finding) => fails(finding, "error")) ? 1 : 0;
  return {
    ...findings,
    paths: 1,
    checked: result.skipped || result.error ? 0 : 1,
    unreadable: !result.skipped && result.error ? 1 : 0,
    invalid: result.issues.length > 0 ? 1 : 0,
    linksFollowed: result.link ? 1 : 0,
    noteWarnings,
    failing: (findings.failing ?? 0) + failingNotes + failingIssues,
    withErrors,
    ...(result.skipped ? { skipped: { ...EMPTY_TALLY.skipped, [result.skipped.reason]: 1 } } : {}),
  };
}

/** A followed link to a folder: one path, one link. */
export const FOLLOWED_FOLDER: Partial<Tally> = { paths: 1, linksFollowed: 1 };

/** The sum of a tally and some more counts. */
export function addTally(tally: Tally, more: Partial<Tally>): Tally {
  const sum = (key: Exclude<keyof Tally, "skipped">) => tally[key] + (more[key] ?? 0);
  const skipped = more.skipped
    ? (Object.fromEntries(Object.entries(tally.skipped).map(([reason, count]) => [reason, count + (more.skipped?.[reason as SkipReason] ?? 0)])) as Record<SkipReason, number>)
    : tally.skipped;
  return {
    paths: sum("paths"),
    checked: sum("checked"),
    unreadable: sum("unreadable"),
    invalid: sum("invalid"),
    skipped,
    linksFollowed: sum("linksFollowed"),
    errors: sum("errors"),
    warnings: sum("warnings"),
    infos: sum("infos"),
    unassessable: sum("unassessable"),
    noteWarnings: sum("noteWarnings"),
    failing: sum("failing"),
    withErrors: sum("withErrors"),
  };
}
