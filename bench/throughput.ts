/**
 * Calls per second of `work` over `inputs`, after a 300 ms warm-up, for at least `ms` milliseconds.
 * `batch` calls run between clock reads (100 for microsecond-scale work, 1 for slow calls such as reading a page).
 */
export function throughput(inputs: readonly unknown[], work: (input: unknown) => void, ms = 1500, batch = 1): number {
  const warmUntil = performance.now() + 300;
  let index = 0;
  while (performance.now() < warmUntil) work(inputs[index++ % inputs.length]);
  let done = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let k = 0; k < batch; k += 1) work(inputs[(done + k) % inputs.length]);
    done += batch;
    elapsed = performance.now() - started;
  }
  return (done / elapsed) * 1000;
}
