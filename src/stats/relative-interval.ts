/**
 * The 95% interval of a relative change "proposed vs current" on paired replications.
 *
 * "Mean wait falls by 91%" is the ratio of two estimated means, ȳ/x̄ − 1. Dividing the
 * interval of the difference by the current mean (as if x̄ were known exactly) ignores the
 * uncertainty of the denominator and can print "95% CI 82–101%" for a wait that cannot fall
 * by more than 100%. Instead:
 *
 * - Means (t-interval KPIs): Fieller's theorem for the ratio R = μy/μx of paired means
 *   (Fieller 1954; Franz 2007, "Ratios: a short guide to confidence limits"). R is in the set
 *   when (ȳ − R·x̄)² ≤ t²·Var(ȳ − R·x̄), a quadratic in R. It is exact for normal means, and
 *   R = 1 lies inside exactly when the paired t-interval of the difference contains 0, so
 *   the relative interval and the significance verdict never disagree. When x̄ is not
 *   clearly away from 0 (x̄² ≤ t²·Var x̄) the set is unbounded and no number is given.
 * - Percentiles and maxima (bootstrap KPIs): the same resampled replication pairs as the
 *   difference's bootstrap (see bootstrap.ts), each giving ȳ* ÷ x̄* − 1, so again the
 *   interval excludes 0 exactly when the difference's does.
 *
 * When every replication value on both sides is ≥ 0 (waits, counts, costs, shares), the ratio
 * cannot be negative; the interval is cut at R = 0 (a change of −100%), which keeps every
 * true value it covered.
 */
import { bootstrapRatioChanges } from "./bootstrap.js";
import { isSkewedKpi, tCritical, CONFIDENCE } from "./ci.js";
import { finiteOrNull, ratioOrNull } from "./numbers.js";

/**
 * Interval of a relative change (e.g. −0.42 for −42%). A null bound means the interval is
 * unbounded on that side (the current mean is not clearly away from 0).
 */
export interface RelativeInterval {
  readonly lo: number | null;
  readonly hi: number | null;
}

/** The finite pairs (both sides finite) of two paired samples. */
function finitePairs(current: readonly (number | null)[], proposed: readonly (number | null)[]): [number[], number[]] {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < current.length; i++) {
    const x = current[i];
    const y = proposed[i];
    if (x === null || y === null || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    xs.push(x);
    ys.push(y);
  }
  return [xs, ys];
}

function meanOf(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Variances and covariance of the two sample means (n − 1 denominators, divided by n). */
function meanCovariances(xs: readonly number[], ys: readonly number[], mx: number, my: number): [number, number, number] {
  const n = xs.length;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const scale = (n - 1) * n;
  return [sxx / scale, syy / scale, sxy / scale];
}

/**
 * Fieller's interval for the ratio of paired means μy/μx (n ≥ 2 pairs); null when it is
 * unbounded (x̄ not significantly away from 0 at the given confidence).
 */
export function fiellerRatio(xs: readonly number[], ys: readonly number[], confidence = CONFIDENCE): [number, number] | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) throw new RangeError(`Fieller's interval needs ≥ 2 pairs of equal length, got ${n} and ${ys.length}`);
  const mx = meanOf(xs);
  const my = meanOf(ys);
  const [vxx, vyy, vxy] = meanCovariances(xs, ys, mx, my);
  const t2 = tCritical(n - 1, confidence) ** 2;
  // (my − R·mx)² − t²(vyy − 2R·vxy + R²·vxx) ≤ 0  ⇔  a·R² − 2b·R + c ≤ 0
  const a = mx * mx - t2 * vxx;
  if (!(a > 0)) return null;
  const b = mx * my - t2 * vxy;
  const c = my * my - t2 * vyy;
  const root = Math.sqrt(Math.max(0, b * b - a * c));
  return [(b - root) / a, (b + root) / a];
}

/** The relative change (ȳ − x̄)/|x̄| for ratio bounds [lo, hi] of ȳ/x̄, in increasing order. */
function changeOfRatio(lo: number, hi: number, mx: number): [number, number] {
  return mx > 0 ? [lo - 1, hi - 1] : [1 - hi, 1 - lo];
}

function bounded(lo: number, hi: number, nonNegative: boolean): RelativeInterval {
  return { lo: finiteOrNull(nonNegative ? Math.max(-1, lo) : lo), hi: finiteOrNull(hi) };
}

/**
 * The relative change (proposed − current)/|current| of a KPI: the paired difference's mean
 * `meanDifference` over today's mean on the same pairs (the replications where both models
 * report the KPI), so the point and its interval (`relativeChangeInterval`) use the same
 * replications. When every value of today's summary (`today`: its mean over its n values) is
 * paired, that summarised mean is today's mean. Null without pairs or with a current mean of 0.
 */
export function relativeChangeOf(
  meanDifference: number,
  today: { readonly mean: number | null; readonly n: number },
  current: readonly (number | null)[],
  proposed: readonly (number | null)[],
): number | null {
  const [xs] = finitePairs(current, proposed);
  if (xs.length === 0) return null;
  const mean = today.mean !== null && xs.length === today.n ? today.mean : meanOf(xs);
  return ratioOrNull(meanDifference, Math.abs(mean));
}

/**
 * The interval of the relative change (proposed − current)/|current| of KPI `key` from its
 * paired replication values: Fieller for means, the paired bootstrap for percentiles and
 * maxima. Null when there is no interval (fewer than 2 pairs, or a current mean of 0);
 * `{ lo: null, hi: null }` when it is unbounded.
 */
export function relativeChangeInterval(
  key: string,
  current: readonly (number | null)[],
  proposed: readonly (number | null)[],
  confidence = CONFIDENCE,
): RelativeInterval | null {
  const [xs, ys] = finitePairs(current, proposed);
  if (xs.length < 2) return null;
  const mx = meanOf(xs);
  if (mx === 0) return null;
  const nonNegative = xs.every((x) => x >= 0) && ys.every((y) => y >= 0);
  if (isSkewedKpi(key)) {
    const changes = bootstrapRatioChanges(xs, ys, confidence);
    return changes === null ? { lo: null, hi: null } : bounded(changes.lo, changes.hi, nonNegative);
  }
  const ratio = fiellerRatio(xs, ys, confidence);
  if (ratio === null) return { lo: null, hi: null };
  const [lo, hi] = changeOfRatio(ratio[0], ratio[1], mx);
  return bounded(lo, hi, nonNegative);
}
