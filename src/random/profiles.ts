/**
 * Time-of-day arrivals: a non-homogeneous Poisson process whose rate is a weekly
 * piecewise-constant function (minutes since Monday 00:00, repeating every week).
 *
 * A branch that sees 20 customers an hour 09:00-11:00, 45 over lunch and 15 in the
 * afternoon, closed at night and on Sundays, is such a rate function. The next arrival after
 * time t is found exactly by inverting the cumulative rate Λ: with E ~ Exp(1) (one uniform
 * per arrival), it is the time s with Λ(s) − Λ(t) = E. Closed hours have rate 0 and so never
 * receive an arrival; a gap longer than a week jumps whole weeks using the week's total.
 * No thinning, no rejected candidates, and nothing allocated per arrival.
 */

/** Minutes in a week; the rate function repeats with this period. */
export const MINUTES_PER_WEEK = 7 * 24 * 60;

/**
 * Cumulative-rate inversion over a weekly rate function. Build once per source (it
 * allocates), then call `nextArrival` per arrival.
 */
export class WeeklyRateProfile {
  /** Segment start, minutes since Monday 00:00; starts[0] = 0, strictly increasing. */
  private readonly starts: Float64Array;
  /** Arrival rate of each segment, per minute. */
  private readonly rates: Float64Array;
  /** Λ at each segment start within the week; cumulative[n] = weekTotal. */
  private readonly cumulative: Float64Array;
  /** Expected arrivals per week, Λ(week). */
  readonly weekTotal: number;

  /**
   * @param starts segment starts in minutes since Monday 00:00: starts[0] must be 0, strictly
   *   increasing, all below MINUTES_PER_WEEK; each segment runs to the next start (the last to
   *   the end of the week).
   * @param ratesPerMinute arrival rate of each segment per minute (≥ 0, finite).
   * @throws RangeError when the segments or rates are malformed.
   */
  constructor(starts: ArrayLike<number>, ratesPerMinute: ArrayLike<number>) {
    checkSegments(starts, ratesPerMinute);
    const n = starts.length;
    this.starts = Float64Array.from(starts);
    this.rates = Float64Array.from(ratesPerMinute);
    this.cumulative = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
      const end = i + 1 < n ? this.starts[i + 1] : MINUTES_PER_WEEK;
      this.cumulative[i + 1] = this.cumulative[i] + this.rates[i] * (end - this.starts[i]);
    }
    this.weekTotal = this.cumulative[n];
  }

  /** Arrival rate per minute at time t (minutes since the start of the simulation, Monday 00:00). */
  rateAt(t: number): number {
    return this.rates[segmentContaining(this.starts, t - weekStart(t))];
  }

  /** Λ(t): expected number of arrivals in [0, t]. */
  cumulativeRate(t: number): number {
    const base = weekStart(t);
    const minute = t - base;
    const i = segmentContaining(this.starts, minute);
    const weeks = base / MINUTES_PER_WEEK;
    return weeks * this.weekTotal + this.cumulative[i] + this.rates[i] * (minute - this.starts[i]);
  }

  /** Expected number of arrivals in [from, to]: Λ(to) − Λ(from). */
  expectedArrivals(from: number, to: number): number {
    return this.cumulativeRate(to) - this.cumulativeRate(from);
  }

  /**
   * The first arrival after `after` (minutes) for an Exp(1) amount `e` of cumulative rate:
   * the time s with Λ(s) − Λ(after) = e. Infinity when the rate is zero all week.
   * Allocation-free.
   */
  nextArrival(after: number, e: number): number {
    if (this.weekTotal === 0) return Infinity;
    let base = weekStart(after);
    const minute = after - base;
    const i = segmentContaining(this.starts, minute);
    let target = this.cumulative[i] + this.rates[i] * (minute - this.starts[i]) + e;
    // NOTE: jump whole weeks at once so a long closure (or a tiny rate) costs O(1).
    const weeks = Math.floor(target / this.weekTotal);
    target -= weeks * this.weekTotal;
    base += weeks * MINUTES_PER_WEEK;
    if (target >= this.weekTotal) { // rounding guard
      target -= this.weekTotal;
      base += MINUTES_PER_WEEK;
    }
    const j = this.segmentReaching(target);
    const s = base + this.starts[j] + (target - this.cumulative[j]) / this.rates[j];
    return s > after ? s : after;
  }

  /** Same as `nextArrival` with e = −ln(1 − u) for a uniform u in (0, 1). */
  nextArrivalFromUniform(after: number, u: number): number {
    return this.nextArrival(after, -Math.log(1 - u));
  }


  /**
   * The first segment j with cumulative[j + 1] > target (0 ≤ target < weekTotal).
   * INVARIANT: that segment has a positive rate, because Λ grows across it.
   */
  private segmentReaching(target: number): number {
    const cumulative = this.cumulative;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid + 1] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Start of the week containing t (a multiple of MINUTES_PER_WEEK). */
function weekStart(t: number): number {
  return Math.floor(t / MINUTES_PER_WEEK) * MINUTES_PER_WEEK;
}

/** Throws RangeError unless the segments form a valid weekly step function. */
function checkSegments(starts: ArrayLike<number>, rates: ArrayLike<number>): void {
  if (starts.length === 0 || starts.length !== rates.length) {
    throw new RangeError(`rate profile needs as many rates as segment starts, at least one (got ${starts.length}, ${rates.length})`);
  }
  if (starts[0] !== 0) throw new RangeError(`rate profile must start at minute 0 (got ${starts[0]})`);
  for (let i = 0; i < starts.length; i++) {
    if (i > 0 && !(starts[i] > starts[i - 1])) throw new RangeError(`rate profile starts must increase (index ${i})`);
    if (!(starts[i] < MINUTES_PER_WEEK)) throw new RangeError(`rate profile start ${starts[i]} is not within the week`);
    if (!(rates[i] >= 0) || !Number.isFinite(rates[i])) throw new RangeError(`rate ${rates[i]} at index ${i} must be finite and ≥ 0`);
  }
}

/**
 * Index of the segment of a weekly step function that contains `minute`: the last i with
 * starts[i] ≤ minute (binary search). INVARIANT: starts ascend and starts[0] = 0.
 */
export function segmentContaining(starts: ArrayLike<number>, minute: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= minute) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
