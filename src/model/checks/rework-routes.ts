/**
 * Rework as routing edges, for the checks that read the route graph (reachability, loops
 * with no way out, expected visits and offered load).
 *
 * Review detects data-entry errors (rate 3%) with p = 90% and sends them to correction: the
 * graph gets an edge review → correction with probability 0.03 × 0.9 = 0.027, and review's
 * own edges keep 0.973 of their weight. NOTE: an approximation for the checks: it takes
 * each error as pending with its step's rate when the checking step is reached, which is
 * exact when the erring step is visited once before the check and nothing else detects it.
 */
import type { Model } from "../compile/model.js";

/** An edge of the route graph: target step index (−1 = exit) and probability. */
interface Edge {
  readonly to: number;
  readonly p: number;
}

/** Adds to `edges` (by step index) the approximate rework edges of every detecting step. */
export function addReworkEdges(model: Model, index: ReadonlyMap<string, number>, edges: Edge[][]): void {
  model.steps.forEach((step, s) => {
    const detects = step.detects;
    if (!detects || index.get(step.name) !== s) return;
    const rework: Edge[] = [];
    let pass = 1;
    for (const name of detects.from) {
      const origin = model.steps[index.get(name) ?? -1];
      const to = origin?.errors ? index.get(origin.errors.to) : undefined;
      if (origin?.errors === undefined || origin.errors === null || to === undefined) continue;
      const q = origin.errors.rate * detects.p * pass;
      if (q > 0) rework.push({ to, p: q });
      pass *= 1 - origin.errors.rate * detects.p;
    }
    if (rework.length === 0) return;
    edges[s] = [...edges[s].flatMap((edge) => (edge.p * pass > 0 ? [{ to: edge.to, p: edge.p * pass }] : [])), ...rework];
  });
}
