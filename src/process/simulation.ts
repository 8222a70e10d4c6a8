/**
 * One replication's event loop and case logic: arrivals, steps, seizes, releases, routing,
 * abandonment and capacity changes, over the compiled step table.
 *
 * A loan application arrives (EVENT_ARRIVAL), enters "intake": a pure delay, so it starts at
 * once and an EVENT_STEP_END is scheduled. At the end it releases nothing, routes to
 * "review", finds both analysts busy and joins the review line (with a patience timer if its
 * source has one). When an analyst finishes another case, the release serves the best
 * waiting case across every step that uses analysts (priority, then joining order) before the
 * finishing case moves on — so a rework loop back to review queues behind those waiting.
 * Each step is a small handler (switch on the step kind) returning a status, as simmer's
 * activities do: WAITING (activity scheduled, or in a line) or CONTINUE (a zero-time decision
 * step, passed straight through); the advance loop routes the case on until it waits or
 * leaves. No closure, promise or object is created per event.
 * INVARIANT: same compiled model + replication → the same sequence of observer calls.
 */
import { EventQueue } from "../engine/event-queue.js";
import { CaseTable } from "../engine/case-table.js";
import { BAND_ARRIVAL, BAND_CAPACITY, BAND_PATIENCE, BAND_STEP_END, BAND_STOP } from "../engine/bands.js";
import type { SimObserver } from "../stats/observer.js";
import {
  ROUTE_BRANCH, ROUTE_EXIT, STEP_DELAY, STEP_SERVICE, type CompiledModel, type CompiledSteps,
} from "../model/compile/compiled.js";
import { EVENT_ARRIVAL, EVENT_CAPACITY, EVENT_PATIENCE, EVENT_STEP_END, EVENT_STOP } from "./event-kinds.js";
import { WaitingLines } from "./waiting-lines.js";
import { PoolLevels } from "./resources.js";
import type { CaseDraws } from "./draws.js";
import type { ArrivalClock } from "./arrivals.js";
import type { CapacityTimeline } from "./capacity.js";
import { RunGuards, type SimulationLimits } from "./guards.js";
import { nextStepToServe } from "./dispatch.js";
import { STATUS_CONTINUE, STATUS_WAITING } from "./step-status.js";

/** What a finished replication reports besides the observer's data. */
export interface SimulationOutcome {
  readonly events: number;
  /** Time the replication ended, minutes. */
  readonly endTime: number;
}

/** Everything a replication needs, already keyed to its replication number. */
export interface SimulationSetup {
  readonly compiled: CompiledModel;
  readonly replication: number;
  readonly observer: SimObserver;
  readonly draws: CaseDraws;
  readonly arrivals: ArrivalClock;
  /** Capacity over time, one per pool. */
  readonly capacity: readonly CapacityTimeline[];
  readonly limits: SimulationLimits;
}

/** One replication in progress; call `run` once. */
export class Simulation {
  private readonly queue = new EventQueue();
  private readonly cases: CaseTable;
  private readonly lines: WaitingLines;
  private readonly pools: PoolLevels;
  private readonly steps: CompiledSteps;
  private readonly observer: SimObserver;
  private readonly guards: RunGuards;
  private readonly arrivalCount: Float64Array;
  private totalArrivals = 0;
  private activeSources = 0;
  private enqueueCounter = 0;
  /**
   * Time of the event being processed, minutes.
   * NOTE: handlers read the clock from here instead of taking it as an argument: a double
   * passed across a call that is not inlined is boxed, which would allocate per event.
   */
  private now = 0;

  /** Prepares an empty system; nothing is scheduled until `run`. */
  constructor(private readonly setup: SimulationSetup) {
    const { compiled } = setup;
    this.steps = compiled.steps;
    this.observer = setup.observer;
    this.cases = new CaseTable(this.steps.count);
    this.lines = new WaitingLines(this.steps.count);
    this.pools = new PoolLevels(compiled.pools.length, this.steps, this.observer);
    this.arrivalCount = new Float64Array(compiled.sources.length);
    this.guards = new RunGuards(compiled, setup.replication, setup.limits, this.cases, this.lines);
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
    const pools = this.pools;
    pools.flush(0);
    if (this.activeSources === 0 && this.stopsWhenEmpty()) return this.finish(0, 0);
    const queue = this.queue;
    const guards = this.guards;
    let events = 0;
    while (queue.pop()) {
      const t = queue.poppedTime;
      this.now = t;
      guards.now = t;
      if (++events > guards.maxEvents) guards.failEventBudget(events);
      const target = queue.poppedTarget;
      const kind = queue.poppedKind;
      guards.eventCase = kind === EVENT_STEP_END || kind === EVENT_PATIENCE ? target : -1;
      switch (kind) {
        case EVENT_STEP_END: this.endActivity(target); break;
        case EVENT_ARRIVAL: this.arrive(target); break;
        case EVENT_CAPACITY: this.changeCapacity(target); break;
        case EVENT_PATIENCE: this.abandon(target); break;
        case EVENT_STOP: return this.finish(events, t);
      }
      if (pools.changedCount > 0) pools.flush(t);
      if (kind === EVENT_CAPACITY) {
        guards.noteCapacityEvent();
        continue;
      }
      guards.noteProgress();
      if (this.activeSources === 0 && this.cases.inSystem === 0 && this.stopsWhenEmpty()) return this.finish(events, t);
    }
    if (this.cases.inSystem > 0) guards.failStuck();
    return this.finish(events, this.stopsWhenEmpty() ? guards.now : this.setup.compiled.run.horizon);
  }

  private stopsWhenEmpty(): boolean {
    const run = this.setup.compiled.run;
    return run.study === "terminating" || run.horizon === Infinity;
  }

  private start(): void {
    const { compiled, capacity, arrivals } = this.setup;
    for (let pool = 0; pool < compiled.pools.length; pool++) {
      this.pools.setCapacity(pool, capacity[pool].valueAt(0));
      const change = capacity[pool].nextChange(0);
      if (change < Infinity) this.queue.schedule(change, BAND_CAPACITY, EVENT_CAPACITY, pool);
    }
    if (compiled.run.maxArrivals > 0) {
      for (let source = 0; source < compiled.sources.length; source++) {
        const first = arrivals.next(source, 0, 0);
        if (first !== first) this.guards.failArrivalsNeverFit(source);
        if (first > compiled.run.horizon) continue;
        this.queue.schedule(first, BAND_ARRIVAL, EVENT_ARRIVAL, source);
        this.activeSources++;
      }
    }
    if (!this.stopsWhenEmpty()) this.queue.schedule(compiled.run.horizon, BAND_STOP, EVENT_STOP, 0);
  }

  private finish(events: number, endTime: number): SimulationOutcome {
    this.observer.onEnd(endTime);
    return { events, endTime };
  }

  /** A new case of `source` arrives and enters its first step. */
  private arrive(source: number): void {
    const t = this.now;
    const { sources, run } = this.setup.compiled;
    if (this.totalArrivals >= run.maxArrivals) {
      this.activeSources--;
      return;
    }
    const spec = sources[source];
    const cases = this.cases;
    const c = cases.allocate();
    if (cases.inSystem > this.guards.maxCasesInSystem) this.guards.failUnstable();
    const ordinal = this.setup.arrivals.ordinal(source, this.arrivalCount[source]++);
    this.totalArrivals++;
    cases.source[c] = source;
    cases.ordinal[c] = ordinal;
    cases.cls[c] = spec.cls;
    cases.priority[c] = spec.priority;
    cases.arrival[c] = t;
    cases.waited[c] = 0;
    this.observer.onArrival(t, c, spec.cls);
    const next = this.setup.arrivals.next(source, this.arrivalCount[source], t);
    if (next !== next) this.guards.failArrivalsNeverFit(source);
    if (next <= run.horizon && this.totalArrivals < run.maxArrivals) {
      this.queue.schedule(next, BAND_ARRIVAL, EVENT_ARRIVAL, source);
    } else {
      this.activeSources--;
    }
    this.advance(c, spec.firstStep);
  }

  /**
   * Moves case `c` into step `s` and on through every step that finishes at once, until it
   * waits (activity scheduled or in a line) or leaves the process (s = -1).
   */
  private advance(c: number, s: number): void {
    while (s >= 0) {
      if (this.enterStep(c, s) === STATUS_WAITING) return;
      s = this.routeFrom(c, s);
    }
    this.complete(c);
  }

  /** The step handler: dispatches on the step kind; returns a STATUS_* code. */
  private enterStep(c: number, s: number): number {
    const cases = this.cases;
    cases.step[c] = s;
    if (++cases.visits[c * this.steps.count + s] > this.guards.maxVisitsPerStep) this.guards.failEndlessLoop(c, s);
    switch (this.steps.kind[s]) {
      case STEP_DELAY:
        return this.startActivity(c, s, 0);
      case STEP_SERVICE:
        // INVARIANT: a non-empty line means its head cannot seize, so a newcomer cannot either.
        if (this.lines.length[s] === 0 && this.pools.canSeize(s)) {
          this.pools.seize(s);
          return this.startActivity(c, s, 0);
        }
        this.joinLine(c, s);
        return STATUS_WAITING;
    }
    return STATUS_WAITING;
  }

  /**
   * Starts the activity of case `c` at step `s`. A zero-time pure delay (a decision point)
   * finishes on the spot and returns STATUS_CONTINUE; otherwise its end is scheduled.
   */
  private startActivity(c: number, s: number, waited: number): number {
    const t = this.now;
    const cases = this.cases;
    const cls = cases.cls[c];
    const visit = cases.visits[c * this.steps.count + s] - 1;
    const duration = this.setup.draws.duration(s, cases.source[c], cases.ordinal[c], visit);
    if (!(duration >= 0 && duration < Infinity)) this.guards.failBadDraw(c, s, "duration", duration);
    this.observer.onStart(t, c, cls, s, waited);
    if (duration === 0 && this.steps.kind[s] === STEP_DELAY) {
      this.observer.onFinish(t, c, cls, s, 0);
      return STATUS_CONTINUE;
    }
    cases.activity[c] = duration;
    this.queue.schedule(t + duration, BAND_STEP_END, EVENT_STEP_END, c);
    return STATUS_WAITING;
  }

  /**
   * Case `c` finishes its activity: releases its units, lets the freed units serve the
   * waiting cases, then moves on to its next step or leaves.
   */
  private endActivity(c: number): void {
    const t = this.now;
    const cases = this.cases;
    const s = cases.step[c];
    this.observer.onFinish(t, c, cases.cls[c], s, cases.activity[c]);
    const next = this.routeFrom(c, s);
    if (this.steps.kind[s] === STEP_SERVICE) {
      this.pools.release(s);
      const { needStart, needPool } = this.steps;
      for (let i = needStart[s], end = needStart[s + 1]; i < end; i++) this.serveWaiting(needPool[i]);
    }
    this.advance(c, next);
  }

  /** The step case `c` goes to after step `s`; -1 = it leaves the process. */
  private routeFrom(c: number, s: number): number {
    const steps = this.steps;
    const kind = steps.routeKind[s];
    if (kind === ROUTE_EXIT) return -1;
    const first = steps.routeStart[s];
    if (kind !== ROUTE_BRANCH) return steps.routeTarget[first];
    const cases = this.cases;
    const visit = cases.visits[c * steps.count + s] - 1;
    const u = this.setup.draws.branch(s, cases.source[c], cases.ordinal[c], visit);
    const last = steps.routeStart[s + 1] - 1;
    for (let i = first; i < last; i++) if (u < steps.routeCumulative[i]) return steps.routeTarget[i];
    return steps.routeTarget[last];
  }

  /** Starts waiting cases on `pool` while its free units allow (see dispatch.ts). */
  private serveWaiting(pool: number): void {
    const using = this.setup.compiled.pools[pool].steps;
    for (;;) {
      const s = nextStepToServe(using, this.lines, this.cases, this.pools);
      if (s < 0) return;
      const c = this.lines.head[s];
      const waited = this.leaveLine(c, s);
      this.pools.seize(s);
      this.startActivity(c, s, waited);
    }
  }

  private joinLine(c: number, s: number): void {
    const t = this.now;
    const cases = this.cases;
    cases.enqueuedAt[c] = t;
    cases.enqueueOrder[c] = this.enqueueCounter++;
    this.lines.join(s, c, cases.priority);
    this.observer.onEnqueue(t, c, cases.cls[c], s);
    this.observer.onQueueLength(t, s, this.lines.length[s]);
    const source = cases.source[c];
    if (this.setup.compiled.sources[source].patience === null) return;
    const visit = cases.visits[c * this.steps.count + s] - 1;
    const patience = this.setup.draws.patience(s, source, cases.ordinal[c], visit);
    if (!(patience >= 0)) this.guards.failBadDraw(c, s, "patience", patience);
    cases.patienceEvent[c] = this.queue.schedule(t + patience, BAND_PATIENCE, EVENT_PATIENCE, c);
  }

  /** Takes case `c` out of the line of `s`; returns how long it waited there. */
  private leaveLine(c: number, s: number): number {
    const t = this.now;
    const cases = this.cases;
    this.lines.leave(s, c);
    this.observer.onQueueLength(t, s, this.lines.length[s]);
    const timer = cases.patienceEvent[c];
    if (timer >= 0) {
      this.queue.remove(timer);
      cases.patienceEvent[c] = -1;
    }
    const waited = t - cases.enqueuedAt[c];
    cases.waited[c] += waited;
    return waited;
  }

  /** Case `c` gives up waiting (its patience ran out). */
  private abandon(c: number): void {
    const t = this.now;
    const cases = this.cases;
    cases.patienceEvent[c] = -1;
    const s = cases.step[c];
    const waited = this.leaveLine(c, s);
    this.observer.onAbandon(t, c, cases.cls[c], s, waited);
    cases.release(c);
  }

  private complete(c: number): void {
    const t = this.now;
    const cases = this.cases;
    this.observer.onComplete(t, c, cases.cls[c], t - cases.arrival[c], cases.waited[c]);
    cases.release(c);
  }

  private changeCapacity(pool: number): void {
    const t = this.now;
    const timeline = this.setup.capacity[pool];
    this.pools.setCapacity(pool, timeline.valueAt(t));
    const change = timeline.nextChange(t);
    if (change < Infinity) this.queue.schedule(change, BAND_CAPACITY, EVENT_CAPACITY, pool);
    this.serveWaiting(pool);
  }
}
