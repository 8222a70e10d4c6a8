/**
 * Random day factors: each day d a source's arrival rate is multiplied by F_d, drawn once
 * per day (contact-centre practice: busy and quiet days).
 *
 * A call centre with 100 calls an hour and `dayFactor: { gamma: { mean: 1, cv: 0.2 } }`
 * gets, say, F = 1.25 on Monday (125 calls an hour all Monday) and F = 0.9 on Tuesday. F_d is
 * draw (d, 0) of the stream ("day-factor", element) — element "" for the model's factor, the
 * source name for a source's own — so the current and the proposed model see the same busy
 * days, and adding a source changes no factor.
 *
 * The factor changes the clock, not the customers: a source's gaps (or Exp(1) amounts of
 * cumulative rate for a profile) are the same draws as without the factor, spent at speed
 * F_d on day d — operational time. Case n is still the n-th customer with the same draws;
 * a busy day only brings customers sooner. For a Poisson source this is exactly a Poisson
 * process of rate λ·F_d on day d (a mixed Poisson day); for a renewal source it is the same
 * renewal process with its gaps shrunk by F_d. Thinning would need a bound on F (a gamma has
 * none) and would give the extra customers of a busy day other ordinals than in a model
 * without the factor; the time change keeps every draw and every ordinal.
 */
import type { CompiledModel } from "../model/compile/compiled.js";
import { MINUTES_PER_DAY } from "../model/schema/units.js";
import { compileSampler, type Sampler } from "../random/dists.js";
import { streamKey } from "../random/streams.js";
import type { ArrivalProfile } from "./arrivals.js";

/** Stream purpose of the day-factor draws. */
const DAY_FACTOR_PURPOSE = "day-factor";

/** The day factors of a replication, for the sources that have one. */
export class DayFactors {
  private readonly samplers: readonly (Sampler | null)[];
  private readonly keys: Int32Array;
  /** Per source: the day of the factor last drawn, and that factor. */
  private readonly lastDay: Float64Array;
  private readonly lastFactor: Float64Array;
  private readonly drawn = new Float64Array(1);

  /** The day factors of `compiled` in `replication`; null when no source has one. */
  static of(compiled: CompiledModel, replication: number): DayFactors | null {
    return compiled.sources.some((s) => s.dayFactor !== null) ? new DayFactors(compiled, replication) : null;
  }

  private constructor(compiled: CompiledModel, replication: number) {
    const sources = compiled.sources;
    const byStream = new Map<string, Sampler>();
    this.samplers = sources.map((s) => {
      if (s.dayFactor === null) return null;
      const known = byStream.get(s.dayFactor.stream);
      if (known !== undefined) return known;
      const sampler = compileSampler(s.dayFactor.dist);
      byStream.set(s.dayFactor.stream, sampler);
      return sampler;
    });
    this.keys = new Int32Array(2 * sources.length);
    sources.forEach((s, src) => {
      if (s.dayFactor !== null) this.keys.set(streamKey(compiled.run.seed, replication, DAY_FACTOR_PURPOSE, s.dayFactor.stream), 2 * src);
    });
    this.lastDay = new Float64Array(sources.length).fill(-1);
    this.lastFactor = new Float64Array(sources.length);
  }

  /** True when `source` has a day factor. */
  has(source: number): boolean {
    return this.samplers[source] !== null;
  }

  /** F_d of `source` for day `day` (0 = the first day of the run). */
  factor(source: number, day: number): number {
    if (this.lastDay[source] === day) return this.lastFactor[source];
    const sampler = this.samplers[source];
    if (sampler === null) return 1;
    sampler.sampleInto(this.drawn, 0, this.keys[2 * source], this.keys[2 * source + 1], day, 0, 0);
    this.lastDay[source] = day;
    this.lastFactor[source] = this.drawn[0];
    return this.drawn[0];
  }

  /** The time s > t at which `amount` minutes of operational time after t are spent. */
  advance(source: number, t: number, amount: number): number {
    if (!(amount < Infinity)) return amount;
    let from = t;
    let left = amount;
    for (;;) {
      const day = Math.floor(from / MINUTES_PER_DAY);
      const speed = this.factor(source, day);
      const end = (day + 1) * MINUTES_PER_DAY;
      const room = speed * (end - from);
      if (left < room) return from + left / speed;
      left -= room;
      from = end;
    }
  }

  /** The first arrival after t of a profile source for an Exp(1) amount `e`, the rate times F_d. */
  advanceProfile(source: number, profile: ArrivalProfile, t: number, e: number): number {
    let from = t;
    let left = e;
    for (;;) {
      const day = Math.floor(from / MINUTES_PER_DAY);
      const speed = this.factor(source, day);
      const end = (day + 1) * MINUTES_PER_DAY;
      if (speed > 0) {
        const at = profile.nextArrival(from, left / speed);
        if (at < end || at === Infinity) return at;
      }
      left = Math.max(0, left - speed * profile.expectedArrivals(from, end));
      from = end;
    }
  }
}
