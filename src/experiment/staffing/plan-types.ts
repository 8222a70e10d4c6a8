/**
 * What the staffing planner is asked and what it answers: the request (pool, target, interval
 * width, shift rules), each planning interval's row and the verified plan.
 *
 * For the branch day: tellers, 80% within 5 minutes, 60-minute intervals, 8h and 4h shifts;
 * the plan is "1@09:00-13:00, 4@09:00-17:00, 2@10:00-14:00, 1@12:00-16:00" with a row per hour
 * (load, Erlang, required, scheduled, service level, occupancy).
 */
import type { RosterShift, ShiftRules } from "./roster.js";
import type { IntervalEstimate, MeasuredTarget, RosterScore } from "./verify.js";
import type { ModelIssue } from "../../model/source/issues.js";

/** What to plan for. */
export interface StaffRequest {
  readonly pool: string;
  /** Share and wait; with a class, only that class's cases are judged (the Erlang seed still takes every case's load). */
  readonly target: MeasuredTarget;
  /** Planning interval, minutes (15, 30 or 60). */
  readonly width: number;
  readonly rules: ShiftRules;
  /** Most simulate-and-re-solve rounds. */
  readonly rounds: number;
}

/** One planning interval of the result. */
export interface StaffInterval {
  readonly start: number;
  readonly arrivalsPerHour: number;
  /** Modified offered load, erlangs. */
  readonly offeredLoad: number;
  readonly analyticRequired: number;
  /**
   * The fewest staff the simulation showed enough here (shown-enough.ts): a simulated roster
   * met the target with this many, and none met it with fewer. Null when no simulated roster
   * met it, when no case reached it (no bound), and when a given roster is scored (nothing
   * was searched).
   */
  readonly required: number | null;
  readonly scheduled: number;
  readonly serviceLevel: IntervalEstimate;
  /** Busy staff-time over the staff-time at work: rostered, or busy past the roster (worked-time.ts); at most 1. */
  readonly occupancy: IntervalEstimate;
  /** The roster has no one to spare here (scheduled = required, as the simulation showed). */
  readonly binding: boolean;
  /** The lower 95% bound of the simulated service level is below the target. */
  readonly misses: boolean;
  /**
   * It misses, and raising its staff bought less than a tenth of the shortfall
   * (staff-response.ts): its waits do not come from this pool's capacity, so the planner
   * stopped raising it.
   */
  readonly beyondStaffing: boolean;
}

/** A verified roster. */
export interface StaffPlan {
  readonly model: string;
  readonly pool: string;
  readonly target: MeasuredTarget;
  readonly width: number;
  readonly seed: number;
  readonly replications: number;
  readonly roster: readonly RosterShift[];
  readonly rosterText: string;
  /** Roster cost plus the simulated mean overtime cost: what the roster costs to run. */
  readonly cost: number;
  /** Paid hours × cost per hour. */
  readonly rosterCost: number;
  /** The pool's simulated overtime cost (mean and 95% interval); null when the run reports none. */
  readonly overtimeCost: RosterScore["overtimeCost"];
  readonly paidHours: number;
  /**
   * Starts of the intervals whose offered load (every class's) is at or above the staff
   * scheduled: the pool is overloaded there, and the queue of the cases the target does not
   * judge grows without bound, whatever the judged class's service level says.
   */
  readonly overloaded: readonly number[];
  /** Staff-hours scheduled above the requirement the simulation showed (intervals without one count nothing). */
  readonly overCoverageHours: number;
  readonly abandonment: RosterScore["abandonment"];
  /** Cases carried over per closing at the staffed step: outside every interval (staff-output names them). */
  readonly carriedOver: RosterScore["carriedOver"];
  /** Cases per closing sent home from the staffed step that come back at its next opening: outside every interval too. */
  readonly cameBack: RosterScore["cameBack"];
  /** The step whose waits the target measures (the pool's first step). */
  readonly step: string | null;
  readonly intervals: readonly StaffInterval[];
  readonly rounds: number;
  /**
   * Starts of the intervals the search still had to try when `--rounds` stopped it (a
   * cheaper roster may meet the target); empty when the search ended by itself.
   */
  readonly untried: readonly number[];
  /** Every interval's lower bound meets the target. */
  readonly met: boolean;
  /** Every interval meets the target or is beyond staffing (the planner's goal). */
  readonly settled: boolean;
  /**
   * Present when the target leaves classes unjudged (stability.ts): `classes` are theirs,
   * `staff` per interval the fewest staff above the offered load of every class (the plan
   * never goes below it), and `held` the starts of the intervals that met the target and
   * were kept at that floor because the search would otherwise have tried fewer staff.
   */
  readonly stability?: { readonly classes: readonly string[]; readonly staff: readonly number[]; readonly held: readonly number[] };
}

/**
 * A plan with the warnings its roster gives the model (roster-checks.ts), or why there is
 * none (naming the intervals, or what the roster makes invalid).
 */
export type StaffOutcome = { readonly ok: true; readonly plan: StaffPlan; readonly warnings: readonly ModelIssue[] } | { readonly ok: false; readonly message: string };
