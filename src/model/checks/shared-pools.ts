/**
 * Pools that share work through `servedBy`: the load checks weigh them together.
 *
 * Mortgage advice served by `[{ resource: specialists }, { resource: universal agents }]`
 * puts its work on whichever pool is free, so one specialist and one universal agent offered
 * 9 cases an hour of 10 minutes are an M/M/2 at ρ = 0.75, not a specialist at ρ = 1.5. Pools
 * linked by any servedBy step form one group; a servedBy step's work counts at its cheapest
 * option (mean duration × units), so the group's load is a lower bound and ρ ≥ 1 is certain.
 */
import { distMean } from "../../random/dist-moments.js";
import type { Model, Step } from "../compile/model.js";
import { workPerCase } from "./work-per-case.js";

/** Pools weighed together, and the servedBy steps that link them. */
export interface SharedPools {
  readonly pools: readonly string[];
  readonly steps: readonly string[];
}

const optionsOf = (step: Step): readonly { resource: string }[] => step.servedBy?.options ?? [];

/** The groups of two or more pools linked by servedBy steps, pools and steps in model order. */
export function sharedPoolGroups(model: Model): SharedPools[] {
  let groups: Set<string>[] = [];
  for (const step of model.steps) {
    const names = optionsOf(step).map((o) => o.resource);
    if (names.length < 2) continue;
    const linked = groups.filter((g) => names.some((n) => g.has(n)));
    const merged = new Set<string>(names);
    for (const g of linked) for (const n of g) merged.add(n);
    groups = [...groups.filter((g) => !linked.includes(g)), merged];
  }
  return groups.filter((g) => g.size > 1).map((g) => ({
    pools: model.resources.map((p) => p.name).filter((n) => g.has(n)),
    steps: model.steps.filter((s) => optionsOf(s).some((o) => g.has(o.resource))).map((s) => s.name),
  })).sort((a, b) => model.resources.findIndex((p) => p.name === a.pools[0]) - model.resources.findIndex((p) => p.name === b.pools[0]));
}

/**
 * The fewest pool-minutes one visit of a servedBy step can take, relative to what the load
 * checks count for it (its first option's units × the step's mean): 1 when the first option
 * is also the cheapest.
 */
export function cheapestOptionFactor(step: Step): number {
  const options = step.servedBy?.options ?? [];
  const mean = workPerCase(step);
  if (options.length === 0 || !(mean > 0)) return 1;
  const cost = (o: (typeof options)[number]): number => o.units * (o.duration === null ? mean : distMean(o.duration));
  return Math.min(...options.map(cost)) / (options[0].units * mean);
}
