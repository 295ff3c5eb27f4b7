/**
 * A bounded concurrent stage behind the batch runner (the AI review of each law): at most `limit` items are in
 * `process` at once, and `push` waits for a free slot, so the rule engine never runs far ahead of the model.
 * `ordered` delivers to `sink` in push order (deterministic CLI outputs); otherwise each result is delivered as
 * soon as it is ready (the web job stores every finished law at once, so a restart never repeats it).
 * The first failure is re-thrown by the next `push` or by `drain`; `drain` always waits for every item in flight.
 */
export interface Pipeline<T> {
  push(item: T): Promise<void>;
  drain(): Promise<void>;
}

export function createPipeline<T, R>(opts: {
  limit: number;
  ordered: boolean;
  process: (item: T) => Promise<R>;
  sink: (result: R) => void | Promise<void>;
}): Pipeline<T> {
  const limit = Math.max(1, opts.limit);
  const inFlight = new Set<Promise<void>>();
  let tail: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;

  const check = () => {
    if (failure) throw failure.error;
  };

  return {
    async push(item) {
      check();
      const result = opts.process(item);
      // ordered: each delivery waits for the one before it
      const delivered = opts.ordered ? (tail = Promise.all([result, tail]).then(([r]) => opts.sink(r))) : result.then((r) => opts.sink(r));
      const task: Promise<void> = delivered.then(
        () => void inFlight.delete(task),
        (error: unknown) => {
          inFlight.delete(task);
          failure ??= { error };
        },
      );
      inFlight.add(task);
      while (inFlight.size >= limit) await Promise.race(inFlight);
      check();
    },
    async drain() {
      while (inFlight.size > 0) await Promise.all(inFlight);
      check();
    },
  };
}
