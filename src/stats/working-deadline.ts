/**
 * The moment a number of working minutes after a given time is reached: the inverse of
 * `openMinutesBetween` (business-clock.ts).
 *
 * A loan file that joins the approval line on Friday at 16:00 in a back office open
 * 09:00-17:00 on weekdays reaches 2 working days (960 working minutes) on Tuesday at 16:00.
 * Arithmetic only: whole weeks are skipped at once, then at most 8 days are walked.
 */
import { isOpenDay, openMinutesPerWeek, type BusinessHours } from "./business-clock.js";
import { MINUTES_PER_DAY } from "./time-of-day-bins.js";

const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/**
 * The earliest time t ≥ `from` with `minutes` open minutes in [from, t) (minutes > 0);
 * Infinity when the calendar is never open.
 */
export function workingDeadline(hours: BusinessHours, from: number, minutes: number): number {
  if (hours.always) return from + minutes;
  const perWeek = openMinutesPerWeek(hours);
  if (!(perWeek > 0)) return Infinity;
  let left = minutes;
  let t = from;
  const weeks = Math.floor(left / perWeek) - 1;
  if (weeks > 0) {
    t += weeks * MINUTES_PER_WEEK;
    left -= weeks * perWeek;
  }
  for (;;) {
    const day = Math.floor(t / MINUTES_PER_DAY);
    const dayStart = day * MINUTES_PER_DAY;
    if (isOpenDay(hours, day) && t < dayStart + hours.close) {
      const start = Math.max(t, dayStart + hours.open);
      const available = dayStart + hours.close - start;
      if (left <= available) return start + left;
      left -= available;
    }
    t = dayStart + MINUTES_PER_DAY;
  }
}
