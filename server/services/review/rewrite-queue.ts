/**
 * The rewrites decisions cause, one review at a time. A decision on a very long Absatz is rewritten in the draft
 * pool (about 2 s for 50,000 characters); forty at once held the pool for a minute and could fill its queue, so
 * that other users' uploads were refused. Here a review's rewrites run one after the other, and an Absatz has at
 * most one rewrite waiting: a later decision on it joins the waiting one, which reads the decisions only when it
 * starts and so includes the later one too (it supersedes the queued rewrite instead of adding another).
 */
export function rewriteQueue<T>() {
  const reviews = new Map<string, { tail: Promise<unknown>; waiting: Map<number, Promise<T>> }>();
  return {
    /**
     * Runs `task` after the review's earlier rewrites, or joins the rewrite of the same Absatz that still waits.
     * `superseded()` tells the running task that a newer rewrite of its Absatz is already waiting.
     */
    run(review: string, absatz: number, task: (superseded: () => boolean) => Promise<T>): Promise<T> {
      let q = reviews.get(review);
      if (!q) reviews.set(review, (q = { tail: Promise.resolve(), waiting: new Map() }));
      const queue = q;
      const waiting = queue.waiting.get(absatz);
      if (waiting) return waiting;
      const job = queue.tail.then(() => {
        queue.waiting.delete(absatz);
        return task(() => queue.waiting.has(absatz));
      });
      queue.waiting.set(absatz, job);
      // a failed rewrite fails its callers, not the review's later ones
      const tail = job.then(
        () => undefined,
        () => undefined,
      );
      queue.tail = tail;
      void tail.then(() => {
        if (reviews.get(review) === queue && queue.tail === tail) reviews.delete(review);
      });
      return job;
    },
  };
}
