/**
 * The `appointments:` block of a source: customers who come by appointment, on a schedule of
 * slots, some of whom do not come and the others early or late.
 *
 * Wealth-product customers see an adviser every 30 minutes from 09:30 to 16:00, one customer
 * per slot, 90% of slots taken, 8% of bookings not kept, the others arriving 3 minutes early
 * on average: `appointments: { slots: [{ from: "09:30", to: "16:00", every: 30min }], fill:
 * 0.9, noShow: "8%", punctuality: { normal: { mean: -3min, sd: 5min } } }`.
 */
import { z } from "zod";
import { DistSchema } from "./schema-dist.js";
import { bounded, boundedInt, NameSchema, Share, strict, taggedUnion, TimeOfDay, TimeValue } from "./schema-helpers.js";
import { MAX_BOOKED_PER_SLOT } from "./limits.js";

/** A signed duration "-3min", "+90s", "2min" (early customers have negative offsets). */
export const SIGNED_DURATION_PATTERN = /^\s*([-+]?)\s*(\d+(?:\.\d+)?|\.\d+)\s*(s|min|h|d)\s*$/;

/** An offset from a slot time: a signed duration string, or a bare number in the model's timeUnit. */
const Offset = z
  .union([bounded(-1_440, 1_440), z.string().regex(SIGNED_DURATION_PATTERN)])
  .describe('An offset from the slot time: "-3min" (early), "2min" (late), or a bare number in the model\'s timeUnit.');

/** How far from the slot time customers arrive. */
const PunctualitySchema = taggedUnion(
  [
    Offset,
    strict({
      mean: Offset.describe("Mean offset, e.g. -3min (3 minutes early on average)."),
      sd: TimeValue.describe("Standard deviation of the offset, e.g. 5min."),
    }),
    strict({
      shift: Offset.describe("Earliest offset, e.g. -10min."),
      plus: DistSchema.describe("A time (any distribution family) added to shift, e.g. { gamma: { mean: 8min, cv: 0.5 } }."),
    }),
  ],
  "punctuality",
).describe('Arrival time minus slot time, negative = early: a constant "-2min", a normal offset { mean: -3min, sd: 5min } (not truncated), or { shift: -10min, plus: <distribution> }. An arrival that would fall before the day\'s opening comes at the opening; none moves to another day (default 0: on time).');


const Booked = boundedInt(1, MAX_BOOKED_PER_SLOT);

const SlotRange = strict({
  from: TimeOfDay.describe("First slot of the range."),
  to: TimeOfDay.describe("Last slot of the range: included when it falls on the grid of `every` (later than from)."),
  every: TimeValue.describe("Time between slot starts, e.g. 30min (whole minutes)."),
  booked: Booked.optional().describe("Customers booked per slot of this range (default: the block's booked)."),
});

const SlotAt = strict({
  at: TimeOfDay.describe("Slot start."),
  booked: Booked.optional().describe("Customers booked in this slot (default: the block's booked)."),
});

/** One entry of the slot list: a time, a time with its bookings, or a regular range. */
const SlotSchema = taggedUnion([TimeOfDay, SlotAt, SlotRange], "slot").describe(
  'A slot start "10:00", { at: "10:00", booked: 2 } or a range { from: "09:30", to: "16:00", every: 30min }.',
);

/** A no-show probability, or one per category of a case attribute. */
const NoShowSchema = taggedUnion(
  [
    Share,
    strict({
      by: NameSchema.describe("The categorical case attribute of the source the probability depends on, e.g. segment."),
      values: z.record(NameSchema, Share).describe('No-show probability per category, e.g. { private: "4%", mass: "12%" }.'),
      otherwise: Share.optional().describe("No-show probability of the categories not listed (required unless every category is)."),
    }),
  ],
  "noShow",
).describe('Probability that a booked customer does not come: "8%", or per category of a case attribute { by: segment, values: { private: "4%", mass: "12%" } } (default 0).');

/** The appointment schedule of a source (docs/model-language.md#appointments). */
export const AppointmentsSchema = strict({
  slots: z.array(SlotSchema).min(1).max(1_440).describe("Slot start times of every working day of the calendar, inside the opening hours; each time at most once."),
  booked: Booked.optional().describe("Customers booked per slot (default 1)."),
  fill: Share.optional().describe('Share of the booked places actually taken: each is taken with this probability (default 1: every place is booked).'),
  noShow: NoShowSchema.optional(),
  punctuality: PunctualitySchema.optional(),
}).describe("Customers come by appointment (instead of ratePerHour, interarrival or profile): the booked places of each slot of every working day, less the no-shows, each arriving at the slot time plus a punctuality offset.");

/** A punctuality rule as written. */
export type RawPunctuality = z.infer<typeof PunctualitySchema>;
/** One slot entry as written. */
export type RawSlot = z.infer<typeof SlotSchema>;
/** An appointments block as written. */
export type RawAppointments = z.infer<typeof AppointmentsSchema>;
