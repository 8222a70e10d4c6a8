/**
 * Routes that are not a plain "go to" or a branch draw: an error found at a step sends the
 * case back for rework, and a conditional route reads the case's attributes.
 *
 * A loan file whose data-entry error is detected at review goes back to data entry
 * (rework.ts), whatever review's own route says; an SME file leaves "triage" for "SME desk"
 * because its `segment` attribute says so (attribute-routing.ts). Only steps marked
 * HOOK_ROUTE (step-hooks.ts) come here, so a plain step pays one byte test.
 */
import type { Simulation } from "./simulation.js";
import { NO_REWORK } from "./rework.js";
import { routeByCondition } from "./attribute-routing.js";
import { ROUTE_CONDITIONAL } from "../model/compile/compiled.js";

/** Returned when the step's own plain route applies. */
export const NO_SPECIAL_ROUTE = -2;

/** The step case `c` goes to after step `s` (-1: it leaves), or NO_SPECIAL_ROUTE for the step's plain route. */
export function specialRoute(sim: Simulation, c: number, s: number): number {
  const rework = sim.rework;
  if (rework !== null && rework.table.active[s] !== 0) {
    const to = rework.afterStep(sim, c, s);
    if (to !== NO_REWORK) return to;
  }
  return sim.steps.routeKind[s] === ROUTE_CONDITIONAL ? routeByCondition(sim, c, s) : NO_SPECIAL_ROUTE;
}
