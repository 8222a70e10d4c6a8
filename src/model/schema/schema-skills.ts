/**
 * The language of skills-based routing, preemption and escalation timers.
 *
 * A bank's phone centre answers mortgage calls with its mortgage specialists first and lets
 * the universal agents take the overflow (slower, 9 minutes instead of 6): `servedBy` lists
 * the pools in order of preference with their own handling time. A VIP call interrupts a
 * standard one at a pool declared `preempt: true`. A loan file not picked up within 2 working
 * days goes to the team lead: `escalate: { after: 2d, clock: working, to: team lead review }`.
 */
import { z } from "zod";
import { DistSchema } from "./schema-dist.js";
import { boundedInt, NameSchema, strict, taggedUnion, TimeValue } from "./schema-helpers.js";
import { LIMITS } from "./limits.js";

/** How a step picks among its free pools. */
export const CHOOSE_RULES = ["preference", "longestIdle", "random"] as const;
/** Which waiting work a freed agent of a pool takes. */
export const TAKES_RULES = ["priority", "ownFirst", "longestWaiting"] as const;

const ServedBySchema = strict({
  resource: NameSchema.describe("Pool that may serve the step."),
  units: boundedInt(1, LIMITS.capacity).optional().describe("Servers of that pool held at once (default 1)."),
  duration: DistSchema.optional().describe("Handling time when this pool serves (default: the step's duration); drawn from the same random number, so a faster pool is faster for the same case."),
});

/** `servedBy` of a step: pools in order of preference. */
export const ServedByListSchema = z
  .array(ServedBySchema)
  .min(2)
  .max(20)
  .describe("Skills-based routing: pools that may serve the step, most preferred first, e.g. [{ resource: mortgage specialists }, { resource: universal agents, duration: 9min }]. Not with resource or resources.");

/** `choose` of a step with servedBy. */
export const ChooseSchema = z
  .enum(CHOOSE_RULES)
  .describe("When several servedBy pools have a free agent: preference (the first in the list, default), longestIdle (the agent idle longest) or random.");

/** `takes` of a pool. */
export const TakesSchema = z
  .enum(TAKES_RULES)
  .describe("Which waiting case a freed agent of this pool takes among the steps it serves: priority (larger priority, then longest waiting; default), ownFirst (steps that list this pool first, then the longest waiting of the others) or longestWaiting.");

/** What happens to a case interrupted by a higher priority. */
export const PREEMPTED_RULES = ["resume", "restart", "send"] as const;

const PreemptRuleSchema = strict({
  interrupted: z
    .enum(PREEMPTED_RULES)
    .describe("The interrupted case: resume (back to the head of its line, later it resumes its remaining work), restart (back to the head of its line, later it starts over with its full duration) or send (it gives back its unit and goes on to the step sendTo)."),
  sendTo: NameSchema.optional().describe("With interrupted: send, the step the interrupted cases go to (a step that does not need this pool), e.g. callbacks."),
});

/** `preempt` of a pool or step. */
export const PreemptSchema = taggedUnion([z.boolean(), PreemptRuleSchema], "preempt")
  .describe("Preemptive priority: a case of higher priority that finds every server busy interrupts the lowest-priority case in service. true: the interrupted case goes back to the head of its line and later resumes its remaining work; or { interrupted: resume | restart | send, sendTo: <step> } (default false).");

/** `escalate` of a step. */
export const EscalateSchema = strict({
  after: TimeValue.describe("How long a case may wait in the step's line before it is escalated, e.g. 30min or 2d."),
  clock: z.enum(["elapsed", "working"]).optional().describe("elapsed (default): clock time; working: only the open hours of the model's calendar count."),
  since: z.enum(["joining", "arrival"]).optional().describe("joining (default): the time counts from joining this line; arrival: from the case's arrival in the process."),
  to: NameSchema.optional().describe("Step the escalated case is moved to (it leaves this line)."),
  priority: boundedInt(-LIMITS.priority, LIMITS.priority).optional().describe("Priority the escalated case is raised to (it stays in line, ahead of lower priorities)."),
  preempt: z.boolean().optional().describe("With priority, at a preemptive step: true lets the raised case interrupt a lower-priority case in service, as an arrival of that priority would (default false: it waits for a free server)."),
}).describe("Escalation timer: give to (move the case) or priority (raise it), e.g. { after: 2d, clock: working, to: team lead review } or { after: 30min, priority: 10 }.");

/** An escalation as written. */
export type RawEscalate = z.infer<typeof EscalateSchema>;
/** A servedBy list as written. */
export type RawServedBy = z.infer<typeof ServedByListSchema>;
