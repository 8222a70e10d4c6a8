/**
 * Offered load: is each pool asked for more work than it can do?
 *
 * Six corporate applications an hour, each visiting data entry 1.18 times (rework) for 25
 * minutes on average, offer 6 × 1.18 × 25 / 60 ≈ 2.95 clerks' worth of work; with 3 clerks
 * ρ ≈ 0.98. Over a week: ρ = Σ arrivals × visits × E[duration] × units / server-minutes on
 * duty. ρ ≥ 1 means the queue grows without bound (unless impatient cases leave it).
 */
import { distMean } from "../../random/dist-moments.js";
import type { ArrivalSource, Calendar, Model, ResourcePool } from "../compile/model.js";
import { warning, type IssueDraft } from "../source/issues.js";
import { MINUTES_PER_DAY, WEEKDAYS } from "../schema/units.js";
import { openWindow } from "./capacity.js";
import { buildRouteGraph, expectedVisits } from "./route-graph.js";
import { busyNeedsByStep } from "../compile/compile-holds.js";
import { workPerCase } from "./work-per-case.js";
import { meanDayFactor } from "../compile/normalize-day-factor.js";
import { appointmentsPerWeek } from "../compile/appointment-types.js";
import { sourcePatience } from "../compile/class-rules.js";
import { meanGroupSize, plannedArrivalsPerWeek } from "./source-volume.js";
import { sharedPoolGroups, type SharedPools } from "./shared-pools.js";
import { carriedShare } from "./group-capacity.js";

/** Open minutes of a calendar per week, with the window of each open day. */
function openMinutesPerWeek(calendar: Calendar): number {
  return WEEKDAYS.reduce((total, _, d) => {
    const window = openWindow(calendar, d);
    return total + (window ? Math.max(0, window[1] - window[0]) : 0);
  }, 0);
}

/** Expected arrivals per week from one source (arrivals only while the model calendar is open). */
export function arrivalsPerWeek(source: ArrivalSource, calendar: Calendar): number {
  const planned = plannedArrivalsPerWeek(source, calendar);
  if (planned !== null) return planned;
  return (source.rateFactor ?? 1) * meanDayFactor(source) * meanGroupSize(source) * unscaledArrivalsPerWeek(source, calendar);
}

function unscaledArrivalsPerWeek(source: ArrivalSource, calendar: Calendar): number {
  if (source.appointments !== undefined) return appointmentsPerWeek(source.appointments, calendar);
  if (source.profile !== null) {
    let total = 0;
    WEEKDAYS.forEach((_, d) => {
      const window = openWindow(calendar, d);
      if (window === null) return;
      source.profile?.forEach((interval, i, all) => {
        const to = i + 1 < all.length ? all[i + 1].from : MINUTES_PER_DAY;
        const minutes = Math.max(0, Math.min(to, window[1]) - Math.max(interval.from, window[0]));
        total += (interval.ratePerHour * minutes) / 60;
      });
    });
    return total;
  }
  const open = openMinutesPerWeek(calendar);
  if (source.ratePerHour !== null) return (source.ratePerHour * open) / 60;
  const mean = source.interarrival ? distMean(source.interarrival) : Number.NaN;
  return mean > 0 ? open / mean : 0;
}

/** Server-minutes on duty per week. */
export function capacityMinutesPerWeek(pool: ResourcePool, modelCalendar: Calendar): number {
  if (pool.shifts === null) return pool.capacity * openMinutesPerWeek(pool.calendar ?? modelCalendar);
  return pool.shifts.reduce((total, shift) => total + shift.capacity * (shift.to - shift.from) * shift.days.filter(Boolean).length, 0);
}

/** Busy server-minutes per week each pool is offered, per pool the minutes each step offers, and each step's visits per week. */
export function offeredWorkPerWeek(model: Model): { work: Map<string, number>; steps: Map<string, Map<string, number>>; visits: Map<string, number> } | null {
  const graph = buildRouteGraph(model);
  const work = new Map<string, number>();
  const visitsPerWeek = new Map<string, number>();
  const steps = new Map<string, Map<string, number>>();
  const needsAt = busyNeedsByStep(model);
  for (const source of model.arrivals) {
    const start = graph.index.get(source.firstStep);
    if (start === undefined) return null;
    const visits = expectedVisits(graph, start);
    if (visits === null) return null;
    const cases = arrivalsPerWeek(source, model.calendar);
    model.steps.forEach((step, i) => {
      if (!(visits[i] > 0)) return;
      visitsPerWeek.set(step.name, (visitsPerWeek.get(step.name) ?? 0) + cases * visits[i]);
      const minutes = cases * visits[i] * workPerCase(step);
      for (const need of needsAt[i]) {
        work.set(need.resource, (work.get(need.resource) ?? 0) + minutes * need.units);
        const byStep = steps.get(need.resource) ?? new Map<string, number>();
        steps.set(need.resource, byStep.set(step.name, (byStep.get(step.name) ?? 0) + minutes * need.units));
      }
    });
  }
  return { work, steps, visits: visitsPerWeek };
}

/** Steps named in an overload warning: the ones offering the most work; the rest are counted. */
const NAMED_STEPS = 3;

/** The (at most three) steps offering a pool the most work, most first, and how many others do. */
function busiestSteps(byStep: ReadonlyMap<string, number> | undefined): { steps: string[]; otherSteps: number } {
  const ranked = [...(byStep ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
  return { steps: ranked.slice(0, NAMED_STEPS), otherSteps: Math.max(0, ranked.length - NAMED_STEPS) };
}

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * A warning for every pool offered at least as much work as it has server time (ρ ≥ 1). Pools
 * that share servedBy steps are weighed together (`shared-pools.ts`): one of them alone is
 * warned about when the work only it can do reaches its time, else the group when it cannot
 * keep up with the shared work, each pool serving only what its own staff can
 * (`group-capacity.ts`).
 */
export function checkOfferedLoad(model: Model): IssueDraft[] {
  const offered = offeredWorkPerWeek(model);
  if (offered === null) return [];
  const patience = model.arrivals.some((source) => sourcePatience(model, source) !== null);
  const steadyState = model.run.study === "steadyState";
  const groups = sharedPoolGroups(model);
  const grouped = new Set(groups.flatMap((g) => g.pools));
  const issues: IssueDraft[] = [];
  for (const pool of model.resources) {
    if (grouped.has(pool.name)) continue;
    const work = offered.work.get(pool.name) ?? 0;
    const issue = overload(pool, work, offered.steps.get(pool.name), model, steadyState, patience);
    if (issue) issues.push(issue);
  }
  for (const group of groups) issues.push(...groupOverload(group, offered, model, steadyState, patience));
  return issues;
}

function overload(pool: ResourcePool, work: number, byStep: ReadonlyMap<string, number> | undefined, model: Model, steadyState: boolean, patience: boolean): IssueDraft | null {
  const capacity = capacityMinutesPerWeek(pool, model.calendar);
  if (!(work > 0) || !(capacity > 0) || work < capacity) return null;
  const rho = round(work / capacity);
  return warning("overloaded", pool.path, { pool: pool.name, workHours: round(work / 60), capacityHours: round(capacity / 60), rho, steadyState, patience, ...busiestSteps(byStep) });
}

/** Its pools' own warnings when the work only they do overloads them, else the group's when it cannot carry the shared work. */
function groupOverload(group: SharedPools, offered: NonNullable<ReturnType<typeof offeredWorkPerWeek>>, model: Model, steadyState: boolean, patience: boolean): IssueDraft[] {
  const pools = group.pools.map((name) => model.resources.find((p) => p.name === name) as ResourcePool);
  const shared = new Set(group.steps);
  const own = pools.map((pool) => new Map([...(offered.steps.get(pool.name) ?? [])].filter(([step]) => !shared.has(step))));
  const ownWork = own.map((byStep) => [...byStep.values()].reduce((a, b) => a + b, 0));
  const alone = pools.flatMap((pool, p) => {
    const issue = overload(pool, ownWork[p], own[p], model, steadyState, patience);
    return issue ? [issue] : [];
  });
  if (alone.length > 0) return alone;
  const capacity = pools.map((pool) => capacityMinutesPerWeek(pool, model.calendar));
  const steps = model.steps.filter((s) => shared.has(s.name)).map((step) => ({
    visits: offered.visits.get(step.name) ?? 0,
    options: (step.servedBy?.options ?? []).map((o) => ({
      pool: group.pools.indexOf(o.resource),
      minutes: o.units * (o.duration === null ? workPerCase(step) : distMean(o.duration)),
    })),
  }));
  const carried = carriedShare(steps, capacity.map((c, p) => Math.max(0, c - ownWork[p])));
  if (carried === null || !(carried > 0) || carried > 1) return [];
  const visits = steps.reduce((total, s) => total + s.visits, 0);
  const capacityHours = round(capacity.reduce((a, b) => a + b, 0) / 60);
  return [warning("overloadedShared", pools[0].path, {
    pools: group.pools, shared: group.steps, visits: round(visits), carriedVisits: round(visits * carried), capacityHours,
    otherHours: round(ownWork.reduce((a, b) => a + b, 0) / 60), rho: round(1 / carried), steadyState, patience,
  })];
}
