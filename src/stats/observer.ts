/**
 * The observer interface: how the engine reports what happens, without knowing what is
 * measured.
 *
 * When a loan application joins the analysts' queue, starts review after 12 minutes of
 * waiting and leaves the process 3 hours after it arrived, the engine calls `onEnqueue`,
 * `onStart` and `onComplete` with integer ids (class, step, pool) fixed at compile time.
 * The collectors in `collectors.ts` turn these calls into KPIs. Every method is called on
 * the hot path: implementations must not allocate per call.
 * INVARIANT: calls arrive in non-decreasing time order.
 */
export interface SimObserver {
  /** A case entered the system. */
  onArrival(t: number, caseSlot: number, cls: number): void;
  /** A case that came by appointment arrived (after onArrival); `appointment` = the slot time it was booked for. */
  onAppointment(t: number, caseSlot: number, cls: number, appointment: number): void;
  /** A customer of class `cls` booked for time t did not come (a no-show): no case is created. */
  onNoShow(t: number, cls: number): void;
  /**
   * A case that just arrived drew category `category` of the `attribute`-th categorical
   * attribute (numbered as `CollectorLayout.categories`); called after onArrival, at most once
   * per categorical attribute, never for a category its source does not draw.
   */
  onCategory(t: number, caseSlot: number, attribute: number, category: number): void;
  /** A case joined the waiting line of a step (it could not start at once). */
  onEnqueue(t: number, caseSlot: number, cls: number, step: number): void;
  /** A case started service at a step after waiting `waited` minutes (0 if it started at once). */
  onStart(t: number, caseSlot: number, cls: number, step: number, waited: number): void;
  /** A case finished service at a step that took `duration` minutes. */
  onFinish(t: number, caseSlot: number, cls: number, step: number, duration: number): void;
  /** A case left the system done; `cycleTime` = t - arrival time, `waited` = its total waiting. */
  onComplete(t: number, caseSlot: number, cls: number, cycleTime: number, waited: number): void;
  /** A case gave up waiting at a step after `waited` minutes. */
  onAbandon(t: number, caseSlot: number, cls: number, step: number, waited: number): void;
  /**
   * A service step closed (a pool it needs went to 0 rostered units) with `waiting` cases in
   * its line; its end-of-day rule then acts on them (see the three calls below).
   */
  onStepClosed(t: number, step: number, waiting: number): void;
  /**
   * A case waits at a closed step for its next opening (carryOver or no declared rule): at the
   * closing, or when it joins the line of a step already closed. `age` = t − its arrival time.
   */
  onCarryOver(t: number, caseSlot: number, cls: number, step: number, age: number): void;
  /**
   * A case was sent away from a closed step after `waited` minutes in its line; it leaves the
   * system unless `returns` (it rejoins the line at the step's next opening).
   */
  onSendAway(t: number, caseSlot: number, cls: number, step: number, waited: number, returns: boolean): void;
  /**
   * A case sent away with comeBack is back at `step`'s opening after `away` minutes away
   * (its wait before being sent away counts in this visit's wait, reported at its start).
   */
  onComeBack(t: number, caseSlot: number, cls: number, step: number, away: number): void;
  /**
   * A case was blocked at a full step (maxWaiting, maxInSystem), or at arrival when every
   * trunk line was busy (`step` = -1: a busy signal). With `overflow` it goes on to the
   * step's overflow step; otherwise it leaves the process (then onRetrial or onLost follows).
   */
  onBlocked(t: number, caseSlot: number, cls: number, step: number, overflow: boolean): void;
  /** A case refused to join the line of a step (balked); it leaves (onRetrial or onLost follows). */
  onBalk(t: number, caseSlot: number, cls: number, step: number): void;
  /** A caller left a message after waiting `waited` minutes at a step; the case goes on to the callback step. */
  onMessage(t: number, caseSlot: number, cls: number, step: number, waited: number): void;
  /** A customer who was blocked, balked or abandoned tries again: the same case re-enters the process. */
  onRetrial(t: number, caseSlot: number, cls: number): void;
  /**
   * A case left the process unserved for good (abandoned, blocked, balked or sent away with
   * no retrial left); called only for models with admission rules.
   */
  onLost(t: number, caseSlot: number, cls: number): void;
  /** A case started service at a servedBy step, served by option `option` (compiled option id; after onStart). */
  onSkillStart(t: number, caseSlot: number, step: number, option: number): void;
  /** A case in service at a preemptive step was interrupted with `remaining` minutes of work left; it goes back to the line. */
  onPreempt(t: number, caseSlot: number, cls: number, step: number, remaining: number): void;
  /** A case just interrupted at `step` (after onPreempt) goes on to step `target` instead of waiting to resume (preempt interrupted: send). */
  onPreemptSent(t: number, caseSlot: number, cls: number, step: number, target: number): void;
  /** An interrupted case resumed its remaining work after waiting `waited` minutes since the interruption (no new onStart). */
  onResume(t: number, caseSlot: number, cls: number, step: number, waited: number): void;
  /** A waiting case was escalated at a step after `waited` minutes in its line: `moved` on to another step, else raised in priority. */
  onEscalate(t: number, caseSlot: number, cls: number, step: number, waited: number, moved: boolean): void;
  /**
   * A batch step closed a batch of `size` cases (process/steps/batch.ts); `waitSum` = the sum
   * over its cases of the time since each joined; `trigger`: 0 size reached, 1 a time of day,
   * 2 the oldest case's maxWait, 3 released at the end of the run (nothing else could close it).
   */
  onBatch(t: number, step: number, size: number, waitSum: number, trigger: number): void;
  /** A pool's busy units or rostered capacity changed (time-weighted utilisation and cost). */
  onPoolLevel(t: number, pool: number, busy: number, capacity: number): void;
  /** The number of cases waiting at a step changed. */
  onQueueLength(t: number, step: number, length: number): void;
  /** The replication ended at time t (flush time-weighted statistics). */
  onEnd(t: number): void;
  /** A case passed fork step `fork` and waits at `join` for its parts (they are created next). */
  onFork(t: number, caseSlot: number, cls: number, fork: number, join: number): void;
  /** Fork `fork` created a part of case `parentSlot` in `partSlot` for branch `branch` (0-based). */
  onPartStart(t: number, partSlot: number, parentSlot: number, cls: number, fork: number, branch: number): void;
  /** A part reached its join `join`, `sinceFork` minutes after its fork; its slot is free after this call. */
  onPartJoin(t: number, partSlot: number, parentSlot: number, cls: number, join: number, branch: number, sinceFork: number): void;
  /**
   * The join released the case while its part `partSlot` is in an activity at `step`, or
   * collected in a batch there: the part finishes it (onFinish, then onPartWithdrawn; in a
   * batch first onStart when the batch starts), but from now on it is work after the case left.
   */
  onPartLate(t: number, partSlot: number, step: number): void;
  /**
   * A late part of a k-of-n join was withdrawn at step `step` (it left a line, finished the
   * activity in hand, or was waiting for its own parts); its slot is free after this call.
   */
  onPartWithdrawn(t: number, partSlot: number, cls: number, join: number, step: number, branch: number): void;
  /**
   * Join `join` released the case: `span` minutes after its fork; `syncDelay` = the minutes
   * the `parts` counted parts waited there in total; `critical` = the branch whose part
   * arrived last (it released the join).
   */
  onJoin(t: number, caseSlot: number, cls: number, join: number, span: number, syncDelay: number, parts: number, critical: number): void;
  /**
   * A case finished its `visit`-th visit (0-based) at a step that makes errors; `erroneous`
   * when the work of this visit is wrong (the case now carries the error).
   */
  onStepError(t: number, caseSlot: number, cls: number, step: number, visit: number, erroneous: boolean): void;
  /** Step `step` found a pending error made at step `origin`; the case goes to rework. */
  onErrorFound(t: number, caseSlot: number, cls: number, step: number, origin: number): void;
  /** A case is leaving done while still carrying an undetected error made at step `origin`. */
  onErrorEscaped(t: number, caseSlot: number, cls: number, origin: number): void;
  /**
   * Just before `onComplete` of a model with errors: the case's step visits, the times it was
   * sent to rework, and the minutes it spent in rework (from each first detection until it
   * was back at the step that detected it).
   */
  onCaseRework(t: number, caseSlot: number, cls: number, visits: number, reworks: number, reworkTime: number): void;
  /** A pool failed (unplanned downtime), stopping `interrupted` activities in progress on it. */
  onPoolDown(t: number, pool: number, interrupted: number): void;
  /** A failed pool was repaired; `resumed` interrupted activities go on (resumed or restarted). */
  onPoolUp(t: number, pool: number, resumed: number): void;
  /**
   * A failure of `pool` sent a case at `step` elsewhere (downtime `interrupted: send`): out of
   * its activity (`inActivity`, after onPoolDown counted it) or out of the step's line.
   */
  onSentElsewhere(t: number, caseSlot: number, cls: number, step: number, pool: number, inActivity: boolean): void;
}

import type { BusinessHours } from "./business-clock.js";

/**
 * What the collectors need to know about a compiled model, as plain data (stats imports
 * nothing from the engine). Indices match the integer ids the engine passes to the observer.
 */
export interface CollectorLayout {
  /** Observations before this time are discarded, minutes. */
  readonly warmup: number;
  /**
   * Categorical case attributes, in the numbering of `onCategory`, with their category names
   * by code (KPIs per category). Absent: none.
   */
  readonly categories?: readonly { readonly attribute: string; readonly names: readonly string[] }[];
  /** Case class names, by class id. */
  readonly classes: readonly string[];
  /** Step names, by step id. */
  readonly steps: readonly string[];
  /**
   * True, by step id, where the step needs resources (a case can wait for it); false for a
   * pure delay, whose starts always have a wait of 0. The time-of-day "mean wait of cases
   * starting service" counts starts at queueing steps only. Absent: every step counts.
   */
  readonly queueingSteps?: readonly boolean[];
  /** Resource pools, by pool id; overtime (busy beyond the roster) costs `overtimeCostPerHour` (default costPerHour). */
  readonly pools: readonly { readonly name: string; readonly costPerHour: number; readonly overtimeCostPerHour?: number }[];
  /**
   * Step ids where late parts of a first-of join (need below its branches) can be at work after
   * their case left: every service and delay step of such a model. Absent: no such join.
   */
  readonly lateWorkSteps?: readonly number[];
  /**
   * Step ids inside a fork's branches (before its join), ascending: a case's parts can be at
   * such a step at once, so its share of the time in process may pass 1. Absent: no fork.
   */
  readonly branchSteps?: readonly number[];
  /** Step ids whose cases sent away at closing come back (sendAway with comeBack), ascending. Absent: none. */
  readonly comeBackSteps?: readonly number[];
  /** By step id: true where an end-of-day rule is declared (absent: none is). Undeclared overnight waits are warned about. */
  readonly endOfDayDeclared?: readonly boolean[];
  /** Service-level targets; `cls`/`step` are -1 for "all classes" / "total waiting". */
  readonly serviceLevels: readonly {
    readonly name: string;
    readonly cls: number;
    readonly step: number;
    /** Threshold, minutes: on waiting time, or on cycle time when `measure` is cycleTime. */
    readonly maxWait: number;
    readonly target: number;
    /** What the threshold applies to (absent: wait). */
    readonly measure?: "wait" | "cycleTime";
    /** elapsed: clock time; working: the calendar's open hours only (absent: elapsed). */
    readonly clock?: "elapsed" | "working";
  }[];
  /** Width of the time-of-day bins (slots), minutes: 15, 30 or 60. */
  readonly timeOfDayBinMinutes: number;
  /**
   * The operation's opening hours (the business clock): time-of-day series cover open days
   * only, throughput is also given per open hour and day, cycle times also in working time.
   * Absent: open 24/7.
   */
  readonly calendar?: BusinessHours;
  /**
   * terminating: every replication covers the whole study days (a replication that has ended
   * contributes an empty system to the time-of-day series); steadyState: the window ends with
   * the run. Absent: steadyState.
   */
  readonly study?: "terminating" | "steadyState";
  /** Time after which no case arrives, minutes (Infinity or absent: none). */
  readonly horizon?: number;
  /** The pools each step seizes, by step id (for output per staff hour). Absent: none known. */
  readonly stepPools?: readonly (readonly number[])[];
  /**
   * The fork-join pairs, in fork step order (absent or empty: no fork): the fork and join
   * step ids and the first step name of each branch.
   */
  readonly forkJoins?: readonly { readonly fork: number; readonly join: number; readonly branches: readonly string[] }[];
  /** Class ids of the appointment sources, ascending (their appointment KPIs). Absent: no source books appointments. */
  readonly appointmentClasses?: readonly number[];
  /** Step ids of the batch steps, ascending (their batch KPIs). Absent: none. */
  readonly batchSteps?: readonly number[];
  /** Fixed cost per simulated day. */
  readonly fixedCostPerDay: number;
  /**
   * End of the run's warm-up, minutes: fixed costs count the simulated days from it (`warmup`,
   * where observation starts, may be later: a branch's first opening). Absent: `warmup`.
   */
  readonly warmupEnd?: number;
  /**
   * Present when the model declares admission rules (limits, trunk lines, balking, messages,
   * retrials): their KPIs are reported, and with `lines` the busy-signal rate by time of day.
   */
  readonly admission?: { readonly lines: boolean };
  /** Errors and rework: the step ids that make errors and those that detect them. Absent: the model has none. */
  readonly rework?: { readonly errorSteps: readonly number[]; readonly detectSteps: readonly number[] };
  /** Pool ids that fail at random (unplanned downtime). Absent: none does. */
  readonly downtimePools?: readonly number[];
  /** Pool ids whose failures send work elsewhere (`interrupted: send`). Absent: none does. */
  readonly sendingPools?: readonly { readonly pool: number; readonly steps: readonly number[] }[];
  /** servedBy options by compiled option id: the step and the pool's name (absent: none). */
  readonly skillOptions?: readonly { readonly step: number; readonly pool: string }[];
  /** Preemptive steps by step id (absent: none). */
  readonly preemptiveSteps?: readonly number[];
  /** Preemptive steps that send their interrupted cases elsewhere, by step id (absent: none). */
  readonly preemptSendSteps?: readonly number[];
  /** Steps with an escalation timer; `moves`: it takes the case out of the line (absent: none). */
  readonly escalationSteps?: readonly { readonly step: number; readonly moves: boolean }[];
  /** Steady-state runs with a horizon: how the warm-up series is kept. Absent: no series (terminating studies). */
  readonly warmupSeries?: WarmupSeriesSpec;
}

/**
 * The warm-up series of a steady-state run: time-averaged cases in process over slices of
 * [0, horizon]. A 24/7 model uses WARMUP_SLICES equal slices batched by 5 (MSER-5); a model
 * with opening hours or shifts uses whole days (whole weeks beyond 500 days), so the daily
 * rhythm is not mistaken for a transient.
 */
export interface WarmupSeriesSpec {
  readonly horizon: number;
  /** Slice width, minutes. */
  readonly sliceMinutes: number;
  /** Slices per MSER batch. */
  readonly batch: number;
}
