/**
 * Steps reachable from the arrivals' first steps, counting escalation timers as routes: a
 * "team lead review" that only escalated files reach is reachable (not a dead step); so is the
 * `sendTo` step of a pool whose downtime sends interrupted work there, once a step that needs
 * the pool is reachable.
 */
import type { Model } from "../compile/model.js";
import { reachableFrom, type RouteGraph } from "./route-graph.js";
import { stepNeedsPool } from "./downtime-send.js";

/** Step indices reachable from `starts` by routes or by the escalations of reachable steps. */
export function reachableWithEscalations(model: Model, graph: RouteGraph, starts: readonly number[]): Set<number> {
  let seeds = [...starts];
  for (;;) {
    const reachable = reachableFrom(graph, seeds);
    const more = [...model.steps.flatMap((step, i) => {
      const to = step.escalate?.to;
      const target = to === undefined || to === null ? undefined : graph.index.get(to);
      return reachable.has(i) && target !== undefined && !reachable.has(target) ? [target] : [];
    }), ...sendTargets(model, graph, reachable)];
    if (more.length === 0) return reachable;
    seeds = [...seeds, ...more];
  }
}

/** `sendTo` steps not yet reachable whose failing pool some reachable step needs. */
function sendTargets(model: Model, graph: RouteGraph, reachable: Set<number>): number[] {
  return model.resources.flatMap((pool) => {
    const to = pool.downtime?.sendTo;
    const target = to === undefined ? undefined : graph.index.get(to);
    if (target === undefined || reachable.has(target)) return [];
    return [...reachable].some((s) => stepNeedsPool(model, s, pool.name)) ? [target] : [];
  });
}
