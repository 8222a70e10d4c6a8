/**
 * The demand on one pool by planning interval, with the modified offered load, and the
 * staff each interval needs by Erlang C (or Erlang A where cases give up).
 *
 * At the branch, walk-ins arrive at 70 an hour at noon and each takes a teller 5 minutes:
 * the stationary load would be 5.8 erlangs at 12:00, but tellers are still busy with the
 * 11:00 rise and the queue lags the peak. The modified offered load m(t) — the mean number
 * busy if there were a teller for everyone, m′ = λ(t)·(visits) − m/E[S] — follows that lag
 * (exact for exponential service, the usual approximation otherwise), and each interval is
 * staffed for its average m instead of for its own arrival rate.
 */
import { appointmentArrivalsAt } from "../../model/compile/appointment-types.js";
import type { Model } from "../../model/compile/model.js";
import { sourcePatience } from "../../model/compile/class-rules.js";
import { buildRouteGraph, expectedVisits } from "../../model/checks/route-graph.js";
import { distMean } from "../../random/dist-moments.js";
import { erlangA, erlangCServiceLevel } from "./erlang.js";
import { meanGroupSize, plannedArrivalsByHour } from "../../model/checks/source-volume.js";

/** A service-level target: `share` of cases wait at most `maxWait` minutes. */
export interface StaffingTarget {
  readonly share: number;
  readonly maxWait: number;
}

/** Demand of one planning interval [start, start + width). */
export interface IntervalDemand {
  readonly start: number;
  /** Cases needing the pool per minute (visits included). */
  readonly arrivalsPerMinute: number;
  /** Average modified offered load over the interval, erlangs. */
  readonly offeredLoad: number;
}

/** Demand on one pool over the planning day. */
export interface PoolDemand {
  readonly pool: string;
  readonly width: number;
  /** Mean time a visit holds one unit of the pool, minutes. */
  readonly meanService: number;
  /** Mean patience of cases that may give up; null when none do. */
  readonly meanPatience: number | null;
  readonly intervals: readonly IntervalDemand[];
}

/**
 * Arrivals per minute of each source at minute `t` of a working day (open hours only). Every
 * working day has the same profile, so a weekend-only branch is planned on its Saturday.
 */
function rateAt(model: Model, t: number): number[] {
  const works = model.calendar.days.some(Boolean);
  const open = model.calendar.always || (works && t >= model.calendar.open && t < model.calendar.close);
  return model.arrivals.map((source) => {
    if (!open) return 0;
    if (source.appointments !== undefined) return appointmentArrivalsAt(source.appointments, t, model.calendar.always ? 0 : model.calendar.open);
    const planned = plannedArrivalsByHour(source);
    if (planned !== null) return planned[Math.min(planned.length - 1, Math.floor(t / 60))] / 60;
    return sourceRate(source, t) * meanGroupSize(source);
  });
}

/** Arrivals per minute of a rate source's own process at minute `t` of an open day. */
function sourceRate(source: Model["arrivals"][number], t: number): number {
  if (source.profile !== null) return ([...source.profile].reverse().find((p) => p.from <= t)?.ratePerHour ?? 0) / 60;
  if (source.ratePerHour !== null) return source.ratePerHour / 60;
  const mean = source.interarrival ? distMean(source.interarrival) : 0;
  return mean > 0 ? 1 / mean : 0;
}

/** Per source: visits to the pool's steps per case, and pool-minutes per case. */
function workPerCase(model: Model, pool: string): { visits: number; minutes: number }[] {
  const graph = buildRouteGraph(model);
  return model.arrivals.map((source) => {
    const start = graph.index.get(source.firstStep);
    const visits = start === undefined ? null : expectedVisits(graph, start);
    let count = 0;
    let minutes = 0;
    model.steps.forEach((step, i) => {
      const need = step.resources.find((r) => r.resource === pool);
      if (!need || !visits) return;
      count += visits[i];
      minutes += visits[i] * distMean(step.duration) * need.units;
    });
    return { visits: count, minutes };
  });
}

/**
 * The demand on `pool` in intervals of `width` minutes over [from, to) of a working day.
 * @throws RangeError when no case ever needs the pool.
 */
export function poolDemand(model: Model, pool: string, from: number, to: number, width: number): PoolDemand {
  const work = workPerCase(model, pool);
  const visitsPerCase = work.reduce((sum, w) => sum + w.visits, 0);
  if (!(visitsPerCase > 0)) throw new RangeError(`no step of the model uses pool ${JSON.stringify(pool)}`);
  let volume = 0;
  let busy = 0;
  const lambda = Array.from({ length: to }, (_, t) => {
    const rates = rateAt(model, t);
    volume += rates.reduce((sum, r, s) => sum + r * work[s].visits, 0);
    busy += rates.reduce((sum, r, s) => sum + r * work[s].minutes, 0);
    return rates.reduce((sum, r, s) => sum + r * work[s].visits, 0);
  });
  const meanService = volume > 0 ? busy / volume : work.reduce((s, w) => s + w.minutes, 0) / visitsPerCase;
  const decay = Math.exp(-1 / meanService);
  const load: number[] = [];
  let m = 0;
  for (let t = 0; t < to; t++) {
    const steady = lambda[t] * meanService;
    // Exact average of m over the minute for constant λ: steady + (m − steady)·S·(1 − e^{−1/S}).
    load.push(steady + (m - steady) * meanService * (1 - decay));
    m = steady + (m - steady) * decay;
  }
  const intervals: IntervalDemand[] = [];
  for (let start = from; start < to; start += width) {
    const minutes = Array.from({ length: Math.min(width, to - start) }, (_, k) => start + k);
    const mean = (values: readonly number[]) => minutes.reduce((sum, t) => sum + values[t], 0) / minutes.length;
    intervals.push({ start, arrivalsPerMinute: mean(lambda), offeredLoad: mean(load) });
  }
  return { pool, width, meanService, meanPatience: meanPatienceOf(model), intervals };
}

function meanPatienceOf(model: Model): number | null {
  const patience = model.arrivals.flatMap((s) => sourcePatience(model, s) ?? []);
  if (patience.length === 0) return null;
  return patience.reduce((sum, spec) => sum + distMean(spec), 0) / patience.length;
}

/** Share served within the target wait with `servers`, by Erlang C or Erlang A. */
export function analyticServiceLevel(demand: PoolDemand, interval: IntervalDemand, servers: number, target: StaffingTarget): number {
  if (interval.offeredLoad <= 0) return 1;
  if (demand.meanPatience === null) return erlangCServiceLevel(servers, interval.offeredLoad, demand.meanService, target.maxWait);
  return erlangA(servers, interval.offeredLoad / demand.meanService, demand.meanService, demand.meanPatience, target.maxWait).serviceLevel;
}

/** The fewest servers that meet the target in the interval; null when more than `maxStaff` would be needed. */
export function analyticRequirement(demand: PoolDemand, interval: IntervalDemand, target: StaffingTarget, maxStaff: number): number | null {
  if (interval.offeredLoad <= 1e-9) return 0;
  for (let c = Math.max(1, Math.floor(interval.offeredLoad)); c <= maxStaff; c++) {
    if (analyticServiceLevel(demand, interval, c, target) >= target.share) return c;
  }
  return null;
}
