/**
 * The cost-versus-service-level frontier of a sweep: the points no other point beats on both.
 *
 * Over 2..8 tellers the branch day costs more with every teller and keeps more customers
 * within 5 minutes; every point is on the frontier. Crossing tellers with the lunch shift
 * adds dominated points (same cost, worse service): the frontier leaves them out, and a
 * planner reads the cheapest roster for each service level off it.
 */
import type { KpiDef, KpiSummary } from "../stats/result-types.js";

/** Which KPIs span the frontier and which points lie on it. */
export interface Frontier {
  /** Total cost (lower is better). */
  readonly costKey: string;
  /** The first service level's achieved share (higher is better), else the mean wait (lower). */
  readonly serviceKey: string;
  readonly serviceBetter: "higher" | "lower";
  /** Indices of the points on the frontier, cheapest first. */
  readonly points: readonly number[];
}

const COST_KEY = "overall/cost.total";
const WAIT_KEY = "overall/waitTime.mean";

/** The service KPI of the frontier: the first service level, else the overall mean wait. */
function serviceKpi(defs: readonly KpiDef[]): KpiDef | undefined {
  return defs.find((d) => d.scope === "serviceLevel" && d.metric === "achieved") ?? defs.find((d) => d.key === WAIT_KEY);
}

/**
 * The frontier of points by mean cost and mean service; null when the model reports no cost
 * or no service KPI. Ties on cost keep the better service; ties on both keep the first point.
 */
export function costServiceFrontier(defs: readonly KpiDef[], points: readonly { readonly kpis: readonly KpiSummary[] }[]): Frontier | null {
  const service = serviceKpi(defs);
  if (!service || !defs.some((d) => d.key === COST_KEY)) return null;
  const sign = service.better === "lower" ? -1 : 1;
  const scored = points.flatMap((point, index) => {
    const cost = point.kpis.find((k) => k.key === COST_KEY)?.mean ?? null;
    const level = point.kpis.find((k) => k.key === service.key)?.mean ?? null;
    return cost === null || level === null ? [] : [{ index, cost, score: sign * level }];
  });
  scored.sort((a, b) => a.cost - b.cost || b.score - a.score || a.index - b.index);
  const onFrontier: number[] = [];
  let best = -Infinity;
  for (const point of scored) {
    if (point.score <= best) continue;
    onFrontier.push(point.index);
    best = point.score;
  }
  return { costKey: COST_KEY, serviceKey: service.key, serviceBetter: sign > 0 ? "higher" : "lower", points: onFrontier };
}
