/**
 * Intervals that more staff does not help: how each planning interval's simulated service
 * level answered the planner's raises.
 *
 * At a loan factory's approvers, applications that arrive between 16:00 and 17:00 reach
 * approval after closing and wait overnight: their service level stays near 69% with 5, 8 or
 * 30 approvers on duty. Queueing theory says a server added to an interval that misses its
 * target buys a large share of the shortfall (Erlang C falls steeply near the target); when a
 * raise buys less than a tenth of it, the waits of that interval do not come from this pool's
 * capacity (another pool the step needs, closing time, an upstream step). Misses and gains are
 * read on the lower 95% bound, as the planner judges a miss. Such an interval is beyond
 * staffing: the planner stops raising it and keeps the staff it had before that raise,
 * instead of rostering thirty approvers for an hour they cannot fix.
 */
import { missesTarget, type IntervalEstimate } from "./verify.js";

/** A raise that closes less than this share of an interval's shortfall marks it beyond staffing. */
export const MIN_GAIN_OF_SHORTFALL = 0.1;

/** An interval's staff and the lower 95% bound of its service level in the last round it missed the target. */
interface Miss {
  readonly staff: number;
  readonly lo: number;
}

/** What the rounds so far say about each interval's response to staff. */
export class StaffResponse {
  private readonly lastMiss: (Miss | null)[];
  /** Interval index → the staff to keep there: the level before the raise that bought too little. */
  readonly beyondStaffing = new Map<number, number>();

  constructor(intervals: number) {
    this.lastMiss = new Array<Miss | null>(intervals).fill(null);
  }

  /**
   * Notes a round: `scheduled` staff and the simulated service levels by interval, against
   * the target share. An interval that missed before (`missesTarget`), was raised and still
   * misses with its bound raised by less than MIN_GAIN_OF_SHORTFALL of the earlier shortfall
   * becomes beyond staffing.
   */
  note(scheduled: readonly number[], serviceLevels: readonly IntervalEstimate[], target: number): void {
    serviceLevels.forEach((sl, i) => {
      if (this.beyondStaffing.has(i)) return;
      if (sl.lo === null || !missesTarget(sl, target)) {
        this.lastMiss[i] = null;
        return;
      }
      const before = this.lastMiss[i];
      if (before !== null && scheduled[i] > before.staff && sl.lo - before.lo < MIN_GAIN_OF_SHORTFALL * (target - before.lo)) {
        this.beyondStaffing.set(i, before.staff);
        return;
      }
      this.lastMiss[i] = { staff: scheduled[i], lo: sl.lo };
    });
  }

  /** True when interval `i` is beyond staffing. */
  isBeyond(i: number): boolean {
    return this.beyondStaffing.has(i);
  }
}
