/**
 * The YAML of unplanned downtime: a pool that fails at random and is repaired.
 *
 * The core banking system fails on average every 8 hours and takes 20 minutes to repair:
 * `downtime: { between: { exponential: { mean: 8h } }, repair: { exponential: { mean: 20min } } }`
 * on the pool. While it is down no case can start a step that needs it, and the steps in
 * progress on it stop and resume (or restart) when it is back.
 */
import { z } from "zod";
import { DistSchema } from "./schema-dist.js";
import { strict, TimeValue } from "./schema-helpers.js";

/** What happens to an activity in progress when its pool fails. */
export const INTERRUPTED_RULES = ["resume", "restart", "send"] as const;

/** One planned outage, in time since the start of the run. */
const OutageSchema = strict({
  from: TimeValue.describe("Start of the outage, time since the start of the run, e.g. 30h (Tuesday 06:00)."),
  to: TimeValue.describe("End of the outage (later than from), e.g. 32h."),
});

/** A pool's random failures and repairs, or its scheduled outages. */
export const DowntimeSchema = strict({
  between: DistSchema.optional().describe("Time from the end of one repair to the next failure (up time), e.g. { exponential: { mean: 8h } }. With repair; not with outages."),
  repair: DistSchema.optional().describe("Time to repair (down time), e.g. { exponential: { mean: 20min } }. With between."),
  outages: z.array(OutageSchema).min(1).max(10_000).optional().describe("Scheduled outages instead of random failures: [{ from: 30h, to: 32h }, …], in time order, not overlapping."),
  interrupted: z
    .enum(INTERRUPTED_RULES)
    .optional()
    .describe("Activities in progress when the pool fails: resume (default: they continue with their remaining work after the repair), restart (they start over with their full duration) or send (they give back their units and go to the step sendTo, e.g. manual keying while the bots are down)."),
  sendTo: z.string().min(1).optional().describe("With interrupted: send, the step the interrupted cases go to (a step that does not need this pool), e.g. manual keying."),
  sendWaiting: z.boolean().optional().describe("With interrupted: send, true sends the cases waiting in the lines of the steps that need this pool to sendTo as well (default false: they wait for the repair)."),
}).describe("Unplanned downtime: the whole pool fails at random (at any time, busy or idle) and is repaired; no step that needs it can start while it is down.");

/** `downtime` as written. */
export type RawDowntime = z.infer<typeof DowntimeSchema>;
