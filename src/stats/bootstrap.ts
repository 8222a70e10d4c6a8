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
 */
import erfc from "@stdlib/math-base-special-erfc";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";

/** Resamples per interval. */
export const BOOTSTRAP_RESAMPLES = 2000;

/** A bootstrap interval of a mean, with the two-sided p-value of "mean = 0". */
export interface BootstrapInterval {
  readonly lo: number;
  readonly hi: number;
  /** Two-sided p-value of "mean = 0": below 1 − confidence only when the interval excludes 0. */
  readonly pValue: number;
}

/** The seed of every resampling (FNV-1a offset basis: any fixed 32-bit value would do). */
const RESAMPLING_SEED = 0x811c9dc5;

/** Mulberry32: a small seeded generator of uniforms in [0, 1) for resampling indices. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

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
  let sum = 0;
  for (const v of values) sum += v;
  return { ...bounds, pValue: pValueOfZero(means, sum / n, bounds, n, confidence) };
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

/**
 * The two-sided p-value of "mean = 0", the larger of two readings of the resamples:
 * - the t p-value from their standard error, 2·(1 − T(|mean| / (√(n/(n−1))·se), n−1)):
 *   the paired t-test with the bootstrap's standard error, so it is valid (not
 *   anti-conservative) for the symmetric differences of a change that does nothing;
 * - the level at which the interval itself reaches 0: its half on the side of 0 spans
 *   t(1 − α/2, n−1) standard errors, so p < 1 − confidence only when it excludes 0.
 * Both follow the t tail beyond the resamples, so three replications that all improve by
 * 28 min give p = 0, as the t-test would, where counting resamples beyond 0 could never
 * give less than 0.105.
 */
function pValueOfZero(sorted: Float64Array, mean: number, bounds: { lo: number; hi: number }, n: number, confidence: number): number {
  if (mean === 0) return 1;
  const half = mean > 0 ? mean - bounds.lo : bounds.hi - mean;
  const sideSe = Math.max(0, half) / tQuantile(1 - (1 - confidence) / 2, n - 1);
  const se = Math.max(sideSe, expansion(n) * standardDeviation(sorted));
  if (!(se > 0)) return 0;
  return Math.min(1, 2 * (1 - tCdf(Math.abs(mean) / se, n - 1)));
}

/** The standard deviation (divisor B) of the resampled statistics: the bootstrap standard error. */
function standardDeviation(statistics: Float64Array): number {
  let sum = 0;
  for (const x of statistics) sum += x;
  const mean = sum / statistics.length;
  let ss = 0;
  for (const x of statistics) ss += (x - mean) * (x - mean);
  return Math.sqrt(ss / statistics.length);
}
