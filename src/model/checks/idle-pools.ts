/**
 * A paid pool that performs no step: its rostered time is all idle, and the cost KPIs count it.
 *
 * A proposal that automates data entry and removes the first approval leaves the clerks and
 * the team leads with nothing to do; both stay rostered, so the cost per case rises by their
 * pay alone: "pool "team leads" performs no step but costs 400 a working day (8 server-hours
 * at 50 an hour)".
 */
import type { Model, ResourcePool } from "../compile/model.js";
import { warning, type IssueDraft } from "../source/issues.js";
import { WEEKDAYS } from "../schema/units.js";
import { openWindow } from "./capacity.js";
import { capacityMinutesPerWeek } from "./offered-load.js";

/** Names of the pools some step seizes: its resources, its servedBy options, a held seize. */
function poolsInUse(model: Model): Set<string> {
  const used = new Set<string>();
  for (const step of model.steps) {
    for (const need of step.resources) used.add(need.resource);
    for (const option of step.servedBy?.options ?? []) used.add(option.resource);
    if (step.seize) used.add(step.seize.resource);
  }
  return used;
}

/** Days of the week the pool has anyone rostered. */
function workingDays(pool: ResourcePool, model: Model): number {
  if (pool.shifts !== null) return WEEKDAYS.filter((_, d) => pool.shifts?.some((s) => s.days[d] && s.capacity > 0 && s.to > s.from)).length;
  return pool.capacity > 0 ? WEEKDAYS.filter((_, d) => openWindow(pool.calendar ?? model.calendar, d) !== null).length : 0;
}

/** A warning for every pool with a cost that no step uses, with its pay per working day. */
export function checkIdlePools(model: Model): IssueDraft[] {
  const used = poolsInUse(model);
  return model.resources.flatMap((pool) => {
    if (used.has(pool.name) || !(pool.costPerHour > 0)) return [];
    const hours = capacityMinutesPerWeek(pool, model.calendar) / 60;
    const days = workingDays(pool, model);
    if (!(hours > 0) || days === 0) return [];
    const round = (x: number): number => Math.round(x * 100) / 100;
    return [warning("idlePool", pool.path, { pool: pool.name, costPerDay: round((hours * pool.costPerHour) / days), hoursPerDay: round(hours / days), costPerHour: pool.costPerHour })];
  });
}
