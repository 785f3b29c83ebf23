/**
 * What `zfxxgk check` produces, as data: one {@link FileResult} per path of
 * the run, series results per organ, and a {@link RunSummary} at the end.
 * Every output format (text, json, github, sarif, junit) renders these.
 */
import type { Finding } from "../rules/types.js";
import type { FileError, LoaderNote, SkipReason } from "./inputs.js";

/** A structure (schema) issue as printed: where, and what is wrong. */
export interface StructureIssue {
  /** JSON Pointer of the cell or part. */
  readonly path: string;
  /** The message in the requested language. */
  readonly message: string;
}

/** What `check` found in one path: one line of `--format json` output. */
export interface FileResult {
  /** The path as given or walked (`-` for standard input). */
  readonly file: string;
  /** `report` (canonical JSON), `labeled` (tables keyed by printed labels) or another loader's kind; null when nothing was read. */
  readonly input: string | null;
  /** The report's format, when it has a valid one. */
  readonly format: "2019" | "2021" | null;
  /** The report year, when it is an integer. */
  readonly year: number | null;
  /** The reporting organ, when it is a string. */
  readonly agency: string | null;
  /** Structure (schema) issues from `parseReport`, located and labelled. */
  readonly issues: readonly StructureIssue[];
  /** The findings of `check`, exactly as the library returns them (errors only with `--quiet`). */
  readonly findings: readonly Finding[];
  /** The notes of the loader (labelled tables, readers of published pages). */
  readonly notes: readonly LoaderNote[];
  /** Why the file could not be used, or null. */
  readonly error: Omit<FileError, "excerpt"> | null;
  /** Why a folder walk passed over this path, or null. */
  readonly skipped: { readonly reason: SkipReason; readonly message: string } | null;
  /** `followed` when the path is a symbolic link that was followed; otherwise null. */
  readonly link: "followed" | null;
}

/** A result with what only the human output needs. */
export interface Processed {
  readonly result: FileResult;
  /** The report, kept only for `--series`. */
  readonly report?: unknown;
  /** A JSON syntax error's line with a caret. */
  readonly excerpt?: string;
}

/** The series checks of one organ's reports. */
export interface SeriesGroup {
  /** The organ (null: reports naming none). */
  readonly agency: string | null;
  /** The files, in the order given to `checkSeries`. */
  readonly files: readonly string[];
  /** Their years. */
  readonly years: readonly (number | null)[];
  /** What `checkSeries` returned (empty when there is only one report). */
  readonly findings: readonly Finding[];
}

/** Severity threshold for the exit status. */
export type FailOn = "error" | "warning" | "info" | "none";

/** The counts of a run; the last line of `--format json`. */
export interface RunSummary {
  /** Paths reported (checked, failed or skipped). */
  readonly paths: number;
  /** Files read and checked. */
  readonly checked: number;
  /** Files that could not be used (unreadable, malformed, not a report, empty). */
  readonly unreadable: number;
  /** Reports failing the schema. */
  readonly invalid: number;
  /** Paths a folder walk passed over, by reason. */
  readonly skipped: Readonly<Record<SkipReason, number>>;
  /** Symbolic links followed (files and folders). */
  readonly linksFollowed: number;
  /** Decided findings by severity, and undecided ones (series included). */
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly unassessable: number;
  /** Loader notes of level warning. */
  readonly noteWarnings: number;
  /** The `--fail-on` threshold used. */
  readonly failOn: FailOn;
  /** The exit status of the run. */
  readonly exitStatus: number;
}
