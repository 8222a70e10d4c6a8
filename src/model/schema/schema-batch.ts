/**
 * The `batch:` block of a batch step: when a collection of cases is closed into a batch and
 * how its processing time counts.
 *
 * "File the vouchers at 16:00, or as soon as 20 have piled up" is `batch: { size: 20, at:
 * ["16:00"] }`; "send the scanned mail on at the latest 2 hours after the first letter" is
 * `batch: { maxWait: 2h }`. Whichever rule is reached first closes the batch.
 */
import { z } from "zod";
import { boundedInt, strict, TimeOfDay, TimeValue } from "./schema-helpers.js";

/** Largest batch size a model may ask for. */
export const MAX_BATCH_SIZE = 1_000_000;

/** How a batch step's `duration` counts: once for the whole batch, or once per case in it. */
export const BATCH_DURATION_PER = ["batch", "item"] as const;

/** The release rules of a batch step (at least one of size, at, maxWait). */
export const BatchSchema = strict({
  size: boundedInt(1, MAX_BATCH_SIZE).optional().describe("Close the batch as soon as this many cases have been collected."),
  at: z.array(TimeOfDay).min(1).max(96).optional().describe('Close the batch at these times of day, on the working days of the calendar, e.g. ["12:00", "16:00"] (cases that arrive from outside at that very minute go to the next one).'),
  maxWait: TimeValue.optional().describe("Close the batch when its oldest case has waited this long, e.g. 2h."),
  durationPer: z.enum(BATCH_DURATION_PER).optional().describe("batch (default): duration is drawn once for the whole batch; item: drawn for each case in it (its own draw), the batch taking their sum."),
}).describe('A batch step collects cases until one of its rules is reached (size, a time of day, the oldest case\'s maxWait; first reached wins), processes them together (holding its resources once for the batch) and releases them one by one to their next step, e.g. { size: 20, at: ["16:00"] }.');

/** A batch block as written. */
export type RawBatch = z.infer<typeof BatchSchema>;
