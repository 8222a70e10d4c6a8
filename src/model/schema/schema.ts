/**
 * The model language: one zod schema from which the TypeScript types (`RawModel`), the
 * editor JSON Schema (docs/procsim.schema.json) and the key reference are all derived.
 *
 * A corporate account-opening process — applications arriving 6 an hour, clerks and
 * compliance officers, a 15% rework loop, a service level — is one `RawModel`: YAML keys are
 * exactly these field names. This is the *raw* form (units as written, defaults absent);
 * `normalize.ts` turns it into the `Model` contract. Objects are strict so a misspelt key is
 * caught; value ranges here are sanity limits, semantic rules live in `checks/`.
 */
import { z } from "zod";
import { DistSchema } from "./schema-dist.js";
import { BatchSchema } from "./schema-batch.js";
import {
  bounded,
  boundedInt,
  NameSchema,
  Share,
  strict,
  taggedUnion,
  TimeOfDay,
  TimeValue,
} from "./schema-helpers.js";
import { TIME_UNITS, WEEKDAYS, WEEKDAY_SETS } from "./units.js";
import { LIMITS } from "./limits.js";
import { LinesSchema, PoolAdmissionShape, SourceAdmissionShape, StepAdmissionShape } from "./schema-admission.js";
import { DetectsSchema, ErrorsSchema, ReleaseSchema, SeizeSchema } from "./schema-rework.js";
import { DowntimeSchema } from "./schema-downtime.js";
import { AttributeSchema, ConditionSchema, DurationSchema, PrioritySchema } from "./schema-attributes.js";
import { UseSchema } from "./schema-subprocess.js";
import { ClassesSchema } from "./schema-classes.js";
import { ChooseSchema, EscalateSchema, PreemptSchema, ServedByListSchema, TakesSchema } from "./schema-skills.js";
import { AppointmentsSchema } from "./schema-appointments.js";
import { CountSchema, DropsSchema, RecordedSchema } from "./schema-sources.js";

export { LIMITS } from "./limits.js";

const Days = taggedUnion(
  [z.enum(WEEKDAY_SETS), z.array(z.enum(WEEKDAYS)).min(1).max(7)],
  "days",
).describe('Working days: "weekdays" (Mon–Fri), "weekend", "all", or a list such as [mon, tue, wed].');

/** What happens to cases still waiting when a step closes (see docs/model-language.md#end-of-day). */
export const END_OF_DAY_RULES = ["serve", "sendAway", "carryOver"] as const;

const EndOfDaySchema = taggedUnion(
  [
    z.enum(END_OF_DAY_RULES),
    strict({
      rule: z.enum(END_OF_DAY_RULES).describe("serve, sendAway or carryOver."),
      comeBack: z.boolean().optional().describe("With sendAway: the cases sent away come back when the step next opens (default false)."),
    }),
  ],
  "endOfDay",
).describe(
  "What happens at closing to cases still waiting: serve (staff stay until they are served: overtime), sendAway (they leave unserved; with comeBack: true they return at the next opening) or carryOver (they wait for the next opening: a backlog). E.g. endOfDay: serve or { rule: sendAway, comeBack: true }.",
);

const OpeningHours = strict({
  open: TimeOfDay.describe("Opening time."),
  close: TimeOfDay.describe('Closing time (later than open; "24:00" for midnight).'),
  days: Days.optional().describe("Working days (default: weekdays)."),
  endOfDay: EndOfDaySchema.optional().describe("End-of-day rule of every step whose pools follow this calendar, unless the pool or step declares its own."),
});

/** Opening hours, or "always" for a 24/7 operation. */
export const CalendarSchema = taggedUnion([z.literal("always"), OpeningHours], "calendar").describe(
  'When the operation is open: "always" (24/7, the default) or { open: "09:00", close: "17:00", days: weekdays }.',
);

const RunSchema = strict({
  horizon: TimeValue.optional().describe("Simulated time after which no new case arrives, e.g. 20d (at most 100 years)."),
  maxArrivals: boundedInt(1, LIMITS.maxArrivals).optional().describe("Stop generating cases after this many arrivals in total."),
  warmup: TimeValue.optional().describe("Observations before this time are discarded (default 0)."),
  replications: boundedInt(1, LIMITS.replications).optional().describe("Independent replications (default 10)."),
  seed: boundedInt(0, LIMITS.seed).optional().describe("Master random seed (default 1)."),
  study: z
    .enum(["terminating", "steadyState"])
    .optional()
    .describe("terminating: a day that starts empty and ends when the last case leaves; steadyState: long-run averages (default: steadyState when warmup > 0, else terminating)."),
  slot: z
    .enum(["15min", "30min", "60min", "1h"])
    .optional()
    .describe("Width of the time slots of the through-the-day statistics and service level per slot: 15min, 30min or 60min (default 60min)."),
}).describe("How long each replication runs and how it is analysed. Give horizon and/or maxArrivals.");

/** What a random day factor is, for the describe texts of the model's and a source's. */
const DAY_FACTOR_TEXT =
  "Random busyness of each day: a distribution of values ≥ 0 (e.g. { gamma: { mean: 1, cv: 0.2 } }) drawn once per day that multiplies the arrival rate all that day (docs/model-language.md#random-day-factor).";

const ArrivalSchema = strict({
  name: NameSchema.describe("Unique name of the source."),
  class: NameSchema.optional().describe("Case class reported on (default: the source name)."),
  ratePerHour: bounded(0, LIMITS.ratePerHour).optional().describe("Mean arrivals per hour (Poisson); with profile, the mean over the open hours."),
  interarrival: DistSchema.optional().describe("Time between arrivals (a renewal process); not with ratePerHour or profile."),
  profile: z
    .record(TimeOfDay, bounded(0, LIMITS.ratePerHour))
    .optional()
    .describe('Arrivals per hour by time of day, e.g. { "09:00": 4, "11:00": 9 }: each rate holds until the next time (the last until closing). With ratePerHour it is only a shape.'),
  rateFactor: bounded(0, 1_000)
    .optional()
    .describe("Multiplies the arrival rate keeping the same customers: below 1 each arrival is kept with this probability, above 1 an extra independent stream adds the rest (default 1; written by scaleArrivals)."),
  dayFactor: DistSchema.optional().describe(DAY_FACTOR_TEXT + " This source's own, drawn apart from the model's (default: the model's dayFactor, if any)."),
  priority: PrioritySchema.optional(),
  patience: DistSchema.optional().describe("How long a case waits in a queue before abandoning (default: never abandons)."),
  attributes: z.record(NameSchema, AttributeSchema).optional().describe("Case attributes drawn once per case at arrival: amounts, page counts, segments (docs/model-language.md#case-attributes)."),
  start: NameSchema.optional().describe("Step the cases start at (default: the first step)."),
  ...SourceAdmissionShape,
  appointments: AppointmentsSchema.optional(),
  recorded: RecordedSchema.optional(),
  drops: DropsSchema.optional(),
  groupSize: CountSchema.optional().describe("Cases each arrival brings (batch arrivals: an envelope of applications), e.g. { 1: 70%, 2: 20%, 3: 10% }; with ratePerHour a compound Poisson source (default 1)."),
}).describe("A source of cases: customers, applications, calls.");

const ShiftSchema = strict({
  from: TimeOfDay.describe("Shift start."),
  to: TimeOfDay.describe("Shift end (later than from)."),
  capacity: boundedInt(0, LIMITS.capacity).describe("Servers on duty during the shift."),
  days: Days.optional().describe("Days the shift applies (default: the pool's working days)."),
});

const PoolSchema = strict({
  capacity: boundedInt(0, LIMITS.capacity).optional().describe("Servers on duty whenever open; with shifts only the nominal headcount (default: the largest shift)."),
  costPerHour: bounded(0, LIMITS.costPerHour).optional().describe("Cost per server per hour on duty (default 0)."),
  calendar: CalendarSchema.optional().describe("The pool's own opening hours, e.g. always for bots (default: the model calendar)."),
  shifts: z.array(ShiftSchema).min(1).max(LIMITS.shifts).optional().describe("Capacity by time of day; hours no shift covers have capacity 0."),
  endOfDay: EndOfDaySchema.optional().describe("End-of-day rule of the steps this pool performs, unless a step declares its own (default: the calendar's)."),
  overtimeCostPerHour: bounded(0, LIMITS.costPerHour).optional().describe("Cost per server per hour worked beyond the roster (default: costPerHour)."),
  ...PoolAdmissionShape,
  downtime: DowntimeSchema.optional(),
  takes: TakesSchema.optional(),
  preempt: PreemptSchema.optional(),
}).describe("A pool of interchangeable servers: tellers, analysts, RPA bots.");

const NeedSchema = strict({
  resource: NameSchema.describe("Pool name."),
  units: boundedInt(1, LIMITS.capacity).optional().describe("Servers held (default 1)."),
});

const BranchSchema = strict({
  to: NameSchema.describe('Step name or "exit".'),
  p: Share.optional().describe('Probability, 0–1 or a percentage such as "15%" (required unless the branch has if, or is the one fallback after conditions).'),
  if: ConditionSchema.optional().describe("Taken when the case's attribute satisfies this condition; conditions are tested in order, before the branches without one."),
});

/** Where a case goes after a step. */
export const NextSchema = taggedUnion(
  [NameSchema, z.array(BranchSchema).min(1).max(LIMITS.branches)],
  "next",
).describe('Next step: a step name, "exit", or branches [{ to, p }, …] whose p add up to 1, or conditional branches [{ to, if: { attribute: amount, above: 500000 } }, …, { to }] (default: the following step; the last step exits).');

export const StepSchema = strict({
  name: NameSchema.describe("Unique step name."),
  description: z.string().max(10_000).optional().describe("Free text."),
  kind: z.enum(["service", "delay", "fork", "join", "batch"]).optional().describe("service: holds its resources for the duration, waiting in line while they are busy; delay: only takes time, never waits; fork: sends parallel parts of the case down its branches; join: where the parts meet again; batch: collects cases and processes them together (give batch:) (default: batch when batch: is given, else service when resources are given, else delay)."),
  resource: NameSchema.optional().describe("Pool that performs the step."),
  units: boundedInt(1, LIMITS.capacity).optional().describe("Servers of that pool held at once (default 1)."),
  resources: z.array(NeedSchema).min(1).max(20).optional().describe("Several pools seized together, e.g. a clerk and a manager."),
  duration: DurationSchema.optional().describe('Handling time (without waiting): a distribution, { by: segment, values: { retail: 20min, sme: 45min } } or { scaleBy: pages, base: 30s }; required for service and delay steps, not given for fork and join.'),
  use: UseSchema.optional().describe('Run a named sub-process here instead of an activity: its steps are inserted, named "<this step>: <its step>" (a step with use has no resource or duration).'),
  next: NextSchema.optional(),
  branches: z.array(NameSchema).min(2).max(LIMITS.branches).optional().describe("Kind fork: the first step of each parallel part, e.g. [credit check, collateral valuation]; each part routes on from there until it reaches the join."),
  join: NameSchema.optional().describe("Kind fork: the join step where the parts meet; the case waits there and goes on along the join's next."),
  need: boundedInt(1, LIMITS.branches).optional().describe("Kind join: parts that must arrive to release the case (default: all branches of its fork); late parts finish their current step and are discarded at the join."),
  endOfDay: EndOfDaySchema.optional().describe("End-of-day rule of this step's waiting line (default: its pool's, else the calendar's)."),
  ...StepAdmissionShape,
  errors: ErrorsSchema.optional(),
  detects: DetectsSchema.optional(),
  seize: SeizeSchema.optional(),
  release: ReleaseSchema.optional(),
  servedBy: ServedByListSchema.optional(),
  choose: ChooseSchema.optional(),
  preempt: PreemptSchema.optional(),
  escalate: EscalateSchema.optional(),
  batch: BatchSchema.optional(),
}).describe("An activity; without resource it is a pure delay (e.g. waiting for the customer).");

const ServiceLevelSchema = strict({
  name: NameSchema.optional().describe("Label (default built from the target)."),
  maxWait: TimeValue.optional().describe("Waiting-time threshold, e.g. 5min or 30s (give maxWait or maxCycleTime)."),
  maxCycleTime: TimeValue.optional().describe("Turnaround threshold: time from arrival to completion, e.g. 4h or 2d (give maxWait or maxCycleTime)."),
  clock: z
    .enum(["elapsed", "working"])
    .optional()
    .describe("elapsed (default): clock time; working: only the open hours of the calendar count (a file in Friday 16:00, out Monday 10:00 took 2 working hours)."),
  target: Share.describe('Share of cases that should meet the threshold: 0.8 or "80%".'),
  class: NameSchema.optional().describe("Only cases of this class (default: all)."),
  step: NameSchema.optional().describe("Waiting at this step only (default: total waiting of the case)."),
}).describe('A target such as "80% of walk-in customers wait at most 5 minutes".');

/** Currency codes Intl knows (ISO 4217), e.g. "CNY", "EUR", "USD". */
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/** An ISO 4217 currency code. */
const CurrencySchema = z
  .string()
  .refine((code) => KNOWN_CURRENCIES.has(code), { message: 'not an ISO 4217 currency code in capitals; e.g. "CNY", "EUR", "USD"' });

/** The whole model file. */
export const ModelSchema = strict({
  name: NameSchema.describe("Model title."),
  description: z.string().max(100_000).optional().describe("Free text."),
  timeUnit: z.enum(Object.keys(TIME_UNITS) as [keyof typeof TIME_UNITS, ...(keyof typeof TIME_UNITS)[]]).optional().describe(
    "Unit of bare numbers in time values: s, min, h or d (default min).",
  ),
  calendar: CalendarSchema.optional(),
  run: RunSchema,
  arrivals: z.array(ArrivalSchema).min(1).max(LIMITS.arrivals).describe("Case sources."),
  dayFactor: DistSchema.optional().describe(DAY_FACTOR_TEXT + " One factor per day shared by every source without its own."),
  classes: ClassesSchema.optional(),
  resources: z.record(NameSchema, PoolSchema).optional().describe("Pools by name."),
  steps: z.array(StepSchema).min(1).max(LIMITS.steps).describe("The activities, in order (a step's default next is the following one)."),
  subprocesses: z
    .record(NameSchema, z.array(StepSchema).min(1).max(LIMITS.steps))
    .optional()
    .describe('Named groups of steps reused by steps with use: <name> (docs/model-language.md#sub-processes).'),
  serviceLevels: z.array(ServiceLevelSchema).max(1_000).optional().describe("Waiting-time targets."),
  fixedCostPerDay: bounded(0, LIMITS.costPerHour).optional().describe("Fixed cost per day of operation, e.g. licences (default 0)."),
  lines: LinesSchema.optional().describe("Trunk lines shared by every source without lines of its own: a call holds one from arrival until it leaves; a call finding all busy gets a busy signal."),
  currency: CurrencySchema.optional().describe("ISO 4217 code of the money amounts (costPerHour, fixedCostPerDay), e.g. CNY or EUR; reports name it (default: plain cost units)."),
  language: z.enum(["en", "zh"]).optional().describe("Language of the report and terminal text: en (English, default) or zh (Simplified Chinese); --lang overrides it."),
}).describe("A procsim process model.");

/** A model file as written (before normalisation). */
export type RawModel = z.infer<typeof ModelSchema>;
/** One arrival source as written. */
export type RawArrival = RawModel["arrivals"][number];
/** One pool as written. */
export type RawPool = NonNullable<RawModel["resources"]>[string];
/** One step as written. */
export type RawStep = RawModel["steps"][number];
/** A calendar as written. */
export type RawCalendar = z.infer<typeof CalendarSchema>;
/** An end-of-day rule as written. */
export type RawEndOfDay = z.infer<typeof EndOfDaySchema>;
/** A service level as written. */
export type RawServiceLevel = NonNullable<RawModel["serviceLevels"]>[number];
