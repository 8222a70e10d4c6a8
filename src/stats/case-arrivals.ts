/**
 * Arrival times by case slot, for statistics that need to know when a case arrived when
 * the engine reports something later (a customer giving up at the counter, whose service
 * level is binned by the hour she came in).
 *
 * NOTE: the array doubles when the engine uses a slot beyond it, so memory follows the
 * largest number of cases in process at once and no hook allocates in the steady state.
 */
/** Arrival time per case slot, in a typed array that grows by doubling. */
export class CaseArrivals {
  private times: Float64Array;

  constructor(initialSlots = 1024) {
    this.times = new Float64Array(Math.max(1, initialSlots));
  }

  /** Records that the case in `slot` arrived at t. */
  set(slot: number, t: number): void {
    if (slot >= this.times.length) this.grow(slot);
    this.times[slot] = t;
  }

  /** Arrival time of the case in `slot` (0 if never recorded). */
  get(slot: number): number {
    return slot < this.times.length ? this.times[slot] : 0;
  }

  private grow(slot: number): void {
    let size = this.times.length * 2;
    while (size <= slot) size *= 2;
    const next = new Float64Array(size);
    next.set(this.times);
    this.times = next;
  }
}
