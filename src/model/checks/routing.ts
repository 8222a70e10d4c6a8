/**
 * Routing checks: branch probabilities that do not add up, steps no case reaches, loops
 * with no way out, and rework loops so likely that a case practically never leaves.
 *
 * A compliance review that sends 15% back to data entry and 80% on to approval "loses" 5%
 * of cases: its branches add up to 0.95. A review that sends 99.95% of cases back has no
 * formal dead end, but a case would pass it ~2000 times.
 */
import { hasForkWithoutJoin } from "../compile/normalize-fork.js";
import type { Model } from "../compile/model.js";
import type { ConditionalOption } from "../compile/attribute-types.js";
import { error, warning, type IssueDraft } from "../source/issues.js";
import { admissionTargets } from "./admission.js";
import { buildRouteGraph, expectedVisits, stepsThatCanExit, type RouteGraph } from "./route-graph.js";
import { reachableWithEscalations } from "./escalation-reach.js";

/** Probabilities may miss 1 by this much (rounding in hand-written decimals). */
export const BRANCH_SUM_TOLERANCE = 1e-9;
/** More expected visits to one step per case than this is an effectively endless loop. */
export const MAX_VISITS_PER_CASE = 1000;

/** The fallback branches of a conditional route with their p (a single one without p is 1). */
function fallbackShares(options: readonly ConditionalOption[]): { p: number }[] {
  const fallbacks = options.filter((option) => option.when === null);
  return fallbacks.map((option) => ({ p: option.p ?? (fallbacks.length === 1 ? 1 : 0) }));
}

function checkBranchSums(model: Model): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const step of model.steps) {
    const options = step.next.kind === "branch" ? step.next.options : step.next.kind === "conditional" ? fallbackShares(step.next.options) : null;
    if (options === null || options.length === 0) continue;
    const sum = options.reduce((total, option) => total + option.p, 0);
    if (Math.abs(sum - 1) > BRANCH_SUM_TOLERANCE) issues.push(error("branchSum", [...step.path, "next"], { sum }));
  }
  return issues;
}

function startIndices(model: Model, graph: RouteGraph): number[] {
  return model.arrivals.flatMap((source) => {
    const index = graph.index.get(source.firstStep);
    return index === undefined ? [] : [index];
  });
}

function checkVisits(model: Model, graph: RouteGraph, starts: readonly number[]): IssueDraft[] {
  for (const start of new Set(starts)) {
    const visits = expectedVisits(graph, start);
    if (visits === null) continue;
    let worst = 0;
    visits.forEach((v, i) => {
      if (v > visits[worst]) worst = i;
    });
    if (visits[worst] > MAX_VISITS_PER_CASE) {
      const step = model.steps[worst];
      return [error("endlessLoop", [...step.path, "name"], { step: step.name, visits: Math.round(visits[worst]), limit: MAX_VISITS_PER_CASE })];
    }
  }
  return [];
}

/** Branch sums, unreachable steps (warning), dead-end loops and endless rework loops. */
export function checkRouting(model: Model): IssueDraft[] {
  const issues = checkBranchSums(model);
  const graph = buildRouteGraph(model);
  const starts = startIndices(model, graph);
  // A join is reached through its fork; with a fork whose `join:` is missing (an error already) any join may be
  // the one it meant, so every join counts as reached, and so do the steps after it.
  const joins = hasForkWithoutJoin(model.steps) ? model.steps.flatMap((step, i) => (step.kind === "join" ? [i] : [])) : [];
  const reachable = reachableWithEscalations(model, graph, [...starts, ...joins, ...admissionTargets(model).flatMap((name) => graph.index.get(name) ?? [])]);
  model.steps.forEach((step, i) => {
    if (!reachable.has(i) && starts.length > 0) issues.push(warning("unreachableStep", [...step.path, "name"], { name: step.name }));
  });
  const canExit = stepsThatCanExit(graph);
  const trapped = [...reachable].filter((i) => !canExit.has(i)).sort((a, b) => a - b);
  if (trapped.length > 0) {
    const names = trapped.map((i) => model.steps[i].name);
    issues.push(error("noExit", [...model.steps[trapped[0]].path, "next"], { steps: names }));
  } else if (!issues.some((issue) => issue.code === "branchSum")) {
    issues.push(...checkVisits(model, graph, starts));
  }
  return issues;
}
