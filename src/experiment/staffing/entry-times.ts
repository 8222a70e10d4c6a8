/**
 * How long after its arrival a case reaches a step, on average: the mean time at which its
 * visits to each step begin, from the mean durations of the steps before (waits not counted).
 *
 * At a loan factory, applications spend a fixed 30 minutes in document intake before they
 * reach the approvers, so the approvers' demand is the arrival profile 30 minutes later: a
 * noon peak of applications is a 12:30 peak of approvals. The staffing planner lags each
 * source's demand at each of the pool's steps by this time. With visit ratios v (route-graph.ts) and mean
 * durations d, the entry-time mass u_j = E[Σ over visits to j of their start time] solves
 * u = Pᵀ(v∘d + u), the traffic equations with (v∘d)-weighted inflow; u_j / v_j is the mean
 * start time of a visit to j. Exact for fixed durations; a random upstream time also spreads
 * the peak, which the planner's simulation check sees. A join counts from its fork: the time
 * its parts take is not added.
 */
import { EXIT, flowMatrix, MAX_SOLVED_STEPS, reachableFrom, type RouteGraph } from "../../model/checks/route-graph.js";
import { solveLinearSystem } from "../../model/checks/linear-solve.js";

/**
 * Mean start time of a visit to each step, minutes after the case arrived at `start`
 * (NaN where it is never visited), from the visit ratios and each step's mean duration.
 * Null for routings over MAX_SOLVED_STEPS reachable steps or a system without a solution.
 */
export function meanEntryTimes(graph: RouteGraph, start: number, visits: Float64Array, meanDurations: readonly number[]): Float64Array | null {
  const reach = [...reachableFrom(graph, [start])].sort((a, b) => a - b);
  if (reach.length > MAX_SOLVED_STEPS) return null;
  // (I − Pᵀ) u = Pᵀ (v∘d) over the reachable steps.
  const { matrix, local } = flowMatrix(graph, reach);
  const rhs = new Float64Array(reach.length);
  reach.forEach((from) => {
    for (const edge of graph.edges[from]) {
      if (edge.to !== EXIT) rhs[local.get(edge.to) as number] += edge.p * visits[from] * meanDurations[from];
    }
  });
  const mass = solveLinearSystem(matrix, rhs);
  if (mass === null) return null;
  const times = new Float64Array(graph.edges.length).fill(Number.NaN);
  reach.forEach((step, i) => {
    if (visits[step] > 0) times[step] = mass[i] / visits[step];
  });
  return times;
}
