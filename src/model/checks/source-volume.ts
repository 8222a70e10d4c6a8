/**
 * Expected arrivals of the source kinds beyond a rate, for the load checks: a recording's
 * rows per recorded day, a drop source's mean counts, and the mean group size.
 *
 * Riverside's recorded Tuesday (139 customers, 31 of them between 12:00 and 13:00) offers
 * 139 customers on every working day and 31 in the 12:00 hour; a courier dropping 30 files at
 * 10:00 and 20 or 40 at 15:00 offers 60 a working day; a mail room of 6 envelopes an hour
 * with 1.4 applications each offers 8.4 applications an hour.
 */
import type { ArrivalSource, Calendar } from "../compile/model.js";
import { countMoments } from "../compile/source-types.js";

const HOURS = 24;

/** Working weekdays (0 = Monday) of the calendar. */
function workingDays(calendar: Calendar): number[] {
  return [0, 1, 2, 3, 4, 5, 6].filter((d) => calendar.always || calendar.days[d]);
}

/** Cases per arrival of the source's own process: E[K] of its groupSize, else 1. */
export function meanGroupSize(source: ArrivalSource): number {
  return source.groupSize === undefined ? 1 : countMoments(source.groupSize).mean;
}

/** Expected arrivals by hour of one working day of a recorded or drop source; null for a rate source. */
export function plannedArrivalsByHour(source: ArrivalSource): Float64Array | null {
  const byHour = new Float64Array(HOURS);
  if (source.recorded !== undefined) {
    const recorded = source.recorded;
    for (const time of recorded.time) byHour[Math.min(HOURS - 1, Math.floor(time / 60))] += 1 / recorded.days;
    return byHour;
  }
  if (source.drops === undefined) return null;
  for (const drop of source.drops) byHour[Math.min(HOURS - 1, Math.floor(drop.at / 60))] += countMoments(drop.count).mean;
  return byHour;
}

/** Expected arrivals per week of a recorded or drop source; null for a rate source. */
export function plannedArrivalsPerWeek(source: ArrivalSource, calendar: Calendar): number | null {
  const byHour = plannedArrivalsByHour(source);
  if (byHour === null) return null;
  return byHour.reduce((a, b) => a + b, 0) * workingDays(calendar).length;
}

/** Expected arrivals of a recorded or drop source in each hour of the week (7 × 24); null for a rate source. */
export function plannedWeekByHour(source: ArrivalSource, calendar: Calendar): Float64Array | null {
  const byHour = plannedArrivalsByHour(source);
  if (byHour === null) return null;
  const week = new Float64Array(7 * HOURS);
  for (const d of workingDays(calendar)) week.set(byHour, d * HOURS);
  return week;
}
