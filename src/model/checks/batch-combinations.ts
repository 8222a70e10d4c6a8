/**
 * What a batch step cannot be combined with, reported where it is written.
 *
 * "File vouchers" collects 20 vouchers and files them as one piece of work: a limit on its
 * line, balking, patience or a message offer would act on single vouchers that never wait in
 * a line there; errors, seize/release, skills routing, preemption and escalation act on one
 * case's activity, which a batch does not have; a pool that fails, takes work by rule or
 * preempts would interrupt or choose among batches in ways nothing defines. Each such key on
 * a batch step (or on a pool a batch step uses) is an error naming the key.
 */
import type { Model, ResourcePool, Step } from "../compile/model.js";
import { error, type IssueDraft } from "../source/issues.js";

/** The keys of a batch step that act on a single case's wait or activity, and are given. */
function stepKeys(step: Step): string[] {
  const a = step.admission;
  const keys: string[] = [];
  if (a !== undefined) {
    if (a.maxWaiting !== null) keys.push("maxWaiting");
    if (a.maxInSystem !== null) keys.push("maxInSystem");
    if (a.balk !== null) keys.push("balk");
    if (a.patience !== null) keys.push("patience");
    if (Object.keys(a.patienceByClass).length > 0) keys.push("patienceByClass");
    if (a.message !== null) keys.push("message");
    if (a.retry !== null) keys.push("retry");
    if (keys.length === 0) keys.push("whenFull");
  }
  const optional: [string, unknown][] = [
    ["errors", step.errors], ["detects", step.detects], ["seize", step.seize], ["release", step.release],
    ["servedBy", step.servedBy], ["escalate", step.escalate],
  ];
  for (const [key, value] of optional) if (value !== undefined && value !== null) keys.push(key);
  if (step.preempt === true) keys.push("preempt");
  if (step.durationBy !== undefined && step.durationBy !== null && step.batch?.durationPer !== "item") keys.push("duration");
  return keys;
}

/** The keys of a pool that a batch step cannot work with, and are given. */
function poolKeys(pool: ResourcePool): string[] {
  const keys: string[] = [];
  if (pool.maxWaiting !== undefined) keys.push("maxWaiting");
  if (pool.maxInSystem !== undefined) keys.push("maxInSystem");
  if (pool.downtime !== undefined && pool.downtime !== null) keys.push("downtime");
  if (pool.takes !== undefined) keys.push("takes");
  if (pool.preempt === true) keys.push("preempt");
  return keys;
}

/** Every batch step combined with a rule it cannot follow. */
export function checkBatchCombinations(model: Model): IssueDraft[] {
  const issues: IssueDraft[] = [];
  const pools = new Map(model.resources.map((pool) => [pool.name, pool]));
  for (const step of model.steps) {
    if (step.kind !== "batch") continue;
    for (const key of stepKeys(step)) issues.push(error("batchCombination", [...step.path, key], { key, step: step.name }));
    for (const need of step.resources) {
      const pool = pools.get(need.resource);
      if (pool === undefined) continue;
      for (const key of poolKeys(pool)) issues.push(error("batchPoolCombination", [...pool.path, key], { key, pool: pool.name, step: step.name }));
    }
  }
  return issues;
}
