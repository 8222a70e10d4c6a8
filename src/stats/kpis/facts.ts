/**
 * The collected data a KPI is computed from, one interface per KPI family: a group of cases,
 * the staff cost of the operation, a step, a pool, a service level.
 *
 * At the end of a branch day the collector hands the registry, for the counter step, its wait
 * and handling-time accumulators, its time-weighted queue and the area of all cases in
 * process; the counter's KPIs are each a small function of these.
 */
import type { BusinessHours } from "../business-clock.js";
import type { LogHistogramAccumulator } from "../log-histogram.js";
import type { TimeWeighted } from "../time-weighted.js";
import type { Welford } from "../welford.js";

/** The observation window of a replication, minutes, and the business clock it is read on. */
export interface RunWindow {
  /** Start of observation (end of warm-up). */
  readonly warmup: number;
  /** End of the replication (for pools: end of the rostered time counted). */
  readonly endTime: number;
  /**
   * End of the study: for a terminating day the horizon or the last departure, whichever is
   * later; otherwise the end of the replication. Open hours and days are counted up to it.
   */
  readonly studyEnd: number;
  /** Opening hours of the operation. */
  readonly hours: BusinessHours;
}

/** Counts and accumulators of one group of cases (all cases, or one class). */
export interface CaseTally {
  readonly arrivals: number;
  readonly completions: number;
  readonly abandonments: number;
  /** Completed cases that waited at all. */
  readonly waitedAtAll: number;
  readonly waits: Welford;
  /** Time abandoned cases waited in the line they gave up in. */
  readonly abandonWaits: Welford;
  readonly cycles: Welford;
  readonly waitHistogram: LogHistogramAccumulator;
  readonly cycleHistogram: LogHistogramAccumulator;
  /** Cycle times counting only the calendar's open hours (the elapsed ones for 24/7). */
  readonly workingCycles: Welford;
  readonly workingCycleHistogram: LogHistogramAccumulator;
  readonly wip: TimeWeighted;
}

/** Facts of the case family. */
export interface CaseFacts {
  readonly tally: CaseTally;
  readonly window: RunWindow;
}

/** Staff and fixed cost of the whole operation, currency. */
export interface CostFacts {
  readonly busy: number;
  readonly idle: number;
  /** Cost of all available staff time (busy + idle, summed pool by pool). */
  readonly staffTotal: number;
  /** Overtime staff hours × overtime rate, summed over pools (part of staffTotal). */
  readonly overtime: number;
  readonly fixed: number;
  readonly completions: number;
}

/** Accumulators of one step. */
export interface StepFacts {
  readonly visits: number;
  readonly waits: Welford;
  readonly services: Welford;
  readonly queue: TimeWeighted;
  readonly inService: TimeWeighted;
  /** Late parts at work after their join released the case (not in service, for the share). */
  readonly lateWork: TimeWeighted;
  /** Integral of all cases in process over the window (cases × minutes). */
  readonly wipArea: number;
  readonly window: RunWindow;
}

/** Time-weighted levels and cost of one pool. */
export interface PoolFacts {
  readonly busy: TimeWeighted;
  readonly capacity: TimeWeighted;
  /** max(rostered, busy) over time. */
  readonly available: TimeWeighted;
  readonly busyCost: number;
  readonly idleCost: number;
  /** Cost of all available time (busy + idle), plus the overtime premium. */
  readonly totalCost: number;
  /** Overtime (busy beyond the roster) × overtime rate; part of totalCost. */
  readonly overtimeCost: number;
  /** Completed cases in the window that this pool served at least once; null when unknown. */
  readonly served: number | null;
  readonly window: RunWindow;
}

/** Met and observed counts of one service level. */
export interface ServiceLevelFacts {
  readonly met: number;
  /** Served plus abandoned observations. */
  readonly observed: number;
  /** Observations that were cases giving up. */
  readonly abandoned: number;
  /** Of those, the ones that gave up within the threshold (hung up before it was reached). */
  readonly abandonedWithin: number;
  /** Target share in (0, 1]. */
  readonly target: number;
}
