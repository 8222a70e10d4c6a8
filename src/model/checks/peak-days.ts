/**
 * The words naming when a pool's worst hour falls, for the peak-load warning.
 *
 * A replayed Tuesday at Riverside branch is offered at every working day of the model's
 * calendar, so its lunch peak is "on the recorded day", not "on mon"; a profile that is the
 * same every weekday peaks "on every working day"; a Saturday-only market stall "on sat".
 */
import type { ArrivalSource, Calendar } from "../compile/model.js";
import { WEEKDAYS } from "../schema/units.js";

/** Relative difference under which two hours' ρ count as the same peak. */
const SAME_PEAK = 1e-9;

/** What the worst hour of the week is made of. */
export interface PeakHours {
  /** ρ of each hour of the week (7 × 24; 0 where the pool has no capacity). */
  readonly rho: Float64Array;
  /** The worst hour of the week (index into rho). */
  readonly hour: number;
  /** The sources offering the pool work in that hour. */
  readonly sources: readonly ArrivalSource[];
}

/** The weekdays (0 = Monday) whose hour of day `hour % 24` is as loaded as the worst hour. */
function tiedDays(peak: PeakHours): number[] {
  const hourOfDay = peak.hour % 24;
  const worst = peak.rho[peak.hour];
  return [0, 1, 2, 3, 4, 5, 6].filter((d) => Math.abs(peak.rho[d * 24 + hourOfDay] - worst) <= SAME_PEAK * worst);
}

/** Working weekdays of a calendar (every day for a 24/7 operation). */
function workingDays(calendar: Calendar): number[] {
  return [0, 1, 2, 3, 4, 5, 6].filter((d) => calendar.always || calendar.days[d]);
}

/** When a pool's worst hour falls: data, so the CLI and each report language can word it. */
export type PeakDay =
  | { readonly kind: "recordedDay" | "recordedDays" | "everyDay" | "everyWorkingDay" }
  | { readonly kind: "weekdays"; readonly days: readonly number[] };

/**
 * When the peak falls: on the recorded day (or each recorded day, on average) when recordings
 * offer all of its work; on every working day (or every day) when every working day of the
 * calendar peaks alike; otherwise on the tied weekdays (0 = Monday).
 */
export function peakDayOf(peak: PeakHours, calendar: Calendar): PeakDay {
  const recordedDays = peak.sources.map((s) => s.recorded?.days ?? 0);
  if (recordedDays.length > 0 && recordedDays.every((days) => days > 0)) {
    return { kind: Math.max(...recordedDays) === 1 ? "recordedDay" : "recordedDays" };
  }
  const days = tiedDays(peak);
  const working = workingDays(calendar);
  if (days.length > 1 && working.every((d) => days.includes(d))) return { kind: calendar.always || working.length === 7 ? "everyDay" : "everyWorkingDay" };
  return { kind: "weekdays", days };
}

const PEAK_DAY_WORDS = { recordedDay: "the recorded day", recordedDays: "each recorded day, on average", everyDay: "every day", everyWorkingDay: "every working day" };

/** The peak's day in the warning's words: "the recorded day", "every working day", "mon, thu". */
export function peakDayWords(day: PeakDay): string {
  return day.kind === "weekdays" ? day.days.map((d) => WEEKDAYS[d]).join(", ") : PEAK_DAY_WORDS[day.kind];
}
