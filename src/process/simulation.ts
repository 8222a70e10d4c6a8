/**
 * One replication's event loop and the moves of a case through the steps: enter a step,
 * end an activity, route on, leave. New cases (new-cases.ts), routes (routing.ts) and
 * capacity changes (capacity-events.ts) have their own modules.
 *
 * A loan application arrives (EVENT_ARRIVAL), enters "intake": a pure delay, so it starts at
 * once and an EVENT_STEP_END is scheduled. At the end it releases nothing, routes to
 * "review", finds both analysts busy and joins the review line (with a patience timer if its
 * source has one). When an analyst finishes another case, the release serves the best
 * waiting case across every step that uses analysts (priority, then joining order) before the
 * finishing case moves on — so a rework loop back to review queues behind those waiting.
 * Each step kind's behaviour lives in its own module (steps/service.ts, steps/delay.ts),
 * called from the one switch per hook here (enter, end); a handler returns a status, as
 * simmer's activities do: WAITING (activity scheduled, or in a line) or CONTINUE (a
 * zero-time decision step, passed straight through); the advance loop routes the case on
 * until it waits or leaves. The event switch takes kinds from event-kinds.ts (whose order
 * is the same-time order); an unknown event or step kind throws an InvariantError. A case
 * moves through the states of case-states.ts. No closure, promise or object is created
 * per event.
 * INVARIANT: same compiled model + replication → the same sequence of observer calls.
 */
import { EventQueue } from "../engine/event-queue.js";
import { CaseTable } from "../engine/case-table.js";
import { InvariantError } from "../engine/errors.js";
import type { SimObserver } from "../stats/observer.js";
import {
  STEP_BATCH, STEP_DELAY, STEP_FORK, STEP_JOIN, STEP_SERVICE, type CompiledModel, type CompiledSteps,
} from "../model/compile/compiled.js";
import {
  EVENT_ARRIVAL, EVENT_BATCH_RELEASE, EVENT_CAPACITY, EVENT_ESCALATION, EVENT_MESSAGE_OFFER, EVENT_PATIENCE, EVENT_POOL_DOWN,
  EVENT_POOL_UP, EVENT_RETRIAL, EVENT_STEP_END, EVENT_STOP,
} from "./event-kinds.js";
import { CASE_ROUTING } from "./case-states.js";
import { enterDelay } from "./steps/delay.js";
import { enterFork } from "./steps/fork.js";
import { discardWithdrawn, enterJoin } from "./steps/join.js";
import { CaseFamilies } from "./families.js";
import { abandon, endService, enterService } from "./steps/service.js";
import { batchEvent, enterBatch, releaseAtEnd } from "./steps/batch.js";
import { BatchState } from "./batches.js";
import { WaitingLines } from "./waiting-lines.js";
import { PoolLevels } from "./resources.js";
import type { CaseDraws } from "./draws.js";
import type { ListedArrivals } from "./listed-arrivals.js";
import { RunGuards } from "./guards.js";
import { EndOfDayState } from "./end-of-day.js";
import { STATUS_DIVERT, STATUS_WAITING } from "./step-status.js";
import { AdmissionState } from "./admission.js";
import { offerMessage } from "./message-offer.js";
import { ReworkRun } from "./rework.js";
import { releaseHeldAt } from "./held.js";
import { DowntimeRun } from "./downtime.js";
import { CaseAttributes } from "./attributes.js";
import { SkillRuntime } from "./skill-runtime.js";
import { escalate } from "./escalation.js";
import { stepHooks } from "./step-hooks.js";
import { CHANGES_CAPACITY, TARGET_IS_CASE } from "./event-groups.js";
import type { SimulationOutcome, SimulationSetup } from "./simulation-setup.js";
import { arrive, retrial, startSources } from "./new-cases.js";
import { changeCapacity, startCapacity } from "./capacity-events.js";
import { routeFrom } from "./routing.js";

/** Events per call of the event loop (see `processEvents`). */
const EVENTS_PER_CALL = 65_536;

export type { SimulationOutcome, SimulationSetup } from "./simulation-setup.js";

/** One replication in progress; call `run` once. */
export class Simulation {
  // The run's state, read and written by the step modules (steps/*.ts) as well.
  readonly queue = new EventQueue();
  readonly cases: CaseTable;
  readonly lines: WaitingLines;
  readonly pools: PoolLevels;
  readonly compiled: CompiledModel;
  readonly steps: CompiledSteps;
  readonly observer: SimObserver;
  readonly draws: CaseDraws;
  readonly guards: RunGuards;
  readonly endOfDay: EndOfDayState;
  /** Parent/part links of forked cases (steps/fork.ts, steps/join.ts); empty without forks. */
  readonly families = new CaseFamilies();
  /** Limits, trunk lines, balking, messages and retrials; null when the model declares none. */
  readonly admission: AdmissionState | null;
  /** HOOK_* bits by step (step-hooks.ts): 0 for a step that uses no optional behaviour. */
  readonly hooks: Uint8Array;
  /** Skills mode by pool (non-zero: a skills step uses it). */
  readonly poolModes: Uint8Array;
  /** The step a handler returning STATUS_DIVERT sends the case to (an overflow step). */
  divertTo = -1;
  /** Errors and rework (rework.ts); null for a model without errors. */
  readonly rework: ReworkRun | null;
  /** Unplanned downtime of pools (downtime.ts); null when no pool fails. */
  readonly downtime: DowntimeRun | null;
  /** Attribute values per case slot; null when no source draws attributes. */
  readonly attributes: CaseAttributes | null;
  /** Skills routing, preemption and escalation state (skill-runtime.ts). */
  readonly skills: SkillRuntime;
  /** Batch steps' collections and batches; null when the model has no batch step. */
  readonly batches: BatchState | null;
  /** True when a new case needs more than the plain case's state (rework, attributes). */
  readonly arrivalHooks: boolean;
  /** True when the end of an activity may need more (parts of forks, held resources). */
  private readonly endHooks: boolean;
  /** Joining order across all lines (FIFO tie-break between steps sharing a pool). */
  enqueueCounter = 0;
  /** Arrivals so far by source, all sources, and sources still to send cases (new-cases.ts). */
  readonly arrivalCount: Float64Array;
  /** By source: the list of a listed source (appointments); null when no source is listed. */
  readonly listed: readonly (ListedArrivals | null)[] | null;
  totalArrivals = 0;
  activeSources = 0;
  /**
   * Time of the event being processed, minutes.
   * NOTE: handlers read the clock from here instead of taking it as an argument: a double
   * passed across a call that is not inlined is boxed, which would allocate per event.
   */
  now = 0;
  /** Events processed so far. */
  events = 0;

  /** Prepares an empty system; nothing is scheduled until `run`. */
  constructor(readonly setup: SimulationSetup) {
    const { compiled } = setup;
    this.compiled = compiled;
    this.steps = compiled.steps;
    this.draws = setup.draws;
    this.observer = setup.observer;
    this.cases = new CaseTable(this.steps.count);
    this.lines = new WaitingLines(this.steps.count);
    this.pools = new PoolLevels(compiled.pools.length, this.steps, this.observer);
    this.arrivalCount = new Float64Array(compiled.sources.length);
    this.guards = new RunGuards(compiled, setup.replication, setup.limits, this.cases, this.lines);
    this.endOfDay = new EndOfDayState(compiled);
    const rules = compiled.admission ?? null;
    this.admission = rules === null ? null : new AdmissionState(compiled, rules, setup.replication);
    this.hooks = stepHooks(compiled);
    this.rework = compiled.rework === null ? null : new ReworkRun(compiled, compiled.rework, setup.replication);
    this.downtime = compiled.downtime === null ? null : new DowntimeRun(compiled, compiled.downtime, setup.replication);
    this.attributes = compiled.attributes ? new CaseAttributes(compiled, compiled.attributes, setup.replication) : null;
    this.skills = new SkillRuntime(compiled);
    this.batches = BatchState.forModel(compiled, setup.replication);
    this.poolModes = compiled.skills.poolMode;
    this.listed = setup.arrivals.listed;
    this.arrivalHooks = this.rework !== null || this.attributes !== null || this.listed !== null;
    this.endHooks = compiled.holds !== null || compiled.steps.kind.includes(STEP_FORK);
  }

  /** Runs the replication to its end. Throws SimulationError on a runtime failure. */
  run(): SimulationOutcome {
    try {
      return this.loop();
    } catch (error) {
      throw this.guards.wrap(error);
    }
  }

  private loop(): SimulationOutcome {
    this.start();
    this.pools.flush(0);
    const stopsWhenEmpty = this.stopsWhenEmpty();
    if (this.activeSources === 0 && stopsWhenEmpty) return this.finish(0, 0);
    while (!this.processEvents(stopsWhenEmpty, this.events + EVENTS_PER_CALL));
    // NOTE: a run that stops when empty ends with its last event (or found cases stuck);
    // the others end with the stop event at the horizon.
    if (stopsWhenEmpty && this.cases.inSystem > 0) this.guards.failStuck();
    return this.finish(this.events, stopsWhenEmpty ? this.guards.now : this.compiled.run.horizon);
  }

  /**
   * Processes events until `events` reaches `limit` (returns false) or the run ends (the stop
   * event, an empty system when `stopsWhenEmpty`, an empty queue: returns true). The clock of
   * the last event is `guards.now`.
   * NOTE: the loop returns every EVENTS_PER_CALL events, so V8 optimises it as a function (not
   * only on a loop back edge) during the first replication, and the next one starts optimised.
   * Its exits run no code of their own: V8 deoptimises on reaching code it has no type feedback
   * for, so an exit first reached at the end of the first replication would discard the
   * optimised loop.
   */
  private processEvents(stopsWhenEmpty: boolean, limit: number): boolean {
    const queue = this.queue;
    const guards = this.guards;
    const pools = this.pools;
    const cases = this.cases;
    const batches = this.batches !== null;
    let ended = true;
    // With nothing left to happen, batches still collecting are released (steps/batch.ts).
    while (queue.pop() || (batches && releaseAtEnd(this) && queue.pop())) {
      const t = queue.poppedTime;
      this.now = t;
      guards.now = t;
      if (++this.events > guards.maxEvents) guards.failEventBudget(this.events);
      const target = queue.poppedTarget;
      const kind = queue.poppedKind;
      guards.eventCase = TARGET_IS_CASE[kind] !== 0 ? target : -1;
      if (kind === EVENT_STEP_END) this.endActivity(target);
      else if (kind === EVENT_ARRIVAL) arrive(this, target);
      else if (kind === EVENT_STOP) break;
      else this.otherEvent(kind, target);
      if (this.endOfDay.overtimePools > 0) this.endOfDay.releaseIdleOvertime(this);
      if (pools.changedCount > 0) pools.flush(t);
      if (CHANGES_CAPACITY[kind] !== 0) {
        guards.noteCapacityEvent();
        continue;
      }
      guards.noteProgress();
      if ((this.activeSources | cases.inSystem) === 0 && stopsWhenEmpty) break;
      if (this.events >= limit) {
        ended = false;
        break;
      }
    }
    return ended;
  }

  /** The event kinds other than a step end, an arrival and the stop: out of line, so the loop stays small. */
  private otherEvent(kind: number, target: number): void {
    switch (kind) {
      case EVENT_BATCH_RELEASE: batchEvent(this, target); break;
      case EVENT_CAPACITY: changeCapacity(this, target); break;
      case EVENT_RETRIAL: retrial(this, target); break;
      case EVENT_PATIENCE: abandon(this, target); break;
      case EVENT_MESSAGE_OFFER: offerMessage(this, target); break;
      case EVENT_POOL_DOWN: (this.downtime as DowntimeRun).down(this, target); break;
      case EVENT_POOL_UP: (this.downtime as DowntimeRun).up(this, target); break;
      case EVENT_ESCALATION: escalate(this, target); break;
      default: throw new InvariantError(`unknown event kind ${kind}`);
    }
  }

  stopsWhenEmpty(): boolean {
    const run = this.setup.compiled.run;
    return run.study === "terminating" || run.horizon === Infinity;
  }

  private start(): void {
    startCapacity(this);
    startSources(this);
    if (!this.stopsWhenEmpty()) this.queue.schedule(this.compiled.run.horizon, EVENT_STOP, 0);
    if (this.downtime !== null) this.downtime.start(this);
    this.endOfDay.initialise(this);
  }

  private finish(events: number, endTime: number): SimulationOutcome {
    this.observer.onEnd(endTime);
    return { events, endTime };
  }

  /** Moves case `c` (routing) into step `s` and on, as after an activity (a message to its callback step). */
  continueAt(c: number, s: number): void {
    this.advance(c, s);
  }

  /**
   * Moves case `c` into step `s` and on through every step that finishes at once, until it
   * waits (activity scheduled or in a line) or leaves the process (s = -1).
   */
  advance(c: number, s: number): void {
    while (s >= 0) {
      const status = this.enterStep(c, s);
      if (status === STATUS_WAITING) return;
      if (status === STATUS_DIVERT) {
        s = this.divertTo;
        continue;
      }
      if (this.compiled.holds !== null) releaseHeldAt(this, s);
      s = routeFrom(this, c, s);
    }
    this.complete(c);
  }

  /** The step switch: hands case `c` to the module of step `s`'s kind; returns a STATUS_* code. */
  private enterStep(c: number, s: number): number {
    const cases = this.cases;
    cases.step[c] = s;
    if (++cases.visits[c * this.steps.count + s] > this.guards.maxVisitsPerStep) this.guards.failEndlessLoop(c, s);
    if (this.rework !== null) this.rework.entered(this, c, s);
    const kind = this.steps.kind[s];
    if (kind === STEP_SERVICE) return enterService(this, c, s);
    if (kind === STEP_DELAY) return enterDelay(this, c, s);
    return this.enterOtherStep(c, s);
  }

  /** The step kinds other than service and delay: out of line, so `enterStep` stays small. */
  private enterOtherStep(c: number, s: number): number {
    switch (this.steps.kind[s]) {
      case STEP_FORK: return enterFork(this, c, s);
      case STEP_JOIN: return enterJoin(this, c, s);
      case STEP_BATCH: return enterBatch(this, c, s);
      default: throw unknownStepKind(this.steps, s);
    }
  }

  /**
   * Case `c` finishes its activity: its step's kind releases what it held (a service step
   * lets the freed units serve the waiting cases), then the case moves on or leaves.
   */
  private endActivity(c: number): void {
    const t = this.now;
    const cases = this.cases;
    const s = cases.step[c];
    cases.state[c] = CASE_ROUTING;
    this.observer.onFinish(t, c, cases.cls[c], s, cases.activity[c]);
    const next = routeFrom(this, c, s);
    const kind = this.steps.kind[s];
    if (kind === STEP_SERVICE) endService(this, s, c);
    else if (kind !== STEP_DELAY) throw unknownStepKind(this.steps, s);
    if (this.endHooks && this.afterEndHooks(c, s)) return;
    this.advance(c, next);
  }

  /** Case `c` has finished step `s` (a batch released it): routes it on until it waits or leaves. */
  continueFrom(c: number, s: number): void {
    if (this.cases.visitOffset[c] !== 0 && this.families.withdrawn[c] !== 0) return discardWithdrawn(this, c);
    this.advance(c, routeFrom(this, c, s));
  }

  /**
   * After the activity of case `c` at `s` ended and its kind released what it held: a withdrawn
   * part of a fork is discarded (true: nothing more to do), and resources held only up to `s` are given back.
   */
  private afterEndHooks(c: number, s: number): boolean {
    if (this.cases.visitOffset[c] !== 0 && this.families.withdrawn[c] !== 0) {
      discardWithdrawn(this, c);
      return true;
    }
    if (this.compiled.holds !== null) releaseHeldAt(this, s);
    return false;
  }

  private complete(c: number): void {
    const t = this.now;
    const cases = this.cases;
    if (this.rework !== null) this.rework.leave(this, c);
    this.observer.onComplete(t, c, cases.cls[c], t - cases.arrival[c], cases.waited[c]);
    if (this.admission !== null) this.admission.releaseLine(c);
    cases.release(c);
  }
}

/** The error for a step kind the event loop has no module for. */
function unknownStepKind(steps: CompiledSteps, s: number): InvariantError {
  return new InvariantError(`unknown step kind ${steps.kind[s]} at ${steps.paths[s]} "${steps.names[s]}"`);
}
