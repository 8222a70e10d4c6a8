/**
 * A steady-state window that is not a whole number of weeks under a weekly calendar: its
 * per-clock-hour KPIs are not the long run's.
 *
 * A back office open 08:30–17:00 on weekdays is open 25.3% of a week. Observed for 19 days
 * from a Monday, it is open 15 of them — 28.0% of the window — so throughput per clock hour
 * reads 10.5% above the long run, mean cases in process leans the same way, and Little's law
 * L = λW fails (the cases carried into the window bring their weekend; those carried out
 * have not had it yet). A window of whole weeks (21 days) has the week's open share.
 */
import type { Model } from "../compile/model.js";
import { warning, type IssueDraft } from "../source/issues.js";
import { formatMinutes, MINUTES_PER_DAY, WEEKDAYS } from "../schema/units.js";
import { openWindow } from "./capacity.js";

const WEEK = WEEKDAYS.length * MINUTES_PER_DAY;
/** Smallest relative difference of the open shares that is worth a warning. */
const NOTICEABLE = 0.01;

/** Open minutes of the calendar in [from, to), simulation time 0 being Monday 00:00. */
export function openMinutesIn(calendar: Model["calendar"], from: number, to: number): number {
  let open = 0;
  for (let day = Math.floor(from / MINUTES_PER_DAY); day * MINUTES_PER_DAY < to; day++) {
    const window = openWindow(calendar, day % WEEKDAYS.length);
    if (window === null) continue;
    const start = Math.max(from, day * MINUTES_PER_DAY + window[0]);
    const end = Math.min(to, day * MINUTES_PER_DAY + window[1]);
    if (end > start) open += end - start;
  }
  return open;
}

const percent = (share: number) => `${Number((share * 100).toFixed(1))}%`;

/** Warns when a steady-state window of partial weeks has another open share than the calendar's week. */
export function checkWindowWeeks(model: Model): IssueDraft[] {
  const { horizon, warmup, study } = model.run;
  const calendar = model.calendar;
  if (study !== "steadyState" || horizon === null || calendar.always || warmup >= horizon) return [];
  const length = horizon - warmup;
  if (length % WEEK === 0) return [];
  const weekShare = openMinutesIn(calendar, 0, WEEK) / WEEK;
  const windowShare = openMinutesIn(calendar, warmup, horizon) / length;
  if (weekShare === 0 || Math.abs(windowShare / weekShare - 1) < NOTICEABLE) return [];
  const weeks = Math.max(1, Math.round(length / WEEK));
  return [
    warning("partialWeekWindow", ["run", "horizon"], {
      window: formatMinutes(length),
      warmup: formatMinutes(warmup),
      windowShare: percent(windowShare),
      weekShare: percent(weekShare),
      bias: `${windowShare > weekShare ? "+" : "−"}${percent(Math.abs(windowShare / weekShare - 1))}`,
      horizon: formatMinutes(warmup + weeks * WEEK),
    }),
  ];
}
