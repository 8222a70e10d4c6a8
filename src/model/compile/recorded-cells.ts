/**
 * Reading the time and day cells of a recording.
 *
 * "09:03:12", "09:03" and 543.2 are the same arrival time (543.2 minutes after midnight).
 * Days are day numbers (1 = the first working day of the run, 2 = the next working day, …)
 * or dates: 2024-03-05 and 2024-03-07 under a weekday calendar are recording days 0 and 2
 * (Tuesday, then Thursday two working days later; the Wednesday between stays empty), and a
 * Saturday date under that calendar is refused.
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

/** Day number of a date (days since 1970-01-01), or null when it is not a real date. */
function epochDay(cell: string): number | null {
  const match = DATE.exec(cell);
  if (match === null) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const back = new Date(ms);
  return back.getUTCDate() === Number(match[3]) && back.getUTCMonth() === Number(match[2]) - 1 ? ms / MS_PER_DAY : null;
}

/** Weekday index (0 = Monday) of an epoch day (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
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
  const first = epochs.reduce<number>((min, e) => (e !== null && e < min ? e : min), Infinity);
  const working = (day: number) => calendar.always || calendar.days[weekdayOf(day)];
  return epochs.map((epoch, k) => {
    if (epoch === null) {
      problem(k, "a date YYYY-MM-DD such as 2024-03-05 (the same form in every row)");
      return 0;
    }
    if (!working(epoch)) {
      problem(k, "a working day of the calendar");
      return 0;
    }
    let index = 0;
    for (let day = first; day < epoch; day++) if (working(day)) index++;
    return index;
  });
}
