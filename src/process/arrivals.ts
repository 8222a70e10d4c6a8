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
 *
 * A source with a rate factor (`scaleArrivals`: "30% of customers move online") keeps the
 * same customers. Below 1, the unscaled stream is generated as before and arrival n is kept
 * when a uniform of its own (stream "arrival-thinning", counter n) is below the factor: the
 * customers who stay are the same ones, at the same times, with the same case ordinal n,
 * hence the same service needs. Above 1, an extra independent stream of (factor − 1) times
 * the rate (stream "arrival-extra") is superposed; its cases get ordinals from 2^31 on, so
 * they never share a base customer's draws. For Poisson sources the result is exactly
 * Poisson at the scaled rate; for renewal sources it is the thinned (or superposed) process.
 * A source with a random day factor spends its gaps at speed F_d on day d (day-factor.ts).
 * A listed source (appointments) hands out the entries of its list (listed-arrivals.ts).
 * Recorded, drop and grouped sources take their times from a plan (source-plans.ts).
 */
import { ARRIVAL_PROFILE, type CompiledModel } from "../model/compile/compiled.js";
import type { Sampler } from "../random/dists.js";
import { uniform01 } from "../random/counter-rng.js";
import { streamKey } from "../random/streams.js";
import type { CaseDraws } from "./draws.js";
import { DayFactors } from "./day-factor.js";
import { listedArrivalsOf, type ListedArrivals } from "./listed-arrivals.js";
import { sourcePlans, type SourcePlan } from "./source-plans.js";

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
  /** Expected number of arrivals in [from, to]. */
  expectedArrivals(from: number, to: number): number;
}

/** Restart attempts after which a renewal source is declared unable to fit its gaps. */
export const MAX_RESTARTS = 1000;

/** Case ordinals of a source's extra stream (rate factor > 1) start here, above any base ordinal. */
export const EXTRA_ORDINAL_BASE = 2 ** 31;

/** Stream purposes of the rate-factor draws (element: the source name). */
const THINNING_PURPOSE = "arrival-thinning";
const EXTRA_PURPOSE = "arrival-extra";

/** The rate factor recorded for a listed source (appointments): its arrivals come from its list. */
const LISTED = -1;

/** Marks "no pending candidate" in the per-source candidate times (real times are ≥ 0). */
const NONE = -1;

/** Computes arrival times; see the module comment. */
export class ArrivalClock {
  private readonly isProfile: Uint8Array;
  private readonly factor: Float64Array;
  /** Keys of the thinning and extra streams, [k0, k1] per source (rate-factor sources only). */
  private readonly thinKeys: Int32Array;
  private readonly extraKeys: Int32Array;
  private readonly samplers: readonly (Sampler | null)[];
  /** Per source: base arrivals generated, time of the last one, pending base candidate. */
  private readonly baseCount: Float64Array;
  private readonly baseTime: Float64Array;
  private readonly baseNext: Float64Array;
  /** Per source: extra arrivals generated, time of the last one, pending extra candidate. */
  private readonly extraCount: Float64Array;
  private readonly extraTime: Float64Array;
  private readonly extraNext: Float64Array;
  /** Case ordinal of the arrival the last `next` call returned (rate-factor sources). */
  private readonly pendingOrdinal: Float64Array;
  private readonly drawn = new Float64Array(1);
  /** Per source: 1 when it has a random day factor (then `days` is set). */
  private readonly hasDayFactor: Uint8Array;
  private readonly days: DayFactors | null;
  /** By source: the list of a listed source (listed-arrivals.ts); null when no source is listed. */
  readonly listed: readonly (ListedArrivals | null)[] | null;
  /** Per source: 1 when a plan gives its arrivals (recorded, drops, groups; source-plans.ts). */
  private readonly planned: Uint8Array;
  private readonly plans: readonly (SourcePlan | null)[];

  /**
   * `hours` = null for a 24/7 calendar; `profiles[source]` is required for profile sources
   * and ignored otherwise; `replication` keys the rate-factor streams.
   */
  constructor(
    compiled: CompiledModel,
    private readonly draws: CaseDraws,
    private readonly hours: OpenHours | null,
    private readonly profiles: readonly (ArrivalProfile | null)[],
    replication = 0,
  ) {
    const sources = compiled.sources;
    this.isProfile = Uint8Array.from(sources, (s) => (s.arrivalKind === ARRIVAL_PROFILE ? 1 : 0));
    this.factor = Float64Array.from(sources, (s) => s.rateFactor);
    this.samplers = sources.map((s) => s.interarrivalSampler);
    this.thinKeys = new Int32Array(2 * sources.length);
    this.extraKeys = new Int32Array(2 * sources.length);
    sources.forEach((s, src) => {
      if (s.rateFactor === 1) return;
      this.thinKeys.set(streamKey(compiled.run.seed, replication, THINNING_PURPOSE, s.name), 2 * src);
      this.extraKeys.set(streamKey(compiled.run.seed, replication, EXTRA_PURPOSE, s.name), 2 * src);
    });
    this.baseCount = new Float64Array(sources.length);
    this.baseTime = new Float64Array(sources.length);
    this.baseNext = new Float64Array(sources.length).fill(NONE);
    this.extraCount = new Float64Array(sources.length);
    this.extraTime = new Float64Array(sources.length);
    this.extraNext = new Float64Array(sources.length).fill(NONE);
    this.pendingOrdinal = new Float64Array(sources.length);
    this.days = DayFactors.of(compiled, replication);
    this.hasDayFactor = Uint8Array.from(sources, (s) => (s.dayFactor === null ? 0 : 1));
    this.listed = listedArrivalsOf(compiled, replication);
    this.listed?.forEach((list, src) => {
      if (list !== null) this.factor[src] = LISTED;
    });
    this.plans = sourcePlans(compiled, replication, (source, g, t) => this.unscaled(source, g, t, 0)) ?? [];
    this.planned = Uint8Array.from(sources, (_, src) => (this.plans[src] ? 1 : 0));
  }

  /**
   * Time of arrival number `n` (0-based) of `source`, the previous one having been at `t`
   * (or t = 0 for n = 0). Infinity when no further arrival can happen; NaN when the gaps
   * never fit into an open period (MAX_RESTARTS misses in a row). A source with a rate
   * factor keeps its own state instead: call once per arrival, in order.
   */
  next(source: number, n: number, t: number): number {
    if (this.planned[source] !== 0) return (this.plans[source] as SourcePlan).next(n, t);
    const factor = this.factor[source];
    if (factor === 1) return this.unscaled(source, n, t, 0);
    if (factor === LISTED) return this.nextListed(source);
    return factor < 1 ? this.nextThinned(source, factor) : this.nextSuperposed(source);
  }

  /**
   * The case ordinal of arrival number `n` of `source`, the one the last `next` call for the
   * source returned: n itself, or for a rate-factor source its ordinal in the unscaled stream
   * (EXTRA_ORDINAL_BASE + m for the m-th arrival of the extra stream).
   */
  ordinal(source: number, n: number): number {
    return this.factor[source] === 1 ? n : this.pendingOrdinal[source];
  }

  /** The next entry of a listed source's list. */
  private nextListed(source: number): number {
    const list = (this.listed as readonly (ListedArrivals | null)[])[source] as ListedArrivals;
    const at = list.next();
    this.pendingOrdinal[source] = list.ordinal;
    return at;
  }

  /** The next kept arrival of the unscaled stream; each kept with probability `factor`. */
  private nextThinned(source: number, factor: number): number {
    if (factor === 0) return Infinity;
    const k0 = this.thinKeys[2 * source];
    const k1 = this.thinKeys[2 * source + 1];
    for (;;) {
      const n = this.baseCount[source];
      const at = this.unscaled(source, n, this.baseTime[source], 0);
      if (at !== at || at === Infinity) return at;
      this.baseCount[source] = n + 1;
      this.baseTime[source] = at;
      if (uniform01(k0, k1, n, 0, 0, 0) < factor) {
        this.pendingOrdinal[source] = n;
        return at;
      }
    }
  }

  /** The earlier of the next unscaled arrival and the next extra one (the unscaled first on a tie). */
  private nextSuperposed(source: number): number {
    if (this.baseNext[source] === NONE) this.baseNext[source] = this.unscaled(source, this.baseCount[source], this.baseTime[source], 0);
    if (this.extraNext[source] === NONE) this.extraNext[source] = this.unscaled(source, this.extraCount[source], this.extraTime[source], 1);
    const base = this.baseNext[source];
    const extra = this.extraNext[source];
    if (base !== base || extra !== extra) return NaN;
    if (base <= extra) {
      if (base === Infinity) return Infinity;
      this.pendingOrdinal[source] = this.baseCount[source]++;
      this.baseTime[source] = base;
      this.baseNext[source] = NONE;
      return base;
    }
    this.pendingOrdinal[source] = EXTRA_ORDINAL_BASE + this.extraCount[source]++;
    this.extraTime[source] = extra;
    this.extraNext[source] = NONE;
    return extra;
  }

  /** Arrival `n` of the unscaled (stream 0) or extra (stream 1) process after t. */
  private unscaled(source: number, n: number, t: number, stream: number): number {
    if (this.isProfile[source] !== 0) return this.nextFromProfile(source, n, t, stream);
    const next = this.after(source, t, this.gap(source, n, 0, stream));
    const hours = this.hours;
    if (hours === null || hours.isOpen(next)) return next;
    return this.restart(source, n, next, hours, stream);
  }

  /** Gap `n` (try `attempt`) of the unscaled stream, or of the extra stream at (factor − 1) × the rate. */
  private gap(source: number, n: number, attempt: number, stream: number): number {
    return stream === 0 ? this.draws.interarrival(source, n, attempt) : this.extraGap(source, n, attempt);
  }

  /** Gap `n` (try `attempt`) of the extra stream of a source with a rate factor above 1. */
  private extraGap(source: number, n: number, attempt: number): number {
    const sampler = this.samplers[source];
    if (sampler === null) return Infinity;
    sampler.sampleInto(this.drawn, 0, this.extraKeys[2 * source], this.extraKeys[2 * source + 1], n, attempt, 0);
    return this.drawn[0] / (this.factor[source] - 1);
  }

  /** The time `gap` after t, spent at the day factor's speed when the source has one. */
  private after(source: number, t: number, gap: number): number {
    if (this.hasDayFactor[source] === 0) return t + gap;
    return (this.days as DayFactors).advance(source, t, gap);
  }

  /** The first arrival after t for an amount `e` of the profile's cumulative rate. */
  private alongProfile(source: number, profile: ArrivalProfile, t: number, e: number): number {
    if (this.hasDayFactor[source] === 0) return profile.nextArrival(t, e);
    return (this.days as DayFactors).advanceProfile(source, profile, t, e);
  }

  private restart(source: number, n: number, closedAt: number, hours: OpenHours, stream: number): number {
    let next = closedAt;
    for (let attempt = 1; attempt <= MAX_RESTARTS; attempt++) {
      const opening = hours.nextOpening(next);
      if (opening === Infinity) return Infinity;
      next = this.after(source, opening, this.gap(source, n, attempt, stream));
      if (hours.isOpen(next)) return next;
    }
    return NaN;
  }

  private nextFromProfile(source: number, n: number, t: number, stream: number): number {
    const profile = this.profiles[source];
    if (profile === null || profile === undefined) return Infinity;
    if (stream === 0) return this.alongProfile(source, profile, t, -Math.log(1 - this.draws.arrivalUniform(source, n)));
    const u = uniform01(this.extraKeys[2 * source], this.extraKeys[2 * source + 1], n, 0, 0, 0);
    return this.alongProfile(source, profile, t, -Math.log(1 - u) / (this.factor[source] - 1));
  }
}
