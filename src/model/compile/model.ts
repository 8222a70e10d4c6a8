/**
 * The normalised model: what `normalizeModel` returns after the YAML has been parsed and
 * validated, and what `compileModel` consumes.
 *
 * A loan factory with three clerks, two analysts and a manager, open 09:00-17:00 on
 * weekdays, becomes one `Model`: every duration in minutes, every default filled in,
 * every route explicit, every element carrying the YAML path it came from so that a
 * runtime failure can point back at the file. Names are still names here; `compile`
 * turns them into integer ids.
 */
import type { Appointments } from "./appointment-types.js";
import type { DistSpec } from "../../random/dist-spec.js";
import type { RetryRule } from "./admission-model.js";
import type { AttributeSpec, PriorityRule } from "./attribute-types.js";
import type { TakesRule } from "./model-skills.js";
import type { CaseClassRules } from "./class-rules.js";
import type { PreemptedRule } from "./normalize-preempt.js";
import type { CountSpec, RecordedArrivals, ScheduledDrop } from "./source-types.js";
import type { Step } from "./step-model.js";

export type { BatchRule, ForkSpec, Route, Step, StepDetects, StepErrors, StepKind } from "./step-model.js";
export { STEP_KINDS } from "./step-model.js";

/** A YAML path such as `["steps", 2, "duration"]`. */
export type ModelPath = readonly (string | number)[];

/** Weekday flags, index 0 = Monday … 6 = Sunday. */
export type WeekdayFlags = readonly boolean[];

/** What happens at closing to cases still waiting at a step (docs/model-language.md#end-of-day). */
export type EndOfDayRule = "serve" | "sendAway" | "carryOver";

/**
 * A declared end-of-day rule. At 17:00 the tellers' shift ends with three customers still
 * in line: `serve` keeps the tellers until those three are served (overtime), `sendAway`
 * sends them home unserved (`comeBack`: they return when the counter next opens), and
 * `carryOver` leaves them waiting for the next opening (a back office's backlog).
 */
export interface EndOfDay {
  readonly rule: EndOfDayRule;
  /** With sendAway: the cases come back at the next opening. */
  readonly comeBack: boolean;
  readonly path: ModelPath;
}

/** When the operation is open. Simulation time 0 is Monday 00:00. */
export interface Calendar {
  /** True for a 24/7 operation (no calendar given, or `calendar: always`). */
  readonly always: boolean;
  /** Opening time, minutes after midnight. */
  readonly open: number;
  /** Closing time, minutes after midnight (> open). */
  readonly close: number;
  /** Working days. */
  readonly days: WeekdayFlags;
  /** Declared end-of-day rule of the steps under this calendar; absent or null = none declared. */
  readonly endOfDay?: EndOfDay | null;
}

/** How long a replication runs and how it is analysed. */
export interface RunSettings {
  /** Simulated time after which no new case arrives, minutes; null when limited by arrivals only. */
  readonly horizon: number | null;
  /** Stop generating after this many arrivals in total; null for no limit. */
  readonly maxArrivals: number | null;
  /** Observations before this time are discarded, minutes. */
  readonly warmup: number;
  readonly replications: number;
  readonly seed: number;
  /**
   * terminating: starts empty and, after the horizon, runs on until every case that arrived is
   * finished (a branch day). steadyState: stops at the horizon; cases still inside count as WIP.
   */
  readonly study: "terminating" | "steadyState";
  /** Width of the time-of-day slots of the through-the-day statistics, minutes: 15, 30 or 60 (absent: 60). */
  readonly slot?: number;
}

/** One interval of a time-of-day arrival profile. */
export interface ProfileInterval {
  /** Start, minutes after midnight; the interval runs to the next start (or to midnight). */
  readonly from: number;
  readonly ratePerHour: number;
}

/**
 * A random day factor: F_d drawn once per day d from `dist` (values ≥ 0) multiplies the
 * source's arrival rate all that day. Sources naming the same `stream` share their factors:
 * "" for the model's dayFactor, the source name for a source's own.
 */
export interface DayFactor {
  readonly dist: DistSpec;
  readonly stream: string;
}

/** A source of cases (customers, applications, calls). */
export interface ArrivalSource {
  readonly name: string;
  /** Case class reported on (defaults to the source name). */
  readonly class: string;
  /** Inter-arrival time distribution for a renewal process; null when rate/profile driven. */
  readonly interarrival: DistSpec | null;
  /** Constant Poisson rate; null when `interarrival` or `profile` is given. */
  readonly ratePerHour: number | null;
  /** Piecewise-constant Poisson rate by time of day (sorted by `from`); null if none. */
  readonly profile: readonly ProfileInterval[] | null;
  /**
   * Rate multiplier that keeps case identity (absent = 1): below 1 each arrival of the
   * unscaled stream is kept with this probability, above 1 an extra stream is superposed.
   */
  readonly rateFactor?: number;
  /** Random busyness of each day multiplying this source's rate (absent: none); day-factor.ts. */
  readonly dayFactor?: DayFactor;
  /** Larger is served first; default 0. */
  readonly priority: number;
  /** How long a case waits in a queue before it gives up; null = never abandons. */
  readonly patience: DistSpec | null;
  /** Case attributes drawn once per case (attribute-types.ts). */
  readonly attributes: Readonly<Record<string, AttributeSpec>>;
  /** Priority read from an attribute instead of `priority`; absent or null = the fixed priority. */
  readonly priorityBy?: PriorityRule | null;
  /** Name of the step the cases start at. */
  readonly firstStep: string;
  /** Trunk lines of this source's calls (absent: the model's lines, if any). */
  readonly lines?: number;
  /** Retrials of this source's customers (absent: none). */
  readonly retry?: RetryRule;
  /** Customers come by appointment (normalize-appointments.ts; absent: by rate, interarrival or profile). */
  readonly appointments?: Appointments;
  /** Arrivals replayed from a recording instead of a rate (absent: none); source-types.ts. */
  readonly recorded?: RecordedArrivals;
  /** Drops at fixed times of day instead of a rate (absent: none). */
  readonly drops?: readonly ScheduledDrop[];
  /** Cases each arrival brings (absent: one). */
  readonly groupSize?: CountSpec;
  readonly path: ModelPath;
}

/** A capacity window of a shift schedule. */
export interface Shift {
  readonly days: WeekdayFlags;
  /** Minutes after midnight. */
  readonly from: number;
  /** Minutes after midnight (> from). */
  readonly to: number;
  readonly capacity: number;
  readonly path: ModelPath;
}

/**
 * Unplanned downtime of a pool: up times drawn from `between`, repairs from `repair`; the
 * activities in progress at a failure resume or restart after the repair, or go to `sendTo`.
 */
export interface PoolDowntime {
  /** Up-time and repair distributions; null for scheduled outages. */
  readonly between: DistSpec | null;
  readonly repair: DistSpec | null;
  /** Scheduled outages [from, to), minutes since the start of the run; null for random failures. */
  readonly outages: readonly { readonly from: number; readonly to: number }[] | null;
  readonly interrupted: "resume" | "restart" | "send";
  /** With `send`: the step interrupted cases go to (absent otherwise). */
  readonly sendTo?: string;
  /** With `send`: true when the cases waiting for the pool at its failure go there too. */
  readonly sendWaiting?: boolean;
  readonly path: ModelPath;
}

/** A pool of interchangeable servers: tellers, analysts, RPA bots. */
export interface ResourcePool {
  readonly name: string;
  /** Capacity when no shift schedule is given (rostered during calendar open hours). */
  readonly capacity: number;
  readonly costPerHour: number;
  /** Shift schedule; null = `capacity` whenever the calendar is open. */
  readonly shifts: readonly Shift[] | null;
  /** Own calendar (e.g. bots 24/7); null = the model's calendar. */
  readonly calendar: Calendar | null;
  /** Declared end-of-day rule of the steps it performs; absent or null = none declared. */
  readonly endOfDay?: EndOfDay | null;
  /** Cost per server-hour beyond the roster; absent = costPerHour. */
  readonly overtimeCostPerHour?: number;
  /** Most cases waiting over all lines of the steps it performs (absent: no limit). */
  readonly maxWaiting?: number;
  /** Most cases waiting for or in service at those steps (absent: no limit). */
  readonly maxInSystem?: number;
  /** Random failures and repairs; absent or null = never fails. */
  readonly downtime?: PoolDowntime | null;
  /** Which waiting work a freed agent takes (absent: priority). */
  readonly takes?: TakesRule;
  /** Preemptive-resume priority at every step this pool serves (absent: false). */
  readonly preempt?: boolean;
  /** What happens to the cases its steps' preemptions interrupt (absent: they resume). */
  readonly preempted?: PreemptedRule;
  readonly path: ModelPath;
}

/** How much of which pool a step holds. */
export interface ResourceNeed {
  readonly resource: string;
  readonly units: number;
}

/** A service-level target such as "80% of customers wait at most 5 minutes". */
export interface ServiceLevel {
  readonly name: string;
  /** Case class it applies to; null = all cases. */
  readonly class: string | null;
  /** Step whose waiting counts; null = total waiting over the whole visit. */
  readonly step: string | null;
  /** Threshold, minutes: on waiting time, or on cycle time when `measure` is cycleTime. */
  readonly maxWait: number;
  /** What the threshold applies to (absent: wait). */
  readonly measure?: "wait" | "cycleTime";
  /** elapsed: clock time; working: open hours of the calendar only (absent: elapsed). */
  readonly clock?: "elapsed" | "working";
  /** Target share in (0, 1]. */
  readonly target: number;
  readonly path: ModelPath;
}

/** A validated, normalised process model. Time is in minutes throughout. */
export interface Model {
  readonly name: string;
  readonly description: string;
  /** The file it was loaded from, if any (for messages). */
  readonly sourceFile: string | null;
  readonly calendar: Calendar;
  readonly run: RunSettings;
  readonly arrivals: readonly ArrivalSource[];
  readonly resources: readonly ResourcePool[];
  readonly steps: readonly Step[];
  readonly serviceLevels: readonly ServiceLevel[];
  /** Fixed costs per day of operation (e.g. licences), added to total cost. */
  readonly fixedCostPerDay: number;
  /** Trunk lines shared by the sources without their own (absent: none). */
  readonly lines?: number;
  /** ISO 4217 code of the money amounts, e.g. "CNY"; absent = plain cost units. */
  readonly currency?: string;
  /** Language of the report and terminal text ("zh": Simplified Chinese); absent = English. */
  readonly language?: "en" | "zh";
  /** Rules by case class, e.g. patience at every line (absent: none declared). */
  readonly classes?: Readonly<Record<string, CaseClassRules>>;
}
