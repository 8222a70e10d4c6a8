/**
 * Money per day, month and year from the total cost of the observation window.
 *
 * The loan factory runs 44 days with a 14-day warm-up on a Monday–Friday calendar: the 30
 * days observed hold 22 working days, so a total cost of 380,000 is 17,273 per working day,
 * 374,242 per month and 4,490,909 per year of 260 working days (52 weeks of 5). A 24/7
 * operation counts calendar days and a year of 365.
 */
import type { KpiSummary } from "../stats/result-types.js";
import { daysText } from "./assumptions.js";
import type { ModelFacts } from "./model-facts.js";
import { t } from "./i18n/translate.js";

const DAY = 1440;
const WEEKS_PER_YEAR = 52;

/** An amount with its 95% interval (null ends when it has none). */
export interface PeriodAmount {
  readonly mean: number;
  readonly lo: number | null;
  readonly hi: number | null;
}

/** Total cost (or its change) per working day, month and year. */
export interface CostPeriods {
  readonly perDay: PeriodAmount;
  readonly perMonth: PeriodAmount;
  readonly perYear: PeriodAmount;
  /** Working days a year the scaling assumes (260 for Monday–Friday, 365 for 24/7). */
  readonly daysPerYear: number;
  /** Working days observed in the run's window. */
  readonly daysObserved: number;
  /** "working day (Mon–Fri)" or "day". */
  readonly dayName: string;
}

/** Working days in the observation window [warm-up, horizon); null without a horizon. */
export function observedWorkingDays(facts: ModelFacts): number | null {
  if (facts.horizon === null || facts.horizon <= facts.warmup) return null;
  if (facts.calendar.always) return (facts.horizon - facts.warmup) / DAY;
  let days = 0;
  for (let d = Math.floor(facts.warmup / DAY); d * DAY < facts.horizon; d++) if (facts.calendar.days[d % 7]) days++;
  return days;
}

/** The day a total over the observation window is divided by: how many were observed, and its name. */
export interface CostDay {
  /** Working days observed in the run's window (22 for 30 days Monday–Friday). */
  readonly days: number;
  /** "working day (Mon–Fri)" or "day". */
  readonly dayName: string;
}

/** The working days of the observation window, named; null without facts or a working day observed. */
export function costDayOf(facts: ModelFacts | null): CostDay | null {
  const days = facts === null ? null : observedWorkingDays(facts);
  if (facts === null || days === null || !(days > 0)) return null;
  return { days, dayName: facts.calendar.always ? t("cost.day") : t("cost.workingDay", { days: daysText(facts.calendar.days) }) };
}

/** Working days in a year: 52 weeks of the calendar's working days, or 365 when always open. */
export function workingDaysPerYear(facts: ModelFacts): number {
  if (facts.calendar.always) return 365;
  return WEEKS_PER_YEAR * facts.calendar.days.filter(Boolean).length;
}

function scaled(amount: Pick<KpiSummary, "mean" | "lo" | "hi">, factor: number): PeriodAmount {
  const times = (x: number | null) => (x === null ? null : x * factor);
  return { mean: (amount.mean ?? 0) * factor, lo: times(amount.lo), hi: times(amount.hi) };
}

/**
 * A total over the observation window (a cost, or a paired change in it) per working day,
 * month (a twelfth of the year) and year; null when the window has no working day.
 */
export function costPeriods(total: Pick<KpiSummary, "mean" | "lo" | "hi">, facts: ModelFacts): CostPeriods | null {
  const day = costDayOf(facts);
  if (day === null || total.mean === null) return null;
  const { days, dayName } = day;
  const perYear = workingDaysPerYear(facts);
  return {
    perDay: scaled(total, 1 / days),
    perMonth: scaled(total, perYear / 12 / days),
    perYear: scaled(total, perYear / days),
    daysPerYear: perYear,
    daysObserved: days,
    dayName,
  };
}
