/**
 * The time-average of a level that changes at discrete moments: tellers busy, customers in
 * the queue, cases in the branch.
 *
 * If two tellers are busy for 30 minutes and one for the next 30, the mean is 1.5. Only the
 * observation window counts (from the end of warm-up on), so a busy morning start-up does
 * not bias a steady-state average. Optionally the area is also split by time of day.
 * INVARIANT: `set` and `flush` are called with non-decreasing times.
 */
import { TimeOfDayCursor } from "./time-of-day-cursor.js";
import type { BusinessHours } from "./business-clock.js";

/** A level (busy tellers, queue length) integrated over time from the end of warm-up on. */
export class TimeWeighted {
  /** Current level. */
  level = 0;
  /** Integral of the level over the observed window so far (level × minutes). */
  area = 0;
  /** Largest level held inside the window (0 if nothing yet). */
  max = 0;
  /** Per-bin areas by time of day (null when not split). */
  readonly byTimeOfDay: Float64Array | null;
  /** End of the time accounted so far: the later of the last change and the window's start. */
  private last: number;
  private readonly cursor: TimeOfDayCursor | null;

  /**
   * @param from start of the observation window (the warm-up time), minutes.
   * @param byTimeOfDay per-bin areas to fill (length = number of bins), or null.
   * @param binMinutes width of the time-of-day bins, minutes (ignored without bins).
   * @param hours opening hours whose time the bins count (`timeOfDayHours`); null: every minute.
   */
  constructor(
    private readonly from: number,
    byTimeOfDay: Float64Array | null = null,
    binMinutes = 60,
    hours: BusinessHours | null = null,
  ) {
    this.byTimeOfDay = byTimeOfDay;
    this.last = from > 0 ? from : 0;
    this.cursor = byTimeOfDay === null ? null : new TimeOfDayCursor(byTimeOfDay, binMinutes, hours);
  }

  /** The level changes to `level` at time t. */
  set(t: number, level: number): void {
    // NOTE: an unchanged level does not split the integral, so two runs with the same level
    // changes (e.g. the same roster) get bit-identical areas however other events interleave.
    const held = this.level;
    if (level === held) return;
    // NOTE: `advance` written out, so that a change is one small function the event loop can inline.
    const last = this.last;
    if (t > last) {
      if (held !== 0) {
        this.area += held * (t - last);
        if (this.cursor !== null) this.cursor.add(last, t, held);
      }
      if (held > this.max) this.max = held;
      this.last = t;
    }
    this.level = level;
    if (level > this.max && t >= this.from) this.max = level;
  }

  /** Adds `delta` to the level at time t. */
  add(t: number, delta: number): void {
    this.set(t, this.level + delta);
  }

  /** Accounts for the time up to t (end of the run) without changing the level. */
  flush(t: number): void {
    this.advance(t);
  }

  /** Time-average over [from, until]; null when the window is empty. */
  mean(until: number): number | null {
    const span = until - this.from;
    return span > 0 ? this.area / span : null;
  }

  /** NOTE: `last` starts at the window's start and never falls behind it, so it is where the next area starts. */
  private advance(t: number): void {
    if (t <= this.last) return;
    if (this.level !== 0) {
      this.area += this.level * (t - this.last);
      if (this.cursor !== null) this.cursor.add(this.last, t, this.level);
    }
    // NOTE: the level held when the window opens counts towards the maximum.
    if (this.level > this.max) this.max = this.level;
    this.last = t;
  }
}
