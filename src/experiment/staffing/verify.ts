/**
 * Scoring a roster by simulation: the real model with the roster's capacity windows, run on
 * the same replications as every other roster (common random numbers), and the service level,
 * occupancy and abandonment per planning interval with 95% intervals.
 *
 * "5@09:00-17:00,3@11:00-15:00" at the branch: the model's tellers get that shift plan, the
 * day is simulated 30 times, and the share served within 5 minutes is read per interval.
 */
import type { Model, ServiceLevel } from "../../model/compile/model.js";
import { applyEdit } from "../../model/overlays/edits.js";
import type { KpiSummary, RunResult } from "../../stats/result-types.js";
import { runVariants, type SweepOptions } from "../sweep.js";
import type { StaffingTarget } from "./demand.js";
import { rosterWindows } from "./roster.js";

/** A value per interval with its 95% interval (nulls where nothing was observed). */
export interface IntervalEstimate {
  readonly mean: number | null;
  readonly lo: number | null;
  readonly hi: number | null;
}

/**
 * Whether an interval misses a service-level target `share`: the lower 95% bound of its
 * simulated service level is below it (an interval nobody reached, bound null, does not miss).
 */
export function missesTarget(serviceLevel: IntervalEstimate, share: number): boolean {
  return serviceLevel.lo !== null && serviceLevel.lo < share;
}

/** What the simulation says about one roster. */
export interface RosterScore {
  readonly serviceLevel: readonly IntervalEstimate[];
  readonly occupancy: readonly IntervalEstimate[];
  /** Share of cases that gave up, over the whole day. */
  readonly abandonment: KpiSummary | null;
  readonly cost: KpiSummary | null;
  /** The pool's simulated overtime cost (staff finishing after their shift, or serving the line after closing). */
  readonly overtimeCost: KpiSummary | null;
  /**
   * Cases carried over per closing at the pool's first step (they reach it after closing or
   * still wait there at closing): outside every planning interval. Null when the model has
   * no closings.
   */
  readonly carriedOver: KpiSummary | null;
  /**
   * Cases per closing sent home from the pool's first step that come back at its next opening
   * (sendAway with comeBack): outside every planning interval like carried-over work. Null
   * when that step's cases do not come back.
   */
  readonly cameBack: KpiSummary | null;
}

/** The name of the service level the planner adds to the model to measure its target. */
export const STAFFING_LEVEL = "staffing target";

/** The first step that needs `pool`: where the planner measures its target. */
export function staffedStep(model: Model, pool: string): Model["steps"][number] | undefined {
  return model.steps.find((s) => s.resources.some((r) => r.resource === pool));
}

/**
 * A staffing target with the case class it judges: the walk-in customers' 80% within 5
 * minutes, not all customers'. Absent or null: every case.
 */
export interface MeasuredTarget extends StaffingTarget {
  readonly class?: string | null;
}

/** The model with the target measured as its first service level (waits of the target's class at the pool's first step). */
export function withStaffingLevel(model: Model, pool: string, target: MeasuredTarget): Model {
  const step = staffedStep(model, pool);
  const level: ServiceLevel = { name: STAFFING_LEVEL, class: target.class ?? null, step: step?.name ?? null, maxWait: target.maxWait, target: target.share, path: ["serviceLevels"] };
  return { ...model, serviceLevels: [level, ...model.serviceLevels.filter((l) => l.name !== STAFFING_LEVEL)] };
}

/**
 * A time-of-day series read per planning interval: each interval takes the slot that holds its
 * start. The planner runs the model with slots as wide as its intervals (15, 30 or 60 minutes),
 * so each interval reads its own estimate.
 */
export function perInterval(result: RunResult, key: string, intervalStarts: readonly number[]): IntervalEstimate[] {
  const series = result.timeOfDay.find((s) => s.key === key);
  return intervalStarts.map((start) => {
    if (!series) return { mean: null, lo: null, hi: null };
    const width = series.starts.length > 1 ? series.starts[1] - series.starts[0] : 60;
    const bin = series.starts.findIndex((s) => s <= start && start < s + width);
    return bin < 0 ? { mean: null, lo: null, hi: null } : { mean: series.mean[bin], lo: series.lo[bin], hi: series.hi[bin] };
  });
}

function occupancyOf(result: RunResult, pool: string, intervalStarts: readonly number[]): IntervalEstimate[] {
  const busy = perInterval(result, `pool/${pool}/busy.mean`, intervalStarts);
  const capacity = perInterval(result, `pool/${pool}/capacity.mean`, intervalStarts);
  return busy.map((b, i) => {
    const c = capacity[i].mean;
    if (b.mean === null || !c) return { mean: null, lo: null, hi: null };
    return { mean: b.mean / c, lo: b.lo === null ? null : b.lo / c, hi: b.hi === null ? null : b.hi / c };
  });
}

/** The model with the roster's staffing per interval as the pool's shift plan. */
export function rosteredModel(model: Model, pool: string, intervalStarts: readonly number[], width: number, staffing: readonly number[]): Model {
  return applyEdit(model, { kind: "poolShifts", pool, shifts: rosterWindows(intervalStarts, width, staffing) });
}

/** Simulates the models (each with a roster applied) on common random numbers and scores each. */
export async function scoreRosters(models: readonly Model[], pool: string, intervalStarts: readonly number[], options: SweepOptions): Promise<RosterScore[]> {
  const sims = await runVariants(models, options);
  const step = models.length > 0 ? staffedStep(models[0], pool) : undefined;
  return sims.map((sim) => {
    const kpi = (key: string) => sim.kpis.find((k) => k.key === key) ?? null;
    return {
      serviceLevel: perInterval(sim, `serviceLevel/${STAFFING_LEVEL}/achieved`, intervalStarts),
      occupancy: occupancyOf(sim, pool, intervalStarts),
      abandonment: kpi("overall/abandonment.share"),
      cost: kpi("overall/cost.total"),
      overtimeCost: kpi(`pool/${pool}/cost.overtime`),
      carriedOver: step === undefined ? null : kpi(`step/${step.name}/backlog.perClosing`),
      cameBack: step === undefined ? null : kpi(`step/${step.name}/comeBack.perClosing`),
    };
  });
}
