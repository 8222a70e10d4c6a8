/**
 * Bootstrap intervals across replications for skewed KPIs: percentiles and maxima of waits.
 *
 * Thirty replications of a branch day give thirty 90th-percentile waits, mostly near 4 min
 * with one day at 19. A t-interval around their mean can reach below zero; resampling the
 * thirty days instead (2,000 resamples of 30 days drawn with replacement, the mean of each)
 * gives an interval that lies inside the observed days' range and follows their skew.
 *
 * Method: the expanded percentile bootstrap (Hesterberg 2015, "What teachers should know
 * about the bootstrap", §4.3): the percentile interval taken at a level α′ chosen so that
 * Φ⁻¹(1 − α′/2) = √(n/(n−1)) · t(1 − α/2, n−1). It corrects the plain percentile interval's
 * known narrowness with few replications (it is as wide as the t-interval on symmetric
 * data) while keeping its range-respecting shape. Paired differences resample replication
 * pairs. Every interval draws the same resamples (one fixed seed, not the KPI's name), so the
 * same values give the same interval whichever KPI they belong to: a branch with one customer
 * class shows the walk-in class's 90th-percentile wait and the overall one with one interval.
 *
 * The p-value of "mean = 0" is the larger of a test valid at any n (the paired t-test below
 * 10 replications, the exact sign-flip test from 10 on) and the level at which the interval
 * reaches 0. Thirty days that all improve (−16 to −1,036 min) give 1.9e-9, not the 0.022 a
 * standard error inflated by the −1,036 min day gave.
 */
import erfc from "@stdlib/math-base-special-erfc";
import erfcinv from "@stdlib/math-base-special-erfcinv";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { mulberry32 } from "./mulberry32.js";
import { signFlipPValue } from "./sign-flip.js";

/** Resamples per interval. */
export const BOOTSTRAP_RESAMPLES = 2000;

/** A bootstrap interval of a mean, with the two-sided p-value of "mean = 0". */
export interface BootstrapInterval {
  readonly lo: number;
  readonly hi: number;
  /**
   * Two-sided p-value of "mean = 0": the larger of the t-test's (n < 10) or the exact
   * sign-flip test's (n ≥ 10) and the interval's level reaching 0; below 1 − confidence only
   * when the interval excludes 0.
   */
  readonly pValue: number;
}

/** The seed of every resampling (FNV-1a offset basis: any fixed 32-bit value would do). */
const RESAMPLING_SEED = 0x811c9dc5;

/**
 * A statistic of each of BOOTSTRAP_RESAMPLES resamples of n replications drawn with
 * replacement: `of` gets the drawn replication indices in draw order. Every bootstrap here
 * draws through this one function from one seed, so all statistics of n replications see the
 * same resamples.
 */
function resampled(n: number, of: (drawn: Int32Array) => number): Float64Array {
  const next = mulberry32(RESAMPLING_SEED);
  const drawn = new Int32Array(n);
  const statistics = new Float64Array(BOOTSTRAP_RESAMPLES);
  for (let b = 0; b < BOOTSTRAP_RESAMPLES; b++) {
    for (let i = 0; i < n; i++) drawn[i] = Math.floor(next() * n);
    statistics[b] = of(drawn);
  }
  return statistics;
}

/** Sorted means of BOOTSTRAP_RESAMPLES resamples (with replacement) of `values`. */
function bootstrapMeans(values: readonly number[]): Float64Array {
  const n = values.length;
  return resampled(n, (drawn) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[drawn[i]];
    return sum / n;
  }).sort();
}

/** Φ(x), the standard normal distribution function. */
function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** The expansion factor √(n/(n−1)) of the expanded percentile bootstrap. */
function expansion(n: number): number {
  return Math.sqrt(n / (n - 1));
}

/**
 * Expanded percentile bootstrap interval of the mean of `values` (n ≥ 2).
 * INVARIANT: lo and hi lie within [min, max] of `values`.
 */
export function bootstrapMeanInterval(values: readonly number[], confidence: number): BootstrapInterval {
  const n = values.length;
  if (n < 2) throw new RangeError(`a bootstrap interval needs at least 2 values, got ${n}`);
  const means = bootstrapMeans(values);
  const bounds = expandedBounds(means, n, confidence);
  const pValue = Math.max(levelReachingZero(means, n), testPValue(values));
  // NOTE: the level reading mirrors expandedBounds; guard its last bits so that p < 1 − confidence
  // always goes with an interval that excludes 0.
  const excludes = bounds.lo > 0 || bounds.hi < 0;
  return { ...bounds, pValue: excludes ? pValue : Math.max(pValue, 1 - confidence) };
}

/** The expanded percentile interval read off `sorted` resampled statistics of n replications. */
function expandedBounds(sorted: Float64Array, n: number, confidence: number): { lo: number; hi: number } {
  const tail = normalCdf(-expansion(n) * tQuantile(1 - (1 - confidence) / 2, n - 1));
  const last = BOOTSTRAP_RESAMPLES - 1;
  return { lo: sorted[Math.max(0, Math.floor(tail * last))], hi: sorted[Math.min(last, Math.ceil((1 - tail) * last))] };
}

/**
 * Expanded percentile bootstrap interval of the relative change ȳ/x̄ − 1 (as (ȳ − x̄)/|x̄|)
 * of paired samples `xs` (current) and `ys` (proposed), n ≥ 2. It draws the same replication
 * pairs (`resampled`) as `bootstrapMeanInterval` of the differences y − x, so it excludes 0
 * exactly when that interval does. Null when a
 * resample's current mean is 0 or changes sign (no bounded interval).
 */
export function bootstrapRatioChanges(xs: readonly number[], ys: readonly number[], confidence: number): { lo: number; hi: number } | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) throw new RangeError(`a paired bootstrap needs ≥ 2 pairs of equal length, got ${n} and ${ys.length}`);
  let sign = 0;
  let bounded = true;
  const changes = resampled(n, (drawn) => {
    let sumX = 0;
    let sumY = 0;
    for (let i = 0; i < n; i++) {
      sumX += xs[drawn[i]];
      sumY += ys[drawn[i]];
    }
    if (sumX === 0 || (sign !== 0 && Math.sign(sumX) !== sign)) bounded = false;
    sign = Math.sign(sumX);
    return (sumY - sumX) / Math.abs(sumX);
  });
  return bounded ? expandedBounds(changes.sort(), n, confidence) : null;
}

/** From this many replications on, the test is the exact sign-flip test; below, the paired t-test. */
export const SIGN_FLIP_FROM = 10;

/**
 * The two-sided p-value of "mean = 0" that holds at any number of replications: the paired
 * t-test below SIGN_FLIP_FROM values (2⁻ⁿ⁺¹, the sign-flip test's smallest p, is 0.0625 at
 * 5: it could never hold under Holm), the exact sign-flip test from there on (sign-flip.ts),
 * which outliers cannot mask. Which one depends on n alone, so either is a valid test.
 */
function testPValue(values: readonly number[]): number {
  const n = values.length;
  if (n >= SIGN_FLIP_FROM) return signFlipPValue(values);
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  const sd = Math.sqrt(ss / (n - 1));
  if (mean === 0) return 1;
  if (!(sd > 0)) return 0;
  return Math.min(1, 2 * (1 - tCdf(Math.abs(mean) / (sd / Math.sqrt(n)), n - 1)));
}

/**
 * The smallest 1 − confidence at which the expanded percentile interval of the `sorted`
 * resampled means of n replications excludes 0 (1 when their median is on the other side):
 * with f of the B resamples on the far side of 0 it excludes 0 once its tail share
 * Φ(−√(n/(n−1))·t(1 − α/2, n−1)) reaches f/(B − 1), so α* = 2·(1 − T(−Φ⁻¹(f/(B−1))/√(n/(n−1)), n−1)).
 * No resample beyond 0 (thirty days that all improve): 0.
 */
function levelReachingZero(sorted: Float64Array, n: number): number {
  let below = 0;
  while (below < sorted.length && sorted[below] < 0) below++;
  let atMostZero = below;
  while (atMostZero < sorted.length && sorted[atMostZero] === 0) atMostZero++;
  const beyond = Math.min(atMostZero, sorted.length - below);
  if (beyond === 0) return 0;
  const share = beyond / (sorted.length - 1);
  if (share >= 0.5) return 1;
  const z = (Math.SQRT2 * erfcinv(2 * share)) / expansion(n);
  return Math.min(1, 2 * (1 - tCdf(z, n - 1)));
}
