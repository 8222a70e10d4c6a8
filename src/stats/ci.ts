/**
 * Confidence intervals across replications: Student-t intervals for a mean, for paired
 * differences on common random numbers, and the Welch half-width an unpaired comparison
 * would have had; bootstrap intervals for percentile and maximum KPIs.
 *
 * "Mean wait 4.2 min (95% CI 3.9-4.5) over 10 replications" is mean ± t(0.975, 9)·s/√10.
 * "90th percentile wait 7.9 min (95% CI 6.1-10.4)" is the mean of the ten replications'
 * 90th percentiles with an expanded percentile bootstrap interval (see bootstrap.ts): a
 * per-replication percentile or maximum is skewed, and its interval must stay inside the
 * observed range. With one replication there is a mean but no interval (half-width null).
 * A KPI's interval is cut to the values it can take (value-range.ts): a share's to [0, 1],
 * a difference of shares to [−1, 1]; its half-width stays the t (or bootstrap) one.
 */
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import { bootstrapMeanInterval } from "./bootstrap.js";
import { Welford } from "./welford.js";
import { finiteOrNull } from "./numbers.js";
import { kpiRangeOfKey } from "./kpi-defs.js";
import { differenceRange, withinRange, type ValueRange } from "./value-range.js";
import type { KpiSummary } from "./result-types.js";

/** Default confidence level. */
export const CONFIDENCE = 0.95;

/** Mean, spread and t-interval of a sample (all null when empty): a KPI summary without its key. */
export type Interval = Omit<KpiSummary, "key">;

/** The two-sided critical value t(1 − α/2, df). Throws for df ≤ 0. */
export function tCritical(df: number, confidence = CONFIDENCE): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be > 0, got ${df}`);
  return tQuantile(1 - (1 - confidence) / 2, df);
}

/**
 * Mean with a t-interval over the finite values of `values` (nulls and non-finite values are
 * skipped; `n` counts the rest). n = 1 gives a mean without sd or interval.
 * INVARIANT: identical values give exactly that mean and a zero-width interval.
 */
export function tInterval(values: readonly (number | null)[], confidence = CONFIDENCE): Interval {
  const acc = new Welford();
  for (const v of values) if (v !== null && Number.isFinite(v)) acc.add(v);
  const n = acc.count;
  if (n === 0) return { n, mean: null, sd: null, halfWidth: null, lo: null, hi: null };
  const mean = finiteOrNull(acc.mean);
  const sd = acc.sd();
  if (sd === null || mean === null) return { n, mean, sd: null, halfWidth: null, lo: null, hi: null };
  const halfWidth = finiteOrNull(tCritical(n - 1, confidence) * (sd / Math.sqrt(n)));
  if (halfWidth === null) return { n, mean, sd: finiteOrNull(sd), halfWidth: null, lo: null, hi: null };
  return { n, mean, sd: finiteOrNull(sd), halfWidth, lo: finiteOrNull(mean - halfWidth), hi: finiteOrNull(mean + halfWidth) };
}

/** An interval with the two-sided p-value of "the mean is 0" (null without an interval). */
export type TestedInterval = Interval & { readonly pValue: number | null };

/**
 * True for KPIs whose per-replication value is a percentile or a maximum (metric ending in
 * `.p50`, `.p90`, `.p95`, `.max`): skewed, bounded below, summarised by bootstrap.
 */
export function isSkewedKpi(key: string): boolean {
  return /\.(p\d+|max)$/.test(key);
}

/** The finite values of a sample (nulls and non-finite values dropped). */
function finiteValues(values: readonly (number | null)[]): number[] {
  const out: number[] = [];
  for (const v of values) if (v !== null && Number.isFinite(v)) out.push(v);
  return out;
}

/**
 * The interval of KPI `key` across replications: the mean with a t-interval, or for a
 * skewed KPI (`isSkewedKpi`) with an expanded percentile bootstrap interval (half-width =
 * half the interval's length), which never leaves the observed range.
 * Its ends are cut to `range`, by default the values the KPI can take (a share: [0, 1]).
 */
export function kpiInterval(
  key: string,
  values: readonly (number | null)[],
  confidence = CONFIDENCE,
  range: ValueRange | null = kpiRangeOfKey(key),
): TestedInterval {
  const t = tInterval(values, confidence);
  if (t.n < 2 || t.halfWidth === null || !isSkewedKpi(key)) return withinRange({ ...t, pValue: tPValue(t) }, range);
  const boot = bootstrapMeanInterval(finiteValues(values), confidence);
  return withinRange({ ...t, halfWidth: finiteOrNull((boot.hi - boot.lo) / 2), lo: boot.lo, hi: boot.hi, pValue: boot.pValue }, range);
}

/** Two-sided p-value of "mean = 0" from a t-interval's n, mean and sd; null when n < 2. */
export function tPValue(interval: Pick<Interval, "n" | "mean" | "sd">): number | null {
  const { n, mean, sd } = interval;
  if (n < 2 || mean === null || sd === null) return null;
  if (sd === 0) return mean === 0 ? 1 : 0;
  return Math.min(1, 2 * (1 - tCdf(Math.abs(mean) / (sd / Math.sqrt(n)), n - 1)));
}

/**
 * Paired differences of KPI `key` (`proposed[i] − current[i]`, pairs with a null skipped)
 * with their interval and p-value: the paired t-interval, or for a skewed KPI the expanded
 * percentile bootstrap over replication pairs (see `kpiInterval`), cut to the range of a
 * difference of two of its values (shares: [−1, 1]).
 */
export function kpiPairedDifference(
  key: string,
  current: readonly (number | null)[],
  proposed: readonly (number | null)[],
  confidence = CONFIDENCE,
): TestedInterval {
  return kpiInterval(key, differences(current, proposed), confidence, differenceRange(kpiRangeOfKey(key)));
}

/**
 * Paired differences `proposed[i] − current[i]` with their t-interval; pairs where either
 * side is null are skipped. Throws if the arrays differ in length.
 */
export function pairedDifference(
  current: readonly (number | null)[],
  proposed: readonly (number | null)[],
  confidence = CONFIDENCE,
): Interval {
  return tInterval(differences(current, proposed), confidence);
}

/** `proposed[i] − current[i]` over the pairs where both are finite. */
function differences(current: readonly (number | null)[], proposed: readonly (number | null)[]): number[] {
  if (current.length !== proposed.length) {
    throw new RangeError(`paired samples differ in length: ${current.length} vs ${proposed.length}`);
  }
  const diffs: number[] = [];
  for (let i = 0; i < current.length; i++) {
    const a = current[i];
    const b = proposed[i];
    if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) continue;
    diffs.push(b - a);
  }
  return diffs;
}

/**
 * Half-width of the Welch (unequal variances) interval for a difference of two independent
 * means; null when either side has fewer than 2 values. Zero when both spreads are zero.
 */
export function welchHalfWidth(
  a: { readonly n: number; readonly sd: number | null },
  b: { readonly n: number; readonly sd: number | null },
  confidence = CONFIDENCE,
): number | null {
  if (a.n < 2 || b.n < 2 || a.sd === null || b.sd === null) return null;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se2 = va + vb;
  if (se2 === 0) return 0;
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return finiteOrNull(tCritical(df, confidence) * Math.sqrt(se2));
}

/** True when a (finite) interval excludes zero. */
export function excludesZero(interval: Pick<Interval, "lo" | "hi">): boolean {
  if (interval.lo === null || interval.hi === null) return false;
  return interval.lo > 0 || interval.hi < 0;
}
