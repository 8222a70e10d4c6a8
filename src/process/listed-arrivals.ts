/**
 * Sources whose arrivals are a list worked through in time order rather than a random
 * process: appointments (appointments.ts), each entry with its own case ordinal.
 *
 * The adviser's Monday diary is worked through entry by entry: 09:27 the 09:30 customer
 * (ordinal of Monday 09:30, booking 0), 10:00 the 10:00 customer who does not come (a missed
 * entry: reported, no case), 10:02 the 10:00 customer of the second place. The arrival clock
 * (arrivals.ts) asks the list for its next time; the simulation reads `missed` and
 * `appointment` of the entry just returned.
 */
import { ARRIVAL_APPOINTMENTS, type CompiledModel } from "../model/compile/compiled.js";
import { AppointmentBook } from "./appointments.js";

/** A source's arrivals as a list of entries in non-decreasing time order. */
export interface ListedArrivals {
  /** Time of the next entry (not before the previous one); Infinity when there is none. */
  next(): number;
  /** Case ordinal of the entry `next` returned last. */
  readonly ordinal: number;
  /** True when that entry is a booked customer who does not come (no case is created). */
  readonly missed: boolean;
  /** The time that entry was booked for (its slot), minutes. */
  readonly appointment: number;
}

/** By source: its list, or null for a source with a random arrival process; null when no source is listed. */
export function listedArrivalsOf(compiled: CompiledModel, replication: number): (ListedArrivals | null)[] | null {
  if (!compiled.sources.some((s) => s.arrivalKind === ARRIVAL_APPOINTMENTS)) return null;
  return compiled.sources.map((source) =>
    source.arrivalKind === ARRIVAL_APPOINTMENTS ? new AppointmentBook(compiled, source, replication) : null);
}
