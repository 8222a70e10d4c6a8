/**
 * Pools that share work through `servedBy`: the load checks weigh them together.
 *
 * Mortgage advice served by `[{ resource: specialists }, { resource: universal agents }]`
 * puts its work on whichever pool is free, so one specialist and one universal agent offered
 * 9 cases an hour of 10 minutes are an M/M/2 at ρ = 0.75, not a specialist at ρ = 1.5. Pools
 * linked by any servedBy step form one group; how much of its work the group can carry, each
 * pool limited by its own staff, is `group-capacity.ts`.
 */
import type { Model, Step } from "../compile/model.js";

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
