/**
 * Weekly schedules: capacity rosters, opening hours and arrival rates as piecewise-constant
 * functions of simulated time that repeat every week (time 0 is Monday 00:00).
 *
 * A branch open Mon-Fri 09:00-17:00 with 4 tellers, plus 2 extra tellers over lunch, gives
 * the teller pool the schedule 0 → 4 at 09:00 → 6 at 11:30 → 4 at 14:00 → 0 at 17:00 on each
 * weekday. The engine reads it through a cursor: `valueAt(t)` for the current level and
 * `nextChange(t)` for when to wake up next; both take absolute simulation minutes and
 * allocate nothing. A pool without shifts is rostered at its capacity while its calendar
 * (its own, or the model's) is open; a 24/7 pool is a constant that never changes.
 */
import type { ArrivalSource, Calendar, ResourcePool } from "../model/compile/model.js";
import { segmentContaining, WeeklyRateProfile } from "../random/profiles.js";
import {
  constantSteps, mapSteps, mergeEqual, MINUTES_PER_DAY, MINUTES_PER_WEEK, multiplySteps, stepsFromWindows,
  type WeeklySteps, type WeeklyWindow,
} from "./schedule-steps.js";

export { MINUTES_PER_DAY, MINUTES_PER_WEEK, type WeeklySteps } from "./schedule-steps.js";

/** Minutes per hour, for converting `ratePerHour` to rates per minute. */
const MINUTES_PER_HOUR = 60;

/**
 * A weekly step function with an allocation-free cursor API. Implements the engine's
 * `CapacityTimeline` (valueAt, nextChange) and `OpenHours` (isOpen, nextOpening) shapes.
 */
export class WeeklySchedule {
  /** Segment starts, minutes since Monday 00:00 (starts[0] = 0). */
  readonly starts: Float64Array;
  /** Value of each segment. */
  readonly values: Float64Array;
  /** Minute of the week (may lie in the next week, ≥ MINUTES_PER_WEEK) of the first change after each segment starts. */
  private readonly changeAfter: Float64Array;
  /** True when the value never changes. */
  readonly isConstant: boolean;

  /**
   * Wraps a weekly step function (see `WeeklySteps`); breakpoints that do not change the
   * value are dropped, so `nextChange` only reports real changes.
   * @throws RangeError when starts are not increasing within [0, MINUTES_PER_WEEK) or a value is not finite.
   */
  constructor(weeklySteps: WeeklySteps) {
    checkSteps(weeklySteps);
    const steps = mergeEqual(weeklySteps);
    const n = steps.starts.length;
    this.starts = Float64Array.from(steps.starts);
    this.values = Float64Array.from(steps.values);
    this.isConstant = n === 1;
    this.changeAfter = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (i + 1 < n) this.changeAfter[i] = this.starts[i + 1];
      else if (n === 1) this.changeAfter[i] = Infinity;
      // The week boundary is no change when Sunday's last value equals Monday's first.
      else this.changeAfter[i] = MINUTES_PER_WEEK + (this.values[0] === this.values[i] ? this.starts[1] : 0);
    }
  }

  /** Value at time t (minutes since Monday 00:00 of week 0). */
  valueAt(t: number): number {
    const base = Math.floor(t / MINUTES_PER_WEEK) * MINUTES_PER_WEEK;
    return this.values[segmentContaining(this.starts, t - base)];
  }

  /** The first time strictly after t at which the value changes; Infinity when constant. */
  nextChange(t: number): number {
    if (this.isConstant) return Infinity;
    const base = Math.floor(t / MINUTES_PER_WEEK) * MINUTES_PER_WEEK;
    return base + this.changeAfter[segmentContaining(this.starts, t - base)];
  }

  /** True when the value at t is positive (open, staffed, arrivals possible). */
  isOpen(t: number): boolean {
    return this.valueAt(t) > 0;
  }

  /** The first time ≥ t at which the value is positive; Infinity when it never is. */
  nextOpening(t: number): number {
    if (this.valueAt(t) > 0) return t;
    let at = t;
    // INVARIANT: values alternate around zero at most n times a week, so n + 1 hops suffice.
    for (let hop = 0; hop <= this.starts.length; hop++) {
      at = this.nextChange(at);
      if (at === Infinity) return Infinity;
      if (this.valueAt(at) > 0) return at;
    }
    return Infinity;
  }

}

/** Throws RangeError unless the steps form a weekly step function. */
function checkSteps(steps: WeeklySteps): void {
  const { starts, values } = steps;
  if (starts.length === 0 || starts.length !== values.length) {
    throw new RangeError(`a weekly schedule needs as many values as starts, at least one (got ${starts.length}, ${values.length})`);
  }
  for (let i = 0; i < starts.length; i++) {
    if (!(starts[i] >= 0 && starts[i] < MINUTES_PER_WEEK)) throw new RangeError(`schedule start ${starts[i]} is not within the week`);
    if (i > 0 && !(starts[i] > starts[i - 1])) throw new RangeError(`schedule starts must increase (index ${i})`);
    if (!Number.isFinite(values[i])) throw new RangeError(`schedule value at index ${i} must be finite`);
  }
}

/** Weekly windows during which a calendar is open, each with value 1. */
function openWindows(calendar: Calendar): WeeklyWindow[] {
  const windows: WeeklyWindow[] = [];
  for (let day = 0; day < 7; day++) {
    if (!calendar.days[day]) continue;
    const dayStart = day * MINUTES_PER_DAY;
    windows.push({ start: dayStart + calendar.open, end: dayStart + calendar.close, value: 1 });
  }
  return windows;
}

/** Opening hours of a calendar as 1 (open) / 0 (closed) steps; constant 1 for `always`. */
export function openHoursSteps(calendar: Calendar): WeeklySteps {
  if (calendar.always) return constantSteps(1);
  // Overlapping open windows (a close past the next day's opening) still mean just "open".
  return mapSteps(stepsFromWindows(openWindows(calendar)), (v) => (v > 0 ? 1 : 0));
}

/** The opening hours of a calendar as a schedule (value 1 open, 0 closed). */
export function openHoursSchedule(calendar: Calendar): WeeklySchedule {
  return new WeeklySchedule(openHoursSteps(calendar));
}

/**
 * A pool's rostered capacity over the week. With shifts: the sum of the shifts active at
 * each minute (each shift on its own days; overlapping shifts add up). Without: `capacity`
 * while the pool's calendar (its own, else the model's) is open, 0 when it is closed; a 24/7
 * calendar gives a constant.
 */
export function capacitySchedule(pool: ResourcePool, modelCalendar: Calendar): WeeklySchedule {
  if (pool.shifts !== null) {
    const windows: WeeklyWindow[] = [];
    for (const shift of pool.shifts) {
      for (let day = 0; day < 7; day++) {
        if (!shift.days[day]) continue;
        const dayStart = day * MINUTES_PER_DAY;
        windows.push({ start: dayStart + shift.from, end: dayStart + shift.to, value: shift.capacity });
      }
    }
    return new WeeklySchedule(stepsFromWindows(windows));
  }
  const calendar = pool.calendar ?? modelCalendar;
  if (calendar.always) return new WeeklySchedule(constantSteps(pool.capacity));
  return new WeeklySchedule(mapSteps(openHoursSteps(calendar), (open) => open * pool.capacity));
}

/** A daily time-of-day profile (rates per minute) repeated on all seven days. */
function dailyProfileSteps(source: ArrivalSource): WeeklySteps {
  const windows: WeeklyWindow[] = [];
  const profile = source.profile ?? [];
  for (let day = 0; day < 7; day++) {
    for (let i = 0; i < profile.length; i++) {
      const end = i + 1 < profile.length ? profile[i + 1].from : MINUTES_PER_DAY;
      const start = day * MINUTES_PER_DAY + profile[i].from;
      windows.push({ start, end: day * MINUTES_PER_DAY + end, value: profile[i].ratePerHour / MINUTES_PER_HOUR });
    }
  }
  return stepsFromWindows(windows);
}

/**
 * Arrival rate of a rate- or profile-driven source over the week, per MINUTE. Profile
 * intervals apply by time of day within the calendar's open hours on its working days; a
 * constant `ratePerHour` applies whenever the calendar is open; the rate is 0 while closed.
 * @throws RangeError when the source has neither `ratePerHour` nor `profile` (a renewal source).
 */
export function arrivalRateSchedule(source: ArrivalSource, calendar: Calendar): WeeklySchedule {
  let rate: WeeklySteps;
  if (source.profile !== null) rate = dailyProfileSteps(source);
  else if (source.ratePerHour !== null) rate = constantSteps(source.ratePerHour / MINUTES_PER_HOUR);
  else throw new RangeError(`source "${source.name}" is a renewal source: it has no arrival-rate schedule`);
  return new WeeklySchedule(multiplySteps(rate, openHoursSteps(calendar)));
}

/**
 * The non-homogeneous Poisson arrival process of a rate- or profile-driven source under a
 * calendar, ready for `nextArrival(after, e)` (see `WeeklyRateProfile`).
 * @throws RangeError as `arrivalRateSchedule`.
 */
export function arrivalProfile(source: ArrivalSource, calendar: Calendar): WeeklyRateProfile {
  const schedule = arrivalRateSchedule(source, calendar);
  return new WeeklyRateProfile(schedule.starts, schedule.values);
}
