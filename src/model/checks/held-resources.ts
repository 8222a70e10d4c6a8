/**
 * Resources held across steps, checked along the routes: every release has a seize before it,
 * no pool is seized twice, no route leaves the process while holding, and every path into a
 * step holds the same pools.
 *
 * `release: advisers` on "paperwork" when no step before it seizes advisers is reported at that
 * release; a "decline" branch that exits straight after "welcome" seized an adviser is reported
 * at welcome's `next`: the adviser would never be free again.
 */
import type { Model } from "../compile/model.js";
import { analyseHeld, usesHeldResources } from "../compile/held-analysis.js";
import { error, type IssueDraft } from "../source/issues.js";
import { suggestion } from "../source/suggest.js";
import { forkBranchRegions } from "./fork-join.js";

/** Unknown pools in `seize` and `release`, with suggestions. */
function unknownPools(model: Model): IssueDraft[] {
  const pools = model.resources.map((pool) => pool.name);
  const issues: IssueDraft[] = [];
  const unknown = (name: string, path: IssueDraft["path"], altPath: IssueDraft["path"]): void => {
    if (!pools.includes(name)) issues.push({ ...error("unknownResource", path, { name, allowed: pools.slice(0, 30), ...suggestion(name, pools) }), altPath });
  };
  for (const step of model.steps) {
    if (step.seize) unknown(step.seize.resource, [...step.path, "seize", "resource"], [...step.path, "seize"]);
    (step.release ?? []).forEach((name, i) => unknown(name, [...step.path, "release", i], [...step.path, "release"]));
  }
  return issues;
}

/** A `seize` in a branch whose join goes on before every part is back: a withdrawn part would keep the pool. */
function seizesInWithdrawableBranches(model: Model): IssueDraft[] {
  const byName = new Map(model.steps.map((step) => [step.name, step] as const));
  const flagged = new Set<number>();
  for (const region of forkBranchRegions(model)) {
    const fork = byName.get(region.fork)?.fork;
    const need = fork === undefined ? undefined : byName.get(fork.join)?.need;
    if (fork === undefined || need === undefined || need >= fork.branches.length) continue;
    for (const s of region.steps) if (model.steps[s].seize) flagged.add(s);
  }
  return [...flagged].sort((a, b) => a - b).map((s) => {
    const step = model.steps[s];
    return error("seizeInWithdrawnPart", [...step.path, "seize"]);
  });
}

/** The located problems of `seize` and `release`; none for a model that uses neither. */
export function checkHeldResources(model: Model): IssueDraft[] {
  if (!usesHeldResources(model)) return [];
  const unknown = unknownPools(model);
  if (unknown.length > 0) return unknown;
  return [...seizesInWithdrawableBranches(model), ...analyseHeld(model).problems.map((problem): IssueDraft => {
    const step = model.steps[problem.step];
    switch (problem.kind) {
      case "releaseWithoutSeize": {
        const draft = error("releaseWithoutSeize", [...step.path, "release", problem.index], { pool: problem.pool });
        return (step.release ?? []).length === 1 ? { ...draft, altPath: [...step.path, "release"] } : draft;
      }
      case "seizeWhileHolding":
        return error("seizeWhileHolding", [...step.path, "seize"], { pool: problem.pool, seizedAt: problem.seizedAt });
      case "exitWhileHolding":
        return { ...error("exitWhileHolding", [...step.path, "next"], { pools: problem.pools }), altPath: [...step.path, "name"] };
      case "partJoinsHolding":
        return { ...error("partJoinsHolding", [...step.path, "next"], { pools: problem.pools, join: problem.join }), altPath: [...step.path, "name"] };
      case "heldMismatch":
        return error("heldMismatch", [...step.path, "name"], { held: problem.held, other: problem.other });
    }
  })];
}
