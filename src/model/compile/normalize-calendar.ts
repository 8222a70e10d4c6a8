/**
 * Calendars and shift schedules in normal form: minutes after midnight and Mon..Sun flags.
 *
 * A branch open "09:00"–"17:00" on weekdays becomes `{ always: false, open: 540, close: 1020,
 * days: [T,T,T,T,T,F,F] }`; a teller shift "11:00"–"14:00" with 5 tellers becomes
 * `{ from: 660, to: 840, capacity: 5, days }`, its days defaulting to the pool's working days.
 */
import type { Calendar, EndOfDay, ModelPath, Shift } from "./model.js";
import { error, type IssueDraft } from "../source/issues.js";
import type { RawCalendar, RawEndOfDay, RawPool } from "../schema/schema.js";
import { MINUTES_PER_DAY, timeOfDayToMinutes, toWeekdayFlags } from "../schema/units.js";

/** The 24/7 calendar. */
export const ALWAYS_OPEN: Calendar = {
  always: true,
  open: 0,
  close: MINUTES_PER_DAY,
  days: toWeekdayFlags("all"),
};

/** A raw calendar (or none = always open) in normal form; close ≤ open is an issue. */
export function normalizeCalendar(raw: RawCalendar | undefined, path: ModelPath, issues: IssueDraft[]): Calendar {
  if (raw === undefined || raw === "always") return ALWAYS_OPEN;
  const open = timeOfDayToMinutes(raw.open);
  const close = timeOfDayToMinutes(raw.close);
  if (!(close > open)) issues.push(error("calendarOrder", [...path, "close"], { open: raw.open, close: raw.close }));
  const endOfDay = normalizeEndOfDay(raw.endOfDay, [...path, "endOfDay"], issues);
  return { always: false, open, close, days: toWeekdayFlags(raw.days ?? "weekdays"), endOfDay };
}

/** A declared end-of-day rule in normal form (null when none); comeBack needs sendAway. */
export function normalizeEndOfDay(raw: RawEndOfDay | undefined, path: ModelPath, issues: IssueDraft[]): EndOfDay | null {
  if (raw === undefined) return null;
  if (typeof raw === "string") return { rule: raw, comeBack: false, path };
  const comeBack = raw.comeBack ?? false;
  if (comeBack && raw.rule !== "sendAway") issues.push(error("comeBackWithoutSendAway", [...path, "comeBack"], { rule: raw.rule }));
  return { rule: raw.rule, comeBack, path };
}

/** A pool's shifts in normal form (null when it has none); days default to `calendar`'s. */
export function normalizeShifts(
  raw: RawPool["shifts"],
  calendar: Calendar,
  path: ModelPath,
  issues: IssueDraft[],
): Shift[] | null {
  if (raw === undefined) return null;
  return raw.map((shift, index) => {
    const at = [...path, index];
    const from = timeOfDayToMinutes(shift.from);
    const to = timeOfDayToMinutes(shift.to);
    if (!(to > from)) issues.push(error("shiftOrder", [...at, "to"], { from: shift.from, to: shift.to }));
    const days = shift.days === undefined ? [...calendar.days] : toWeekdayFlags(shift.days);
    return { days, from, to, capacity: shift.capacity, path: at };
  });
}
