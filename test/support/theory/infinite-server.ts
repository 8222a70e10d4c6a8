/**
 * Infinite-server queues and non-homogeneous Poisson arrivals (M_t/G/∞).
 *
 * Customers browsing a branch's self-service area need no staff: with arrivals at λ per
 * minute and a stay of S minutes, the number present is Poisson with mean λ·E[S] (M/G/∞,
 * whatever the distribution of S). When the arrival rate follows a time-of-day profile, the
 * expected number of arrivals in an interval is the integral of the rate over it.
 */
import type { ProfileInterval } from "../../../src/model/model.js";

/** Minutes in a day: profiles repeat with this period. */
export const MINUTES_PER_DAY = 1440;

/** Occupancy of an M/G/∞ station: Poisson, so mean and variance coincide. */
export interface InfiniteServerOccupancy {
  readonly mean: number;
  readonly variance: number;
  /** P(exactly n present), for n = 0 … maxCount. */
  readonly probabilities: readonly number[];
}

/**
 * M/G/∞ occupancy.
 * @param arrivalRate λ per minute
 * @param meanService E[S] in minutes
 * @param maxCount how many point probabilities to return (default 0: only P(0))
 */
export function mgInfinity(arrivalRate: number, meanService: number, maxCount = 0): InfiniteServerOccupancy {
  const mean = arrivalRate * meanService;
  const probabilities: number[] = [Math.exp(-mean)];
  for (let n = 1; n <= maxCount; n++) probabilities.push((probabilities[n - 1] * mean) / n);
  return { mean, variance: mean, probabilities };
}

/**
 * The rate (per hour) a daily profile gives at a time of day. Before the first interval's
 * start the rate is 0; each interval runs to the next start or to midnight.
 */
export function profileRatePerHour(profile: readonly ProfileInterval[], minuteOfDay: number): number {
  let rate = 0;
  for (const interval of profile) if (interval.from <= minuteOfDay) rate = interval.ratePerHour;
  return rate;
}

/**
 * Expected arrivals of a non-homogeneous Poisson process with a daily piecewise-constant
 * profile over [start, end) in absolute minutes (time 0 = midnight of day one): ∫ λ(t) dt.
 * @throws RangeError when end < start
 */
export function expectedArrivals(profile: readonly ProfileInterval[], start: number, end: number): number {
  if (end < start) throw new RangeError(`interval end ${end} is before its start ${start}`);
  const breaks = [0, ...profile.map((p) => p.from), MINUTES_PER_DAY];
  let total = 0;
  const firstDay = Math.floor(start / MINUTES_PER_DAY);
  const lastDay = Math.floor(end / MINUTES_PER_DAY);
  for (let day = firstDay; day <= lastDay; day++) {
    const offset = day * MINUTES_PER_DAY;
    for (let i = 0; i + 1 < breaks.length; i++) {
      const lo = Math.max(start, offset + breaks[i]);
      const hi = Math.min(end, offset + breaks[i + 1]);
      if (hi > lo) total += (profileRatePerHour(profile, breaks[i]) / 60) * (hi - lo);
    }
  }
  return total;
}
