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
import type { LogHistogram, RepResult } from "./result-types.js";
import { CaseArrivals } from "./case-arrivals.js";
import { CasePools } from "./case-pools.js";
import { ALWAYS_OPEN } from "./business-clock.js";
import { CaseCollector, histogramKeysFor } from "./collect-cases.js";
import { PoolCollector, type RosterTimeline } from "./collect-pools.js";
import { ServiceLevelCollector } from "./collect-service-levels.js";
import { StepCollector } from "./collect-steps.js";
import { TimeOfDayCollector } from "./collect-time-of-day.js";
import type { CostFacts, RunWindow } from "./kpis/facts.js";
import { kpiValues } from "./kpis/registry.js";
import { EndOfDayCollector } from "./collect-end-of-day.js";
import { BatchCollector } from "./collect-batches.js";
import { WarmupSeries } from "./warmup-series.js";
import { JoinCollector } from "./collect-joins.js";
import { AdmissionCollector } from "./collect-admission.js";
import type { AdmissionFacts } from "./kpis/registry.js";
import { ReworkCollector } from "./collect-rework.js";
import { DowntimeCollector } from "./collect-downtime.js";
import { CategoryCollector } from "./collect-categories.js";
import { SkillCollector } from "./collect-skills.js";
import { AppointmentCollector } from "./collect-appointments.js";

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

class ReplicationCollector implements Collector {
  private readonly timeOfDay: TimeOfDayCollector;
  private readonly cases: CaseCollector;
  private readonly steps: StepCollector;
  private readonly pools: PoolCollector;
  private readonly serviceLevels: ServiceLevelCollector;
  private readonly endOfDay: EndOfDayCollector;
  private readonly skills: SkillCollector;
  private readonly batches: BatchCollector;
  private readonly arrivals = new CaseArrivals();
  private readonly joins: JoinCollector;
  /** Pools that served each case in process; null without pools or step-pool layout. */
  private readonly casePools: CasePools | null;
  /** NOTE: without service levels, arrival times per case slot are never read: not kept. */
  private readonly hasServiceLevels: boolean;
  /** Steady-state runs only (null otherwise): cases in process by slice, for MSER-5. */
  private readonly warmupSeries: WarmupSeries | null;
  /** Admission statistics; null when the model declares no admission rules. */
  private readonly admission: AdmissionCollector | null;
  private endedAt = -Infinity;
  /** Errors and rework; null for a model without errors. */
  private readonly rework: ReworkCollector | null;
  /** Unplanned downtime; null when no pool fails. */
  private readonly downtime: DowntimeCollector | null;
  /** Statistics per category of the case attributes; `hasCategories` false when there are none. */
  private readonly categories: CategoryCollector;
  private readonly hasCategories: boolean;
  /** Appointments; null when no source books them. */
  private readonly appointments: AppointmentCollector | null;
  /** True when any optional collector (categories, admission) hears arrivals, starts or completions. */
  private readonly optional: boolean;

  constructor(
    private readonly layout: CollectorLayout,
    private readonly rosters: readonly RosterTimeline[],
  ) {
    this.timeOfDay = new TimeOfDayCollector(layout);
    const bins = this.timeOfDay.bins;
    this.cases = new CaseCollector(layout, new Float64Array(bins));
    this.steps = new StepCollector(layout, bins);
    this.pools = new PoolCollector(layout, bins);
    this.serviceLevels = new ServiceLevelCollector(layout, bins);
    this.endOfDay = new EndOfDayCollector(layout);
    this.joins = new JoinCollector(layout);
    this.categories = new CategoryCollector(layout);
    this.hasCategories = this.categories.active;
    this.skills = new SkillCollector(layout);
    this.batches = new BatchCollector(layout);
    this.hasServiceLevels = layout.serviceLevels.length > 0;
    const stepPools = layout.stepPools;
    this.casePools = stepPools !== undefined && layout.pools.length > 0 ? new CasePools(layout.pools.length, stepPools) : null;
    const spec = layout.warmupSeries;
    this.warmupSeries = spec === undefined ? null : new WarmupSeries(spec.horizon, spec.sliceMinutes);
    this.admission = layout.admission === undefined ? null : new AdmissionCollector(layout, bins);
    this.rework = layout.rework === undefined ? null : new ReworkCollector(layout);
    this.downtime = layout.downtimePools === undefined ? null : new DowntimeCollector(layout);
    this.appointments = layout.appointmentClasses === undefined ? null : new AppointmentCollector(layout);
    this.optional = this.hasCategories || this.admission !== null || this.appointments !== null;
  }

  onArrival(t: number, caseSlot: number, cls: number): void {
    if (this.hasServiceLevels) {
      this.arrivals.set(caseSlot, t);
      this.serviceLevels.arrival(caseSlot);
    }
    this.cases.arrival(t, cls);
    this.timeOfDay.arrival(t);
    if (this.warmupSeries !== null) this.warmupSeries.change(t, 1);
    if (this.optional) this.optionalArrival(t, caseSlot, cls);
  }

  /** Arrival statistics of the optional collectors (categories, admission). */
  private optionalArrival(t: number, caseSlot: number, cls: number): void {
    if (this.hasCategories) this.categories.arrival(caseSlot);
    if (this.admission !== null) this.admission.attempt(t, cls, false);
    if (this.appointments !== null) this.appointments.arrival(caseSlot);
  }

  onAppointment(t: number, caseSlot: number, cls: number, appointment: number): void {
    if (this.appointments !== null) this.appointments.appointment(t, caseSlot, cls, appointment);
  }

  onNoShow(t: number, cls: number): void {
    if (this.appointments !== null) this.appointments.noShow(t, cls);
  }

  onCategory(t: number, caseSlot: number, attribute: number, category: number): void {
    this.categories.category(t, caseSlot, attribute, category);
  }

  onEnqueue(): void {
    // Queue lengths arrive through onQueueLength; waits through onStart.
  }

  onStart(t: number, caseSlot: number, cls: number, step: number, waited: number): void {
    this.steps.start(t, step, waited);
    if (this.optional && this.admission !== null) this.admission.start(t, step);
    if (this.casePools !== null) this.casePools.start(caseSlot, step);
    this.endOfDay.leftLine(t, caseSlot, step, waited, true);
    this.timeOfDay.start(t, step, waited);
    if (this.hasServiceLevels) this.serviceLevels.start(t, cls, step, waited, this.arrivals.get(caseSlot), caseSlot);
  }

  onFinish(t: number, _caseSlot: number, _cls: number, step: number, duration: number): void {
    this.steps.finish(t, step, duration);
  }

  onComplete(t: number, caseSlot: number, cls: number, cycleTime: number, waited: number): void {
    this.cases.complete(t, cls, cycleTime, waited);
    if (this.optional && this.hasCategories) this.categories.complete(t, caseSlot, cycleTime, waited);
    if (this.optional && this.appointments !== null) this.appointments.complete(t, caseSlot, cls, waited);
    if (this.casePools !== null) this.casePools.leave(caseSlot, t >= this.layout.warmup);
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

  onBlocked(t: number, caseSlot: number, cls: number, step: number, overflow: boolean): void {
    if (this.admission !== null) this.admission.blocked(t, cls, step, overflow);
    if (!overflow) this.leftUnserved(t, caseSlot, cls);
  }

  onBalk(t: number, caseSlot: number, cls: number, step: number): void {
    if (this.admission !== null) this.admission.balked(t, cls, step);
    this.leftUnserved(t, caseSlot, cls);
  }

  onMessage(t: number, _caseSlot: number, cls: number, step: number, waited: number): void {
    if (this.admission !== null) this.admission.message(t, cls, step, waited);
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

  onLost(t: number, _caseSlot: number, cls: number): void {
    if (this.admission !== null) this.admission.lost(t, cls);
  }

  /** A case left without joining a line (blocked or balking): out of process. */
  private leftUnserved(t: number, caseSlot: number, cls: number): void {
    this.cases.leave(t, cls);
    if (this.casePools !== null) this.casePools.leave(caseSlot, false);
    if (this.warmupSeries !== null) this.warmupSeries.change(t, -1);
  }

  onSkillStart(t: number, _caseSlot: number, _step: number, option: number): void {
    this.skills.skillStart(t, option);
  }

  onPreempt(t: number, _caseSlot: number, _cls: number, step: number): void {
    this.steps.interrupt(t, step);
    this.skills.preempt(t, step);
  }

  onPreemptSent(t: number, _caseSlot: number, _cls: number, step: number): void {
    this.skills.preemptSent(t, step);
  }

  onResume(t: number, _caseSlot: number, _cls: number, step: number): void {
    this.steps.resume(t, step);
  }

  onEscalate(t: number, _caseSlot: number, _cls: number, step: number): void {
    this.skills.escalate(t, step);
  }

  onBatch(t: number, step: number, size: number, waitSum: number, trigger: number): void {
    this.batches.batch(t, step, size, waitSum, trigger);
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

  onPartWithdrawn(t: number, partSlot: number, _cls: number, join: number, step: number): void {
    this.joins.partWithdrawn(t, join);
    if (this.casePools !== null) this.casePools.leave(partSlot, false);
    this.endOfDay.leftLine(t, partSlot, step, 0, false);
  }

  onJoin(t: number, _caseSlot: number, _cls: number, join: number, span: number, syncDelay: number, parts: number, critical: number): void {
    this.steps.finish(t, join, span);
    this.joins.released(t, join, span, syncDelay, parts, critical);
  }

  onStepError(t: number, _caseSlot: number, _cls: number, step: number, visit: number, erroneous: boolean): void {
    if (this.rework !== null) this.rework.stepError(t, step, visit, erroneous);
  }

  onErrorFound(t: number, _caseSlot: number, _cls: number, step: number): void {
    if (this.rework !== null) this.rework.errorFound(t, step);
  }

  onErrorEscaped(t: number, caseSlot: number, _cls: number, origin: number): void {
    if (this.rework !== null) this.rework.errorEscaped(t, caseSlot, origin);
  }

  onCaseRework(t: number, caseSlot: number, _cls: number, visits: number, reworks: number, reworkTime: number): void {
    if (this.rework !== null) this.rework.caseRework(t, caseSlot, visits, reworks, reworkTime);
  }

  onPoolDown(t: number, pool: number, interrupted: number): void {
    if (this.downtime !== null) this.downtime.down(t, pool, interrupted);
  }

  onSentElsewhere(t: number, _caseSlot: number, _cls: number, step: number, pool: number, inActivity: boolean): void {
    if (inActivity) this.steps.interrupt(t, step);
    if (this.downtime !== null) this.downtime.sent(t, pool, inActivity);
  }

  onPoolUp(t: number, pool: number): void {
    if (this.downtime !== null) this.downtime.up(t, pool);
  }

  result(replication: number, events: number, endTime: number): RepResult {
    this.flush(endTime);
    const studyEnd = this.studyEnd(endTime);
    const rosterEnd = studyEnd > endTime ? this.pools.extendRosters(this.rosters, endTime, studyEnd) : endTime;
    return {
      replication,
      kpis: this.kpis({ warmup: this.layout.warmup, endTime, studyEnd, hours: this.layout.calendar ?? ALWAYS_OPEN }, rosterEnd),
      histograms: this.histograms(),
      timeOfDayBinMinutes: this.layout.timeOfDayBinMinutes,
      timeOfDay: this.timeOfDay.series(endTime, {
        wip: this.cases.wip.byTimeOfDay as Float64Array,
        queues: this.layout.steps.map((_, s) => this.steps.queueByTimeOfDay(s) as Float64Array),
        busy: this.layout.pools.map((_, p) => this.pools.busyByTimeOfDay(p) as Float64Array),
        capacity: this.layout.pools.map((_, p) => this.pools.capacityByTimeOfDay(p) as Float64Array),
        slMet: this.serviceLevels.metByArrivalBin,
        slObserved: this.serviceLevels.observedByArrivalBin,
        ...(this.admission === null ? {} : { busySignals: { count: this.admission.busySignalsBySlot, attempts: this.admission.attemptsBySlot } }),
      }),
      events,
      endTime,
      ...(this.warmupSeries !== null ? { warmupSeries: this.warmupSeries.means() } : {}),
    };
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

  /** A terminating day with a horizon lasts at least to the horizon; otherwise it ends with the run. */
  private studyEnd(endTime: number): number {
    const horizon = this.layout.horizon ?? Infinity;
    return this.layout.study === "terminating" && Number.isFinite(horizon) && horizon > endTime ? horizon : endTime;
  }

  /** KPI values keyed and ordered exactly as `kpiDefsFor(layout)`; pools are observed to `rosterEnd`. */
  private kpis(window: RunWindow, rosterEnd: number): Record<string, number | null> {
    const { endTime } = window;
    const overall = this.cases.overallFacts(window);
    const steps = this.steps.facts(window, this.cases.wip.area);
    return kpiValues(this.layout, {
      overall,
      cost: this.costFacts(endTime),
      classes: this.cases.classFacts(window),
      steps,
      categories: this.categories.facts(window),
      pools: this.pools.facts({ ...window, endTime: rosterEnd }, this.casePools?.served ?? null),
      serviceLevels: this.serviceLevels.facts(),
      endOfDay: this.endOfDay.facts(),
      joins: this.joins.joinFacts(),
      branches: this.joins.branchFacts(),
      ...(this.admission === null ? {} : { admission: this.admissionFacts(window) }),
      ...(this.rework === null ? {} : { rework: this.rework.facts(overall, steps) }),
      ...(this.downtime === null ? {} : { downtime: this.downtime.facts(endTime) }),
      ...(this.layout.sendingPools === undefined || this.downtime === null ? {} : { sentElsewhere: this.downtime.sentFacts(steps) }),
      skills: this.skills.facts(),
      batches: this.batches.facts(window),
      ...(this.appointments === null ? {} : { appointments: this.appointments.facts() }),
    });
  }

  private admissionFacts(window: RunWindow): AdmissionFacts {
    const admission = this.admission as AdmissionCollector;
    const classes = this.cases.classFacts(window);
    return {
      overall: { admission: admission.groups[0], cases: this.cases.overallFacts(window) },
      classes: classes.map((cases, c) => ({ admission: admission.classFacts(c), cases })),
      steps: admission.steps,
    };
  }

  private costFacts(endTime: number): CostFacts {
    const staff = this.pools.staffCost();
    const days = Math.max(0, endTime - this.layout.warmup) / 1440;
    const fixed = this.layout.fixedCostPerDay * days;
    return { busy: staff.busy, idle: staff.idle, staffTotal: staff.total, overtime: staff.overtime, fixed, completions: this.cases.completions };
  }

  private histograms(): Record<string, LogHistogram> {
    const records = new Map<string, LogHistogram>();
    this.cases.writeHistograms(records);
    this.serviceLevels.writeHistograms(records);
    const out: Record<string, LogHistogram> = {};
    for (const key of histogramKeysFor(this.layout)) out[key] = records.get(key) as LogHistogram;
    return out;
  }
}
