/**
 * The demand on one pool by planning interval, with the modified offered load, and the
 * staff each interval needs by Erlang C (or Erlang A where cases give up).
 *
 * At the branch, walk-ins arrive at 70 an hour at noon and each takes a teller 5 minutes:
 * the stationary load would be 5.8 erlangs at 12:00, but tellers are still busy with the
 * 11:00 rise and the queue lags the peak. The modified offered load m(t) — the mean number
 * busy if there were a teller for everyone, m′ = λ(t)·(visits) − m/E[S] — follows that lag
 * (exact for exponential service, the usual approximation otherwise), and each interval is
 * staffed for its average m instead of for its own arrival rate. Cases reach a pool further
 * down the process later than they arrive: each source's demand is lagged by the mean time
 * its cases take to get there (entry-times.ts), so a noon peak of loan applications after a
 * 30-minute intake is a 12:30 peak at the approvers. Only work the day before left over
 * reaches the pool before the lag has passed after opening: none when the step serves its
 * line at closing or sends it away for good, or when the run has no day before.
 */
import { appointmentArrivalsAt } from "../../model/compile/appointment-types.js";
import type { Model } from "../../model/compile/model.js";
import { sourcePatience } from "../../model/compile/class-rules.js";
import { buildRouteGraph, expectedVisits } from "../../model/checks/route-graph.js";
import { distMean } from "../../random/dist-moments.js";
import { erlangA, erlangCServiceLevel } from "./erlang.js";
import { meanGroupSize, plannedArrivalsByHour } from "../../model/checks/source-volume.js";
import { meanEntryTimes } from "./entry-times.js";
import { resolveEndOfDay } from "../../model/compile/end-of-day.js";

/** Minutes in a day. */
const DAY = 1440;

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

/** Visits per case of one source to one of the pool's steps. */
interface StepWork {
  readonly visits: number;
  /** Pool-minutes per case at the step (visits × mean duration × units). */
  readonly minutes: number;
  /** Mean time from the case's arrival to the start of a visit (entry-times.ts; 0 when not solved). */
  readonly lag: number;
  /** Cases still on their way at the end of a day reach the step the next day (see `reachesNextDay`). */
  readonly overnight: boolean;
}

/**
 * Whether work on its way to step `i` at the end of a day reaches it on the next day: there
 * is a next day in the run (two working days start before the horizon), and the day never
 * closes or the step's line is kept over the night (carryOver, undeclared, or sent away to
 * come back). A step that serves its line at closing (overtime) or sends it away for good
 * starts each day empty.
 */
function reachesNextDay(model: Model, rule: ReturnType<typeof resolveEndOfDay>[number]): boolean {
  const { always, days } = model.calendar;
  const horizon = model.run.horizon;
  const working = always ? [true, true, true, true, true, true, true] : days;
  let started = 0;
  for (let day = 0; day < 14 && (horizon === null || day * DAY < horizon); day++) if (working[day % 7]) started++;
  if (started < 2) return false;
  if (always || rule === null) return true;
  return rule.rule === "carryOver" || (rule.rule === "sendAway" && rule.comeBack);
}

/** Per source: its cases' work at each of the pool's steps they visit. */
function workPerCase(model: Model, pool: string): StepWork[][] {
  const graph = buildRouteGraph(model);
  const meanDurations = model.steps.map((step) => distMean(step.duration));
  const rules = resolveEndOfDay(model);
  return model.arrivals.map((source) => {
    const start = graph.index.get(source.firstStep);
    const visits = start === undefined ? null : expectedVisits(graph, start);
    if (start === undefined || visits === null) return [];
    const entry = meanEntryTimes(graph, start, visits, meanDurations);
    return model.steps.flatMap((step, i) => {
      const need = step.resources.find((r) => r.resource === pool);
      if (!need || !(visits[i] > 0)) return [];
      return [{ visits: visits[i], minutes: visits[i] * meanDurations[i] * need.units, lag: entry === null ? 0 : entry[i], overnight: reachesNextDay(model, rules[i]) }];
    });
  });
}

/** Per source of the model: whether its cases ever need `pool` (at any step, on any route). */
export function sourcesNeeding(model: Model, pool: string): boolean[] {
  return workPerCase(model, pool).map((steps) => steps.length > 0);
}

/**
 * Arrivals per minute of source `s` at minute `t` of a working day, `lag` minutes of the
 * process's time earlier (linear between minutes), read from the day's rates `day` (rateAt by
 * minute). Work left over the night (`overnight`) comes from the day before: with opening
 * hours the lag counts open minutes (work stops at closing and carries over, so cases reaching
 * the pool at 09:10 after a 30-minute intake are those that arrived at 16:40 the working day
 * before, the same profile). Otherwise nothing arrived before the day's first minute.
 */
function laggedRate(model: Model, day: readonly (readonly number[])[], s: number, t: number, lag: number, overnight: boolean): number {
  const { always, open, close } = model.calendar;
  const span = close - open;
  const carried = (minute: number) => day[always || span <= 0 || t < open || t >= close ? modulo(minute, DAY) : open + modulo(minute - open, span)][s];
  const at = overnight ? carried : (minute: number) => (minute < 0 ? 0 : day[minute][s]);
  const x = t - lag;
  const below = Math.floor(x);
  const f = x - below;
  return f === 0 ? at(below) : (1 - f) * at(below) + f * at(below + 1);
}

/** `value` modulo `base`, in [0, base). */
function modulo(value: number, base: number): number {
  return ((value % base) + base) % base;
}

/**
 * The demand on `pool` in intervals of `width` minutes over [from, to) of a working day.
 * @throws RangeError when no case ever needs the pool.
 */
export function poolDemand(model: Model, pool: string, from: number, to: number, width: number): PoolDemand {
  const work = workPerCase(model, pool);
  const visitsPerCase = work.flat().reduce((sum, w) => sum + w.visits, 0);
  if (!(visitsPerCase > 0)) throw new RangeError(`no step of the model uses pool ${JSON.stringify(pool)}`);
  let volume = 0;
  let busy = 0;
  // NOTE: the sources' rates of each minute of the day, computed once: lagged steps read earlier minutes.
  const day = Array.from({ length: Math.max(DAY, to) }, (_, t) => rateAt(model, t));
  const lambda = Array.from({ length: to }, (_, t) => {
    const now = day[t];
    let visitsNow = 0;
    work.forEach((steps, s) => {
      for (const w of steps) {
        // NOTE: the mean service time weighs the steps by the day's volume, unlagged: a step
        // reached later in the day is not under-weighted for the hours before its first visit.
        volume += now[s] * w.visits;
        busy += now[s] * w.minutes;
        // A source's cases reach each of the pool's steps `lag` minutes after they arrive.
        visitsNow += (w.lag > 0 ? laggedRate(model, day, s, t, w.lag, w.overnight) : now[s]) * w.visits;
      }
    });
    return visitsNow;
  });
  const meanService = volume > 0 ? busy / volume : work.flat().reduce((sum, w) => sum + w.minutes, 0) / visitsPerCase;
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
