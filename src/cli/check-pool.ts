/**
 * `zfxxgk check --jobs N`: worker threads that each check one path at a time,
 * and an ordered window over the walk so that results come out in the walk's
 * order whatever the timing, with a bounded number of paths in flight.
 */
import { Worker } from "node:worker_threads";
import type { Lang } from "../schema/registry.js";
import { failed } from "./check-file.js";
import type { WorkerReply, WorkerSetup, WorkerTask } from "./check-worker.js";
import { say } from "./context.js";
import type { FileError } from "./inputs.js";
import type { Processed } from "./results.js";

/** A path handed to a worker, waiting for its result. */
interface Pending {
  readonly task: WorkerTask;
  readonly done: (processed: Processed) => void;
}

/** One worker thread and the path it is checking (at most one). */
interface Slot {
  readonly worker: Worker;
  busy: Pending | undefined;
  gone: boolean;
}

/** The old-generation heap of each worker: a file needing more is an error for that file, not for the run. */
const WORKER_HEAP_MB = 512;
/**
 * The young-generation heap of each worker. V8's default made each worker hold about 20–25 MB; at
 * 4 MB a worker holds about 12–15 MB (2,000 generated files on 2 cores, `--jobs 4`: 164 → 136 MB
 * peak, 1.8 → 1.7 s). The price is more frequent minor collections: at `--jobs 2` the same run took
 * 1.5–1.7 s against 1.4 s.
 */
const WORKER_YOUNG_MB = 4;

/** Why a worker stopped while checking a file, as that file's error. */
function workerError(file: string, error: unknown, lang: Lang): FileError {
  const code = (error as { code?: string } | undefined)?.code;
  if (code === "ERR_WORKER_OUT_OF_MEMORY")
    return { code: "out-of-memory", message: say(lang, `${file}：检查时内存不足，已跳过`, `${file}: ran out of memory while being checked; left out`) };
  const reason = (error as Error | undefined)?.message ?? String(error);
  return { code: "internal-error", message: say(lang, `${file}：工作线程意外停止（${reason}）；--debug 显示堆栈`, `${file}: the worker thread stopped (${reason}); --debug shows the stack`) };
}

/**
 * Worker threads running `script` (dist/cli/worker.js), started as needed up
 * to `size`. {@link CheckPool.check} resolves with the file's result, never
 * rejects: a worker that crashes or runs out of memory gives that file an
 * error and is replaced.
 *
 * @example
 * ```ts
 * const pool = new CheckPool(workerUrl, 2, setup, "en", () => undefined);
 * const processed = await pool.check({ id: 0, file: "a.json", link: null });
 * await pool.close();
 * ```
 */
export class CheckPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  constructor(
    private readonly script: URL | string,
    private readonly size: number,
    private readonly setup: WorkerSetup,
    private readonly lang: Lang,
    private readonly debug: (stack: string) => void,
  ) {}

  /** Checks one path in a worker. */
  check(task: WorkerTask): Promise<Processed> {
    return new Promise((done) => {
      this.queue.push({ task, done });
      this.dispatch();
    });
  }

  /** Stops the workers (after the last result). */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.gone = true;
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    for (;;) {
      const next = this.queue[0];
      if (!next) return;
      const slot = this.slots.find((candidate) => !candidate.busy && !candidate.gone) ?? (this.slots.length < this.size ? this.start() : undefined);
      if (!slot) return;
      this.queue.shift();
      slot.busy = next;
      // A busy worker keeps the process alive; an idle one does not.
      slot.worker.ref();
      slot.worker.postMessage(next.task);
    }
  }

  private start(): Slot {
    const worker = new Worker(this.script, { workerData: this.setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB }, stdout: false, stderr: false });
    const slot: Slot = { worker, busy: undefined, gone: false };
    worker.on("message", (reply: WorkerReply) => {
      const pending = slot.busy;
      slot.busy = undefined;
      worker.unref();
      for (const stack of reply.stacks) this.debug(stack);
      pending?.done(reply.processed);
      this.dispatch();
    });
    const stop = (error: unknown) => {
      if (slot.gone) return;
      slot.gone = true;
      this.slots.splice(this.slots.indexOf(slot), 1);
      const pending = slot.busy;
      slot.busy = undefined;
      if (pending) {
        if (error instanceof Error && error.stack) this.debug(error.stack);
        pending.done(failed(pending.task.file, workerError(pending.task.file, error, this.lang), { link: pending.task.link }));
      }
      this.dispatch();
    };
    worker.on("error", stop);
    worker.on("exit", (code) => stop(new Error(`exit code ${code}`)));
    this.slots.push(slot);
    return slot;
  }
}
