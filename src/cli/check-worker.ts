/**
 * A worker thread of `zfxxgk check --jobs N`: receives one path at a time
 * (never its contents), reads and checks it with the same code as the main
 * thread, and posts the result back. Built as `dist/cli/worker.js`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type CheckFileOptions, checkInput, failed, thrown } from "./check-file.js";
import type { Processed } from "./results.js";

/** What the main thread gives every worker when it starts it. */
export interface WorkerSetup {
  /** The options of every file (no `debug` function: stacks come back as text). */
  readonly options: Omit<CheckFileOptions, "debug" | "loaders">;
  /** Collect stack traces of internal errors (`--debug`). */
  readonly debug: boolean;
  /** Send each report back (`--series`, `--html`); otherwise it is dropped here. */
  readonly keepReports: boolean;
}

/** One path to check (the worker opens it). */
export interface WorkerTask {
  readonly id: number;
  readonly file: string;
  readonly link: "followed" | null;
}

/** A path checked: its result, and the stacks of internal errors when `--debug`. */
export interface WorkerReply {
  readonly id: number;
  readonly processed: Processed;
  readonly stacks: readonly string[];
}

/** Checks one task; never throws. */
async function handle(task: WorkerTask, setup: WorkerSetup): Promise<WorkerReply> {
  const stacks: string[] = [];
  const debug = setup.debug ? (error: unknown) => void stacks.push((error as Error)?.stack ?? String(error)) : undefined;
  const options: CheckFileOptions = { ...setup.options, ...(debug ? { debug } : {}) };
  const processed = await checkInput(task.file, undefined, options, task.link);
  const { report: _report, ...rest } = processed;
  return { id: task.id, processed: setup.keepReports ? processed : rest, stacks };
}

const port = parentPort;
if (port) {
  const setup = workerData as WorkerSetup;
  port.on("message", (task: WorkerTask) => {
    void handle(task, setup).then((reply) => {
      try {
        port.postMessage(reply);
      } catch (error) {
        // A value that cannot cross threads (never from JSON): that file's internal error.
        port.postMessage({ id: task.id, processed: failed(task.file, thrown(error, task.file, setup.options.lang), { link: task.link }), stacks: [] } satisfies WorkerReply);
      }
    });
  });
}
