/**
 * Reading out one replication's result from the collector's accumulators, once at its end:
 * KPI values in registry order, histograms, time-of-day series and the warm-up series.
 *
 * A terminating branch day that ended at 16:50 is reported to its 17:00 horizon: its tellers'
 * rostered time runs to the roster's end, its cycle-time histograms are written under their
 * report keys, and its cost facts feed the cost KPIs.
 */
import type { CollectorLayout } from "./observer.js";
import type { LogHistogram, RepResult } from "./result-types.js";
import { ALWAYS_OPEN } from "./business-clock.js";
import { histogramKeysFor, type CaseCollector } from "./collect-cases.js";
import type { PoolCollector, RosterTimeline } from "./collect-pools.js";
import type { ServiceLevelCollector } from "./collect-service-levels.js";
import type { StepCollector } from "./collect-steps.js";
import type { TimeOfDayCollector } from "./collect-time-of-day.js";
import type { CostFacts, RunWindow } from "./kpis/facts.js";
import { kpiValues, type AdmissionFacts } from "./kpis/registry.js";
import type { EndOfDayCollector } from "./collect-end-of-day.js";
import type { BatchCollector } from "./collect-batches.js";
import type { WarmupSeries } from "./warmup-series.js";
import type { JoinCollector } from "./collect-joins.js";
import type { AdmissionCollector } from "./collect-admission.js";
import type { ReworkCollector } from "./collect-rework.js";
import type { DowntimeCollector } from "./collect-downtime.js";
import type { CategoryCollector } from "./collect-categories.js";
import type { SkillCollector } from "./collect-skills.js";
import type { CasePools } from "./case-pools.js";
import type { AppointmentCollector } from "./collect-appointments.js";

/** The accumulators of one replication's collector (collectors.ts), read once at the end. */
export interface CollectorParts {
  readonly layout: CollectorLayout;
  readonly rosters: readonly RosterTimeline[];
  readonly timeOfDay: TimeOfDayCollector;
  readonly cases: CaseCollector;
  readonly steps: StepCollector;
  readonly pools: PoolCollector;
  readonly serviceLevels: ServiceLevelCollector;
  readonly endOfDay: EndOfDayCollector;
  readonly skills: SkillCollector;
  readonly batches: BatchCollector;
  readonly joins: JoinCollector;
  readonly casePools: CasePools | null;
  readonly warmupSeries: WarmupSeries | null;
  readonly admission: AdmissionCollector | null;
  readonly rework: ReworkCollector | null;
  readonly downtime: DowntimeCollector | null;
  readonly categories: CategoryCollector;
  readonly appointments: AppointmentCollector | null;
}

/** The RepResult of collector `c`, whose time-weighted statistics are flushed to `endTime`. */
export function replicationResult(c: CollectorParts, replication: number, events: number, endTime: number): RepResult {
  const studyEnd = studyEndOf(c, endTime);
  const rosterEnd = studyEnd > endTime ? c.pools.extendRosters(c.rosters, endTime, studyEnd) : endTime;
  return {
    replication,
    kpis: kpis(c, { warmup: c.layout.warmup, endTime, studyEnd, hours: c.layout.calendar ?? ALWAYS_OPEN }, rosterEnd),
    histograms: histograms(c),
    timeOfDayBinMinutes: c.layout.timeOfDayBinMinutes,
    timeOfDay: c.timeOfDay.series(endTime, {
      wip: c.cases.wip.byTimeOfDay as Float64Array,
      queues: c.layout.steps.map((_, s) => c.steps.queueByTimeOfDay(s) as Float64Array),
      busy: c.layout.pools.map((_, p) => c.pools.busyByTimeOfDay(p) as Float64Array),
      capacity: c.layout.pools.map((_, p) => c.pools.capacityByTimeOfDay(p) as Float64Array),
      slMet: c.serviceLevels.metByArrivalBin,
      slObserved: c.serviceLevels.observedByArrivalBin,
      ...(c.admission === null ? {} : { busySignals: { count: c.admission.busySignalsBySlot, attempts: c.admission.attemptsBySlot } }),
    }),
    events,
    endTime,
    ...(c.warmupSeries !== null ? { warmupSeries: c.warmupSeries.means() } : {}),
  };
}

/** A terminating day with a horizon lasts at least to the horizon; otherwise it ends with the run. */
function studyEndOf(c: CollectorParts, endTime: number): number {
  const horizon = c.layout.horizon ?? Infinity;
  return c.layout.study === "terminating" && Number.isFinite(horizon) && horizon > endTime ? horizon : endTime;
}

/** KPI values keyed and ordered exactly as `kpiDefsFor(layout)`; pools are observed to `rosterEnd`. */
function kpis(c: CollectorParts, window: RunWindow, rosterEnd: number): Record<string, number | null> {
  const { endTime } = window;
  const overall = c.cases.overallFacts(window);
  const steps = c.steps.facts(window, c.cases.wip.area);
  return kpiValues(c.layout, {
    overall,
    cost: costFacts(c, window.studyEnd),
    classes: c.cases.classFacts(window),
    steps,
    ...(c.layout.lateWorkSteps === undefined ? {} : { lateWorkSteps: c.layout.lateWorkSteps }),
    categories: c.categories.facts(window),
    pools: c.pools.facts({ ...window, endTime: rosterEnd }, c.casePools?.served ?? null),
    serviceLevels: c.serviceLevels.facts(),
    endOfDay: c.endOfDay.facts((s) => steps[s].visits),
    joins: c.joins.joinFacts(),
    branches: c.joins.branchFacts(),
    ...(c.admission === null ? {} : { admission: admissionFacts(c, window) }),
    ...(c.rework === null ? {} : { rework: c.rework.facts(overall, steps) }),
    ...(c.downtime === null ? {} : { downtime: c.downtime.facts(endTime) }),
    ...(c.layout.sendingPools === undefined || c.downtime === null ? {} : { sentElsewhere: c.downtime.sentFacts(steps) }),
    skills: c.skills.facts(),
    batches: c.batches.facts(window),
    ...(c.appointments === null ? {} : { appointments: c.appointments.facts() }),
  });
}

function admissionFacts(c: CollectorParts, window: RunWindow): AdmissionFacts {
  const admission = c.admission as AdmissionCollector;
  const classes = c.cases.classFacts(window);
  return {
    overall: { admission: admission.groups[0], cases: c.cases.overallFacts(window) },
    classes: classes.map((cases, k) => ({ admission: admission.classFacts(k), cases })),
    steps: admission.steps,
  };
}

/** Staff and fixed costs; fixed costs per simulated day after the warm-up, to the end of the study (a one-day study: one day). */
function costFacts(c: CollectorParts, studyEnd: number): CostFacts {
  const staff = c.pools.staffCost();
  const days = Math.max(0, studyEnd - (c.layout.warmupEnd ?? c.layout.warmup)) / 1440;
  const fixed = c.layout.fixedCostPerDay * days;
  return { busy: staff.busy, idle: staff.idle, staffTotal: staff.total, overtime: staff.overtime, fixed, completions: c.cases.completions };
}

function histograms(c: CollectorParts, ): Record<string, LogHistogram> {
  const records = new Map<string, LogHistogram>();
  c.cases.writeHistograms(records);
  c.serviceLevels.writeHistograms(records);
  const out: Record<string, LogHistogram> = {};
  for (const key of histogramKeysFor(c.layout)) out[key] = records.get(key) as LogHistogram;
  return out;
}
