/**
 * The admission part of the model language: who may join a line, and what happens to those
 * who may not or will not wait — limits, trunk lines, balking, patience per step and class,
 * messages and retrials.
 *
 * A bank's phone line with 40 trunk lines and room for 10 callers in the queue, where a
 * caller who hears more than 8 ahead hangs up at once, may leave a message after 2 minutes
 * (60% do) and calls back after about 10 minutes if she gave up (70% do, at most 3 times):
 * `lines: 40` on the source, and on the agent step `maxWaiting: 10`, `balk: { above: 8 }`,
 * `message: { after: 2min, p: 60%, to: callbacks }`, `retry: { p: 70%, after: …, max: 3 }`.
 */
import { z } from "zod";
import { DistSchema } from "./schema-dist.js";
import { boundedInt, NameSchema, Share, strict, taggedUnion, TimeValue } from "./schema-helpers.js";
import { LIMITS } from "./limits.js";

/** Most entries of a balking probability list. */
const MAX_BALK_ENTRIES = 1_000;

/** A trunk-line count: calls held from arrival until they leave. */
export const LinesSchema = boundedInt(1, LIMITS.capacity).describe(
  "Trunk lines: a call holds one from its arrival until it leaves; a call that finds every line busy gets a busy signal (blocked: lost, or it retries).",
);

/** Retrials after a busy signal, a block, a balk or an abandonment. */
export const RetrySchema = strict({
  p: Share.describe('Probability that a blocked, balking or abandoning customer tries again, e.g. "70%".'),
  after: DistSchema.describe("Time until the next attempt, e.g. { exponential: { mean: 10min } }."),
  max: boundedInt(1, 1_000).optional().describe("Most retrials per customer (default 1)."),
}).describe("Customers who did not get through come back: with probability p, after a drawn delay, at most max times; each attempt starts again at the source's first step.");

const WhenFullSchema = taggedUnion(
  [z.literal("lost"), strict({ to: NameSchema.describe("Overflow step the blocked cases go to instead.") })],
  "whenFull",
).describe('What happens to a case that finds the step full (maxWaiting or maxInSystem): lost (default; it leaves, or retries under retry) or { to: <overflow step> }.');

const BalkSchema = strict({
  above: boundedInt(0, LIMITS.capacity).optional().describe("Balks when more than this many cases are waiting."),
  p: z.array(Share).min(1).max(MAX_BALK_ENTRIES).optional().describe("Balking probability by the number waiting it finds: p[0] with 0 waiting, p[1] with 1, …; the last entry holds beyond."),
}).describe("A case that would have to wait refuses to join (balks): when the line is longer than a threshold (above) or with a probability by its length (p).");

const MessageSchema = strict({
  after: TimeValue.describe("Waiting time after which the caller is offered to leave a message, e.g. 2min."),
  p: Share.describe('Probability that the caller accepts, e.g. "60%".'),
  to: NameSchema.describe("Step where the message becomes work (a callback step, served by the same or another pool)."),
  priority: boundedInt(-LIMITS.priority, LIMITS.priority)
    .optional()
    .describe("Queue priority of the callback from then on, larger served first (default: the caller's own), e.g. -1 so that agents shared with live calls answer those first."),
}).describe("A second waiting limit: after `after` minutes in the line a caller may leave a message, which leaves the line and waits at the callback step instead.");

/** The admission keys of a step (merged into the step schema). */
export const StepAdmissionShape = {
  maxWaiting: boundedInt(0, LIMITS.capacity * 1_000).optional().describe("Most cases waiting in this step's line; a case that would have to wait beyond it is blocked (see whenFull)."),
  maxInSystem: boundedInt(1, LIMITS.capacity * 1_000).optional().describe("Most cases at this step, waiting plus in service; a case arriving when it is reached is blocked (see whenFull)."),
  whenFull: WhenFullSchema.optional(),
  balk: BalkSchema.optional(),
  patience: DistSchema.optional().describe("How long a case waits in this step's line before abandoning; overrides the source's patience here."),
  patienceByClass: z.record(NameSchema, DistSchema).optional().describe("Patience at this step for cases of the named classes; overrides patience."),
  message: MessageSchema.optional(),
  retry: RetrySchema.optional().describe("Retrials of cases blocked, balking or abandoning at this step; overrides the source's retry."),
} as const;

/** The admission keys of a pool: limits over every line the pool serves. */
export const PoolAdmissionShape = {
  maxWaiting: boundedInt(0, LIMITS.capacity * 1_000).optional().describe("Most cases waiting, over all the lines of the steps this pool performs; a case that would wait beyond it is blocked (its step's whenFull applies)."),
  maxInSystem: boundedInt(1, LIMITS.capacity * 1_000).optional().describe("Most cases waiting for or being served at the steps this pool performs; a case reaching one of them when it is reached is blocked (its step's whenFull applies)."),
} as const;

/** The admission keys of an arrival source. */
export const SourceAdmissionShape = {
  lines: LinesSchema.optional(),
  retry: RetrySchema.optional(),
} as const;
