/**
 * Progress over the rounds of a run to a half-width target, so `done` never goes back.
 *
 * The branch counter starts with 4 replications and the target asks for 56 more: round two's
 * pool reports 1/56, 2/56, …; the caller hears 5/60, 6/60, …, so a progress bar or `withEta`
 * sees one run whose total grew from 4 to 60, not a new run starting from zero.
 */

/**
 * The callback for a round that runs the replications [from, to) of a run (counted over all
 * its models): the round's `done` shifted by `from`, and `to` as the total. Undefined without
 * a callback.
 */
export function progressFrom(onProgress: ((done: number, total: number) => void) | undefined, from: number, to: number): ((done: number) => void) | undefined {
  if (onProgress === undefined) return undefined;
  return (done) => onProgress(from + done, to);
}
