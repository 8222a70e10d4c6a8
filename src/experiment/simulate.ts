/**
 * Simulating one model: R independent replications, summarised with 95% intervals.
 *
 * "Run the account-opening model for 30 replications" runs replications 0..29, each a
 * pure function of (model, seed, index), spread over worker threads, and summarises them
 * into a RunResult. The per-replication results are kept alongside: a comparison pairs
 * replication k of the current model with replication k of the proposal.
 *
 * ```
 * Model ──withRunOverrides──▶ Model' ──JSON──▶ batches ──pool (N threads)──▶ RepResult[k]
 *                                                                               │ by index
 *                                                  RunResult ◀──summariseRuns───┘
 * ```
 */
import type { Model } from "../model/compile/model.js";
import type { RepResult, RunResult } from "../stats/result-types.js";
import { compileModel } from "../model/compile/compile.js";
import { collectorLayoutOf } from "./collector-layout.js";
import { summariseRuns } from "../stats/summarise.js";
import { planOf, replicationRange, runPlan } from "./plan.js";
import { runReplicationBatch } from "./replication-batch.js";
import { withRunOverrides, type RunOverrides } from "./run-overrides.js";
import { createReplicationPool, defaultWorkerCount, type BatchProgress, type ReplicationPool } from "./workers.js";
import { checkTargetKey, replicateToTarget, replicationCeiling, type HalfWidthTarget, type TargetOutcome } from "./target-halfwidth.js";
import { assertRunOptions } from "./run-options.js";
import { assertValidModels } from "./model-object-checks.js";
import { progressFrom } from "./round-progress.js";

/** Options of `simulate`; run overrides take precedence over the model's `run:` block. */
export interface SimulateOptions extends RunOverrides {
  /**
   * Worker threads, a whole number from 1 (in-process) to LIMITS.workersPerCore × cores;
   * default = available cores. Ignored when `pool` is given.
   */
  readonly workers?: number;
  /**
   * Called as replications finish: (done, total). `done` counts every replication run so far
   * and never goes down; `total` is the best knowledge of the replications the run will take:
   * with a `target` it starts at the initial count and changes as each round is planned (it can
   * grow, or shrink when a round ends at `maxReplications`).
   */
  readonly onProgress?: BatchProgress;
  /** An existing pool to run on (it is left open); otherwise one is created and closed. */
  readonly pool?: ReplicationPool;
  /** Add replications until this KPI's half-width is met (rejects with UnknownKpiError for an unknown key). */
  readonly target?: HalfWidthTarget;
  /** Upper limit on replications when a target is set, 1 … LIMITS.replications (default 10 × the initial count). */
  readonly maxReplications?: number;
  /** Cancels the run: it rejects with the signal's reason between replications. */
  readonly signal?: AbortSignal;
}

/** A RunResult plus the per-replication results it was summarised from (index order). */
export interface Simulation extends RunResult {
  readonly repResults: readonly RepResult[];
  /** How a half-width target was met; present only when one was given. */
  readonly target?: TargetOutcome;
}

export { replicationRange } from "./plan.js";

/**
 * Summarises replication results (in index order) of a model into a Simulation. The KPI
 * list comes from the model's layout, so it is complete even where nothing was observed.
 */
export function summariseSimulation(model: Model, repResults: readonly RepResult[]): Simulation {
  const layout = collectorLayoutOf(compileModel(model));
  return { ...summariseRuns(model, repResults, layout), repResults };
}

/**
 * Runs `model` for its (possibly overridden) number of replications on worker threads, and
 * with a target adds replications until that KPI's half-width is met. The result does not
 * depend on the number of workers. The model is first held to the checks of a model file
 * and the options to their ranges. Rejects with InvalidModelError (every problem of the
 * model, by path), a RangeError naming every invalid option, or the engine's
 * SimulationError if a replication fails at run time (the same, whichever thread ran it).
 */
export async function simulate(model: Model, options: SimulateOptions = {}): Promise<Simulation> {
  assertRunOptions(options);
  assertValidModels([model]);
  return simulateChecked(model, options);
}

/** `simulate` of a model and options already checked (a model file just loaded, options checked as issues). */
export async function simulateChecked(model: Model, options: SimulateOptions = {}): Promise<Simulation> {
  const effective = withRunOverrides(model, options);
  const pool = options.pool ?? createReplicationPool({ workers: options.workers ?? defaultWorkerCount() });
  try {
    const { results } = await runPlan(planOf([effective], 0, effective.run.replications), pool, options.onProgress, options.signal);
    const first = summariseSimulation(effective, results[0]);
    return options.target ? await simulateToTarget(effective, first, options.target, options, pool) : first;
  } finally {
    if (!options.pool) await pool.close();
  }
}

/** Adds replications to `first` until the target KPI's half-width is met or the limit reached. */
async function simulateToTarget(model: Model, first: Simulation, target: HalfWidthTarget, options: SimulateOptions, pool: ReplicationPool): Promise<Simulation> {
  checkTargetKey(first.kpiDefs.map((def) => def.key), target.key);
  const reps = [...first.repResults];
  let result = first;
  const outcome = await replicateToTarget(target, {
    initial: reps.length,
    max: replicationCeiling(reps.length, options.maxReplications),
    more: async (from, to) => {
      reps.push(...(await pool.run(JSON.stringify(model), replicationRange(from, to - from), progressFrom(options.onProgress, from, to), options.signal)));
      result = summariseSimulation(withRunOverrides(model, { replications: reps.length }), reps);
    },
    achieved: () => result.kpis.find((k) => k.key === target.key)?.halfWidth ?? null,
  });
  return { ...result, target: outcome };
}

/** The synchronous, in-process path of `simulate` (no threads, no progress). */
export function simulateSync(model: Model, options: RunOverrides = {}): Simulation {
  const effective = withRunOverrides(model, options);
  const indices = replicationRange(0, effective.run.replications);
  const repResults = runReplicationBatch({ modelJson: JSON.stringify(effective), replications: indices });
  return summariseSimulation(effective, repResults);
}
