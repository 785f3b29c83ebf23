/**
 * A one-line progress display on a terminal's standard error. It is cleared
 * before anything is written to standard output and drawn again right after,
 * so it stays visible below the output instead of being wiped by it.
 */
import type { Lang } from "../schema/registry.js";
import { escapeForTerminal } from "./escape.js";

/** Where the progress line goes and how time is read (injected in tests). */
export interface ProgressSink {
  /** Writes to standard error. */
  readonly write: (text: string) => void;
  /** Milliseconds since some fixed time. */
  readonly now: () => number;
  /** Terminal width in columns (the line is cut to fit). */
  readonly columns: number;
}

/** Files after which the line appears even if the run is fast. */
const AFTER_FILES = 20;
/** Milliseconds after which the line appears. */
const AFTER_MS = 500;
/** Least milliseconds between two redraws of a changed line. */
const EVERY_MS = 100;

/**
 * The progress line of a long run, drawn only when `enabled` (standard error
 * is a terminal and the output is for people): from the 20th file or after
 * half a second, whichever comes first.
 *
 * @example
 * ```ts
 * const progress = new Progress({ write: (text) => process.stderr.write(text), now: Date.now, columns: 80 }, "en", process.stderr.isTTY);
 * progress.update(21, "reports/021.json", 0);
 * ```
 */
export class Progress {
  private text: string | undefined;
  private shown = false;
  private last = Number.NEGATIVE_INFINITY;
  private readonly started: number;
  constructor(
    private readonly sink: ProgressSink,
    private readonly lang: Lang,
    private readonly enabled: boolean,
  ) {
    this.started = sink.now();
  }

  /** Records that `done` files are finished (`errors` of them failing), the last being `file`. */
  update(done: number, file: string, errors: number): void {
    if (!this.enabled) return;
    const now = this.sink.now();
    if (done < AFTER_FILES && now - this.started < AFTER_MS) return;
    const text =
      this.lang === "zh"
        ? `已检查 ${done} 个文件${errors > 0 ? `（${errors} 个有错误）` : ""}… ${escapeForTerminal(file)}`
        : `checked ${done} files${errors > 0 ? ` (${errors} with errors)` : ""}… ${escapeForTerminal(file)}`;
    // Two columns per character at most (CJK), so the line never wraps.
    this.text = [...text].slice(0, Math.max(10, Math.floor((this.sink.columns - 1) / 2))).join("");
    if (now - this.last < EVERY_MS && this.shown) return;
    this.last = now;
    this.draw();
  }

  /** Removes the line (before standard output is written, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.sink.write("\r\x1b[K");
    this.shown = false;
  }

  /** Draws the last line again (after standard output was written). */
  redraw(): void {
    if (this.text !== undefined && !this.shown) this.draw();
  }

  /** Clears the line for good. */
  done(): void {
    this.clear();
    this.text = undefined;
  }

  private draw(): void {
    this.sink.write(`\r\x1b[K${this.text}`);
    this.shown = true;
  }
}
