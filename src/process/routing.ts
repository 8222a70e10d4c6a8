/**
 * Routing: the step a case goes to when it leaves a step.
 *
 * After "intake" an application goes to "review" (a plain route); after "review" it goes
 * back to "review" with probability 0.2 and on to "approval" otherwise, drawn from the
 * step's route stream at (case, visit), so the same application takes the same branch on
 * the same visit in the current and the proposed model. Errors, rework and conditions on
 * attributes (HOOK_ROUTE) are decided out of line in special-route.ts.
 */
import type { Simulation } from "./simulation.js";
import { ROUTE_BRANCH, ROUTE_EXIT } from "../model/compile/compiled.js";
import { HOOK_ROUTE } from "./step-hooks.js";
import { NO_SPECIAL_ROUTE, specialRoute } from "./special-route.js";

/** The step case `c` goes to after step `s`; -1 = it leaves the process. */
export function routeFrom(sim: Simulation, c: number, s: number): number {
  const steps = sim.steps;
  if ((sim.hooks[s] & HOOK_ROUTE) !== 0) {
    const to = specialRoute(sim, c, s);
    if (to !== NO_SPECIAL_ROUTE) return to;
  }
  const kind = steps.routeKind[s];
  if (kind === ROUTE_EXIT) return -1;
  if (kind !== ROUTE_BRANCH) return steps.routeTarget[steps.routeStart[s]];
  return branchFrom(sim, c, s);
}

/** The branch case `c` takes out of step `s`, drawn from its route stream. */
function branchFrom(sim: Simulation, c: number, s: number): number {
  const steps = sim.steps;
  const first = steps.routeStart[s];
  const cases = sim.cases;
  const visit = cases.visits[c * steps.count + s] - 1 + cases.visitOffset[c];
  const u = sim.draws.branch(s, cases.source[c], cases.ordinal[c], visit);
  const last = steps.routeStart[s + 1] - 1;
  for (let i = first; i < last; i++) if (u < steps.routeCumulative[i]) return steps.routeTarget[i];
  return steps.routeTarget[last];
}
