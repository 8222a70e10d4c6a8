/**
 * The collector: the SimObserver the engine is given for one replication, turning its hook
 * calls into a RepResult (KPIs, histograms, time-of-day series).
 *
 * A day at a branch produces a few thousand calls (arrival, start at the counter, finish,
 * teller busy count changed, …); the collector folds each into fixed-size accumulators
 * sized from the layout at creation, and `result()` reads them out once at the end.
 * Observations before `layout.warmup` are discarded: waits by start time, cycle times by
 * completion time, arrivals by arrival time, time-weighted levels from warm-up on.
 * The engine must report each pool's initial level (`onPoolLevel` at time 0). A terminating
 * day that empties at 16:50 still pays its tellers to 17:00: given the pools' rosters, the
 * collector counts rostered time to the roster's end (at most the horizon).
 */
import type { CollectorLayout, SimObserver } from "./observer.js";
import type { RepResult } from "./result-types.js";
import { CaseArrivals } from "./case-arrivals.js";
import { CasePools } from "./case-pools.js";
import { CaseCollector } from "./collect-cases.js";
import { PoolCollector, type RosterTimeline } from "./collect-pools.js";
import { ServiceLevelCollector } from "./collect-service-levels.js";
import { FeatureHooks } from "./collector-feature-hooks.js";
import { replicationResult, type CollectorParts } from "./collector-result.js";
import { EndOfDayCollector } from "./collect-end-of-day.js";
import { WarmupSeries } from "./warmup-series.js";
import { JoinCollector } from "./collect-joins.js";

/** An observer that can also report what it observed. */
export interface Collector extends SimObserver {
  /**
   * The replication's result. `endTime` (minutes) closes the observation window; time-weighted
   * levels are accounted up to it if `onEnd` was not called.
   */
  result(replication: number, events: number, endTime: number): RepResult;
}

/**
 * Creates the collector for one replication of a model with this layout; `rosters` (by pool
 * id) let a terminating study count rostered time to the end of the roster.
 */
export function createCollector(layout: CollectorLayout, rosters: readonly RosterTimeline[] = []): Collector {
  return new ReplicationCollector(layout, rosters);
}

class ReplicationCollector extends FeatureHooks implements Collector, CollectorParts {
  readonly cases: CaseCollector;
  readonly pools: PoolCollector;
  readonly serviceLevels: ServiceLevelCollector;
  readonly endOfDay: EndOfDayCollector;
  private readonly arrivals = new CaseArrivals();
  readonly joins: JoinCollector;
  /** Pools that served each case in process; null without pools or step-pool layout. */
  readonly casePools: CasePools | null;
  /** NOTE: without service levels, arrival times per case slot are never read: not kept. */
  private readonly hasServiceLevels: boolean;
  /** Steady-state runs only (null otherwise): cases in process by slice, for MSER-5. */
  readonly warmupSeries: WarmupSeries | null;
  private endedAt = -Infinity;
  /** Parts whose case the join released while they were in an activity or a batch (onPartLate), until withdrawn. */
  private readonly lateParts = new Set<number>();
  /** True when any optional collector (categories, admission) hears arrivals, starts or completions. */
  private readonly optional: boolean;
  /** NOTE: one flag per hot hook keeps the common path small enough to inline into the event loop. */
  private readonly arrivalExtras: boolean;
  private readonly startExtras: boolean;
  private readonly completeExtras: boolean;

  constructor(
    layout: CollectorLayout,
    readonly rosters: readonly RosterTimeline[],
  ) {
    super(layout);
    const bins = this.timeOfDay.bins;
    this.cases = new CaseCollector(layout, new Float64Array(bins));
    this.pools = new PoolCollector(layout, bins);
    this.serviceLevels = new ServiceLevelCollector(layout, bins);
    this.endOfDay = new EndOfDayCollector(layout);
    this.joins = new JoinCollector(layout);
    this.hasServiceLevels = layout.serviceLevels.length > 0;
    const stepPools = layout.stepPools;
    this.casePools = stepPools !== undefined && layout.pools.length > 0 ? new CasePools(layout.pools.length, stepPools) : null;
    const spec = layout.warmupSeries;
    this.warmupSeries = spec === undefined ? null : new WarmupSeries(spec.horizon, spec.sliceMinutes);
    this.optional = this.hasCategories || this.admission !== null || this.appointments !== null;
    this.arrivalExtras = this.optional || this.hasServiceLevels || this.warmupSeries !== null;
    this.startExtras = this.admission !== null || this.hasServiceLevels;
    this.completeExtras = this.optional || this.hasServiceLevels || this.warmupSeries !== null;
  }

  onArrival(t: number, caseSlot: number, cls: number): void {
    this.cases.arrival(t, cls);
    this.timeOfDay.arrival(t);
    if (this.arrivalExtras) this.extraArrival(t, caseSlot, cls);
  }

  /** Arrival statistics beyond cases and time of day (service levels, warm-up series, optional collectors). */
  private extraArrival(t: number, caseSlot: number, cls: number): void {
    if (this.hasServiceLevels) {
      this.arrivals.set(caseSlot, t);
      this.serviceLevels.arrival(caseSlot);
    }
    if (this.warmupSeries !== null) this.warmupSeries.change(t, 1);
    if (this.optional) this.optionalArrival(t, caseSlot, cls);
  }

  /** Arrival statistics of the optional collectors (categories, admission). */
  private optionalArrival(t: number, caseSlot: number, cls: number): void {
    if (this.hasCategories) this.categories.arrival(caseSlot);
    if (this.admission !== null) this.admission.attempt(t, cls, false);
    if (this.appointments !== null) this.appointments.arrival(caseSlot);
  }

  onEnqueue(): void {
    // Queue lengths arrive through onQueueLength; waits through onStart.
  }

  onStart(t: number, caseSlot: number, cls: number, step: number, waited: number): void {
    this.steps.start(t, step, waited);
    this.timeOfDay.start(t, step, waited);
    if (this.casePools !== null) this.casePools.start(caseSlot, step);
    if (this.startExtras || this.endOfDay.carrying) this.extraStart(t, caseSlot, cls, step, waited);
  }

  /** Start statistics of admission, end of day (carried-over cases) and service levels. */
  private extraStart(t: number, caseSlot: number, cls: number, step: number, waited: number): void {
    if (this.admission !== null) this.admission.start(t, step);
    this.endOfDay.leftLine(t, caseSlot, step, waited, true);
    if (this.hasServiceLevels) this.serviceLevels.start(t, cls, step, waited, caseSlot);
  }

  onFinish(t: number, _caseSlot: number, _cls: number, step: number, duration: number): void {
    this.steps.finish(t, step, duration);
  }

  onComplete(t: number, caseSlot: number, cls: number, cycleTime: number, waited: number): void {
    this.cases.complete(t, cls, cycleTime, waited);
    if (this.casePools !== null) this.casePools.leave(caseSlot, t >= this.layout.warmup);
    if (this.completeExtras) this.extraComplete(t, caseSlot, cls, cycleTime, waited);
  }

  /** Completion statistics of categories, appointments, service levels and the warm-up series. */
  private extraComplete(t: number, caseSlot: number, cls: number, cycleTime: number, waited: number): void {
    if (this.hasCategories) this.categories.complete(t, caseSlot, cycleTime, waited);
    if (this.appointments !== null) this.appointments.complete(t, caseSlot, cls, waited);
    if (this.hasServiceLevels) this.serviceLevels.complete(t, cls, waited, cycleTime, caseSlot);
    if (this.warmupSeries !== null) this.warmupSeries.change(t, -1);
  }

  onAbandon(t: number, caseSlot: number, cls: number, step: number, waited: number): void {
    this.cases.abandon(t, cls, waited);
    if (this.admission !== null) this.admission.abandoned(t, step, waited);
    if (this.hasCategories) this.categories.abandon(t, caseSlot, waited);
    if (this.casePools !== null) this.casePools.leave(caseSlot, false);
    this.endOfDay.leftLine(t, caseSlot, step, 0, false);
    if (this.warmupSeries !== null) this.warmupSeries.change(t, -1);
    if (this.hasServiceLevels) this.serviceLevels.abandon(t, cls, step, this.arrivals.get(caseSlot), waited, caseSlot);
  }

  onStepClosed(t: number, step: number): void {
    this.endOfDay.closed(t, step);
  }

  onCarryOver(t: number, caseSlot: number, _cls: number, step: number, age: number): void {
    this.endOfDay.carryOver(t, caseSlot, step, age);
  }

  onSendAway(t: number, caseSlot: number, cls: number, step: number, _waited: number, returns: boolean): void {
    this.endOfDay.leftLine(t, caseSlot, step, 0, false);
    this.endOfDay.sendAway(t, cls);
    if (returns) return;
    this.cases.leave(t, cls);
    if (this.hasCategories) this.categories.leave(t, caseSlot);
    if (this.casePools !== null) this.casePools.leave(caseSlot, false);
  }

  onComeBack(t: number, caseSlot: number, _cls: number, step: number, away: number): void {
    this.endOfDay.cameBack(t, step, away);
    if (this.hasServiceLevels) this.serviceLevels.cameBack(caseSlot, step, away);
  }

  onBlocked(t: number, caseSlot: number, cls: number, step: number, overflow: boolean): void {
    if (this.admission !== null) this.admission.blocked(t, cls, step, overflow);
    if (!overflow) this.leftUnserved(t, caseSlot, cls);
  }

  onBalk(t: number, caseSlot: number, cls: number, step: number): void {
    if (this.admission !== null) this.admission.balked(t, cls, step);
    this.leftUnserved(t, caseSlot, cls);
  }

  onRetrial(t: number, caseSlot: number, cls: number): void {
    if (this.admission !== null) this.admission.attempt(t, cls, true);
    this.cases.reenter(t, cls);
    if (this.hasCategories) this.categories.reenter(t, caseSlot);
    if (this.warmupSeries !== null) this.warmupSeries.change(t, 1);
    if (!this.hasServiceLevels) return;
    this.arrivals.set(caseSlot, t);
    this.serviceLevels.arrival(caseSlot);
  }

  /** A case left without joining a line (blocked or balking): out of process. */
  private leftUnserved(t: number, caseSlot: number, cls: number): void {
    this.cases.leave(t, cls);
    if (this.casePools !== null) this.casePools.leave(caseSlot, false);
    if (this.warmupSeries !== null) this.warmupSeries.change(t, -1);
  }

  onPoolLevel(t: number, pool: number, busy: number, capacity: number): void {
    this.pools.level(t, pool, busy, capacity);
  }

  onQueueLength(t: number, step: number, length: number): void {
    this.steps.queueLength(t, step, length);
  }

  onEnd(t: number): void {
    this.flush(t);
  }

  onFork(t: number, _caseSlot: number, _cls: number, _fork: number, join: number): void {
    // The case is "at" the join from its fork to its release: the join's visits, handling time and share.
    this.steps.start(t, join, 0);
  }

  onPartStart(_t: number, partSlot: number, parentSlot: number): void {
    // A part is counted in its case's categories through its case, not on its own.
    if (this.hasCategories) this.categories.arrival(partSlot);
    if (!this.hasServiceLevels) return;
    this.arrivals.set(partSlot, this.arrivals.get(parentSlot));
    this.serviceLevels.arrival(partSlot);
  }

  onPartJoin(t: number, partSlot: number, parentSlot: number, _cls: number, join: number, branch: number, sinceFork: number): void {
    this.joins.partJoined(t, join, branch, sinceFork);
    if (this.casePools !== null) this.casePools.merge(partSlot, parentSlot);
  }

  onPartLate(t: number, partSlot: number, step: number): void {
    this.lateParts.add(partSlot);
    this.steps.late(t, step, 1);
  }

  onPartWithdrawn(t: number, partSlot: number, _cls: number, join: number, step: number): void {
    this.joins.partWithdrawn(t, join);
    // Its finish took it out of service at `step`, where it no longer counted: put it back.
    if (this.lateParts.delete(partSlot)) this.steps.late(t, step, -1);
    if (this.casePools !== null) this.casePools.leave(partSlot, false);
    this.endOfDay.leftLine(t, partSlot, step, 0, false);
  }

  onJoin(t: number, _caseSlot: number, _cls: number, join: number, span: number, syncDelay: number, parts: number, critical: number): void {
    this.steps.finish(t, join, span);
    this.joins.released(t, join, span, syncDelay, parts, critical);
  }

  result(replication: number, events: number, endTime: number): RepResult {
    this.flush(endTime);
    return replicationResult(this, replication, events, endTime);
  }

  private flush(t: number): void {
    if (t <= this.endedAt) return;
    this.endedAt = t;
    this.cases.flush(t);
    this.categories.flush(t);
    this.steps.flush(t);
    this.pools.flush(t);
    if (this.downtime !== null) this.downtime.flush(t);
    if (this.warmupSeries !== null) this.warmupSeries.flush(t);
  }
}
