/**
 * The proposal language: a proposal file names a base model and lists typed changes.
 *
 * "Account opening with RPA" is `extends: account-opening.yaml` plus changes such as
 * `- automateStep: { step: data entry, pool: rpa bots, capacity: 4, … }` and
 * `- removeStep: { step: second approval }`. Each change is a one-key mapping whose key is
 * the change kind; its parameters are checked here with the same building blocks as the
 * model schema, so a mistyped duration in a proposal is reported in the proposal file.
 * References (does step "aproval" exist?) are checked when the changes are applied.
 */
import { z } from "zod";
import { DistSchema } from "../schema/schema-dist.js";
import { CalendarSchema, LIMITS, NextSchema, StepSchema } from "../schema/schema.js";
import { bounded, boundedInt, NameSchema, Share, strict, TimeOfDay } from "../schema/schema-helpers.js";
import { LinesSchema, StepAdmissionShape } from "../schema/schema-admission.js";
import { BatchSchema } from "../schema/schema-batch.js";
import { AppointmentsSchema } from "../schema/schema-appointments.js";
import { DetectsSchema, ErrorsSchema } from "../schema/schema-rework.js";

const StepRef = NameSchema.describe("Name of a step of the base model.");
const PoolRef = NameSchema.describe("Name of a resource pool.");
const SourceRef = NameSchema.describe("Name of an arrival source.");
const Capacity = boundedInt(0, LIMITS.capacity);
const Cost = bounded(0, LIMITS.costPerHour);
const Rate = bounded(0, LIMITS.ratePerHour);
const Profile = z.record(TimeOfDay, Rate);
/** Shifts are checked as part of the merged model (their schema lives there). */
const Shifts = z.array(z.record(z.string(), z.unknown())).min(1).max(LIMITS.shifts);
/** A new step is checked when its change is read, before later changes use it. */
const StepSpec = StepSchema.describe("A full step, as in the model's steps list.");

/** The parameters of each change kind, as written in the proposal file. */
export const CHANGE_SCHEMAS = {
  setDuration: strict({ step: StepRef, duration: DistSchema }).describe("New handling time of a step."),
  setResource: strict({ step: StepRef, resource: PoolRef, units: boundedInt(1, LIMITS.capacity).optional() }).describe(
    "Another pool performs the step.",
  ),
  removeStep: strict({ step: StepRef }).describe("Removes a step; routes into it go to its successor."),
  mergeSteps: strict({
    steps: z.array(StepRef).min(2).max(100),
    name: NameSchema,
    duration: DistSchema.optional().describe("Default: a gamma with the summed mean and variance of the merged steps."),
    resource: PoolRef.optional().describe("Default: the first merged step's pool(s)."),
    errors: ErrorsSchema.optional().describe("Default: one error kind, wrong when any merged step's work was wrong (rate 1 − Π(1 − rate)), corrected where they were."),
    detects: DetectsSchema.optional().describe("Default: what the merged steps checked (a merged step's errors as the merged step's), each found with 1 − Π(1 − p)."),
  }).describe("One step does the work of several (one-stop handling); it takes the first step's place."),
  insertStep: strict({ after: StepRef.optional(), before: StepRef.optional(), step: StepSpec }).describe(
    "A new step after or before an existing one.",
  ),
  automateStep: strict({
    step: StepRef,
    pool: PoolRef.describe("Bot pool, new or existing."),
    capacity: Capacity.optional().describe("Number of bots; on an existing pool it replaces the pool's capacity and shift plan, as setCapacity does."),
    costPerHour: Cost.optional(),
    calendar: CalendarSchema.optional().describe("Bot hours (default for a new pool: always)."),
    duration: DistSchema,
    errorRate: Share.optional().describe("Share of cases sent back to reworkTo."),
    reworkTo: StepRef.optional().describe("Where errors go (default: the step itself)."),
  }).describe("RPA: a bot pool performs the step, with its own duration and error rate."),
  setCapacity: strict({ resource: PoolRef, capacity: Capacity.optional(), shifts: Shifts.optional() }).describe(
    "New headcount or shift plan of a pool.",
  ),
  addResource: strict({
    name: NameSchema,
    capacity: Capacity.optional(),
    costPerHour: Cost.optional(),
    calendar: CalendarSchema.optional(),
    shifts: Shifts.optional(),
  }).describe("A new pool."),
  scaleArrivals: strict({ source: SourceRef, factor: bounded(0, 1_000) }).describe(
    "Multiplies a source's arrival rate keeping the same customers (0.7 = 30% moved online: each arrival stays with probability 0.7; 1.2 = an extra 20% of new customers).",
  ),
  setArrivals: strict({
    source: SourceRef,
    ratePerHour: Rate.optional(),
    profile: Profile.optional(),
    interarrival: DistSchema.optional(),
  }).describe("New arrival rate, profile or inter-arrival time of a source."),
  setRouting: strict({ step: StepRef, next: NextSchema }).describe("Where cases go after a step."),
  setAppointments: strict({ source: SourceRef, appointments: AppointmentsSchema }).describe(
    "New appointment diary of a source (its whole appointments: block), e.g. shorter slots or two places in a slot; slots both diaries share keep the same customers.",
  ),
  setLines: strict({ lines: LinesSchema, source: SourceRef.optional().describe("Source whose own lines change (default: the lines shared by the model).") }).describe(
    "New number of trunk lines, of the model or of one source.",
  ),
  setAdmission: strict({ step: StepRef, ...StepAdmissionShape }).describe(
    "Sets admission rules of a step (limits, balking, patience, message, retry); keys not given stay as they were.",
  ),
  setBatch: strict({ step: StepRef, batch: BatchSchema }).describe('New release rules of a batch step (the whole batch: block), e.g. { step: file vouchers, batch: { at: ["12:00", "16:00"] } }; on another step it makes it a batch step.'),
} as const;

/** A change kind name. */
export type ChangeKind = keyof typeof CHANGE_SCHEMAS;

/** Every change kind, in documentation order. */
export const CHANGE_KINDS = Object.keys(CHANGE_SCHEMAS) as ChangeKind[];

/** The parameters of one change kind. */
export type ChangeParams<K extends ChangeKind> = z.infer<(typeof CHANGE_SCHEMAS)[K]>;

/** One validated change with its position in the `changes` list. */
export type Change = { [K in ChangeKind]: { readonly kind: K; readonly index: number; readonly params: ChangeParams<K> } }[ChangeKind];

/** The proposal file around the changes (the changes themselves are checked one by one). */
export const OverlaySchema = strict({
  extends: NameSchema.describe("Base model file, relative to this file."),
  name: NameSchema.describe("Title of the proposal."),
  description: z.string().max(100_000).optional(),
  run: z.record(z.string(), z.unknown()).optional().describe("Run settings that replace the base model's, key by key."),
  changes: z.array(z.unknown()).max(10_000).describe("The changes, applied in order."),
}).describe("A proposal: a base model and the changes that turn it into the proposed process.");

/** A proposal file as written. */
export type RawOverlay = z.infer<typeof OverlaySchema>;
