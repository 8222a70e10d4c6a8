/**
 * Appointments in normal form (minutes): the slots of a working day, the share of places
 * taken, the no-show probability and the punctuality offset.
 *
 * An adviser's diary "every 30 minutes from 09:30 to 16:00, one customer each, 8% no-shows,
 * arriving 3 ± 5 minutes early" is 14 slots (570, 600, …, 960) with booked 1, fill 1,
 * noShow 0.08 and punctuality { kind: "normal", mean: -3, sd: 5 }.
 */
import type { DistSpec } from "../../random/dist-spec.js";
import { distMean } from "../../random/dist-moments.js";
import type { Calendar } from "./model.js";

/** One slot of a working day. */
export interface AppointmentSlot {
  /** Slot start, whole minutes after midnight. */
  readonly at: number;
  /** Places booked in it. */
  readonly booked: number;
}

/**
 * Arrival time minus slot time, minutes: a normal offset (not truncated: early customers
 * have negative offsets), or `shift` plus a draw of `dist` (null: the constant `shift`).
 */
export type Punctuality =
  | { readonly kind: "normal"; readonly mean: number; readonly sd: number }
  | { readonly kind: "shifted"; readonly shift: number; readonly dist: DistSpec | null };

/** A no-show probability per category of a categorical case attribute of the source. */
export interface NoShowByCategory {
  readonly attribute: string;
  /** By category name (every category of the attribute: `otherwise` filled in). */
  readonly values: Readonly<Record<string, number>>;
}

/** The appointment schedule of a source. */
export interface Appointments {
  /** Sorted by time, each time once. */
  readonly slots: readonly AppointmentSlot[];
  /** Probability that a place is taken. */
  readonly fill: number;
  /** Probability that a booked customer does not come (with `noShowBy`: its mean over the categories' shares). */
  readonly noShow: number;
  /** The probability per category of a case attribute (absent: `noShow` for everyone). */
  readonly noShowBy?: NoShowByCategory;
  readonly punctuality: Punctuality;
}

/** Booked customers expected per working day (places × fill). */
export function bookingsPerDay(appointments: Appointments): number {
  return appointments.slots.reduce((sum, slot) => sum + slot.booked, 0) * appointments.fill;
}

/** Customers expected per week: bookings of the calendar's working days that are kept. */
export function appointmentsPerWeek(appointments: Appointments, calendar: Calendar): number {
  const days = calendar.always ? 7 : calendar.days.filter(Boolean).length;
  return bookingsPerDay(appointments) * (1 - appointments.noShow) * days;
}

/** The mean punctuality offset, minutes. */
export function meanOffset(punctuality: Punctuality): number {
  if (punctuality.kind === "normal") return punctuality.mean;
  return punctuality.shift + (punctuality.dist === null ? 0 : distMean(punctuality.dist));
}

/**
 * Customers expected to arrive in minute `minute` of a working day that opens at `opening`:
 * each slot's kept bookings, placed at the slot time plus the mean offset (not before the
 * opening). For planning by interval (the staffing demand), not for simulation.
 */
export function appointmentArrivalsAt(appointments: Appointments, minute: number, opening: number): number {
  const shift = meanOffset(appointments.punctuality);
  const kept = appointments.fill * (1 - appointments.noShow);
  let count = 0;
  for (const slot of appointments.slots) {
    if (Math.max(opening, Math.floor(slot.at + shift)) === minute) count += slot.booked * kept;
  }
  return count;
}
