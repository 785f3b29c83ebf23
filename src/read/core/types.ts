/**
 * Shared types of the readers of published reports (`zfxxgk/read`): the
 * options every reader takes, where each cell came from, what was detected,
 * and the one result shape every reader returns.
 */
import type { LabeledTables, Note } from "../../labeled/index.js";
import type { Bilingual } from "../../layout/labels.js";
import type { Format, LenientReport } from "../../schema/report.js";
import type { ReadNoteKind } from "./notes.js";

/** The kinds of input a reader understands. */
export type InputKind = "html" | "dom" | "text" | "text-items" | "pdf";

/** Where one cell's text came from in the published document. */
export type Provenance =
  | {
      /** An HTML table cell. */
      readonly kind: "html";
      /** Index of the `<table>` in document order (0-based). */
      readonly table: number;
      /** Row of the expanded grid (0-based, after rowspan/colspan expansion). */
      readonly row: number;
      /** Column of the expanded grid (0-based). */
      readonly column: number;
      /** The cell's text as read. */
      readonly text: string;
    }
  | {
      /** A stretch of page text. */
      readonly kind: "text";
      /** Character offset where the cell's text starts (UTF-16 code units, like `String#slice`). */
      readonly start: number;
      /** Offset just after the cell's text. */
      readonly end: number;
      /** The cell's text as read. */
      readonly text: string;
    }
  | {
      /** A positioned text item of a PDF page. */
      readonly kind: "pdf";
      /** Page number (1-based). */
      readonly page: number;
      /** Left edge, in the PDF's user units. */
      readonly x: number;
      /** Baseline, in the PDF's user units (larger is higher on the page). */
      readonly y: number;
      readonly width: number;
      readonly height: number;
      /** The cell's text as read. */
      readonly text: string;
    };

/** Options every reader takes; each field only when the caller knows better than the page. */
export interface ReadOptions {
  /** The report's format; otherwise detected from the printed labels (or the year). */
  readonly format?: Format;
  /** The report year; otherwise read from the title or heading. */
  readonly year?: number;
  /** The reporting organ; otherwise read from the title or heading. */
  readonly agency?: string;
  /** Language of `error.message` strings (`zh` by default); notes always carry both. */
  readonly lang?: "zh" | "en";
  /**
   * `"arithmetic"` lets a reader of run-together text pick the unique split of a digit run for
   * which the row's 总计 equals the sum of its parts; those cells are listed in `assisted`.
   * Default `"none"`: an ambiguous run stays `null` with a note.
   */
  readonly assist?: "none" | "arithmetic";
}

/** One table (or table-like block) found in the document. */
export interface DetectedTable {
  /** Which statistical table it holds, or `null` when it is not one of 二/三/四 (a site's metadata table…). */
  readonly holds: "二" | "三" | "四" | null;
  /** Where it is: `<table>` index, text offsets or PDF pages. */
  readonly source: string;
  /** Data rows recognised in it. */
  readonly rows: number;
  /** `joined` when it continues the previous part of the same table; `duplicate` when it repeats one already read (not merged). */
  readonly role: "read" | "joined" | "duplicate" | "ignored";
}

/** What a reader found out about the document. */
export interface Detected {
  /** The kind of input read. */
  readonly input: InputKind;
  /** The format used, or `null` when none could be determined. */
  readonly format: Format | null;
  /** Why: the printed labels (or the year) that decided it. */
  readonly formatEvidence: readonly string[];
  /** Where the year and agency came from (`option`, `title`, `heading`, or absent). */
  readonly yearSource?: "option" | "title" | "heading" | "text";
  readonly agencySource?: "option" | "title" | "heading" | "text";
  /** The tables found, in document order. */
  readonly tables: readonly DetectedTable[];
}

/** A note of a reader: the labelled-table notes plus the reader's own kinds. */
export interface ReadNote extends Omit<Note, "kind"> {
  /** What happened, from {@link READ_NOTE_KINDS} or the labelled-table note kinds. */
  readonly kind: ReadNoteKind | Note["kind"];
  /** Where in the document, when the note is about one place. */
  readonly source?: Provenance;
}

/** Why a reader produced no report. */
export type ReadErrorCode =
  | "invalid-input"
  | "no-report-found"
  | "tables-are-images"
  | "format-undetermined"
  | "pdf-unavailable"
  | "pdf-unreadable"
  | "internal-error";

/** The error of a failed read. */
export interface ReadError {
  readonly code: ReadErrorCode;
  /** In the language asked for (`lang`, Chinese by default). */
  readonly message: string;
  /** Both languages. */
  readonly messages: Bilingual;
  /** For `tables-are-images`: the `src` of each image where a table should be. */
  readonly images?: readonly string[];
}

/** Success: the lenient report, and how it was read. */
export interface ReadSuccess {
  readonly success: true;
  /** The report as read: blanks and unreadable cells are `null`. */
  readonly data: LenientReport;
  /** Everything read, assumed, joined or left unread, each of a fixed kind. */
  readonly notes: readonly ReadNote[];
  /** The intermediate labelled tables (official labels): correct them and call `fromLabeledTables` again. */
  readonly labeled: LabeledTables;
  /** For every cell pointer that was read from the document, where its text came from. */
  readonly provenance: Readonly<Record<string, Provenance>>;
  /** Input kind, format with its evidence, tables found and joined. */
  readonly detected: Detected;
  /** Pointers whose value was chosen with `assist: "arithmetic"` (empty without it). */
  readonly assisted: readonly string[];
  readonly error?: undefined;
}

/** Failure: no report, and why. */
export interface ReadFailure {
  readonly success: false;
  readonly error: ReadError;
  readonly notes: readonly ReadNote[];
  readonly detected: Detected;
  readonly data?: undefined;
}

/** What every reader returns; never thrown. */
export type ReadResult = ReadSuccess | ReadFailure;
