/**
 * Appointment statistics of one replication: per class of an appointment source, the booked
 * customers, the no-shows and each completed case's wait past its appointment time.
 *
 * A wealth customer booked for 10:00 arrives at 09:52 (8 minutes early) and leaves having
 * waited 13 minutes in all: 13 − 8 = 5 minutes past the appointment time are added to her
 * class. Case slots remember how early their case came (NaN: not by appointment); counts are
 * kept from the warm-up on, waits by completion time as the case KPIs do.
 */
import type { CollectorLayout } from "./observer.js";
import type { AppointmentFacts } from "./kpis/appointment-kpis.js";
import { Welford } from "./welford.js";

const INITIAL_SLOTS = 64;

/** Collects the appointment statistics of the classes in `layout.appointmentClasses`. */
export class AppointmentCollector {
  private readonly booked: Float64Array;
  private readonly noShows: Float64Array;
  private readonly lateWaits: Welford[];
  /** By case slot: minutes its case came before its appointment (0 if late); NaN when not by appointment. */
  private earliness = new Float64Array(INITIAL_SLOTS).fill(NaN);

  constructor(private readonly layout: CollectorLayout) {
    const classes = layout.classes.length;
    this.booked = new Float64Array(classes);
    this.noShows = new Float64Array(classes);
    this.lateWaits = layout.classes.map(() => new Welford());
  }

  /** A case entered the system in `caseSlot` (not by appointment unless `appointment` follows). */
  arrival(caseSlot: number): void {
    if (caseSlot >= this.earliness.length) this.grow(caseSlot);
    this.earliness[caseSlot] = NaN;
  }

  /** The case in `caseSlot` came at t for its appointment at `appointment`. */
  appointment(t: number, caseSlot: number, cls: number, appointment: number): void {
    if (caseSlot >= this.earliness.length) this.grow(caseSlot);
    this.earliness[caseSlot] = Math.max(0, appointment - t);
    if (t >= this.layout.warmup) this.booked[cls] += 1;
  }

  /** A booked customer of `cls` did not come to the appointment at t. */
  noShow(t: number, cls: number): void {
    if (t < this.layout.warmup) return;
    this.booked[cls] += 1;
    this.noShows[cls] += 1;
  }

  /** The case in `caseSlot` left done at t after waiting `waited` minutes in all. */
  complete(t: number, caseSlot: number, cls: number, waited: number): void {
    const early = caseSlot < this.earliness.length ? this.earliness[caseSlot] : NaN;
    if (early !== early) return;
    this.earliness[caseSlot] = NaN;
    if (t >= this.layout.warmup) this.lateWaits[cls].add(Math.max(0, waited - early));
  }

  /** Facts by position in `layout.appointmentClasses`. */
  facts(): AppointmentFacts[] {
    return (this.layout.appointmentClasses ?? []).map((c) => ({ booked: this.booked[c], noShows: this.noShows[c], lateWaits: this.lateWaits[c] }));
  }

  private grow(caseSlot: number): void {
    const grown = new Float64Array(Math.max(2 * this.earliness.length, caseSlot + 1)).fill(NaN);
    grown.set(this.earliness);
    this.earliness = grown;
  }
}
