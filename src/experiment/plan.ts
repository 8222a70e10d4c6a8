/**
 * Experiment plans as data: which model variants to run for which replication indices.
 *
 * "Today's account opening and the RPA proposal, replications 0-29" is a plan of two
 * variants and the range [0, 30); a sweep over 2..8 tellers is a plan of seven variants on
 * the same range (common random numbers: point k and point k+1 see the same customers).
 * A plan runs on the replication pool of this process, or is cut into shards by replication
 * range so that a job array can run it on many machines; results are always merged by
 * replication index, so every way of running a plan gives the same numbers.
 *
 * ```
 * plan ──runPlan(pool)──────────────────────────────▶ RepResult[variant][k]
 * plan ──shardOf(i/n)──▶ sub-plan ──runPlan──▶ part ┐
 *                                                   ├─mergeParts─▶ RepResult[variant][k]
 *                                     other parts ──┘
 * ```
 */
import type { Model } from "../model/compile/model.js";
import type { RepResult } from "../stats/result-types.js";
import type { ReplicationPool } from "./workers.js";

/** One model of a plan, under a name that identifies it in results. */
export interface PlanVariant {
  readonly name: string;
  /** The model with its run settings (seed, horizon) already final. */
  readonly model: Model;
}

/** Replications from, from+1, …, from+count−1. */
export interface ReplicationRange {
  readonly from: number;
  readonly count: number;
}

/** Variants × a replication range. */
export interface ExperimentPlan {
  readonly variants: readonly PlanVariant[];
  readonly replications: ReplicationRange;
}

/** What running (part of) a plan gives: per variant, results in replication index order. */
export interface PlanResults {
  readonly replications: ReplicationRange;
  readonly results: readonly (readonly RepResult[])[];
}

/** The replication indices from..from+count−1. */
export function replicationRange(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

/** A plan over the replications [from, from+count) of the given models. */
export function planOf(models: readonly Model[], from: number, count: number): ExperimentPlan {
  return { variants: models.map((model) => ({ name: model.name, model })), replications: { from, count } };
}

/**
 * Runs every variant of the plan on the pool, all at once so the pool stays busy, and
 * reports combined progress (done, total) over all variants.
 */
export async function runPlan(
  plan: ExperimentPlan,
  pool: ReplicationPool,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<PlanResults> {
  const indices = replicationRange(plan.replications.from, plan.replications.count);
  const doneBy = plan.variants.map(() => 0);
  const total = indices.length * plan.variants.length;
  const report = (v: number) => (done: number) => {
    doneBy[v] = done;
    onProgress?.(doneBy.reduce((a, b) => a + b, 0), total);
  };
  const results = await Promise.all(plan.variants.map((variant, v) => pool.run(JSON.stringify(variant.model), indices, report(v), signal)));
  return { replications: plan.replications, results };
}

/** Shard `index` (1-based) of `count`: a contiguous block of the plan's replications. */
export function shardOf(plan: ExperimentPlan, index: number, count: number): ExperimentPlan {
  if (!(Number.isInteger(count) && count >= 1 && Number.isInteger(index) && index >= 1 && index <= count)) {
    throw new RangeError(`a shard is i/n with whole numbers 1 ≤ i ≤ n, got ${index}/${count}`);
  }
  const { from, count: total } = plan.replications;
  const start = Math.floor(((index - 1) * total) / count);
  const end = Math.floor((index * total) / count);
  return { ...plan, replications: { from: from + start, count: end - start } };
}

/** Parts of one plan whose replication ranges do not tile [from, from+count) exactly. */
export class PartsMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PartsMismatchError";
  }
}

/**
 * Merges the results of parts of one plan by replication index.
 * @throws PartsMismatchError when the parts hold different numbers of variants, or their
 * replications leave a gap or overlap.
 */
export function mergeParts(parts: readonly PlanResults[]): PlanResults {
  if (parts.length === 0) throw new PartsMismatchError("no parts to merge");
  const sorted = [...parts].sort((a, b) => a.replications.from - b.replications.from);
  const variants = sorted[0].results.length;
  let next = sorted[0].replications.from;
  for (const part of sorted) {
    if (part.results.length !== variants) throw new PartsMismatchError(`parts hold ${variants} and ${part.results.length} variants; they are not from the same plan`);
    if (part.replications.from !== next) {
      const what = part.replications.from > next ? `replications ${next}..${part.replications.from - 1} are missing` : `replication ${part.replications.from} is in two parts`;
      throw new PartsMismatchError(what);
    }
    next += part.replications.count;
  }
  const results = Array.from({ length: variants }, (_, v) => sorted.flatMap((part) => part.results[v]));
  return { replications: { from: sorted[0].replications.from, count: next - sorted[0].replications.from }, results };
}
