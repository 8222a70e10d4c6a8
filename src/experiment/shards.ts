/**
 * Shards of a run or comparison for job arrays, and merging them back into one result.
 *
 * `procsim compare today.yaml rpa.yaml -r 400 --shard 3/8 --json part-3.json` on the third
 * machine of an 8-job array runs replications 100..149 of both models and writes them, with
 * the models themselves, to a part file; `procsim merge part-*.json` checks that the parts
 * come from the same plan and cover every replication exactly once, and summarises them by
 * replication index into the same result, byte for byte, as one run of 400 replications.
 */
import type { Model } from "../model/compile/model.js";
import type { RepResult } from "../stats/result-types.js";
import { alignModels, assembleComparison, type PairedComparison } from "./compare.js";
import { mergeParts, PartsMismatchError, planOf, runPlan, shardOf, type PlanResults } from "./plan.js";
import { withRunOverrides, type RunOverrides } from "./run-overrides.js";
import { summariseSimulation, type Simulation } from "./simulate.js";
import type { ReplicationPool } from "./workers.js";
import { partProblem, planDifference, SHARD_FORMAT } from "./shard-checks.js";

export { SHARD_FORMAT } from "./shard-checks.js";

/** What a shard belongs to: a single run, or a comparison (current first). */
export type ShardKind = "run" | "compare";

/** The content of a part file. */
export interface ShardPart {
  readonly format: typeof SHARD_FORMAT;
  readonly kind: ShardKind;
  /** 1-based shard index and the number of shards. */
  readonly shard: { readonly index: number; readonly count: number };
  /** The models exactly as the whole plan runs them (run overrides applied). */
  readonly models: readonly Model[];
  readonly part: PlanResults;
  /**
   * Written with `--per-replication` (absent otherwise): the merged JSON adds each
   * replication's KPI values, as the unsharded command's would.
   */
  readonly perReplication?: boolean;
}

/** The models a run or comparison would run, with the overrides applied. */
export function plannedModels(kind: ShardKind, models: readonly Model[], overrides: RunOverrides): Model[] {
  return kind === "run" ? [withRunOverrides(models[0], overrides)] : alignModels(models[0], models.slice(1), overrides);
}

/** Runs shard `index` of `count` of a run (one model) or a comparison (current, proposals…). */
export async function runShard(
  kind: ShardKind,
  models: readonly Model[],
  shard: { readonly index: number; readonly count: number },
  pool: ReplicationPool,
  onProgress?: (done: number, total: number) => void,
): Promise<ShardPart> {
  const plan = shardOf(planOf(models, 0, models[0].run.replications), shard.index, shard.count);
  const part = await runPlan(plan, pool, onProgress);
  return { format: SHARD_FORMAT, kind, shard, models, part };
}

/**
 * The merged result: a run or a comparison, as one run of all replications gives it, and
 * whether a part asked for the values of each replication in the JSON (`--per-replication`).
 */
export type MergedResult = ({ readonly kind: "run"; readonly value: Simulation } | { readonly kind: "compare"; readonly value: PairedComparison }) & { readonly perReplication: boolean };

function checkSamePlan(parts: readonly ShardPart[]): void {
  parts.forEach((part, i) => {
    const problem = partProblem(part);
    if (problem !== null) throw new PartsMismatchError(`part ${i + 1} of ${parts.length}: ${problem}`);
  });
  const first = parts[0];
  for (const part of parts) {
    const difference = planDifference(part, first);
    if (difference !== null) throw new PartsMismatchError(`shard ${part.shard.index}/${part.shard.count} is from another plan than shard ${first.shard.index}/${first.shard.count}: ${difference}`);
  }
  const seen = new Set<number>();
  const repeated = new Set<number>();
  for (const part of parts) (seen.has(part.shard.index) ? repeated : seen).add(part.shard.index);
  const named = (shards: Iterable<number>): string => [...shards].map((i) => `${i}/${first.shard.count}`).join(", ");
  const twice = repeated.size === 0 ? "" : `; shard${repeated.size > 1 ? "s" : ""} ${named(repeated)} given more than once`;
  const missing = Array.from({ length: first.shard.count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new PartsMismatchError(`shard${missing.length > 1 ? "s" : ""} ${named(missing)} missing${twice}`);
  if (repeated.size > 0) throw new PartsMismatchError(`${parts.length} parts for ${first.shard.count} shards${twice}`);
}

/**
 * Merges the parts of one plan by replication index and summarises them; the values of each
 * replication are asked for when any part was written with them.
 * @throws PartsMismatchError when a part lacks a field a merge reads (shard-checks.ts), or
 * parts are missing, repeated or from different plans (naming what differs).
 */
export function mergeShards(parts: readonly ShardPart[]): MergedResult {
  if (parts.length === 0) throw new PartsMismatchError("no part files given");
  checkSamePlan(parts);
  const { models, kind } = parts[0];
  const merged = mergeParts(parts.map((part) => part.part));
  const planned = models[0].run.replications;
  if (merged.replications.from !== 0 || merged.replications.count !== planned) {
    throw new PartsMismatchError(`the parts hold replications ${merged.replications.from}..${merged.replications.from + merged.replications.count - 1}; the plan has 0..${planned - 1}`);
  }
  const reps = merged.results.map((results) => [...results] as RepResult[]);
  const perReplication = parts.some((part) => part.perReplication === true);
  if (kind === "run") return { kind, perReplication, value: summariseSimulation(withRunOverrides(models[0], { replications: reps[0].length }), reps[0]) };
  const result = assembleComparison(models, reps);
  return { kind, perReplication, value: { ...result, replications: reps[0].length, target: null } };
}
