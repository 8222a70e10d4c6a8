/**
 * Claiming replications from a counter shared by every thread of the pool.
 *
 * Thirty replications of the account-opening model on two threads: each thread, whenever it
 * is free, takes the next unclaimed position (0, 1, 2, …) with one atomic add and runs that
 * replication, so neither thread waits for the other to hand out work and both finish within
 * one replication of each other. Results are stored by position, never by finishing order,
 * so the outcome is the same for any number of threads.
 *
 * Stopping (a failure or a cancellation) swaps the counter for a large value in one atomic
 * exchange: every claim made before the swap is known from the value it returns, and every
 * claim after it finds nothing left.
 */

/** Far above any replication count and far below 2^31, so claims after a stop stay large. */
const STOPPED = 1 << 30;

/** A counter of claimed positions, in memory shared with the worker threads. */
export type Claims = Int32Array;

/** A fresh counter: nothing claimed yet. */
export function createClaims(): Claims {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** The next unclaimed position below `count`, or -1 when all are claimed or claiming has stopped. */
export function claimNext(claims: Claims, count: number): number {
  const position = Atomics.add(claims, 0, 1);
  return position < count ? position : -1;
}

/** Stops claiming; returns how many positions (below `count`) were claimed before the stop. */
export function stopClaims(claims: Claims, count: number): number {
  return Math.min(count, Atomics.exchange(claims, 0, STOPPED));
}
