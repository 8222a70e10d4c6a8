/**
 * The business clock: which minutes of the week the operation is open, and how many open
 * (working) minutes lie between two moments.
 *
 * A back office open 09:00-17:00 on weekdays that receives a file on Friday at 16:00 and
 * finishes it on Monday at 10:00 took 66 hours elapsed but 2 working hours (16:00-17:00
 * Friday, 09:00-10:00 Monday). Simulation time 0 is Monday 00:00. Every function here is
 * arithmetic on a few numbers: no allocation, so it can run once per completed case.
 */
import { MINUTES_PER_DAY } from "./time-of-day-bins.js";

/** Opening hours as plain data (a normalised model `Calendar` satisfies it). */
export interface BusinessHours {
  /** True for a 24/7 operation. */
  readonly always: boolean;
  /** Opening and closing time, minutes after midnight. */
  readonly open: number;
  readonly close: number;
  /** Open weekdays, index 0 = Monday … 6 = Sunday. */
  readonly days: readonly boolean[];
}

/** Open 24/7. */
export const ALWAYS_OPEN: BusinessHours = { always: true, open: 0, close: MINUTES_PER_DAY, days: [true, true, true, true, true, true, true] };

const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** True when day number `day` (0 = the first Monday) is a working day. */
export function isOpenDay(hours: BusinessHours, day: number): boolean {
  return hours.always || hours.days[((day % 7) + 7) % 7];
}

/** Open minutes of one working day (0 for a calendar open on no day). */
function openPerDay(hours: BusinessHours): number {
  return hours.always ? MINUTES_PER_DAY : hours.close - hours.open;
}

/** Open minutes in one week. */
export function openMinutesPerWeek(hours: BusinessHours): number {
  if (hours.always) return MINUTES_PER_WEEK;
  let days = 0;
  for (let d = 0; d < 7; d++) if (hours.days[d]) days += 1;
  return days * openPerDay(hours);
}

/** Open minutes in [0, t) (t ≥ 0). */
export function openMinutesUntil(hours: BusinessHours, t: number): number {
  if (hours.always) return t;
  const weeks = Math.floor(t / MINUTES_PER_WEEK);
  let total = weeks * openMinutesPerWeek(hours);
  let dayStart = weeks * MINUTES_PER_WEEK;
  for (let d = 0; d < 7 && dayStart < t; d++, dayStart += MINUTES_PER_DAY) {
    if (!hours.days[d]) continue;
    const from = dayStart + hours.open;
    const to = dayStart + hours.close;
    if (t > from) total += (t < to ? t : to) - from;
  }
  return total;
}

/** Open (working) minutes in [a, b); 0 when b ≤ a. */
export function openMinutesBetween(hours: BusinessHours, a: number, b: number): number {
  if (!(b > a)) return 0;
  if (hours.always) return b - a;
  return openMinutesUntil(hours, b) - openMinutesUntil(hours, a);
}

/** Working days in [a, b): open minutes over the open minutes of one working day. */
export function openDaysBetween(hours: BusinessHours, a: number, b: number): number {
  const perDay = openPerDay(hours);
  return perDay > 0 ? openMinutesBetween(hours, a, b) / perDay : 0;
}

/**
 * When day number `day` (0 = the first Monday) opens, minutes since time 0: +Infinity on a
 * closed day, −Infinity for a 24/7 operation (so clipping a time to [opening, closing) of a
 * 24/7 day changes nothing).
 */
export function openingOf(hours: BusinessHours, day: number): number {
  if (hours.always) return -Infinity;
  return isOpenDay(hours, day) ? day * MINUTES_PER_DAY + hours.open : Infinity;
}

/** When day number `day` closes, minutes since time 0: −Infinity on a closed day, +Infinity for a 24/7 operation. */
export function closingOf(hours: BusinessHours, day: number): number {
  if (hours.always) return Infinity;
  return isOpenDay(hours, day) ? day * MINUTES_PER_DAY + hours.close : -Infinity;
}

/** True when time t lies within the opening hours of a working day (the 17:00 close itself is closed). */
export function isOpenAt(hours: BusinessHours, t: number): boolean {
  const day = Math.floor(t / MINUTES_PER_DAY);
  return t >= openingOf(hours, day) && t < closingOf(hours, day);
}

/**
 * The opening hours whose minutes the time-of-day slots count: a slot's rates and time
 * averages are over its open minutes on working days. Null: every minute counts (24/7).
 */
export function timeOfDayHours(hours: BusinessHours | undefined): BusinessHours | null {
  return hours === undefined || hours.always ? null : hours;
}
