/**
 * When the next case of a source arrives: renewal processes, constant-rate Poisson and
 * time-of-day profiles, with no arrivals while the calendar is closed.
 *
 * Walk-in customers with exponential gaps of mean 2 minutes at a branch open 09:00-17:00:
 * the n-th gap is draw n of the source's "arrival" stream. A gap that would end while the
 * branch is closed (say at 17:03) does not produce an arrival then: the renewal process is
 * restarted at the next opening (09:00 next working day) and the next arrival comes one
 * fresh gap later (draw n, attempt 1, 2, … on repeated misses). For Poisson sources this is
 * exact (memorylessness); for other renewal processes it is the documented convention.
 * Profile sources are non-homogeneous Poisson processes sampled by inverting the
 * cumulative rate; closed hours simply have rate zero.
 */
import { ARRIVAL_PROFILE, type CompiledModel } from "../model/compile/compiled.js";
import type { CaseDraws } from "./draws.js";

/** Opening hours as the arrival clock consumes them. */
export interface OpenHours {
  /** True when the operation is open at time t (minutes). */
  isOpen(t: number): boolean;
  /** The first time ≥ t at which it is open; Infinity when it never opens again. */
  nextOpening(t: number): number;
}

/** Cumulative-rate inversion for a profile source (non-homogeneous Poisson). */
export interface ArrivalProfile {
  /** The first arrival after t for an Exp(1) amount `e` of cumulative rate; Infinity if none. */
  nextArrival(t: number, e: number): number;
}

/** Restart attempts after which a renewal source is declared unable to fit its gaps. */
export const MAX_RESTARTS = 1000;

/** Computes arrival times; see the module comment. */
export class ArrivalClock {
  private readonly isProfile: Uint8Array;

  /**
   * `hours` = null for a 24/7 calendar; `profiles[source]` is required for profile sources
   * and ignored otherwise.
   */
  constructor(
    compiled: CompiledModel,
    private readonly draws: CaseDraws,
    private readonly hours: OpenHours | null,
    private readonly profiles: readonly (ArrivalProfile | null)[],
  ) {
    this.isProfile = Uint8Array.from(compiled.sources, (s) => (s.arrivalKind === ARRIVAL_PROFILE ? 1 : 0));
  }

  /**
   * Time of arrival number `n` (0-based) of `source`, the previous one having been at `t`
   * (or t = 0 for n = 0). Infinity when no further arrival can happen; NaN when the gaps
   * never fit into an open period (MAX_RESTARTS misses in a row).
   */
  next(source: number, n: number, t: number): number {
    if (this.isProfile[source] !== 0) return this.nextFromProfile(source, n, t);
    const next = t + this.draws.interarrival(source, n, 0);
    const hours = this.hours;
    if (hours === null || hours.isOpen(next)) return next;
    return this.restart(source, n, next, hours);
  }

  private restart(source: number, n: number, closedAt: number, hours: OpenHours): number {
    let next = closedAt;
    for (let attempt = 1; attempt <= MAX_RESTARTS; attempt++) {
      const opening = hours.nextOpening(next);
      if (opening === Infinity) return Infinity;
      next = opening + this.draws.interarrival(source, n, attempt);
      if (hours.isOpen(next)) return next;
    }
    return NaN;
  }

  private nextFromProfile(source: number, n: number, t: number): number {
    const profile = this.profiles[source];
    if (profile === null || profile === undefined) return Infinity;
    return profile.nextArrival(t, -Math.log(1 - this.draws.arrivalUniform(source, n)));
  }
}
