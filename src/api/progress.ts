/**
 * Progress with an estimated time to finish, for the `onProgress` option of `simulate`,
 * `compare`, `simulateFile` and `compareFiles` (which report replications done and total).
 *
 * A notebook running 200 replications of the loan factory prints
 * `onProgress: withEta((p) => console.log(`${p.done}/${p.total}, ${Math.round(p.etaMs / 1000)} s left`))`.
 */

/** Replications done, their total, time since the run started, and a linear ETA. */
export interface Progress {
  readonly done: number;
  readonly total: number;
  /** Milliseconds since `withEta` was called (the run's start). */
  readonly elapsedMs: number;
  /** Milliseconds left at the pace so far; null before the first replication is done. */
  readonly etaMs: number | null;
}

/**
 * Wraps a callback that wants times into the `(done, total)` callback the runners call.
 * Call it when the run starts: elapsed time is measured from then. `done` only goes up over a
 * whole run; with a half-width target `total` is re-planned each round (4 replications, then
 * 60), and the estimate is for the total known at that moment. `now` is for tests.
 */
export function withEta(report: (progress: Progress) => void, now: () => number = () => performance.now()): (done: number, total: number) => void {
  const start = now();
  return (done, total) => {
    const elapsedMs = now() - start;
    const etaMs = done > 0 ? (elapsedMs / done) * (total - done) : null;
    report({ done, total, elapsedMs, etaMs });
  };
}
