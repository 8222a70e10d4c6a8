/**
 * Whether the replications support an MSER truncation as a start-up transient: what it
 * drops must hold significantly fewer cases in process than what it keeps.
 *
 * A branch counter at 83% load started empty reaches its long-run queue within about
 * 11 hours, yet MSER-5 on ten replications of a 100-day run may drop 21 days: a random busy
 * stretch in days 6–20 (more cases, not fewer) lowers the spread of what is kept. A run that
 * starts empty holds fewer cases during its transient, not more (a queue started empty is
 * stochastically below its long-run level at every time), so the dropped stretch [0, d) counts
 * only when it is below the kept batches: for each replication r, D_r = its mean over the
 * stretch − its mean over the kept batches; replications are independent, so
 * mean(D) / (sd(D)/√R) is a t statistic with R − 1 degrees of freedom, tested one-sided at
 * 5%. With one replication only the sign can be judged.
 */
import tQuantile from "@stdlib/stats-base-dists-t-quantile";

/** One-sided level of "the dropped stretch holds fewer cases than the rest". */
export const TRANSIENT_ALPHA = 0.05;

/** Mean of values[from, to). */
function meanOf(values: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i];
  return sum / (to - from);
}

/**
 * True when the first `d` batches of `batchesByRep` (each replication's batch means, equal
 * lengths m > d) hold significantly fewer cases than the batches from d on, or d = 0.
 */
export function isStartupDeficit(batchesByRep: readonly (readonly number[])[], d: number): boolean {
  if (d === 0) return true;
  const reps = batchesByRep.length;
  let sum = 0;
  let sumSq = 0;
  for (const rep of batchesByRep) {
    const diff = meanOf(rep, 0, d) - meanOf(rep, d, rep.length);
    sum += diff;
    sumSq += diff * diff;
  }
  const mean = sum / reps;
  if (!(mean < 0)) return false;
  if (reps < 2) return true;
  const sd = Math.sqrt(Math.max(0, (sumSq - reps * mean * mean) / (reps - 1)));
  return sd === 0 || mean / (sd / Math.sqrt(reps)) < -tQuantile(1 - TRANSIENT_ALPHA, reps - 1);
}
