/**
 * Arrival sources in normal form, with time-of-day profiles resolved to absolute rates.
 *
 * A branch with `ratePerHour: 30` and `profile: { "09:00": 2, "12:00": 4, "14:00": 2 }`
 * open 09:00–17:00 has a profile *shape* whose mean over the open hours is (3·2+2·4+3·2)/8 =
 * 2.5, so it becomes 24/h, 48/h and 24/h. Without ratePerHour the profile values are the
 * rates themselves. The normal form always covers the whole day from 00:00, with explicit
 * zero rates where nothing arrives.
 */
import type { ArrivalSource, Calendar, DayFactor, ModelPath, ProfileInterval } from "./model.js";
import { sourceDayFactor } from "./normalize-day-factor.js";
import { error, warning, type IssueDraft } from "../source/issues.js";
import { normalizeDist } from "./normalize-dist.js";
import { normalizeAppointments } from "./normalize-appointments.js";
import { normalizeRetry } from "./normalize-admission.js";
import { normalizeAttribute, normalizePriority } from "./normalize-attributes.js";
import type { AttributeSpec } from "./attribute-types.js";
import type { RawArrival } from "../schema/schema.js";
import { formatTimeOfDay, MINUTES_PER_DAY, timeOfDayToMinutes, type TimeUnit } from "../schema/units.js";
import { isPlannedSource, normalizeSourceKind, type SourceKindContext } from "./normalize-source-kind.js";

/** Converts one arrival source; problems are appended to `issues`. */
export function normalizeArrival(
  raw: RawArrival,
  index: number,
  context: { unit: TimeUnit; calendar: Calendar; firstStep: string; dayFactor?: DayFactor | null } & Partial<SourceKindContext>,
  issues: IssueDraft[],
): ArrivalSource {
  const path: ModelPath = ["arrivals", index];
  const timed = { unit: context.unit, timed: true };
  if (raw.interarrival !== undefined && (raw.ratePerHour !== undefined || raw.profile !== undefined)) {
    const other = raw.ratePerHour !== undefined ? "ratePerHour" : "profile";
    issues.push(error("interarrivalConflict", [...path, "interarrival"], { other }));
  } else if (raw.interarrival === undefined && raw.ratePerHour === undefined && raw.profile === undefined && raw.appointments === undefined && !isPlannedSource(raw)) {
    issues.push(error("arrivalRateMissing", path));
  }
  if (raw.appointments !== undefined) checkAppointmentsAlone(raw, path, issues);
  const profile = raw.profile === undefined ? null : resolveProfile(raw.profile, raw.ratePerHour, context.calendar, [...path, "profile"], issues);
  const attributes: Record<string, AttributeSpec> = Object.create(null);
  for (const [name, spec] of Object.entries(raw.attributes ?? {})) {
    attributes[name] = normalizeAttribute(spec, context.unit, [...path, "attributes", name], issues);
  }
  const { priority, priorityBy } = normalizePriority(raw.priority, [...path, "priority"]);
  const { recordedAttributes, ...kind } = normalizeSourceKind(raw, path, { ...context, calendar: context.calendar }, issues);
  Object.assign(attributes, recordedAttributes);
  const dayFactor = raw.appointments === undefined && !isPlannedSource(raw) ? sourceDayFactor(raw.dayFactor, context.dayFactor ?? null, raw.name, path, issues) : null;
  return {
    name: raw.name,
    class: raw.class ?? raw.name,
    interarrival: raw.interarrival === undefined ? null : normalizeDist(raw.interarrival, timed, [...path, "interarrival"], issues),
    ratePerHour: profile === null && raw.interarrival === undefined ? (raw.ratePerHour ?? null) : null,
    profile,
    ...(raw.rateFactor !== undefined && raw.rateFactor !== 1 ? { rateFactor: raw.rateFactor } : {}),
    ...(dayFactor === null ? {} : { dayFactor }),
    priority,
    ...(priorityBy === null ? {} : { priorityBy }),
    patience: raw.patience === undefined ? null : normalizeDist(raw.patience, timed, [...path, "patience"], issues),
    attributes,
    firstStep: raw.start ?? context.firstStep,
    ...(raw.lines === undefined ? {} : { lines: raw.lines }),
    ...(raw.retry === undefined ? {} : { retry: normalizeRetry(raw.retry, context.unit, [...path, "retry"], issues) }),
    ...(raw.appointments === undefined ? {} : { appointments: normalizeAppointments(raw.appointments, { unit: context.unit, calendar: context.calendar, source: raw.name, attributes }, [...path, "appointments"], issues) }),
    ...kind,
    path,
  };
}

/** An appointment source arrives by its slots alone: no rate, gaps, profile or rate factors. */
function checkAppointmentsAlone(raw: RawArrival, path: ModelPath, issues: IssueDraft[]): void {
  for (const other of ["ratePerHour", "interarrival", "profile", "rateFactor", "dayFactor"] as const) {
    if (raw[other] !== undefined) issues.push(error("appointmentsConflict", [...path, other], { other }));
  }
}

/** The open window of a day, minutes after midnight. */
function openWindow(calendar: Calendar): [number, number] {
  const valid = !calendar.always && calendar.close > calendar.open;
  return valid ? [calendar.open, calendar.close] : [0, MINUTES_PER_DAY];
}

/** Minutes of [from, to) that fall inside [open, close). */
function overlap(from: number, to: number, open: number, close: number): number {
  return Math.max(0, Math.min(to, close) - Math.max(from, open));
}

/**
 * Profile entries → whole-day intervals of absolute rates. With `ratePerHour`, the profile
 * is scaled so its mean over the open hours equals it.
 */
export function resolveProfile(
  profile: Record<string, number>,
  ratePerHour: number | undefined,
  calendar: Calendar,
  path: ModelPath,
  issues: IssueDraft[],
): ProfileInterval[] {
  const entries = Object.entries(profile)
    .map(([time, rate]) => ({ time, from: timeOfDayToMinutes(time), rate }))
    .sort((a, b) => a.from - b.from);
  entries.forEach((entry, i) => {
    if (i > 0 && entry.from === entries[i - 1].from) {
      issues.push({ ...error("profileDuplicate", [...path, entry.time], { time: entry.time, other: entries[i - 1].time }), atKey: true });
    }
  });
  const [open, close] = openWindow(calendar);
  let meanRate = 0;
  entries.forEach((entry, i) => {
    const to = i + 1 < entries.length ? entries[i + 1].from : MINUTES_PER_DAY;
    const inside = overlap(entry.from, to, open, close);
    if (inside === 0 && to > entry.from) {
      issues.push(warning("profileOutsideHours", [...path, entry.time], { time: entry.time, open: formatTimeOfDay(open), close: formatTimeOfDay(close) }));
    }
    meanRate += (entry.rate * inside) / (close - open);
  });
  if (!(meanRate > 0) && ratePerHour !== 0) {
    issues.push(error("profileZero", path));
    return entries.map((entry) => ({ from: entry.from, ratePerHour: 0 }));
  }
  const scale = ratePerHour === undefined ? 1 : meanRate > 0 ? ratePerHour / meanRate : 0;
  const intervals = entries.map((entry) => ({ from: entry.from, ratePerHour: entry.rate * scale }));
  if (intervals.length > 0 && intervals[0].from > 0) intervals.unshift({ from: 0, ratePerHour: 0 });
  return intervals;
}
