/**
 * The compiled model: what the engine runs. Names have become integer ids and the step
 * table is a set of flat typed arrays.
 *
 * In the loan factory, "data entry" becomes step 1, the "clerks" pool becomes pool 0, and
 * "data entry seizes 1 clerk, takes triangular(5, 8, 15) minutes, then goes to review with
 * p = 0.9 or back to intake with p = 0.1" becomes a row of numbers: kind, a slice of the
 * resource-need arrays, a duration descriptor and a slice of the route arrays. Nothing here
 * depends on the replication: random-stream keys are derived per replication by the engine.
 */
import type { Appointments } from "./appointment-types.js";
import type { DistSpec } from "../../random/dist-spec.js";
import type { Sampler } from "../../random/dists.js";
import type { Calendar, DayFactor, Model, ProfileInterval } from "./model.js";
import type { CompiledAdmission } from "./compile-admission.js";
import type { CompiledRework } from "./compile-rework.js";
import type { CompiledHolds } from "./compile-holds.js";
import type { CompiledDowntime } from "./compile-downtime.js";
import type { CompiledAttributes } from "./compile-attributes.js";
import type { CompiledSkills } from "./compile-skills.js";
import type { CountSpec, RecordedArrivals, ScheduledDrop } from "./source-types.js";

/**
 * Step kinds (small ints; the engine dispatches on them with one switch per hook, each
 * case calling the kind's module under process/steps/). The code of a kind is its index
 * in `STEP_KINDS` (model.ts).
 */
/** A step that only takes time; it never waits and holds nothing (process/steps/delay.ts). */
export const STEP_DELAY = 0;
/** A step that seizes resource units for its duration (process/steps/service.ts). */
export const STEP_SERVICE = 1;
/** A step that sends parallel parts of the case down its branches (process/steps/fork.ts). */
export const STEP_FORK = 2;
/** A step where the parts of a fork meet again; the case waits there (process/steps/join.ts). */
export const STEP_JOIN = 3;
/** A step that collects cases into batches and processes each batch at once (process/steps/batch.ts). */
export const STEP_BATCH = 4;

/**
 * End-of-day rule codes of a step's waiting line (docs/model-language.md#end-of-day).
 * Undeclared lines are carried over, as carryOver, but the run reports them in a warning.
 */
export const EOD_UNDECLARED = 0;
/** Waiting cases wait for the next opening (a backlog). */
export const EOD_CARRY_OVER = 1;
/** Staff stay after closing until the waiting cases are served (overtime). */
export const EOD_SERVE = 2;
/** Waiting cases are sent away at closing (optionally coming back at the next opening). */
export const EOD_SEND_AWAY = 3;

/** Route kinds. */
export const ROUTE_EXIT = 0;
/** Always to one step. */
export const ROUTE_GOTO = 1;
/** To one of several steps by probability. */
export const ROUTE_BRANCH = 2;
/** To the first option whose attribute condition holds, else by the fallbacks (compile-attributes.ts). */
export const ROUTE_CONDITIONAL = 3;

/** Arrival-process kinds. */
export const ARRIVAL_RENEWAL = 0;
/** Poisson with a constant rate. */
export const ARRIVAL_RATE = 1;
/** Poisson with a time-of-day rate profile. */
export const ARRIVAL_PROFILE = 2;
/** By appointment: the booked slots of each working day (process/appointments.ts). */
export const ARRIVAL_APPOINTMENTS = 3;
/** Replayed from a recording (process/recorded-arrivals.ts). */
export const ARRIVAL_RECORDED = 4;
/** Drops at fixed times of day (process/scheduled-drops.ts). */
export const ARRIVAL_DROPS = 5;

/** The step table, as parallel arrays indexed by step id. */
export interface CompiledSteps {
  readonly count: number;
  readonly names: readonly string[];
  /** YAML path of each step as text, e.g. `steps[2]`. */
  readonly paths: readonly string[];
  /** STEP_DELAY, STEP_SERVICE or STEP_BATCH, from the model's explicit `kind`. */
  readonly kind: Int32Array;
  /** Needs of step s are entries needStart[s] .. needStart[s+1]-1. */
  readonly needStart: Int32Array;
  readonly needPool: Int32Array;
  readonly needUnits: Int32Array;
  /** Duration distribution of each step, minutes. */
  readonly duration: readonly DistSpec[];
  /** The same, compiled for zero-allocation sampling. */
  readonly durationSampler: readonly Sampler[];
  /** EOD_* code of each step's end-of-day rule (EOD_UNDECLARED for delay steps). */
  readonly endOfDay: Int32Array;
  /** 1 where the rule is sendAway with comeBack: the cases return at the next opening. */
  readonly comeBack: Uint8Array;
  /** ROUTE_EXIT, ROUTE_GOTO, ROUTE_BRANCH or ROUTE_CONDITIONAL. */
  readonly routeKind: Int32Array;
  /** Route options of step s are entries routeStart[s] .. routeStart[s+1]-1. */
  readonly routeStart: Int32Array;
  /** Cumulative probabilities (last one of a step is 1). */
  readonly routeCumulative: Float64Array;
  /** Target step id of each option; -1 = exit. */
  readonly routeTarget: Int32Array;
  /** Branch start steps of fork s are forkBranch[forkStart[s] .. forkStart[s+1]-1] (none for other kinds). */
  readonly forkStart: Int32Array;
  readonly forkBranch: Int32Array;
  /** A fork's join step, a join's fork step; -1 for other kinds. */
  readonly partner: Int32Array;
  /** A join's number of parts that release the case (all its fork's branches unless `need`); 0 for other kinds. */
  readonly joinNeed: Int32Array;
}

/** One arrival source. */
export interface CompiledSource {
  readonly name: string;
  readonly path: string;
  readonly cls: number;
  readonly priority: number;
  readonly firstStep: number;
  /** ARRIVAL_RENEWAL, ARRIVAL_RATE or ARRIVAL_PROFILE. */
  readonly arrivalKind: number;
  /** Inter-arrival distribution (renewal) or exponential(60 / rate) (rate). */
  readonly interarrival: DistSpec | null;
  /** `interarrival` compiled; null for profile sources. */
  readonly interarrivalSampler: Sampler | null;
  readonly profile: readonly ProfileInterval[] | null;
  /** Rate multiplier keeping case identity (thinning below 1, an extra stream above); 1 = none. */
  readonly rateFactor: number;
  /** Random busyness of each day (process/day-factor.ts); null = none. */
  readonly dayFactor: DayFactor | null;
  readonly patience: DistSpec | null;
  readonly patienceSampler: Sampler | null;
  /** The appointment schedule of an ARRIVAL_APPOINTMENTS source; absent otherwise. */
  readonly appointments?: Appointments;
  /** ARRIVAL_RECORDED: the recording; ARRIVAL_DROPS: the drops (absent otherwise). */
  readonly recorded?: RecordedArrivals;
  readonly drops?: readonly ScheduledDrop[];
  /** Cases each arrival of a rate source brings (absent: one); process/group-arrivals.ts. */
  readonly groupSize?: CountSpec;
}

/** One resource pool. */
export interface CompiledPool {
  readonly name: string;
  readonly path: string;
  readonly costPerHour: number;
  /** Cost per server-hour beyond the roster (overtime). */
  readonly overtimeCostPerHour: number;
  /** Steps that need this pool (the waiting lines it serves). */
  readonly steps: Int32Array;
}

/** Run settings with nulls resolved. */
export interface CompiledRun {
  /** Arrivals after this time are not generated; Infinity when unlimited. */
  readonly horizon: number;
  /** Total arrivals over all sources; Infinity when unlimited. */
  readonly maxArrivals: number;
  readonly warmup: number;
  readonly seed: number;
  readonly study: "terminating" | "steadyState";
}

/** A model ready to run; see the module comment. */
export interface CompiledModel {
  /** The model it was compiled from (names, calendar and shifts for capacity schedules). */
  readonly model: Model;
  readonly run: CompiledRun;
  /** Class names by class id. */
  readonly classes: readonly string[];
  readonly steps: CompiledSteps;
  readonly sources: readonly CompiledSource[];
  readonly pools: readonly CompiledPool[];
  /** The model's calendar (arrivals only while open). */
  readonly calendar: Calendar;
  /** Limits, balking, patience by step and class, messages, retrials and trunk lines; null or absent = none. */
  readonly admission?: CompiledAdmission | null;
  /** Errors and rework (compile-rework.ts); null when no step makes or detects errors. */
  readonly rework: CompiledRework | null;
  /** Resources held across steps (compile-holds.ts); null when no step seizes or releases. */
  readonly holds: CompiledHolds | null;
  /** Unplanned downtime of pools (compile-downtime.ts); null when no pool fails. */
  readonly downtime: CompiledDowntime | null;
  /** Case attributes and the rules reading them; absent or null when no source draws any. */
  readonly attributes?: CompiledAttributes | null;
  /** Skills-based routing, preemption and escalation tables (compile-skills.ts). */
  readonly skills: CompiledSkills;
}
