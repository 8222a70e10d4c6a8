/**
 * Capacity checks: shift schedules that overlap or leave open hours unstaffed, and steps
 * that need more servers than their pool ever has.
 *
 * Tellers rostered 09:00–12:00 and 11:00–14:00 overlap for an hour (which count applies?);
 * tellers rostered 09:00–12:00 and 13:00–17:00 leave the counter unstaffed over lunch while
 * the branch is open — possibly intended, so that is a warning.
 */
import type { Calendar, Model, ResourcePool, Shift } from "../compile/model.js";
import { error, warning, type IssueDraft } from "../source/issues.js";
import { formatTimeOfDay, MINUTES_PER_DAY, WEEKDAYS } from "../schema/units.js";

/** Largest capacity a pool ever has (over its shifts, if any). */
export function maxCapacity(pool: ResourcePool): number {
  return pool.shifts === null ? pool.capacity : Math.max(0, ...pool.shifts.map((shift) => shift.capacity));
}

/** The open window of a calendar on one day, minutes after midnight (null when closed). */
export function openWindow(calendar: Calendar, day: number): [number, number] | null {
  if (calendar.always) return [0, MINUTES_PER_DAY];
  return calendar.days[day] ? [calendar.open, calendar.close] : null;
}

function checkOverlaps(shifts: readonly Shift[]): IssueDraft[] {
  const issues: IssueDraft[] = [];
  shifts.forEach((second, j) => {
    for (let i = 0; i < j; i++) {
      const first = shifts[i];
      const days = WEEKDAYS.filter((_, d) => first.days[d] && second.days[d]);
      const from = Math.max(first.from, second.from);
      const to = Math.min(first.to, second.to);
      if (days.length === 0 || from >= to) continue;
      issues.push(error("shiftOverlap", second.path, { first: i + 1, second: j + 1, days, from: formatTimeOfDay(from), to: formatTimeOfDay(to) }));
      return;
    }
  });
  return issues;
}

/** Uncovered [from, to) segments of a window, given the shifts of that day. */
function gapsOf(window: [number, number], shifts: readonly Shift[]): [number, number][] {
  const sorted = [...shifts].sort((a, b) => a.from - b.from);
  const gaps: [number, number][] = [];
  let cursor = window[0];
  for (const shift of sorted) {
    if (shift.from > cursor && cursor < window[1]) gaps.push([cursor, Math.min(shift.from, window[1])]);
    cursor = Math.max(cursor, shift.to);
  }
  if (cursor < window[1]) gaps.push([cursor, window[1]]);
  return gaps;
}

function checkGaps(pool: ResourcePool, shifts: readonly Shift[], calendar: Calendar): IssueDraft[] {
  const byGap = new Map<string, string[]>();
  WEEKDAYS.forEach((day, d) => {
    const window = openWindow(calendar, d);
    if (window === null) return;
    for (const [from, to] of gapsOf(window, shifts.filter((shift) => shift.days[d]))) {
      const key = `${from}-${to}`;
      byGap.set(key, [...(byGap.get(key) ?? []), day]);
    }
  });
  return [...byGap].map(([key, days]) => {
    const [from, to] = key.split("-").map(Number);
    return warning("shiftGap", [...pool.path, "shifts"], { pool: pool.name, days, from: formatTimeOfDay(from), to: formatTimeOfDay(to) });
  });
}

function checkUnits(model: Model): IssueDraft[] {
  const pools = new Map(model.resources.map((pool) => [pool.name, pool]));
  const issues: IssueDraft[] = [];
  for (const step of model.steps) {
    step.resources.forEach((need, i) => {
      const pool = pools.get(need.resource);
      if (pool === undefined || need.units <= maxCapacity(pool)) return;
      const draft = error("unitsOverCapacity", [...step.path, "resources", i, "units"], { units: need.units, pool: pool.name, capacity: maxCapacity(pool) });
      issues.push(step.resources.length === 1 ? { ...draft, altPath: [...step.path, "units"] } : draft);
    });
  }
  return issues;
}

/** Shift overlaps (error), shift gaps in open hours (warning), needs above capacity (error). */
export function checkCapacity(model: Model): IssueDraft[] {
  const issues = checkUnits(model);
  for (const pool of model.resources) {
    if (pool.shifts === null) continue;
    const overlaps = checkOverlaps(pool.shifts);
    issues.push(...overlaps);
    if (overlaps.length === 0) issues.push(...checkGaps(pool, pool.shifts, pool.calendar ?? model.calendar));
  }
  return issues;
}
