/**
 * Steps reachable from the arrivals' first steps, counting escalation timers as routes: a
 * "team lead review" that only escalated files reach is reachable (not a dead step).
 */
import type { Model } from "../compile/model.js";
import { reachableFrom, type RouteGraph } from "./route-graph.js";

/** Step indices reachable from `starts` by routes or by the escalations of reachable steps. */
export function reachableWithEscalations(model: Model, graph: RouteGraph, starts: readonly number[]): Set<number> {
  let seeds = [...starts];
  for (;;) {
    const reachable = reachableFrom(graph, seeds);
    const more = model.steps.flatMap((step, i) => {
      const to = step.escalate?.to;
      const target = to === undefined || to === null ? undefined : graph.index.get(to);
      return reachable.has(i) && target !== undefined && !reachable.has(target) ? [target] : [];
    });
    if (more.length === 0) return reachable;
    seeds = [...seeds, ...more];
  }
}
