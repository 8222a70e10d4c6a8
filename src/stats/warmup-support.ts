/**
 * How much of an MSER truncation the replications support as a start-up transient: the
 * leading batches that each hold significantly fewer cases in process than the kept part.
 *
 * A branch counter at 83% load started empty reaches its long-run queue within about
 * 11 hours, yet MSER-5 on ten replications of a 100-day run may drop 21 days: a random busy
 * stretch in days 6–20 lowers the spread of what is kept. A queue started empty is
 * stochastically below its long-run level and rising toward it, so its transient is a
 * deficit that shrinks batch by batch: the warm-up is the leading run of batches i < d (MSER's
 * truncation) each of which is below the batches from d on, by a one-sided t-test at 5%
 * across the replications (D_r = replication r's batch i − its mean from d on; replications
 * are independent, so mean(D)/(sd(D)/√R) has R − 1 degrees of freedom). A busy or quiet
 * stretch later in the run does not extend it, and after the transient each further batch
 * passes by chance only 5% of the time. With one replication only the sign can be judged.
 */
import tQuantile from "@stdlib/stats-base-dists-t-quantile";

/** One-sided level at which a batch counts as below the kept part. */
export const TRANSIENT_ALPHA = 0.05;

/**
 * The warm-up in batches that `batchesByRep` (each replication's batch means, equal lengths
 * m > d) support out of MSER's truncation `d`: the number of leading batches, at most d, each
 * significantly below the batches from d on.
 */
export function supportedTruncation(batchesByRep: readonly (readonly number[])[], d: number): number {
  const reps = batchesByRep.length;
  const critical = reps < 2 ? 0 : tQuantile(1 - TRANSIENT_ALPHA, reps - 1);
  const kept = batchesByRep.map((rep) => {
    let sum = 0;
    for (let i = d; i < rep.length; i++) sum += rep[i];
    return sum / (rep.length - d);
  });
  for (let i = 0; i < d; i++) {
    let sum = 0;
    let sumSq = 0;
    for (let r = 0; r < reps; r++) {
      const diff = batchesByRep[r][i] - kept[r];
      sum += diff;
      sumSq += diff * diff;
    }
    const mean = sum / reps;
    const sd = reps < 2 ? 0 : Math.sqrt(Math.max(0, (sumSq - reps * mean * mean) / (reps - 1)));
    const below = mean < 0 && (sd === 0 || mean / (sd / Math.sqrt(reps)) < -critical);
    if (!below) return i;
  }
  return d;
}
