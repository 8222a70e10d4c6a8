/**
 * Downtime that sends work elsewhere (`interrupted: send`): when a pool fails, the cases in
 * activity on it give back their units and go on to the pool's `sendTo` step; with
 * `sendWaiting` the cases waiting in the lines of its steps go there too.
 *
 * The RPA bots fail at 10:05 while keying in three payment files, with two more in the bots'
 * line: the three stop, free their bots and go to "manual keying" (the clerks start them
 * there at once if free); with `sendWaiting: true` the two waiting files follow, each with
 * its wait so far counted. Cases reaching the bots' step during the repair wait for it.
 * NOTE: runs only at a failure of a pool that sends (a rare event); it allocates the list of
 * waiting cases then. The validation (checks/downtime-send.ts) refuses the steps a case cannot
 * leave mid-activity (fork parts, servedBy, preemptive, held pools).
 */
import type { Simulation } from "./simulation.js";
import { CASE_ROUTING } from "./case-states.js";
import { endService, leaveLine } from "./steps/service.js";

/** Sends the `count` interrupted cases in `interrupted` (their step ends already cancelled) to `target`. */
export function sendInterrupted(sim: Simulation, pool: number, target: number, interrupted: Int32Array, count: number): void {
  const cases = sim.cases;
  for (let i = 0; i < count; i++) {
    const c = interrupted[i];
    const s = cases.step[c];
    cases.state[c] = CASE_ROUTING;
    sim.observer.onSentElsewhere(sim.now, c, cases.cls[c], s, pool, true);
    endService(sim, s, c);
    sim.advance(c, target);
  }
}

/** Sends the cases waiting in the lines of the steps that need `pool` to `target`, head first, step by step. */
export function sendWaiting(sim: Simulation, pool: number, target: number): void {
  const cases = sim.cases;
  for (const s of sim.compiled.pools[pool].steps) {
    for (const c of sim.lines.members(s)) {
      leaveLine(sim, c, s);
      cases.state[c] = CASE_ROUTING;
      sim.observer.onSentElsewhere(sim.now, c, cases.cls[c], s, pool, false);
      sim.advance(c, target);
    }
  }
}
