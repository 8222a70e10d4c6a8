/**
 * Observations held back in a fixed buffer and folded into their accumulators a few hundred
 * at a time, so that an event costs a few stores instead of a streaming-mean update and a
 * histogram lookup.
 *
 * When a counter customer leaves, her wait (4.2 minutes) and cycle time (6.0) are queued with
 * her class; when the buffer is full, or when the statistics are read, the collector folds
 * the queued pairs into its Welford and histogram accumulators in the order they happened,
 * so every sum is bit-identical to folding each one at once.
 * NOTE: the buffer is allocated once per collector; queueing allocates nothing.
 */

/** Default number of observations held back before the owner must fold them. */
export const PENDING_CAPACITY = 256;

/** Up to `capacity` observations (a key and two values each), in the order they were queued. */
export class PendingObservations {
  /** Key of each queued observation (a class or step id, as the owner defines). */
  readonly keys: Int32Array;
  /** First value of each queued observation. */
  readonly first: Float64Array;
  /** Second value of each queued observation. */
  readonly second: Float64Array;
  /** Observations queued and not folded yet. */
  count = 0;

  constructor(readonly capacity = PENDING_CAPACITY) {
    this.keys = new Int32Array(capacity);
    this.first = new Float64Array(capacity);
    this.second = new Float64Array(capacity);
  }

  /** Queues one observation; true when the buffer is now full and must be folded before the next. */
  push(key: number, first: number, second: number): boolean {
    const i = this.count;
    this.keys[i] = key;
    this.first[i] = first;
    this.second[i] = second;
    this.count = i + 1;
    return i + 1 === this.capacity;
  }
}
