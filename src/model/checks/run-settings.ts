/**
 * Run-setting checks: a warm-up must end before the horizon, and the operation must open
 * before the horizon.
 *
 * A steady-state study of account opening over 20 days with a 2-day warm-up observes 18
 * days; a 20-day warm-up would observe nothing. A branch that opens at 09:00 with
 * `horizon: 8h` sees no customer at all: simulation time 0 is Monday 00:00.
 */
import type { Calendar, Model } from "../compile/model.js";
import { error, warning, type IssueDraft } from "../source/issues.js";
import { formatMinutes, formatTimeOfDay, MINUTES_PER_DAY, WEEKDAYS } from "../schema/units.js";
import { openWindow } from "./capacity.js";

/** The first minute the calendar is open, from Monday 00:00 (null when never open). */
export function firstOpenMinute(calendar: Calendar): number | null {
  for (let day = 0; day < WEEKDAYS.length; day++) {
    const window = openWindow(calendar, day);
    if (window !== null && window[1] > window[0]) return day * MINUTES_PER_DAY + window[0];
  }
  return null;
}

/** warmup ≥ horizon is an error; a horizon that ends before the first opening is a warning. */
export function checkRunSettings(model: Model): IssueDraft[] {
  const { horizon, warmup } = model.run;
  if (horizon === null) return [];
  if (warmup > 0 && warmup >= horizon) {
    return [error("warmupTooLong", ["run", "warmup"], { warmup: formatMinutes(warmup), horizon: formatMinutes(horizon) })];
  }
  const opens = firstOpenMinute(model.calendar);
  if (opens !== null && opens >= horizon) {
    const day = WEEKDAYS[Math.floor(opens / MINUTES_PER_DAY)];
    return [warning("closedUntilHorizon", ["run", "horizon"], { horizon: formatMinutes(horizon), day, time: formatTimeOfDay(opens % MINUTES_PER_DAY) })];
  }
  return [];
}
