/**
 * Streaming mean, variance and extremes of a series of observations (Welford's algorithm).
 *
 * The waits of 40,000 counter customers are folded in one at a time, in constant memory and
 * without the cancellation error of "sum of squares minus square of sum".
 * INVARIANT: a series of identical values has exactly that value as mean and 0 as variance.
 */
/** Count, mean, variance, minimum, maximum and sum of a stream of numbers. */
export class Welford {
  /** Number of observations. */
  count = 0;
  /** Running mean (0 while empty). */
  mean = 0;
  /** Sum of squared deviations from the running mean. */
  private m2 = 0;
  /** Largest observation (-Infinity while empty). */
  max = -Infinity;
  /** Smallest observation (Infinity while empty). */
  min = Infinity;
  /** Sum of the observations. */
  sum = 0;

  /** Adds one observation. Allocates nothing. */
  add(x: number): void {
    const count = this.count + 1;
    this.count = count;
    const delta = x - this.mean;
    const mean = this.mean + delta / count;
    this.mean = mean;
    this.m2 += delta * (x - mean);
    this.sum += x;
    if (x > this.max) this.max = x;
    if (x < this.min) this.min = x;
  }

  /** Sample variance (n − 1 denominator); null with fewer than 2 observations. */
  variance(): number | null {
    if (this.count < 2) return null;
    const v = this.m2 / (this.count - 1);
    return v > 0 ? v : 0;
  }

  /** Sample standard deviation; null with fewer than 2 observations. */
  sd(): number | null {
    const v = this.variance();
    return v === null ? null : Math.sqrt(v);
  }

  /** Mean, or null while empty. */
  meanOrNull(): number | null {
    return this.count === 0 ? null : this.mean;
  }

  /** Largest observation, or null while empty. */
  maxOrNull(): number | null {
    return this.count === 0 ? null : this.max;
  }
}
