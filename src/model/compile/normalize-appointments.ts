/**
 * Appointments in normal form: slot lists and ranges expanded to whole minutes, checked
 * against the opening hours and against each other, all problems at once.
 *
 * `slots: [{ from: "09:30", to: "11:00", every: 30min }, { at: "14:00", booked: 2 }]` under a
 * 09:00–17:00 calendar becomes the slots 570, 600, 630, 660 (one place each) and 840 (two);
 * a "08:30" entry is reported as outside the opening hours and a second "10:00" as given
 * twice, each at its own YAML path.
 */
import type { Appointments, AppointmentSlot, NoShowByCategory, Punctuality } from "./appointment-types.js";
import type { AttributeSpec } from "./attribute-types.js";
import { suggestion } from "../source/suggest.js";
import type { Calendar, ModelPath } from "./model.js";
import { error, type IssueDraft } from "../source/issues.js";
import { normalizeDist } from "./normalize-dist.js";
import { SIGNED_DURATION_PATTERN, type RawAppointments, type RawPunctuality, type RawSlot } from "../schema/schema-appointments.js";
import { formatTimeOfDay, MINUTES_PER_DAY, timeOfDayToMinutes, toMinutes, toShare, type TimeUnit } from "../schema/units.js";

/** A slot with where it was written, for the overlap issues. */
interface PlacedSlot extends AppointmentSlot {
  readonly path: ModelPath;
  readonly label: string;
}

/** What an appointments block is read against: the model's unit and calendar, the source's name and attributes. */
export interface AppointmentContext {
  readonly unit: TimeUnit;
  readonly calendar: Calendar;
  readonly source: string;
  readonly attributes: Readonly<Record<string, AttributeSpec>>;
}

/** Converts the appointments block of a source at `path`; problems are appended to `issues`. */
export function normalizeAppointments(raw: RawAppointments, context: AppointmentContext, path: ModelPath, issues: IssueDraft[]): Appointments {
  const { unit, calendar } = context;
  const booked = raw.booked ?? 1;
  const placed = raw.slots.flatMap((slot, i) => expandSlot(slot, booked, unit, [...path, "slots", i], issues));
  checkInsideHours(placed, calendar, issues);
  const slots = distinctSlots(placed, issues);
  return {
    slots,
    fill: raw.fill === undefined ? 1 : toShare(raw.fill),
    ...normalizeNoShow(raw.noShow, context, [...path, "noShow"], issues),
    punctuality: normalizePunctuality(raw.punctuality, unit, [...path, "punctuality"], issues),
  };
}

/** One slot entry → its slots (a range gives one per step of `every`). */
function expandSlot(raw: RawSlot, booked: number, unit: TimeUnit, path: ModelPath, issues: IssueDraft[]): PlacedSlot[] {
  if (typeof raw === "string") return [{ at: timeOfDayToMinutes(raw), booked, path, label: pathLabel(path) }];
  if ("at" in raw) return [{ at: timeOfDayToMinutes(raw.at), booked: raw.booked ?? booked, path, label: pathLabel(path) }];
  const from = timeOfDayToMinutes(raw.from);
  const to = timeOfDayToMinutes(raw.to);
  const every = toMinutes(raw.every, unit);
  if (!(to > from)) issues.push(error("slotRangeEmpty", [...path, "to"], { from: raw.from, to: raw.to }));
  if (!(every > 0) || !Number.isInteger(every)) {
    issues.push(error("slotEvery", [...path, "every"], { found: String(raw.every) }));
    return [];
  }
  const out: PlacedSlot[] = [];
  for (let at = from; at <= to; at += every) out.push({ at, booked: raw.booked ?? booked, path, label: pathLabel(path) });
  return out;
}

/** "slots[2]" for the messages. */
function pathLabel(path: ModelPath): string {
  return `slots[${String(path[path.length - 1])}]`;
}

/** Every slot must start inside the opening hours (from the opening to before the closing). */
function checkInsideHours(slots: readonly PlacedSlot[], calendar: Calendar, issues: IssueDraft[]): void {
  const [open, close] = calendar.always ? [0, MINUTES_PER_DAY] : [calendar.open, calendar.close];
  const reported = new Set<string>();
  for (const slot of slots) {
    if (slot.at >= open && slot.at < close) continue;
    const key = JSON.stringify(slot.path);
    if (reported.has(key)) continue;
    reported.add(key);
    issues.push(error("slotOutsideHours", slot.path, { time: formatTimeOfDay(slot.at), open: formatTimeOfDay(open), close: formatTimeOfDay(close) }));
  }
}

/** The slots sorted by time; a time given by two entries is an issue at the later entry. */
function distinctSlots(placed: readonly PlacedSlot[], issues: IssueDraft[]): AppointmentSlot[] {
  const byTime = new Map<number, PlacedSlot>();
  const reported = new Set<string>();
  for (const slot of placed) {
    const first = byTime.get(slot.at);
    if (first === undefined) {
      byTime.set(slot.at, slot);
      continue;
    }
    const key = JSON.stringify(slot.path);
    if (reported.has(key)) continue;
    reported.add(key);
    issues.push(error("slotDuplicate", slot.path, { time: formatTimeOfDay(slot.at), other: first.label }));
  }
  return [...byTime.values()].sort((a, b) => a.at - b.at).map(({ at, booked }) => ({ at, booked }));
}

/** The no-show probability, or one per category with its mean over the category shares. */
function normalizeNoShow(raw: RawAppointments["noShow"], context: AppointmentContext, path: ModelPath, issues: IssueDraft[]): { noShow: number; noShowBy?: NoShowByCategory } {
  if (raw === undefined) return { noShow: 0 };
  if (typeof raw === "number" || typeof raw === "string") return { noShow: toShare(raw) };
  const spec = context.attributes[raw.by];
  if (spec === undefined || spec.kind !== "categorical") {
    const code = spec === undefined ? "noShowAttributeMissing" : "noShowByNumber";
    issues.push(error(code, [...path, "by"], { attribute: raw.by, source: context.source }));
    return { noShow: 0 };
  }
  const { categories, shares } = spec;
  for (const name of Object.keys(raw.values)) {
    if (categories.includes(name)) continue;
    issues.push({ ...error("unknownCategory", [...path, "values", name], { name, attribute: raw.by, allowed: categories, ...suggestion(name, categories) }), atKey: true });
  }
  const missing = categories.filter((name) => !Object.hasOwn(raw.values, name));
  if (raw.otherwise === undefined && missing.length > 0) issues.push(error("noShowOtherwiseMissing", path, { attribute: raw.by, missing }));
  const otherwise = raw.otherwise === undefined ? 0 : toShare(raw.otherwise);
  const values: Record<string, number> = Object.create(null);
  for (const name of categories) values[name] = Object.hasOwn(raw.values, name) ? toShare(raw.values[name]) : otherwise;
  const noShow = categories.reduce((sum, name, k) => sum + shares[k] * values[name], 0);
  return { noShow, noShowBy: { attribute: raw.by, values } };
}

/** A signed offset in minutes: "-3min", "+90s", or a bare number in the model's unit. */
function readOffset(value: number | string, unit: TimeUnit): number {
  if (typeof value === "number") return toMinutes(value, unit);
  const match = SIGNED_DURATION_PATTERN.exec(value);
  if (match === null) return Number.NaN;
  const minutes = toMinutes(`${match[2]}${match[3]}`, unit);
  return match[1] === "-" ? -minutes : minutes;
}

/** The punctuality rule in minutes (absent: on time). */
function normalizePunctuality(raw: RawPunctuality | undefined, unit: TimeUnit, path: ModelPath, issues: IssueDraft[]): Punctuality {
  if (raw === undefined) return { kind: "shifted", shift: 0, dist: null };
  if (typeof raw === "number" || typeof raw === "string") return { kind: "shifted", shift: readOffset(raw, unit), dist: null };
  if ("mean" in raw) {
    const sd = toMinutes(raw.sd, unit);
    if (!(sd >= 0)) issues.push(error("punctualitySd", [...path, "sd"], { found: String(raw.sd) }));
    return { kind: "normal", mean: readOffset(raw.mean, unit), sd: Math.max(0, sd) };
  }
  const dist = normalizeDist(raw.plus, { unit, timed: true }, [...path, "plus"], issues);
  return { kind: "shifted", shift: readOffset(raw.shift, unit), dist };
}
