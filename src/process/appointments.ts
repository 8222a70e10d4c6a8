/**
 * Appointment arrivals: each working day, the booked places of every slot, less the
 * no-shows, each customer arriving at the slot time plus a punctuality offset.
 *
 * The adviser's 10:00 slot on day 3 (Thursday), place 0: whether the place is booked, whether
 * the customer stays away and how early she comes are draws of the streams (seed,
 * replication, "appointment-fill" / "appointment-no-show" / "appointment-punctuality",
 * source name) at counter (day 3, 600 × 32 + 0), and her case ordinal is (3 × 1440 + 600) × 32
 * + 0. So the current and the proposed model see the same bookings, no-shows and offsets, and
 * the same customer (same durations and attributes) in every slot time they share; adding a
 * source changes nothing. A day's entries are made when the previous day's are used up and
 * handed out in time order (ties: slot, then place). An arrival that would fall before the
 * day's opening comes at the opening (the customer waits at the door); one after midnight
 * comes at midnight, so no customer moves to another day. A no-show is an entry at the slot
 * time that creates no case. Nothing is allocated after the constructor.
 */
import type { CompiledModel, CompiledSource } from "../model/compile/compiled.js";
import type { Appointments } from "../model/compile/appointment-types.js";
import { MAX_BOOKED_PER_SLOT } from "../model/schema/limits.js";
import { MINUTES_PER_DAY } from "../model/schema/units.js";
import { compileSampler, type Sampler } from "../random/dists.js";
import { uniform01 } from "../random/counter-rng.js";
import { normalQuantile } from "../random/normal-functions.js";
import { streamKey } from "../random/streams.js";
import type { ListedArrivals } from "./listed-arrivals.js";
import { STREAM_PURPOSES } from "../random/streams.js";
import { attributeElement, pickCategory } from "./attributes.js";

/**
 * A no-show probability per category: the case attribute's own stream and shares, so the
 * category that decides the no-show is the one the customer's case draws when she comes.
 */
interface CategoryNoShow {
  readonly k0: number;
  readonly k1: number;
  readonly cumulative: Float64Array;
  /** By category code. */
  readonly p: Float64Array;
}

/** The per-category no-show table of `source` (index `src`), or null when it has one probability. */
function categoryNoShow(compiled: CompiledModel, src: number, replication: number): CategoryNoShow | null {
  const source = compiled.sources[src];
  const rule = source.appointments?.noShowBy;
  const table = compiled.attributes ?? null;
  if (rule === undefined || table === null) return null;
  const a = table.names.indexOf(rule.attribute);
  let cumulative: Float64Array | null = null;
  for (let d = table.drawStart[src]; d < table.drawStart[src + 1]; d++) if (table.drawAttribute[d] === a) cumulative = table.drawCumulative[d];
  if (cumulative === null) throw new Error(`appointments: source "${source.name}" does not draw attribute "${rule.attribute}"`);
  const [k0, k1] = streamKey(compiled.run.seed, replication, STREAM_PURPOSES.attribute, attributeElement(source.name, rule.attribute));
  return { k0: k0 | 0, k1: k1 | 0, cumulative, p: Float64Array.from(table.categories[a], (name) => rule.values[name] ?? 0) };
}

/** Stream purposes of the appointment draws (element: the source name). */
export const APPOINTMENT_PURPOSES = {
  fill: "appointment-fill",
  noShow: "appointment-no-show",
  punctuality: "appointment-punctuality",
} as const;

/** Days after which a source books nothing more: the ordinals (day, minute, place) stay below 2^32. */
export const LAST_APPOINTMENT_DAY = Math.floor(2 ** 32 / (MINUTES_PER_DAY * MAX_BOOKED_PER_SLOT)) - 1;

/** The second counter word of slot `at` (minute of day), place `place`. */
export function slotCounter(at: number, place: number): number {
  return at * MAX_BOOKED_PER_SLOT + place;
}

/** The case ordinal of place `place` of the slot at minute `at` of day `day`. */
export function appointmentOrdinal(day: number, at: number, place: number): number {
  return (day * MINUTES_PER_DAY + at) * MAX_BOOKED_PER_SLOT + place;
}

/** One source's appointment diary, worked through day by day; see the module comment. */
export class AppointmentBook implements ListedArrivals {
  ordinal = 0;
  missed = false;
  appointment = 0;
  private readonly book: Appointments;
  private readonly workingDays: readonly boolean[];
  /** Minutes after midnight at which a day opens (0 for a 24/7 calendar). */
  private readonly opening: number;
  private readonly keys: Int32Array;
  private readonly plus: Sampler | null;
  private readonly drawn = new Float64Array(1);
  /** The current day's entries, in making order, and their order by time. */
  private readonly times: Float64Array;
  private readonly slotTimes: Float64Array;
  private readonly ordinals: Float64Array;
  private readonly missing: Uint8Array;
  private readonly order: Int32Array;
  private count = 0;
  private cursor = 0;
  /** The next day to make entries for. */
  private day = 0;
  /** False when no day can ever have an entry (no working day, or fill 0). */
  private readonly books: boolean;
  /** The no-show probability by the customer's category; null: `noShow` for everyone. */
  private readonly byCategory: CategoryNoShow | null;

  constructor(compiled: CompiledModel, source: CompiledSource, replication: number) {
    this.book = source.appointments as Appointments;
    const calendar = compiled.calendar;
    this.workingDays = calendar.always ? [true, true, true, true, true, true, true] : calendar.days;
    this.opening = calendar.always ? 0 : calendar.open;
    this.keys = new Int32Array(6);
    this.keys.set(streamKey(compiled.run.seed, replication, APPOINTMENT_PURPOSES.fill, source.name), 0);
    this.keys.set(streamKey(compiled.run.seed, replication, APPOINTMENT_PURPOSES.noShow, source.name), 2);
    this.keys.set(streamKey(compiled.run.seed, replication, APPOINTMENT_PURPOSES.punctuality, source.name), 4);
    const punctuality = this.book.punctuality;
    this.plus = punctuality.kind === "shifted" && punctuality.dist !== null ? compileSampler(punctuality.dist) : null;
    const places = this.book.slots.reduce((sum, slot) => sum + slot.booked, 0);
    this.times = new Float64Array(places);
    this.slotTimes = new Float64Array(places);
    this.ordinals = new Float64Array(places);
    this.missing = new Uint8Array(places);
    this.order = new Int32Array(places);
    this.books = this.book.fill > 0 && places > 0 && this.workingDays.includes(true);
    this.byCategory = categoryNoShow(compiled, compiled.sources.indexOf(source), replication);
  }

  next(): number {
    while (this.cursor >= this.count) {
      if (!this.books || this.day > LAST_APPOINTMENT_DAY) return Infinity;
      this.makeDay(this.day++);
    }
    const e = this.order[this.cursor++];
    this.ordinal = this.ordinals[e];
    this.missed = this.missing[e] === 1;
    this.appointment = this.slotTimes[e];
    return this.times[e];
  }

  /** Makes the entries of `day` (none on a day off) and orders them by time. */
  private makeDay(day: number): void {
    this.count = 0;
    this.cursor = 0;
    if (!this.workingDays[day % 7]) return;
    const { slots, fill, noShow } = this.book;
    const k = this.keys;
    const start = day * MINUTES_PER_DAY;
    for (const slot of slots) {
      for (let place = 0; place < slot.booked; place++) {
        const counter = slotCounter(slot.at, place);
        if (fill < 1 && !(uniform01(k[0], k[1], day, counter, 0, 0) < fill)) continue;
        const e = this.count++;
        const ordinal = appointmentOrdinal(day, slot.at, place);
        const p = this.byCategory === null ? noShow : this.noShowOf(ordinal);
        const missed = p > 0 && uniform01(k[2], k[3], day, counter, 0, 0) < p;
        const at = start + slot.at;
        this.missing[e] = missed ? 1 : 0;
        this.slotTimes[e] = at;
        this.ordinals[e] = ordinal;
        this.times[e] = missed ? at : Math.min(Math.max(at + this.offset(day, counter), start + this.opening), start + MINUTES_PER_DAY);
      }
    }
    this.sortByTime();
  }

  /** The no-show probability of the customer with case ordinal `ordinal`, by the category her case draws. */
  private noShowOf(ordinal: number): number {
    const rule = this.byCategory as CategoryNoShow;
    return rule.p[pickCategory(rule.cumulative, uniform01(rule.k0, rule.k1, ordinal, 0, 0, 0))];
  }

  /** The punctuality offset of one place, minutes. */
  private offset(day: number, counter: number): number {
    const rule = this.book.punctuality;
    const k = this.keys;
    if (rule.kind === "normal") return rule.sd === 0 ? rule.mean : rule.mean + rule.sd * normalQuantile(uniform01(k[4], k[5], day, counter, 0, 0));
    if (this.plus === null) return rule.shift;
    this.plus.sampleInto(this.drawn, 0, k[4], k[5], day, counter, 0);
    return rule.shift + this.drawn[0];
  }

  /** Insertion sort of the entry indices by time, stable (entries are made in slot order, nearly sorted). */
  private sortByTime(): void {
    const order = this.order;
    const times = this.times;
    for (let i = 0; i < this.count; i++) {
      let j = i;
      while (j > 0 && times[order[j - 1]] > times[i]) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
  }
}
