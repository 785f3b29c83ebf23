/**
 * The ordered window of `zfxxgk check`: results come out in the walk's order whatever the timing,
 * with a bounded number of paths in flight. Kept apart from the worker pool so that checking one
 * file does not load `node:worker_threads`.
 */

/**
 * The items of `source` mapped by `start`, in the source's order, with at most
 * `window` started and not yet taken. `start` must not reject.
 *
 * @example
 * ```ts
 * for await (const processed of inOrder(entries, (entry) => pool.check(entry), 8)) write(processed);
 * ```
 */
export async function* inOrder<Item, Mapped>(source: Iterable<Item>, start: (item: Item) => Promise<Mapped>, window: number): AsyncGenerator<Mapped> {
  const started: Promise<Mapped>[] = [];
  for (const item of source) {
    started.push(start(item));
    if (started.length >= window) yield await (started.shift() as Promise<Mapped>);
  }
  while (started.length > 0) yield await (started.shift() as Promise<Mapped>);
}
