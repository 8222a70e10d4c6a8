/**
 * Peak load: a pool that copes on average but is swamped in some hours.
 *
 * A branch with 5 tellers all day may have ρ = 0.7 over the week and still be offered 1.3
 * tellers' worth of work per teller at the 12:00 lunch peak: the queue then builds for an
 * hour and takes the afternoon to drain. Hour by hour of the week, the work arriving
 * (rate × visits × mean duration × units) is compared with the server-minutes on duty. Work
 * is counted in the hour the case arrives, a fair approximation for short processes.
 */
import { distMean } from "../../random/dist-moments.js";
import type { ArrivalSource, Calendar, Model, ResourcePool } from "../compile/model.js";
import { warning, type IssueDraft } from "../source/issues.js";
import { formatTimeOfDay, MINUTES_PER_DAY } from "../schema/units.js";
import { openWindow } from "./capacity.js";
import { buildRouteGraph, expectedVisits } from "./route-graph.js";
import { busyNeedsByStep } from "../compile/compile-holds.js";
import { workPerCase as workPerVisit } from "./work-per-case.js";
import { meanDayFactor } from "../compile/normalize-day-factor.js";
import { meanGroupSize, plannedWeekByHour } from "./source-volume.js";
import { peakDayOf, peakDayWords, type PeakHours } from "./peak-days.js";

const HOURS = 24;

function overlap(from: number, to: number, lo: number, hi: number): number {
  return Math.max(0, Math.min(to, hi) - Math.max(from, lo));
}

/** Expected arrivals of a source in each hour of the week (7 × 24 values). */
function arrivalsByHour(source: ArrivalSource, calendar: Calendar): Float64Array {
  const planned = plannedWeekByHour(source, calendar);
  if (planned !== null) return planned;
  const counts = new Float64Array(7 * HOURS);
  const interarrivalMean = source.interarrival ? distMean(source.interarrival) : Number.NaN;
  for (let d = 0; d < 7; d++) {
    const window = openWindow(calendar, d);
    if (window === null) continue;
    for (let h = 0; h < HOURS; h++) {
      const open = overlap(h * 60, h * 60 + 60, window[0], window[1]);
      if (open === 0) continue;
      if (source.profile === null) {
        const perMinute = source.ratePerHour !== null ? source.ratePerHour / 60 : interarrivalMean > 0 ? 1 / interarrivalMean : 0;
        counts[d * HOURS + h] = perMinute * open;
        continue;
      }
      source.profile.forEach((interval, i, all) => {
        const to = i + 1 < all.length ? all[i + 1].from : MINUTES_PER_DAY;
        const lo = Math.max(h * 60, window[0]);
        counts[d * HOURS + h] += (interval.ratePerHour / 60) * overlap(interval.from, to, lo, Math.min(h * 60 + 60, window[1]));
      });
    }
  }
  const factor = (source.rateFactor ?? 1) * meanDayFactor(source) * meanGroupSize(source);
  if (factor !== 1) for (let i = 0; i < counts.length; i++) counts[i] *= factor;
  return counts;
}

/** Server-minutes a pool has on duty in each hour of the week. */
function capacityByHour(pool: ResourcePool, modelCalendar: Calendar): Float64Array {
  const minutes = new Float64Array(7 * HOURS);
  for (let d = 0; d < 7; d++) {
    for (let h = 0; h < HOURS; h++) {
      if (pool.shifts === null) {
        const window = openWindow(pool.calendar ?? modelCalendar, d);
        minutes[d * HOURS + h] = window ? pool.capacity * overlap(h * 60, h * 60 + 60, window[0], window[1]) : 0;
        continue;
      }
      for (const shift of pool.shifts) {
        if (shift.days[d]) minutes[d * HOURS + h] += shift.capacity * overlap(h * 60, h * 60 + 60, shift.from, shift.to);
      }
    }
  }
  return minutes;
}

/** Work (busy server-minutes) each pool is offered per case of each source. */
function workPerCase(model: Model): Map<ArrivalSource, Map<string, number>> | null {
  const graph = buildRouteGraph(model);
  const result = new Map<ArrivalSource, Map<string, number>>();
  const needsAt = busyNeedsByStep(model);
  for (const source of model.arrivals) {
    const start = graph.index.get(source.firstStep);
    const visits = start === undefined ? null : expectedVisits(graph, start);
    if (visits === null) return null;
    const work = new Map<string, number>();
    model.steps.forEach((step, i) => {
      for (const need of needsAt[i]) work.set(need.resource, (work.get(need.resource) ?? 0) + visits[i] * workPerVisit(step) * need.units);
    });
    result.set(source, work);
  }
  return result;
}

/** The worst hour of the week in which a pool is offered more work than it has (ρ > 1), with ρ of every hour. */
function worstHour(pool: ResourcePool, model: Model, perCase: Map<ArrivalSource, Map<string, number>>): PeakHours | null {
  const capacity = capacityByHour(pool, model.calendar);
  const work = new Float64Array(7 * HOURS);
  const offering: { source: ArrivalSource; counts: Float64Array }[] = [];
  for (const source of model.arrivals) {
    const perSource = perCase.get(source)?.get(pool.name) ?? 0;
    if (perSource === 0) continue;
    const counts = arrivalsByHour(source, model.calendar);
    offering.push({ source, counts });
    counts.forEach((count, hour) => {
      work[hour] += count * perSource;
    });
  }
  const rho = work.map((minutes, hour) => (capacity[hour] > 0 ? minutes / capacity[hour] : 0));
  let worst = -1;
  rho.forEach((r, hour) => {
    if (r > 1 && (worst < 0 || r > rho[worst])) worst = hour;
  });
  if (worst < 0) return null;
  return { rho, hour: worst, sources: offering.filter((o) => o.counts[worst] > 0).map((o) => o.source) };
}

/**
 * A warning for each pool offered more work than it has in some hour of the week, naming
 * the worst hour and when it falls (see peak-days.ts). Pools already overloaded on average
 * are left to the offered-load check.
 */
export function checkPeakLoad(model: Model, overloaded: ReadonlySet<string>): IssueDraft[] {
  const perCase = workPerCase(model);
  if (perCase === null) return [];
  const issues: IssueDraft[] = [];
  for (const pool of model.resources) {
    if (overloaded.has(pool.name)) continue;
    const worst = worstHour(pool, model, perCase);
    if (worst === null) continue;
    const h = worst.hour % HOURS;
    const when = peakDayOf(worst, model.calendar);
    issues.push(
      warning("peakOverload", pool.path, {
        pool: pool.name,
        day: peakDayWords(when),
        when,
        from: formatTimeOfDay(h * 60),
        to: formatTimeOfDay(h * 60 + 60),
        rho: Math.round(worst.rho[worst.hour] * 100) / 100,
      }),
    );
  }
  return issues;
}
