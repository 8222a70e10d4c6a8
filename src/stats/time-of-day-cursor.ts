/**
 * Adds a level's area to time-of-day bins, walking bin by bin from where the last interval
 * ended, so that a level which changes a few times an hour costs a few additions, not a
 * search per change.
 *
 * The teller queue held 3 from 11:40 to 12:25: 20 minutes × 3 go to the 11:00 bin and
 * 25 × 3 to the 12:00 bin. Bin edges are computed exactly as in `spreadOverBins`
 * (day start + k × width), so both give the same sums.
 * Moving forward is cheap, moving back costs a search; within a collector, times only grow.
 * With working-day flags, time on closed days (a weekday-only branch's weekend) adds nothing.
 */
import { MINUTES_PER_DAY, binOf } from "./time-of-day-bins.js";

/** Adds level × time to time-of-day bins, remembering the bin it stopped in. */
export class TimeOfDayCursor {
  private dayStart = 0;
  private bin = 0;
  private binFrom = Infinity;
  private binTo = -Infinity;
  /** True while the cursor is on a working day. */
  private dayOpen = true;

  /**
   * @param bins per-bin areas to add to (length = bins per day).
   * @param binMinutes bin width, minutes.
   * @param openDays working days (index 0 = Monday); null: every day counts.
   */
  constructor(
    readonly bins: Float64Array,
    private readonly binMinutes: number,
    private readonly openDays: readonly boolean[] | null = null,
  ) {}

  /** True when the time last given to `binAt` or `add` falls on a working day. */
  get onOpenDay(): boolean {
    return this.dayOpen;
  }

  /** Adds `level × (time in each bin)` over [from, to) (from < to). */
  add(from: number, to: number, level: number): void {
    // NOTE: the common case, an interval inside the current bin, stays small enough to inline.
    if (from >= this.binFrom && to <= this.binTo) {
      if (this.dayOpen) this.bins[this.bin] += level * (to - from);
      return;
    }
    this.addAcross(from, to, level);
  }

  /** `add` for an interval that starts outside the current bin or ends beyond it. */
  private addAcross(from: number, to: number, level: number): void {
    this.seek(from);
    let start = from;
    while (to > this.binTo) {
      if (this.dayOpen) this.bins[this.bin] += level * (this.binTo - start);
      start = this.binTo;
      this.next();
    }
    if (this.dayOpen) this.bins[this.bin] += level * (to - start);
  }

  /** The bin of time t (bins include their start), moving the cursor to it. */
  binAt(t: number): number {
    if (t < this.binFrom || t >= this.binTo) this.seek(t);
    return this.bin;
  }

  /** NOTE: a time in the current bin or less than a day ahead needs no search. */
  private seek(t: number): void {
    if (t >= this.binFrom && t < this.binTo) return;
    if (t >= this.binTo && t - this.binTo < MINUTES_PER_DAY) {
      while (t >= this.binTo) this.next();
      return;
    }
    this.moveTo(t);
  }

  private moveTo(t: number): void {
    this.dayStart = Math.floor(t / MINUTES_PER_DAY) * MINUTES_PER_DAY;
    this.bin = binOf(t, this.binMinutes, this.bins.length);
    this.setDay();
    this.setEdges();
  }

  private next(): void {
    this.bin += 1;
    if (this.bin === this.bins.length) {
      this.bin = 0;
      this.dayStart += MINUTES_PER_DAY;
      this.setDay();
    }
    this.setEdges();
  }

  private setDay(): void {
    if (this.openDays === null) return;
    const day = Math.round(this.dayStart / MINUTES_PER_DAY);
    this.dayOpen = this.openDays[((day % 7) + 7) % 7];
  }

  private setEdges(): void {
    const last = this.bin + 1 === this.bins.length;
    this.binFrom = this.dayStart + this.bin * this.binMinutes;
    this.binTo = this.dayStart + (last ? MINUTES_PER_DAY : (this.bin + 1) * this.binMinutes);
  }
}
