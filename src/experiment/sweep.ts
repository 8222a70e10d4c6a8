/**
 * Sweeps: one model run at many settings of its numeric parameters, on common random numbers.
 *
 * "How do waits and cost change from 2 to 8 tellers?" is a sweep over
 * `pools.tellers.capacity` with values 2..8: seven variants of the branch day, each run for
 * the same replications with the same seed, so neighbouring points see the same customers
 * and differ only by the change. Several parameters are crossed in full (factorial) or
 * varied one at a time with the others at the model's values.
 */
import type { Model } from "../model/compile/model.js";
import type { ModelIssue, Result } from "../model/source/issues.js";
import { compileModel } from "../model/compile/compile.js";
import { collectorLayoutOf } from "./collector-layout.js";
import { kpiDefsFor } from "../stats/summarise.js";
import type { KpiDef, KpiSummary, RepResult } from "../stats/result-types.js";
import type { Parameter } from "./parameters.js";
import { costServiceFrontier, type Frontier } from "./sweep-frontier.js";
import { planOf, runPlan } from "./plan.js";
import { withRunOverrides, type RunOverrides } from "./run-overrides.js";
import { summariseSimulation, type Simulation } from "./simulate.js";
import { createReplicationPool, defaultWorkerCount, type ReplicationPool } from "./workers.js";
import { sweepModels } from "./sweep-models.js";
import { pointRunWarnings, type PointRunWarning } from "./point-warnings.js";

/** One swept parameter and its values. */
export interface SweepAxis {
  readonly parameter: Parameter;
  readonly values: readonly number[];
}

/** Full factorial (every combination) or one parameter at a time (others at the model's values). */
export type SweepMode = "factorial" | "oneAtATime";

/** A parameter set to a value at one point. */
export interface SweepSetting {
  readonly path: string;
  readonly value: number;
}

/** Most points a sweep may have. */
export const MAX_SWEEP_POINTS = 10_000;

/** The points of a sweep, each a list of settings; factorial points vary the last axis fastest. */
export function sweepPoints(axes: readonly SweepAxis[], mode: SweepMode): SweepSetting[][] {
  if (mode === "oneAtATime") return axes.flatMap((axis) => axis.values.map((value) => [{ path: axis.parameter.path, value }]));
  let points: SweepSetting[][] = [[]];
  for (const axis of axes) points = points.flatMap((settings) => axis.values.map((value) => [...settings, { path: axis.parameter.path, value }]));
  return points;
}

/** The number of points without building them. */
export function sweepSize(axes: readonly SweepAxis[], mode: SweepMode): number {
  return mode === "oneAtATime" ? axes.reduce((n, a) => n + a.values.length, 0) : axes.reduce((n, a) => n * a.values.length, 1);
}

/** The KPIs a model reports, without running it (to check KPI names before a long sweep). */
export function kpiDefsOfModel(model: Model): KpiDef[] {
  return kpiDefsFor(collectorLayoutOf(compileModel(model)));
}

/** One point's KPI summaries. */
export interface SweepPoint {
  readonly index: number;
  readonly settings: readonly SweepSetting[];
  readonly kpis: readonly KpiSummary[];
}

/** Every point of a sweep with its KPIs (95% intervals over the replications). */
export interface SweepResult {
  readonly model: string;
  readonly seed: number;
  readonly replications: number;
  readonly mode: SweepMode;
  readonly parameters: readonly { readonly path: string; readonly base: number | null; readonly values: readonly number[] }[];
  readonly kpiDefs: readonly KpiDef[];
  readonly serviceLevels: Simulation["serviceLevels"];
  readonly points: readonly SweepPoint[];
  /** Points no other beats on both cost and service; null without cost or service KPIs. */
  readonly frontier: Frontier | null;
  /** The points' run warnings (a run's `warnings`), each once with the points that gave it. */
  readonly warnings: readonly PointRunWarning[];
}

/** Options of `sweep` and `runVariants`. */
export interface SweepOptions extends RunOverrides {
  readonly workers?: number;
  readonly pool?: ReplicationPool;
  /** (done, total) replications over all points. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Runs the models on the same replications (common random numbers) as one plan and
 * summarises each; `models` must already carry the final run settings.
 */
export async function runVariants(models: readonly Model[], options: SweepOptions): Promise<Simulation[]> {
  const pool = options.pool ?? createReplicationPool({ workers: options.workers ?? defaultWorkerCount() });
  try {
    const { results } = await runPlan(planOf(models, 0, models[0].run.replications), pool, options.onProgress);
    return models.map((model, i) => summariseSimulation(model, results[i] as RepResult[]));
  } finally {
    if (!options.pool) await pool.close();
  }
}

/** Options of `sweep` and `tornado`: those of `runVariants` and a last check of the models. */
export interface SweepRunOptions extends SweepOptions {
  /**
   * Called with every model about to run (run overrides applied), once all passed validation;
   * any error issue it returns stops the sweep before anything is simulated (a run budget).
   */
  readonly beforeRun?: (models: readonly Model[]) => readonly ModelIssue[];
}

/** The models of a plan, or the issues that stop it: the refused values, then what `beforeRun` refuses. */
export function checkedRuns(checked: Result<{ readonly models: readonly Model[] }>, options: SweepRunOptions): Result<{ readonly models: readonly Model[] }> {
  if (!checked.ok) return checked;
  const refused = (options.beforeRun?.(checked.models) ?? []).filter((issue) => issue.severity === "error");
  return refused.length > 0 ? { ok: false, issues: refused } : checked;
}

/**
 * Runs every point of the sweep on the same seed and replication indices. Each point's model
 * is first validated as a model file would be (`sweepModels`): a refused value returns its
 * issues and nothing runs; the points' warnings come back as the result's warnings.
 * @throws SimulationError when a point fails at run time.
 */
export async function sweep(base: Model, axes: readonly SweepAxis[], mode: SweepMode, options: SweepRunOptions = {}): Promise<Result<{ readonly value: SweepResult }>> {
  const model = withRunOverrides(base, options);
  const settings = sweepPoints(axes, mode);
  const checked = checkedRuns(sweepModels(model, axes, settings), options);
  if (!checked.ok) return checked;
  const sims = await runVariants(checked.models, options);
  const points = sims.map((sim, index) => ({ index, settings: settings[index], kpis: sim.kpis }));
  const value: SweepResult = {
    model: model.name,
    seed: model.run.seed,
    replications: model.run.replications,
    mode,
    parameters: axes.map((a) => ({ path: a.parameter.path, base: a.parameter.base, values: a.values })),
    kpiDefs: sims[0].kpiDefs,
    serviceLevels: sims[0].serviceLevels,
    points,
    frontier: costServiceFrontier(sims[0].kpiDefs, points),
    warnings: pointRunWarnings(sims.map((sim, index) => ({ settings: settings[index], warnings: sim.warnings }))),
  };
  return { ok: true, warnings: checked.warnings, value };
}
