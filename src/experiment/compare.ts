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
import { closest } from "fastest-levenshtein";
import type { ComparisonResult, ProposalComparison, RepResult } from "../stats/result-types.js";
import { pairedDifferences, type PairedKpiDifference } from "./paired-differences.js";
import { withRunOverrides, type RunOverrides } from "./run-overrides.js";
import { replicationRange, summariseSimulation, type Simulation } from "./simulate.js";
import { createReplicationPool, defaultWorkerCount, type ReplicationPool } from "./workers.js";

/** Stop adding replications once the paired half-width of `key` is at most `halfWidth`. */
export interface HalfWidthTarget {
  /** KPI key, e.g. `overall/cycleTime.mean`. */
  readonly key: string;
  /** In the KPI's unit (> 0). */
  readonly halfWidth: number;
}

/** Options of `compare`. Seed and replications come from the current model unless overridden. */
export interface CompareOptions extends RunOverrides {
  readonly workers?: number;
  /** Called as replications finish: (done, total) over all models of the current round. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly target?: HalfWidthTarget;
  /** Upper limit on replications when a target is set (default 10 × the initial count). */
  readonly maxReplications?: number;
  readonly pool?: ReplicationPool;
}

/** How the target half-width search ended. */
export interface TargetOutcome {
  readonly key: string;
  readonly halfWidth: number;
  /** Largest paired half-width of the key over the proposals; null if undefined. */
  readonly achieved: number | null;
  readonly met: boolean;
  readonly replications: number;
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
) {
  const indices = replicationRange(from, count);
  const doneBy = models.map(() => 0);
  const total = count * models.length;
  const report = (m: number) => (done: number) => {
    doneBy[m] = done;
    onProgress?.(doneBy.reduce((a, b) => a + b, 0), total);
  };
  return Promise.all(models.map((model, m) => pool.run(JSON.stringify(model), indices, report(m))));
}

function assemble(models: readonly Model[], reps: readonly (readonly RepResult[])[]) {
  const sims: Simulation[] = models.map((model, m) =>
    summariseSimulation(withRunOverrides(model, { replications: reps[m].length }), reps[m]),
  );
  const [current, ...rest] = sims;
  const proposals = rest.map((sim, i) => ({ name: models[i + 1].name, result: sim, differences: pairedDifferences(current, sim) }));
  return { current, proposals };
}

/** A half-width target names a KPI the model does not report. */
export class UnknownKpiError extends Error {
  constructor(
    readonly key: string,
    readonly suggestion: string | null,
  ) {
    super(`KPI "${key}" is not reported by this model${suggestion ? `; did you mean "${suggestion}"?` : ""}`);
    this.name = "UnknownKpiError";
  }
}

/** Throws UnknownKpiError (with the closest key) when `key` is not among `keys`. */
export function checkTargetKey(keys: readonly string[], key: string): void {
  if (keys.includes(key)) return;
  throw new UnknownKpiError(key, keys.length > 0 ? closest(key, [...keys]) : null);
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

/** Replications to try next: the √n law applied to the current half-width, with 20% margin. */
export function nextReplicationCount(n: number, achieved: number | null, target: number, max: number): number {
  const estimate = achieved === null ? 2 * n : Math.ceil(1.2 * n * (achieved / target) ** 2);
  return Math.min(max, Math.max(n + 2, estimate));
}

/**
 * Compares each proposal with the current model on common random numbers. With a target,
 * adds replications (all models, same indices) until the target KPI's paired half-width is
 * met for every proposal or `maxReplications` is reached. Rejects on a run-time model error,
 * and with UnknownKpiError when the target names no KPI of the model.
 */
export async function compare(current: Model, proposals: readonly Model[], options: CompareOptions = {}): Promise<PairedComparison> {
  const models = alignModels(current, proposals, options);
  const pool = options.pool ?? createReplicationPool({ workers: options.workers ?? defaultWorkerCount() });
  try {
    let n = models[0].run.replications;
    const reps = await runRound(pool, models, 0, n, options.onProgress);
    let result = assemble(models, reps);
    const target = options.target;
    if (!target) return { ...result, replications: n, target: null };
    checkTargetKey(result.current.kpiDefs.map((def) => def.key), target.key);
    const max = Math.max(n, options.maxReplications ?? 10 * n);
    let achieved = worstHalfWidth(result.proposals, target.key);
    while (!(achieved !== null && achieved <= target.halfWidth) && n < max) {
      const next = nextReplicationCount(n, achieved, target.halfWidth, max);
      const more = await runRound(pool, models, n, next - n, options.onProgress);
      more.forEach((extra, m) => reps[m].push(...extra));
      n = next;
      result = assemble(models, reps);
      achieved = worstHalfWidth(result.proposals, target.key);
    }
    const met = achieved !== null && achieved <= target.halfWidth;
    return { ...result, replications: n, target: { key: target.key, halfWidth: target.halfWidth, achieved, met, replications: n } };
  } finally {
    if (!options.pool) await pool.close();
  }
}
