/**
 * Resource-pool statistics and staff cost: utilisation, busy and rostered units, staff hours,
 * output per staff hour, and the cost of busy and of rostered-but-idle time.
 *
 * Three tellers rostered 09:00-17:00 at 30 per hour cost 720 a day; if they are busy 18 of
 * their 24 hours, 540 is busy cost and 180 idle cost. A teller finishing a customer after her
 * shift has ended is still working: at each moment the available units are
 * max(rostered, busy), so utilisation never exceeds 1. The busy time beyond the roster —
 * finishing a customer after the shift, or staying after closing to serve the line — is the
 * pool's overtime, paid at its overtime rate (default: the normal rate).
 * A terminating study that runs past its horizon to finish its cases (the last file of the
 * week handled Monday 09:00–09:20) counts the roster only up to the horizon: after it, only
 * the rostered staff at work on the study's cases count (no idle time, no idle cost).
 */
import type { CollectorLayout } from "./observer.js";
import type { PoolFacts, RunWindow } from "./kpis/facts.js";
import { timeOfDayHours, type BusinessHours } from "./business-clock.js";
import { TimeWeighted } from "./time-weighted.js";

class PoolStats {
  readonly busy: TimeWeighted;
  readonly capacity: TimeWeighted;
  readonly available: TimeWeighted;

  constructor(warmup: number, binMinutes: number, bins: number | null, hours: BusinessHours | null) {
    const tod = () => (bins === null ? null : new Float64Array(bins));
    this.busy = new TimeWeighted(warmup, tod(), binMinutes, hours);
    this.capacity = new TimeWeighted(warmup, tod(), binMinutes, hours);
    this.available = new TimeWeighted(warmup);
  }
}

/** A pool's rostered units over time (the engine's capacity timeline satisfies it). */
export interface RosterTimeline {
  /** Units rostered at time t. */
  valueAt(t: number): number;
  /** The first time > t at which the value changes; Infinity when it never does. */
  nextChange(t: number): number;
}

/** Staff cost totals over all pools, currency. */
export interface StaffCost {
  busy: number;
  idle: number;
  /** Cost of all available (max of rostered and busy) time: busy + idle + overtime premium. */
  total: number;
  /** Cost of the overtime hours at the overtime rate (part of busy cost at the normal rate). */
  overtime: number;
}

/** Collects per-pool statistics, indexed by pool id. */
export class PoolCollector {
  private readonly pools: PoolStats[] = [];
  /** The horizon of a terminating study (rostered time counts up to it); Infinity otherwise. */
  private readonly cutoff: number;
  /** True once the levels at the horizon were set (passHorizon). */
  private pastHorizon = false;

  /** @param bins number of time-of-day bins for busy/capacity series, or null for none. */
  constructor(
    private readonly layout: CollectorLayout,
    bins: number | null,
  ) {
    for (let p = 0; p < layout.pools.length; p++) {
      this.pools.push(new PoolStats(layout.warmup, layout.timeOfDayBinMinutes, bins, timeOfDayHours(layout.calendar)));
    }
    this.cutoff = layout.study === "terminating" && layout.horizon !== undefined ? layout.horizon : Infinity;
  }

  /** Per-bin busy-unit areas of pool p (null without time-of-day bins). */
  busyByTimeOfDay(p: number): Float64Array | null {
    return this.pools[p].busy.byTimeOfDay;
  }

  /** Per-bin rostered-capacity areas of pool p (null without time-of-day bins). */
  capacityByTimeOfDay(p: number): Float64Array | null {
    return this.pools[p].capacity.byTimeOfDay;
  }

  /** From t on, `pool` has `busy` units at work and `capacity` rostered. */
  level(t: number, pool: number, busy: number, capacity: number): void {
    if (t > this.cutoff) {
      if (!this.pastHorizon) this.passHorizon();
      if (capacity > busy) capacity = busy;
    }
    const p = this.pools[pool];
    p.busy.set(t, busy);
    const available = busy > capacity ? busy : capacity;
    // NOTE: most changes are busy units only; the roster levels are set only when they differ.
    if (capacity !== p.capacity.level || available !== p.available.level) setRostered(p, t, capacity, available);
  }

  /** At the horizon of a terminating study, every pool's rostered units drop to those at work (once). */
  private passHorizon(): void {
    const horizon = this.cutoff;
    this.pastHorizon = true;
    for (const p of this.pools) {
      const busy = p.busy.level;
      const capacity = p.capacity.level > busy ? busy : p.capacity.level;
      if (capacity !== p.capacity.level || busy !== p.available.level) setRostered(p, horizon, capacity, busy > capacity ? busy : capacity);
    }
  }

  /** Accounts for time up to t (end of run). */
  flush(t: number): void {
    if (t > this.cutoff && !this.pastHorizon) this.passHorizon();
    for (const p of this.pools) {
      p.busy.flush(t);
      p.capacity.flush(t);
      p.available.flush(t);
    }
  }

  /** Staff cost over the window, summed over pools. */
  staffCost(): StaffCost {
    const sum = { busy: 0, idle: 0, total: 0, overtime: 0 };
    for (let i = 0; i < this.pools.length; i++) {
      const cost = this.costOf(i);
      sum.busy += cost.busy;
      sum.idle += cost.idle;
      sum.total += cost.total;
      sum.overtime += cost.overtime;
    }
    return sum;
  }

  /**
   * After a terminating day has emptied at `from`, follows the rosters (by pool id) until no
   * pool is rostered any more, at most to `until`, and accounts the rostered (idle) time up
   * to there. Returns the end of the rostered time counted.
   */
  extendRosters(rosters: readonly RosterTimeline[], from: number, until: number): number {
    if (rosters.length !== this.pools.length) return from;
    let t = from;
    while (t < until && rosters.some((r) => r.valueAt(t) > 0)) {
      const next = Math.min(until, ...rosters.map((r) => r.nextChange(t)));
      if (next < until) rosters.forEach((r, p) => this.level(next, p, 0, r.valueAt(next)));
      t = next;
    }
    this.flush(t);
    return t;
  }

  /**
   * The facts of each pool, by pool id; `completions` are all cases completed in the window,
   * `served` (by pool id, or null) those each pool served.
   */
  facts(window: RunWindow, served: Float64Array | null): PoolFacts[] {
    return this.pools.map((p, i) => {
      const cost = this.costOf(i);
      const base = { busy: p.busy, capacity: p.capacity, available: p.available, busyCost: cost.busy, idleCost: cost.idle, totalCost: cost.total, overtimeCost: cost.overtime };
      return { ...base, served: served === null ? null : served[i], window };
    });
  }

  /** Busy, rostered-but-idle and overtime cost of pool i over the window. */
  private costOf(i: number): StaffCost {
    const p = this.pools[i];
    const { costPerHour, overtimeCostPerHour } = this.layout.pools[i];
    const perMinute = costPerHour / 60;
    const busy = p.busy.area * perMinute;
    const worked = p.available.area * perMinute;
    const overtime = overtimeMinutes(p) * ((overtimeCostPerHour ?? costPerHour) / 60);
    // NOTE: overtime is in `worked` at the normal rate; only the premium is added on top.
    const premium = overtimeMinutes(p) * (((overtimeCostPerHour ?? costPerHour) - costPerHour) / 60);
    return { busy, idle: worked - busy, total: worked + premium, overtime };
  }
}

/** From t on, `capacity` units are rostered and `available` (the larger of rostered and busy) at work. */
function setRostered(p: PoolStats, t: number, capacity: number, available: number): void {
  p.capacity.set(t, capacity);
  p.available.set(t, available);
}

/** Minutes worked beyond the roster: ∫ max(0, busy − rostered) dt. */
function overtimeMinutes(p: PoolStats): number {
  return Math.max(0, p.available.area - p.capacity.area);
}
