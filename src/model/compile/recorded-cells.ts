/**
 * Reading the time and day cells of a recording.
 *
 * "09:03:12", "09:03" and 543.2 are the same arrival time (543.2 minutes after midnight).
 * Days are day numbers (1 = the first working day of the run, 2 = the next working day, …)
 * or dates: 2024-03-05 and 2024-03-07 under a weekday calendar are recording days 0 and 2
 * (Tuesday, then Thursday two working days later; the Wednesday between stays empty), and a
 * Saturday date under that calendar is refused. Dates are years 1900–2200 (a typo such as
 * 0024-03-05 or 9999-12-31 is refused, not read as 1924 or walked to) and a recording spans at
 * most 99,999 working days, like day numbers; indexes are counted in whole weeks, so 20,000
 * rows two centuries apart take no longer than 20,000 rows of one week.
 */
import type { Calendar } from "./model.js";
import { MINUTES_PER_DAY } from "../schema/units.js";

const CLOCK = /^(\d{1,2}):([0-5]\d)(?::([0-5]\d(?:\.\d+)?))?$/;
const MINUTES = /^\d+(\.\d+)?$/;
const DAY_NUMBER = /^\d{1,5}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Minutes after midnight of a clock time or a number of minutes; null when neither (or ≥ 24:00). */
export function parseClockOrMinutes(cell: string): number | null {
  const clock = CLOCK.exec(cell);
  const minutes = clock ? Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60 : MINUTES.test(cell) ? Number(cell) : NaN;
  return minutes >= 0 && minutes < MINUTES_PER_DAY ? minutes : null;
}

/** Earliest and latest years a date cell may have (a wider span is a typo, not a recording). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;
/** Most working days a recording may span, as with day numbers (1 … 99999). */
export const MAX_RECORDED_DAYS = 99_999;

/** Day number of a date (days since 1970-01-01), or null when it is not a real date of FIRST_YEAR … LAST_YEAR. */
function epochDay(cell: string): number | null {
  const match = DATE.exec(cell);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  // Date.UTC reads years 0–99 as 1900–1999; the range above keeps them out.
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  return back.getUTCDate() === day && back.getUTCMonth() === month - 1 ? ms / MS_PER_DAY : null;
}

/** Weekday index (0 = Monday) of an epoch day (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * Working days in [Monday 1969-12-29, day) (negative before it), by whole weeks and the
 * days of the last part week: O(1) per date, however far apart the dates are.
 */
function workingDaysBefore(day: number, open: readonly boolean[], perWeek: number): number {
  const sinceMonday = day + 3;
  const weeks = Math.floor(sinceMonday / 7);
  let count = weeks * perWeek;
  for (let d = 0; d < sinceMonday - weeks * 7; d++) if (open[d]) count++;
  return count;
}

/**
 * The recording day (0-based, in working days) of each day cell; a bad cell is reported
 * through `problem(k, expected)` and gets day 0.
 */
export function dayIndexes(cells: readonly string[], calendar: Calendar, problem: (k: number, expected: string) => void): number[] {
  if (cells.length === 0) return [];
  if (!DATE.test(cells[0])) {
    return cells.map((cell, k) => {
      if (DAY_NUMBER.test(cell) && Number(cell) >= 1) return Number(cell) - 1;
      problem(k, "a day number 1, 2, … (the same form in every row)");
      return 0;
    });
  }
  const epochs = cells.map(epochDay);
  const open = [0, 1, 2, 3, 4, 5, 6].map((d) => calendar.always || calendar.days[d]);
  const perWeek = open.filter(Boolean).length;
  const working = (day: number) => open[weekdayOf(day)];
  const first = epochs.reduce<number>((min, e) => (e !== null && working(e) && e < min ? e : min), Infinity);
  const base = workingDaysBefore(first, open, perWeek);
  return epochs.map((epoch, k) => {
    if (epoch === null) {
      problem(k, `a date YYYY-MM-DD from ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31, such as 2024-03-05 (the same form in every row)`);
      return 0;
    }
    if (!working(epoch)) {
      problem(k, "a working day of the calendar");
      return 0;
    }
    const index = workingDaysBefore(epoch, open, perWeek) - base;
    if (index < MAX_RECORDED_DAYS) return index;
    problem(k, `a date at most ${MAX_RECORDED_DAYS.toLocaleString("en-US")} working days after the first date of the file (${cells[epochs.indexOf(first)]})`);
    return 0;
  });
}
