/**
 * Working days of the calendar counted from the start of the run: under a weekday calendar
 * working day 0 is Monday (simulated day 0), 4 is Friday, 5 is the next Monday (day 7).
 * Recordings and drops are laid on these days.
 */
import type { Calendar } from "../model/compile/model.js";

/** Maps working-day numbers to simulated days. */
export class WorkingDays {
  /** Weekdays (0 = Monday) that are working days, ascending. */
  private readonly weekdays: Int32Array;

  constructor(calendar: Calendar) {
    const flags = calendar.always ? [true, true, true, true, true, true, true] : calendar.days;
    this.weekdays = Int32Array.from(flags.flatMap((open, weekday) => (open ? [weekday] : [])));
  }

  /** The simulated day (0 = the run's first Monday) of working day `i`; Infinity when there are none. */
  day(i: number): number {
    const perWeek = this.weekdays.length;
    if (perWeek === 0) return Infinity;
    const week = Math.floor(i / perWeek);
    return 7 * week + this.weekdays[i - week * perWeek];
  }
}
