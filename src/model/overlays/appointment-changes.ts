/**
 * Changes to an appointment diary: a proposal that books other slots, more places per slot
 * (overbooking against no-shows) or another fill rate.
 *
 * "25-minute advice slots instead of 30" is `setAppointments` with the source's whole new
 * `appointments:` block. Bookings, no-shows, offsets and customers are keyed by slot time, so
 * the slots both diaries share keep the same customers and the comparison stays paired there.
 */
import type { ChangeParams } from "./schema.js";
import type { ChangeScope } from "./scope.js";

/** Replaces the source's appointments block (a rate, gaps, profile or factors give way to it). */
function setAppointments(p: ChangeParams<"setAppointments">, s: ChangeScope): void {
  const source = s.source(p.source);
  if (!source) return;
  for (const key of ["ratePerHour", "profile", "interarrival", "rateFactor", "dayFactor"]) delete source[key];
  s.set(source, "appointments", p.appointments, "appointments");
}

/** The appointment changes, by kind. */
export const APPOINTMENT_CHANGES = { setAppointments };
