/**
 * Adds a level's area to time-of-day bins, walking bin by bin from where the last interval
 * ended, so that a level which changes a few times an hour costs a few additions, not a
 * search per change.
 *
 * The teller queue held 3 from 11:40 to 12:25: 20 minutes × 3 go to the 11:00 bin and
 * 25 × 3 to the 12:00 bin. Bin edges are computed exactly as in `spreadOverBins`
 * (day start + k × width), so both give the same sums.
 * Moving forward is cheap, moving back costs a search; within a collector, times only grow.
 * With opening hours, only open time counts: a branch open 08:30–17:30 adds nothing for its
 * weekend, nor for 08:00–08:30 and 17:30–18:00 (the 08:00 bin holds the 30 open minutes).
 */
import { MINUTES_PER_DAY, binOf } from "./time-of-day-bins.js";
import { closingOf, openingOf, type BusinessHours } from "./business-clock.js";

/** Adds level × open time to time-of-day bins, remembering the bin it stopped in. */
export class TimeOfDayCursor {
  private dayStart = 0;
  private bin = 0;
  private binFrom = Infinity;
  private binTo = -Infinity;
  /** Opening and closing time of the cursor's day (±Infinity: see `openingOf`). */
  private dayOpens = -Infinity;
  private dayCloses = Infinity;
  /** Where the open part of the current bin starts and ends when inside it (±Infinity: at the bin's edge); empty when openFrom ≥ openTo. */
  private openFrom = -Infinity;
  private openTo = Infinity;

  /**
   * @param bins per-bin areas to add to (length = bins per day).
   * @param binMinutes bin width, minutes.
   * @param hours opening hours whose time counts (see `timeOfDayHours`); null: every minute counts.
   */
  constructor(
    readonly bins: Float64Array,
    private readonly binMinutes: number,
    private readonly hours: BusinessHours | null = null,
  ) {}

  /** Adds `level × (open time in each bin)` over [from, to) (from < to). */
  add(from: number, to: number, level: number): void {
    // NOTE: the common case, an interval inside the current bin, stays small enough to inline.
    if (from >= this.binFrom && to <= this.binTo) {
      this.addOpen(from, to, level);
      return;
    }
    this.addAcross(from, to, level);
  }

  /** `add` for an interval that starts outside the current bin or ends beyond it. */
  private addAcross(from: number, to: number, level: number): void {
    this.seek(from);
    let start = from;
    while (to > this.binTo) {
      this.addOpen(start, this.binTo, level);
      start = this.binTo;
      this.next();
    }
    this.addOpen(start, to, level);
  }

  /** Adds level × the open part of [from, to), an interval inside the current bin. */
  private addOpen(from: number, to: number, level: number): void {
    const a = from > this.openFrom ? from : this.openFrom;
    const b = to < this.openTo ? to : this.openTo;
    if (b > a) this.bins[this.bin] += level * (b - a);
  }

  /** The bin of time t (bins include their start), moving the cursor to it. */
  binAt(t: number): number {
    if (t < this.binFrom || t >= this.binTo) this.seek(t);
    return this.bin;
  }

  /** The bin of time t when t is within the opening hours, else −1 (a moment the slots do not count). */
  openBinAt(t: number): number {
    const k = this.binAt(t);
    return t >= this.openFrom && t < this.openTo ? k : -1;
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
    if (this.hours === null) return;
    const day = Math.round(this.dayStart / MINUTES_PER_DAY);
    this.dayOpens = openingOf(this.hours, day);
    this.dayCloses = closingOf(this.hours, day);
  }

  private setEdges(): void {
    const last = this.bin + 1 === this.bins.length;
    this.binFrom = this.dayStart + this.bin * this.binMinutes;
    this.binTo = this.dayStart + (last ? MINUTES_PER_DAY : (this.bin + 1) * this.binMinutes);
    // NOTE: an edge inside the bin clips; otherwise ±Infinity, so a wholly open bin adds
    // exactly `level × (to − from)`, bit for bit what a clock without opening hours adds.
    this.openFrom = this.dayOpens > this.binFrom ? this.dayOpens : -Infinity;
    this.openTo = this.dayCloses < this.binTo ? this.dayCloses : Infinity;
  }
}
