/**
 * Yielding between replications run on the main thread, so that timers, I/O and progress
 * displays get their turn.
 *
 * A notebook runs the account-opening model over a 100-year horizon (3 s a replication) with
 * `signal: AbortSignal.timeout(500)`: that signal aborts from a timer. `setImmediate` alone
 * lets the next replication start before the event loop reaches its timers, so the abort (and
 * a progress spinner's `setInterval`) came one replication late. A `setTimeout(0)` yield lets
 * due timers run first, but costs about a millisecond of idle time; it is taken once at least
 * `TIMER_YIELD_MS` of work has passed since the last one, so every replication longer than
 * that is followed by the timers, and short ones pay at most ~1 ms per `TIMER_YIELD_MS`.
 */

/** Main-thread work after which the next yield waits for due timers (ms). */
export const TIMER_YIELD_MS = 20;

/**
 * A yield for the gaps between replications: a macrotask after which due timers have run
 * whenever `TIMER_YIELD_MS` have passed since the last such yield; otherwise `setImmediate`.
 * `now` is for tests.
 */
export function timerYield(now: () => number = () => performance.now()): () => Promise<void> {
  let last = now();
  return () => {
    if (now() - last < TIMER_YIELD_MS) return new Promise<void>((resolve) => setImmediate(resolve));
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        last = now();
        resolve();
      }, 0),
    );
  };
}
