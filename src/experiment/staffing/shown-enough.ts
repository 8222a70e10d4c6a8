/**
 * The staff the simulation showed enough: per planning interval, the fewest staff with which a
 * simulated roster met the target there, and no simulated roster with as many or more missed.
 *
 * A contact centre's 09:00 hour met 80% within 20 s with 14 agents and missed it with 13:
 * its requirement is 14, whatever number the search asked the shift cover for. A number the
 * cover never scheduled (it rostered 14 all day when asked for 13 at 09:00) was never tested,
 * so it is never reported. An interval no simulated roster met has no requirement (null).
 */
import { missesTarget, type IntervalEstimate } from "./verify.js";

/** The staff and outcomes each interval has been simulated with so far. */
export class ShownEnough {
  /** Interval index → the fewest staff that met the target there (Infinity: none yet). */
  private readonly fewestMet: number[];
  /** Interval index → the most staff that missed it there (−Infinity: none yet). */
  private readonly mostMissed: number[];
  /** Interval index → every staff level that met there, for when a miss rises above the fewest. */
  private readonly met: Set<number>[];

  constructor(intervals: number) {
    this.fewestMet = new Array<number>(intervals).fill(Infinity);
    this.mostMissed = new Array<number>(intervals).fill(-Infinity);
    this.met = Array.from({ length: intervals }, () => new Set<number>());
  }

  /** Notes one simulated roster: `scheduled` staff and the service levels by interval, against the target share. */
  note(scheduled: readonly number[], serviceLevels: readonly IntervalEstimate[], share: number): void {
    serviceLevels.forEach((sl, i) => {
      if (missesTarget(sl, share)) this.mostMissed[i] = Math.max(this.mostMissed[i], scheduled[i]);
      else this.met[i].add(scheduled[i]);
    });
    this.met.forEach((levels, i) => {
      const above = [...levels].filter((staff) => staff > this.mostMissed[i]);
      this.fewestMet[i] = above.length === 0 ? Infinity : Math.min(...above);
    });
  }

  /**
   * The requirement of interval `i`: the fewest staff that met the target there, above every
   * staff level that missed it; null when no such level has been simulated.
   */
  required(i: number): number | null {
    const fewest = this.fewestMet[i];
    return Number.isFinite(fewest) ? fewest : null;
  }
}
