/**
 * Step statistics: waiting and handling time, queue length, visits, and the share of the
 * time in process spent at each step (the bottleneck indicator).
 *
 * If loan files spend on average 3 of their 10 hours in process waiting for or being handled
 * by credit review, credit review's share is 0.3. Waits count by start of service, handling
 * times by end of service, queue and in-service levels are time-averaged from warm-up on.
 * The share is (time-average cases waiting or in service at the step) / (time-average cases
 * in process): by Little's law, the share of total time in process spent at that step. A late
 * part of a first-of join (need: 1 of 2) that is still at work when the join releases its
 * case is moved from in service to late work: what it does after the case left is not the
 * case's time in process.
 */
import type { CollectorLayout } from "./observer.js";
import type { RunWindow, StepFacts } from "./kpis/facts.js";
import { timeOfDayHours, type BusinessHours } from "./business-clock.js";
import { PendingObservations } from "./pending-observations.js";
import { TimeWeighted } from "./time-weighted.js";
import { Welford } from "./welford.js";

class StepStats {
  visits = 0;
  readonly waits = new Welford();
  readonly services = new Welford();
  readonly queue: TimeWeighted;
  readonly inService: TimeWeighted;
  /** Late parts of a first-of join still in their activity after the join released their case. */
  readonly lateWork: TimeWeighted;

  constructor(warmup: number, binMinutes: number, bins: number | null, hours: BusinessHours | null) {
    this.queue = new TimeWeighted(warmup, bins === null ? null : new Float64Array(bins), binMinutes, hours);
    this.inService = new TimeWeighted(warmup);
    this.lateWork = new TimeWeighted(warmup);
  }
}

/**
 * Collects per-step statistics, indexed by step id.
 * NOTE: waits and handling times are queued (2 × step + 0 for a wait, 1 for a handling time)
 * and folded into the steps' accumulators when the queue is full or before they are read.
 */
export class StepCollector {
  private readonly steps: StepStats[] = [];
  private readonly pending = new PendingObservations();
  /** Start of the observation window (the layout's warm-up), minutes. */
  private readonly warmup: number;

  /** @param bins number of time-of-day bins for the queue series, or null for none. */
  constructor(layout: CollectorLayout, bins: number | null) {
    this.warmup = layout.warmup;
    for (let s = 0; s < layout.steps.length; s++) {
      this.steps.push(new StepStats(layout.warmup, layout.timeOfDayBinMinutes, bins, timeOfDayHours(layout.calendar)));
    }
  }

  /** Per-bin queue areas of step s (null without time-of-day bins). */
  queueByTimeOfDay(s: number): Float64Array | null {
    return this.steps[s].queue.byTimeOfDay;
  }

  /** A case started service at `step` after waiting `waited` minutes. */
  start(t: number, step: number, waited: number): void {
    const s = this.steps[step];
    s.inService.add(t, 1);
    if (t < this.warmup) return;
    s.visits += 1;
    if (this.pending.push(2 * step, waited, 0)) this.fold();
  }

  /** A case finished service at `step` that took `duration` minutes. */
  finish(t: number, step: number, duration: number): void {
    const s = this.steps[step];
    s.inService.add(t, -1);
    if (t >= this.warmup && this.pending.push(2 * step + 1, duration, 0)) this.fold();
  }

  /** A case in service at `step` was interrupted (it no longer counts as in service there). */
  interrupt(t: number, step: number): void {
    this.steps[step].inService.add(t, -1);
  }

  /** An interrupted case resumed its work at `step`. */
  resume(t: number, step: number): void {
    this.steps[step].inService.add(t, 1);
  }

  /**
   * `delta` = 1: a part in service at `step` became late (its case left: the rest of its
   * activity is not the case's time in process); −1: undone when that part is withdrawn,
   * right after its finish took it out of service. A part collected in a batch counts in the
   * step's line until its batch starts and in service from then: the −1 in service offsets
   * either, so the step's share never counts it after the release.
   */
  late(t: number, step: number, delta: number): void {
    const s = this.steps[step];
    s.inService.add(t, -delta);
    s.lateWork.add(t, delta);
  }

  /** The waiting line of `step` holds `length` cases from t on. */
  queueLength(t: number, step: number, length: number): void {
    this.steps[step].queue.set(t, length);
  }

  /** Accounts for time up to t (end of run). */
  flush(t: number): void {
    this.fold();
    for (const s of this.steps) {
      s.queue.flush(t);
      s.inService.flush(t);
      s.lateWork.flush(t);
    }
  }

  /** The facts of each step, by step id; `wipArea` is the integral of all cases in process. */
  facts(window: RunWindow, wipArea: number): StepFacts[] {
    this.fold();
    return this.steps.map((s) => ({ visits: s.visits, waits: s.waits, services: s.services, queue: s.queue, inService: s.inService, lateWork: s.lateWork, wipArea, window }));
  }

  /** Folds the queued waits and handling times into the steps' accumulators, in the order they happened. */
  private fold(): void {
    const { keys, first: values, count } = this.pending;
    for (let i = 0; i < count; i++) {
      const s = this.steps[keys[i] >> 1];
      if ((keys[i] & 1) === 0) s.waits.add(values[i]);
      else s.services.add(values[i]);
    }
    this.pending.count = 0;
  }
}
