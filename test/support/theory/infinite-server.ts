/**
 * Infinite-server queues and non-homogeneous Poisson arrivals (M_t/G/∞).
 *
 * Customers browsing a branch's self-service area need no staff: with arrivals at λ per
 * minute and a stay of S minutes, the number present is Poisson with mean λ·E[S] (M/G/∞,
 * whatever the distribution of S). When the arrival rate follows a time-of-day profile, the
 * expected number of arrivals in an interval is the integral of the rate over it.
 */
import type { ProfileInterval } from "../../../src/model/compile/model.js";

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

/** Breakpoints (absolute minutes) of a daily profile in (lo, hi), ascending. */
function profileBreaks(profile: readonly ProfileInterval[], lo: number, hi: number): number[] {
  const breaks: number[] = [];
  for (let day = Math.floor(lo / MINUTES_PER_DAY); day * MINUTES_PER_DAY < hi; day++) {
    for (const at of [0, ...profile.map((p) => p.from)]) {
      const t = day * MINUTES_PER_DAY + at;
      if (t > lo && t < hi) breaks.push(t);
    }
  }
  return [...new Set(breaks)].sort((a, b) => a - b);
}

/**
 * Expected number present at time t in an M_t/M/∞ system in periodic steady state:
 * m(t) = ∫₀^∞ λ(t − u)·e^{−u/E[S]} du, summed exactly over the constant pieces of λ.
 * @param meanService E[S] in minutes (exponential)
 */
export function mtMInfinityMean(profile: readonly ProfileInterval[], meanService: number, t: number): number {
  const reach = 40 * meanService;
  const edges = [t - reach, ...profileBreaks(profile, t - reach, t), t];
  let total = 0;
  for (let i = 0; i + 1 < edges.length; i++) {
    const rate = profileRatePerHour(profile, ((edges[i] % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY) / 60;
    const ageOld = t - edges[i];
    const ageNew = t - edges[i + 1];
    total += rate * meanService * (Math.exp(-ageNew / meanService) - Math.exp(-ageOld / meanService));
  }
  return total;
}

/**
 * Expected number present at time t in an M_t/D/∞ system: the arrivals of the last D minutes.
 * @param serviceTime D in minutes
 */
export function mtDInfinityMean(profile: readonly ProfileInterval[], serviceTime: number, t: number): number {
  return expectedArrivals(profile, t - serviceTime, t);
}

/**
 * Average of f over [from, to) by the composite Simpson rule on `steps` (even) panels.
 * Exact for the piecewise-linear M_t/D/∞ mean when the kinks lie on the grid, and within
 * 1e-8 relative for the smooth M_t/M/∞ mean at one-minute panels.
 */
export function averageOver(f: (t: number) => number, from: number, to: number, steps = 240): number {
  const h = (to - from) / steps;
  let sum = f(from) + f(to);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 0 ? 2 : 4) * f(from + i * h);
  return (sum * h) / 3 / (to - from);
}
