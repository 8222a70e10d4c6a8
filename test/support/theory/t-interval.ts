/**
 * Student-t confidence intervals for the mean of independent replication outputs.
 *
 * Twenty replications of a branch day give twenty mean waits; their average ± t(0.975, 19)·s/√20
 * is the 95% interval a theory value is checked against. Written here with the stdlib
 * t-quantile so the test oracle does not share code with the statistics under test.
 */
import tQuantile from "@stdlib/stats-base-dists-t-quantile";

/** Mean and two-sided t-interval of a sample. */
export interface TInterval {
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
  readonly halfWidth: number;
  readonly lo: number;
  readonly hi: number;
}

/**
 * Two-sided t-interval for the mean.
 * @param values independent observations (at least 2, all finite)
 * @param level confidence level in (0, 1), default 0.95
 * @throws RangeError for fewer than two values or a non-finite value
 */
export function tInterval(values: readonly number[], level = 0.95): TInterval {
  const n = values.length;
  if (n < 2) throw new RangeError(`need at least 2 values for an interval, got ${n}`);
  if (!values.every(Number.isFinite)) throw new RangeError(`non-finite value in ${JSON.stringify(values)}`);
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const halfWidth = tQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, halfWidth, lo: mean - halfWidth, hi: mean + halfWidth };
}
