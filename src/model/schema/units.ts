/**
 * Units of the model language: durations, times of day, shares and weekday sets.
 *
 * A planner writes "30s" for a phone answer target, "09:00" for the branch opening, "80%"
 * for a service-level target and `weekdays` for Monday to Friday; procsim works in minutes
 * after simulation start, minutes after midnight, fractions in [0, 1] and Mon..Sun flags.
 * These parsers are pure and shared by the schema (patterns) and the normaliser (values).
 */

/** Units a bare number may be given in (`timeUnit`), and their length in minutes. */
export const TIME_UNITS = { s: 1 / 60, min: 1, h: 60, d: 1440 } as const;

/** A unit for bare time numbers. */
export type TimeUnit = keyof typeof TIME_UNITS;

/** A duration string such as "30s", "5min", "1.5h", "2d". */
export const DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(s|min|h|d)\s*$/;

/** A time of day "HH:MM" from 00:00 to 24:00. */
export const TIME_OF_DAY_PATTERN = /^(?:([01]?\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** A percentage from 0% to 100%, e.g. "80%" or "12.5%". */
export const PERCENT_PATTERN = /^\s*(100(?:\.0+)?|\d{1,2}(?:\.\d+)?)\s*%\s*$/;

/** Weekday keys, Monday first (simulation time 0 is Monday 00:00). */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** One weekday key. */
export type Weekday = (typeof WEEKDAYS)[number];

/** Named sets of weekdays. */
export const WEEKDAY_SETS = ["weekdays", "weekend", "all"] as const;

/** Minutes in one day. */
export const MINUTES_PER_DAY = 1440;
/** Minutes in one (365.25-day) year. */
export const MINUTES_PER_YEAR = 525_960;

/**
 * A time value in minutes: a duration string ("5min") or a bare number in `unit`.
 * Returns NaN for a string that is not a duration (the schema rejects those first).
 */
export function toMinutes(value: number | string, unit: TimeUnit): number {
  if (typeof value === "number") return value * TIME_UNITS[unit];
  const match = DURATION_PATTERN.exec(value);
  if (!match) return Number.NaN;
  return Number(match[1]) * TIME_UNITS[match[2] as TimeUnit];
}

/** "09:30" → 570 minutes after midnight; "24:00" → 1440; NaN when malformed. */
export function timeOfDayToMinutes(text: string): number {
  const match = TIME_OF_DAY_PATTERN.exec(text);
  if (!match) return Number.NaN;
  const hours = Number(match[1] ?? match[3]);
  const minutes = Number(match[2] ?? match[4]);
  return hours * 60 + minutes;
}

/** 0.8 → 0.8, "80%" → 0.8; NaN when malformed. */
export function toShare(value: number | string): number {
  if (typeof value === "number") return value;
  const match = PERCENT_PATTERN.exec(value);
  return match ? Number(match[1]) / 100 : Number.NaN;
}

/** `weekdays` / `weekend` / `all` / a list of day keys → seven Mon..Sun flags. */
export function toWeekdayFlags(days: string | readonly string[]): boolean[] {
  if (days === "all") return WEEKDAYS.map(() => true);
  if (days === "weekdays") return WEEKDAYS.map((_, i) => i < 5);
  if (days === "weekend") return WEEKDAYS.map((_, i) => i >= 5);
  const set = new Set(typeof days === "string" ? [days] : days);
  return WEEKDAYS.map((day) => set.has(day));
}

/** 570 → "09:30" (for messages). */
export function formatTimeOfDay(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** A duration in minutes as the most readable unit: 0.5 → "30s", 90 → "1.5h" (for messages). */
export function formatMinutes(minutes: number): string {
  const round = (x: number) => String(Number(x.toPrecision(4)));
  if (!Number.isFinite(minutes)) return String(minutes);
  if (minutes !== 0 && Math.abs(minutes) < 1) return `${round(minutes * 60)}s`;
  if (Math.abs(minutes) < 120) return `${round(minutes)}min`;
  if (Math.abs(minutes) < 2 * MINUTES_PER_DAY) return `${round(minutes / 60)}h`;
  return `${round(minutes / MINUTES_PER_DAY)}d`;
}
