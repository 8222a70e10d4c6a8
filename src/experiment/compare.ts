/**
 * Current vs proposed: a paired comparison on common random numbers.
 *
 * "If data entry is done by RPA bots and one approval level is removed, how much faster is
 * account opening?" Both models run replications 0..R−1 with the same seed. Random
 * streams are keyed by element names, so the customers arriving, their service needs and
 * their routing draws are the same in both wherever the element still exists; the
 * per-replication differences then isolate the effect of the change.
 *
 * ```
 * current ─┐                              ┌─▶ RunResult (current)
 *          ├─ same seed, reps 0..R−1 ─pool┤
 * proposal ┘                              └─▶ RunResult (proposal) ─▶ paired differences
 *                 ▲                                                      │
 *                 └──── more reps while the target half-width is not met ┘
 * ```
 */
import type { Model } from "../model/compile/model.js";
import type { ComparisonResult, ProposalComparison, RepResult } from "../stats/result-types.js";
import { oneSidedKpis } from "../stats/one-sided-kpis.js";
import { pairedDifferences, type PairedKpiDifference } from "./paired-differences.js";
import { withRunOverrides, type RunOverrides } from "./run-overrides.js";
import { planOf, runPlan } from "./plan.js";
import { summariseSimulation, type Simulation } from "./simulate.js";
import { createReplicationPool, defaultWorkerCount, type ReplicationPool } from "./workers.js";
import { checkTargetKey, replicateToTarget, replicationCeiling, type HalfWidthTarget, type TargetOutcome } from "./target-halfwidth.js";
import { assertRunOptions } from "./run-options.js";
import { assertValidModels } from "./model-object-checks.js";
import { progressFrom } from "./round-progress.js";

export { checkTargetKey, nextReplicationCount, UnknownKpiError, type HalfWidthTarget, type TargetOutcome } from "./target-halfwidth.js";

/** Options of `compare`. Seed and replications come from the current model unless overridden. */
export interface CompareOptions extends RunOverrides {
  /** Worker threads, 1 … LIMITS.workersPerCore × cores (default: available cores); ignored with `pool`. */
  readonly workers?: number;
  /**
   * Called as replications finish: (done, total) over all models. `done` counts every
   * replication run so far and never goes down; `total` is the best knowledge of the whole
   * run: with a `target` it changes as each round is planned (it can grow, or shrink when a
   * round ends at `maxReplications`).
   */
  readonly onProgress?: (done: number, total: number) => void;
  readonly target?: HalfWidthTarget;
  /** Upper limit on replications when a target is set, 1 … LIMITS.replications (default 10 × the initial count). */
  readonly maxReplications?: number;
  readonly pool?: ReplicationPool;
  /** Cancels the run: it rejects with the signal's reason between replications. */
  readonly signal?: AbortSignal;
}

/** One proposal with variance-reduction figures on its differences. */
export interface PairedProposalComparison extends ProposalComparison {
  readonly differences: readonly PairedKpiDifference[];
}

/** The comparison; `target` only when a half-width target was given. */
export interface PairedComparison extends ComparisonResult {
  readonly proposals: readonly PairedProposalComparison[];
  readonly replications: number;
  readonly target: TargetOutcome | null;
}

/**
 * Aligns every model on the same seed and replication count (the current model's after
 * overrides); proposals keep their other run settings (e.g. a longer horizon).
 */
export function alignModels(current: Model, proposals: readonly Model[], overrides: RunOverrides): Model[] {
  const base = withRunOverrides(current, overrides);
  const shared = { seed: base.run.seed, replications: base.run.replications };
  const aligned = proposals.map((p) => withRunOverrides(p, { ...shared, ...(overrides.horizon !== undefined ? { horizon: overrides.horizon } : {}) }));
  return [base, ...aligned];
}

/** Runs replications [from, from+count) of every model, reporting combined progress. */
async function runRound(
  pool: ReplicationPool,
  models: readonly Model[],
  from: number,
  count: number,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<RepResult[][]> {
  const { results } = await runPlan(planOf(models, from, count), pool, progressFrom(onProgress, models.length * from, models.length * (from + count)), signal);
  return results.map((reps) => [...reps]);
}

/**
 * The comparison of aligned models (current first) from their results in replication index
 * order: summaries and paired differences.
 */
export function assembleComparison(models: readonly Model[], reps: readonly (readonly RepResult[])[]) {
  const sims: Simulation[] = models.map((model, m) =>
    summariseSimulation(withRunOverrides(model, { replications: reps[m].length }), reps[m]),
  );
  const [current, ...rest] = sims;
  const proposals = rest.map((sim, i) => {
    const oneSided = oneSidedKpis(current, sim);
    return { name: models[i + 1].name, result: sim, differences: pairedDifferences(current, sim), ...(oneSided.length ? { oneSided } : {}) };
  });
  return { current, proposals };
}

/** The worst (largest) paired half-width of `key` over the proposals; null when undefined. */
export function worstHalfWidth(proposals: readonly PairedProposalComparison[], key: string): number | null {
  let worst: number | null = null;
  for (const proposal of proposals) {
    const hw = proposal.differences.find((d) => d.key === key)?.diff.halfWidth ?? null;
    if (hw === null) return null;
    worst = worst === null ? hw : Math.max(worst, hw);
  }
  return worst;
}

/**
 * Compares each proposal with the current model on common random numbers. With a target,
 * adds replications (all models, same indices) until the target KPI's paired half-width is
 * met for every proposal or `maxReplications` is reached. The models are first held to the
 * checks of a model file and the options to their ranges. Rejects with InvalidModelError
 * (every problem of every model), a RangeError naming every invalid option, the engine's
 * SimulationError on a run-time model error, and with UnknownKpiError when the target names
 * no KPI of the model.
 */
export async function compare(current: Model, proposals: readonly Model[], options: CompareOptions = {}): Promise<PairedComparison> {
  if (!Array.isArray(proposals)) throw new TypeError("compare(current, proposals): proposals must be an array of models, e.g. compare(current, [proposal])");
  assertRunOptions(options);
  assertValidModels([current, ...proposals]);
  return compareChecked(current, proposals, options);
}

/** `compare` of models and options already checked (files just loaded, options checked as issues). */
export async function compareChecked(current: Model, proposals: readonly Model[], options: CompareOptions = {}): Promise<PairedComparison> {
  const models = alignModels(current, proposals, options);
  const pool = options.pool ?? createReplicationPool({ workers: options.workers ?? defaultWorkerCount() });
  try {
    const n = models[0].run.replications;
    const reps = await runRound(pool, models, 0, n, options.onProgress, options.signal);
    let result = assembleComparison(models, reps);
    const target = options.target;
    if (!target) return { ...result, replications: n, target: null };
    checkTargetKey(result.current.kpiDefs.map((def) => def.key), target.key);
    const outcome = await replicateToTarget(target, {
      initial: n,
      max: replicationCeiling(n, options.maxReplications),
      more: async (from, to) => {
        const more = await runRound(pool, models, from, to - from, options.onProgress, options.signal);
        more.forEach((extra, m) => reps[m].push(...extra));
        result = assembleComparison(models, reps);
      },
      achieved: () => worstHalfWidth(result.proposals, target.key),
    });
    return { ...result, replications: outcome.replications, target: outcome };
  } finally {
    if (!options.pool) await pool.close();
  }
}
