/**
 * Waiting lines: one per step, as intrusive doubly linked index lists over case slots.
 *
 * Customers waiting for the loan desk stand in the loan desk's line: larger priority first,
 * first come first served within a priority. A case waits in at most one line at a time, so
 * one pair of next/prev arrays indexed by case slot holds every line. Joining is O(1) for
 * a case of the lowest priority present (the common case: scan from the tail), and leaving
 * (service start or abandonment) is O(1) from anywhere in the line.
 * INVARIANT: within a line, priorities are non-increasing from head to tail, and cases of
 * equal priority are in joining order.
 */

const NONE = -1;

/** All the waiting lines of a model; see the module comment. */
export class WaitingLines {
  /** First waiting case per step, or -1. */
  readonly head: Int32Array;
  /** Last waiting case per step, or -1. */
  readonly tail: Int32Array;
  /** Number of waiting cases per step. */
  readonly length: Int32Array;
  private next = new Int32Array(64).fill(NONE);
  private prev = new Int32Array(64).fill(NONE);

  /** One line per step id in [0, stepCount). */
  constructor(stepCount: number) {
    this.head = new Int32Array(stepCount).fill(NONE);
    this.tail = new Int32Array(stepCount).fill(NONE);
    this.length = new Int32Array(stepCount);
  }

  /**
   * Puts case `slot` into the line of `step`, behind every case whose priority is at least
   * `priority[slot]`. `priority` is the case table's priority column.
   */
  join(step: number, slot: number, priority: Float64Array): void {
    if (slot >= this.next.length) this.grow(slot + 1);
    const own = priority[slot];
    let before = this.tail[step];
    while (before !== NONE && priority[before] < own) before = this.prev[before];
    const after = before === NONE ? this.head[step] : this.next[before];
    this.link(step, slot, before, after);
  }

  /** Links `slot` into the line of `step` between `before` and `after` (NONE at either end). */
  private link(step: number, slot: number, before: number, after: number): void {
    this.prev[slot] = before;
    this.next[slot] = after;
    if (before === NONE) this.head[step] = slot;
    else this.next[before] = slot;
    if (after === NONE) this.tail[step] = slot;
    else this.prev[after] = slot;
    this.length[step]++;
  }

  /**
   * Puts case `slot` into the line of `step` ahead of every case whose priority is at most
   * its own (an interrupted case goes back to the head of its priority class).
   */
  joinAhead(step: number, slot: number, priority: Float64Array): void {
    if (slot >= this.next.length) this.grow(slot + 1);
    const own = priority[slot];
    let after = this.head[step];
    while (after !== NONE && priority[after] > own) after = this.next[after];
    const before = after === NONE ? this.tail[step] : this.prev[after];
    this.link(step, slot, before, after);
  }

  /** Takes case `slot` out of the line of `step` (it must be in it). */
  leave(step: number, slot: number): void {
    const before = this.prev[slot];
    const after = this.next[slot];
    if (before === NONE) this.head[step] = after;
    else this.next[before] = after;
    if (after === NONE) this.tail[step] = before;
    else this.prev[after] = before;
    this.prev[slot] = NONE;
    this.next[slot] = NONE;
    this.length[step]--;
  }

  /** Cases in the line of `step`, head first (for tests and error messages; allocates). */
  members(step: number): number[] {
    const out: number[] = [];
    for (let slot = this.head[step]; slot !== NONE; slot = this.next[slot]) out.push(slot);
    return out;
  }

  private grow(minimum: number): void {
    let size = this.next.length;
    while (size < minimum) size *= 2;
    const next = new Int32Array(size).fill(NONE);
    const prev = new Int32Array(size).fill(NONE);
    next.set(this.next);
    prev.set(this.prev);
    this.next = next;
    this.prev = prev;
  }
}
