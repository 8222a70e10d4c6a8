/**
 * The source kinds beyond a rate: arrivals replayed from a recording, scheduled drops, and
 * groups of cases arriving together.
 *
 * A branch that wants to replay last Tuesday writes `recorded: { file: tuesday.csv }`; a back
 * office whose courier brings 30 files at 10:00 and 20 to 40 at 15:00 writes `drops: [{ at:
 * "10:00", count: 30 }, { at: "15:00", count: { 20: 50%, 40: 50% } }]`; a mail room where each
 * envelope holds one to three applications writes `ratePerHour: 6, groupSize: { 1: 70%, 2:
 * 20%, 3: 10% }`.
 */
import { z } from "zod";
import { bounded, NameSchema, Share, strict, taggedUnion, TimeOfDay } from "./schema-helpers.js";
import { LIMITS } from "./limits.js";

/** Largest number of cases one drop or one group may bring. */
export const MAX_GROUP_COUNT = 100_000;

/** What a source does once its recording has been replayed. */
export const AFTER_RECORDING = ["stop", "repeat"] as const;

const WholeCount = z.number().int().min(0).max(MAX_GROUP_COUNT);

/** A whole number of cases, or whole numbers with their shares. */
export const CountSchema = taggedUnion(
  [
    WholeCount,
    z.record(z.string().regex(/^\d{1,6}$/), Share),
    strict({
      empirical: strict({
        values: z.array(WholeCount).min(1).max(1_000).describe("The possible counts."),
        weights: z.array(bounded(0, 1e12)).max(1_000).optional().describe("Relative weights, one per value (default equal)."),
      }),
    }),
  ],
  "count",
).describe('A number of cases: a whole number (30), counts with their shares ({ 1: 70%, 2: 20%, 3: 10% }), or { empirical: { values: [20, 30, 40], weights: [1, 2, 1] } }.');

const ColumnSchema = taggedUnion(
  [z.literal("number"), z.array(NameSchema).min(1).max(LIMITS.categories)],
  "column",
).describe("A numeric attribute column (number) or a categorical one: the list of its categories, e.g. [retail, sme, private].");

/** Arrivals replayed from a CSV file. */
export const RecordedSchema = strict({
  file: z.string().min(1).max(1_000).describe("The CSV file, relative to the model file's folder (it must lie in that folder or below it)."),
  time: NameSchema.optional().describe('Header of the arrival-time column (default "time"): a clock time "09:03:12" or "09:03", or minutes after midnight.'),
  day: NameSchema.optional().describe("Header of a day column, for a recording of several days: day numbers 1, 2, … or dates 2024-03-05 (default: one day)."),
  columns: z.record(NameSchema, ColumnSchema).optional().describe("Attribute columns and their kind, e.g. { segment: [retail, sme, private], amount: number }; a column may also be an attribute another source declares."),
  ignore: z.array(NameSchema).max(1_000).optional().describe("Headers of columns that are not used (a ticket number, the teller)."),
  afterRecording: z.enum(AFTER_RECORDING).optional().describe("When the run is longer than the recording: stop (no more arrivals; the default) or repeat (replay it again from its first day)."),
}).describe("Arrivals replayed from a recording: one case per CSV row, at its recorded time, with its recorded attributes; the same arrivals in every replication.");

const DropSchema = strict({
  at: TimeOfDay.describe('Time of day of the drop, e.g. "10:00" (inside the opening hours).'),
  count: CountSchema.describe("Cases the drop brings: fixed, or drawn for each drop."),
}).describe('One scheduled drop, e.g. { at: "10:00", count: 30 }.');

/** Scheduled drops on every working day of the calendar. */
export const DropsSchema = z
  .array(DropSchema)
  .min(1)
  .max(96)
  .describe('Cases dropped at fixed times of every working day (a courier\'s deliveries), e.g. [{ at: "10:00", count: 30 }, { at: "15:00", count: { 20: 50%, 40: 50% } }].');

/** A recorded block as written. */
export type RawRecorded = z.infer<typeof RecordedSchema>;
/** A count as written. */
export type RawCount = z.infer<typeof CountSchema>;
/** Scheduled drops as written. */
export type RawDrops = z.infer<typeof DropsSchema>;
