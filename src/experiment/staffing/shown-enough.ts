/**
 * The staff the simulation showed enough: per planning interval, the fewest staff with which a
 * simulated roster met the target there.
 *
 * A contact centre's 09:00 hour met 80% within 20 s with 14 agents and missed it with 13:
 * its requirement is 14, whatever number the search asked the shift cover for. A number the
 * cover never scheduled (it rostered 14 all day when asked for 13 at 09:00) was never tested,
 * so it is never reported. A level that met is enough even if another roster with as many
 * missed there (its breaks or its neighbours' backlog differed): the requirement never
 * exceeds the staff of a roster that met, so a row that met never reads required above
 * scheduled. An interval no simulated roster met, or that no case reached (no bound), has no
 * requirement (null).
 */
import { missesTarget, type IntervalEstimate } from "./verify.js";

/** The fewest staff each interval has met its target with so far. */
export class ShownEnough {
  /** Interval index → the fewest staff that met the target there (Infinity: none yet). */
  private readonly fewestMet: number[];

  constructor(intervals: number) {
    this.fewestMet = new Array<number>(intervals).fill(Infinity);
  }

  /**
   * Notes one simulated roster: `scheduled` staff and the service levels by interval, against
   * the target share. An interval without a bound (nothing observed) shows nothing.
   */
  note(scheduled: readonly number[], serviceLevels: readonly IntervalEstimate[], share: number): void {
    serviceLevels.forEach((sl, i) => {
      if (sl.lo !== null && !missesTarget(sl, share)) this.fewestMet[i] = Math.min(this.fewestMet[i], scheduled[i]);
    });
  }

  /** The requirement of interval `i`: the fewest staff that met the target there; null when none has. */
  required(i: number): number | null {
    const fewest = this.fewestMet[i];
    return Number.isFinite(fewest) ? fewest : null;
  }
}
