/**
 * Which pools a case holds when it enters each step, worked out once from the routes, and the
 * ways a model can get that wrong.
 *
 * A wealth-management visit: "welcome" seizes an adviser, "advice" and "paperwork" follow, and
 * "paperwork" releases the adviser. Every case then enters "advice" and "paperwork" holding one
 * adviser and every other step holding nothing. A release with no seize before it, a seize of a
 * pool already held, a route out of the process while holding, or a step reached holding
 * different pools on different paths are problems (checks/held-resources.ts words them). Rework
 * routes (a found error's `to`) count as routes. A fork leads its case to the join still holding
 * what it held (released after the join, say), and its parts into their branches holding
 * nothing: a part cannot release its case's pools (a release in a branch has no seize before
 * it), and a part must give back what it seized in its branch before it reaches the join.
 */
import type { Model, ResourceNeed } from "./model.js";

/** One pool held: its units and the step that seized it. */
export interface HeldPool {
  readonly resource: string;
  readonly units: number;
  readonly seizedAt: string;
}

/** A problem of held resources at step `step` (an index into model.steps). */
export type HeldProblem =
  | { readonly kind: "releaseWithoutSeize"; readonly step: number; readonly index: number; readonly pool: string }
  | { readonly kind: "seizeWhileHolding"; readonly step: number; readonly pool: string; readonly seizedAt: string }
  | { readonly kind: "exitWhileHolding"; readonly step: number; readonly pools: readonly string[] }
  | { readonly kind: "heldMismatch"; readonly step: number; readonly held: readonly string[]; readonly other: readonly string[] }
  | { readonly kind: "partJoinsHolding"; readonly step: number; readonly pools: readonly string[]; readonly join: string };

/** Held pools on entry to each step (null where no case arrives), and the problems found. */
export interface HeldAnalysis {
  readonly onEntry: readonly (readonly HeldPool[] | null)[];
  readonly problems: readonly HeldProblem[];
}

/** True when some step of the model seizes or releases a pool. */
export function usesHeldResources(model: Model): boolean {
  return model.steps.some((step) => step.seize || step.release);
}

const keyOf = (held: readonly HeldPool[]): string => held.map((h) => `${h.resource}×${h.units}`).sort().join(",");

/** Where a case can go after step `s`: its route's targets and its rework targets; −1 = exit. */
function successors(model: Model, index: ReadonlyMap<string, number>, s: number): number[] {
  const step = model.steps[s];
  const route = step.next;
  const names = route.kind === "exit" ? ["exit"] : route.kind === "goto" ? [route.to] : route.options.filter((o) => o.p === null || o.p > 0).map((o) => o.to);
  for (const origin of step.detects?.from ?? []) {
    const to = model.steps[index.get(origin) ?? -1]?.errors?.to;
    if (to !== undefined) names.push(to);
  }
  return names.flatMap((name) => (name === "exit" ? [-1] : index.has(name) ? [index.get(name) as number] : []));
}

/** What a case holds after step `s` if it held `held` on entry; records release and seize problems. */
function heldAfter(model: Model, s: number, held: readonly HeldPool[], problems: HeldProblem[]): HeldPool[] {
  const step = model.steps[s];
  const after = [...held];
  const seize: ResourceNeed | null | undefined = step.seize;
  if (seize) {
    const already = after.find((h) => h.resource === seize.resource);
    if (already) problems.push({ kind: "seizeWhileHolding", step: s, pool: seize.resource, seizedAt: already.seizedAt });
    else after.push({ resource: seize.resource, units: seize.units, seizedAt: step.name });
  }
  (step.release ?? []).forEach((pool, i) => {
    const at = after.findIndex((h) => h.resource === pool);
    if (at < 0) problems.push({ kind: "releaseWithoutSeize", step: s, index: i, pool });
    else after.splice(at, 1);
  });
  return after;
}

/** Walks the routes from every arrival's first step; see the module comment. */
export function analyseHeld(model: Model): HeldAnalysis {
  const index = new Map<string, number>();
  model.steps.forEach((step, i) => {
    if (!index.has(step.name)) index.set(step.name, i);
  });
  const onEntry: (HeldPool[] | null)[] = model.steps.map(() => null);
  const problems: HeldProblem[] = [];
  const mismatched = new Set<number>();
  const stack: number[] = [];
  const reach = (t: number, held: HeldPool[]): void => {
    const known = onEntry[t];
    if (known === null) {
      onEntry[t] = held;
      stack.push(t);
    } else if (keyOf(known) !== keyOf(held) && !mismatched.has(t)) {
      mismatched.add(t);
      problems.push({ kind: "heldMismatch", step: t, held: known.map((h) => h.resource), other: held.map((h) => h.resource) });
    }
  };
  for (const source of model.arrivals) {
    const first = index.get(source.firstStep);
    if (first !== undefined) reach(first, []);
  }
  while (stack.length > 0) {
    const s = stack.pop() as number;
    const after = heldAfter(model, s, onEntry[s] as HeldPool[], problems);
    const fork = model.steps[s].fork;
    if (fork) {
      forkSuccessors(index, fork, after, reach);
      continue;
    }
    for (const t of successors(model, index, s)) {
      if (t >= 0 && model.steps[t].kind === "join") partReachesJoin(model, s, t, after, problems);
      else if (t >= 0) reach(t, after);
      else if (after.length > 0 && !problems.some((p) => p.kind === "exitWhileHolding" && p.step === s)) {
        problems.push({ kind: "exitWhileHolding", step: s, pools: after.map((h) => h.resource) });
      }
    }
  }
  return { onEntry, problems };
}

/** A fork: its case goes to the join holding `held`; each part enters its branch holding nothing. */
function forkSuccessors(index: ReadonlyMap<string, number>, fork: { readonly branches: readonly string[]; readonly join: string }, held: HeldPool[], reach: (t: number, held: HeldPool[]) => void): void {
  const join = index.get(fork.join);
  if (join !== undefined) reach(join, held);
  for (const name of fork.branches) {
    const branch = index.get(name);
    if (branch !== undefined && branch !== join) reach(branch, []);
  }
}

/** A part leaves step `s` for join `t`: it must hold nothing (its case's pools are not its own). */
function partReachesJoin(model: Model, s: number, t: number, held: readonly HeldPool[], problems: HeldProblem[]): void {
  if (held.length === 0) return;
  problems.push({ kind: "partJoinsHolding", step: s, pools: held.map((h) => h.resource), join: model.steps[t].name });
}
