/**
 * The join step kind: where the parts of a fork meet; the case waiting there goes on when
 * enough of them are back.
 *
 * Loan file #812 waits at "checks done" from its fork at 10:00. The valuation part arrives
 * at 11:10 and waits; the credit-check part arrives at 12:40: both are back (need 2), so
 * the file goes on at 12:40 along the join's next — 3 h 40 after its fork, of which the
 * valuation waited 1 h 30 for its sibling (the synchronisation delay) and the credit check
 * was the critical branch. Its waiting time grows by the critical part's waits (the waits
 * on the path that set its cycle time). With `need: 1` of 2, the file goes on when the
 * first part is back; the other part is withdrawn: out of its line at once, or after the
 * activity in hand (the work started is finished, reported as work after the case left:
 * onPartLate), never starting another step; a part collected in a batch goes through the
 * batch, and its time there after the release is work after the case left too.
 * A part's visit counts are merged into the file's (the larger of each), so a later round
 * through the same fork draws new numbers.
 */
import type { Simulation } from "../simulation.js";
import { InvariantError } from "../../engine/errors.js";
import { CASE_AT_JOIN, CASE_BATCHED, CASE_IN_ACTIVITY, CASE_ROUTING, CASE_WAITING } from "../case-states.js";
import { STATUS_WAITING } from "../step-status.js";
import { leaveLine } from "./service.js";
import { routeFrom } from "../routing.js";
import { mergeVisits } from "../families.js";

/** Part `p` reaches join step `s`: it is counted and freed; the join may release its case. */
export function enterJoin(sim: Simulation, p: number, s: number): number {
  const t = sim.now;
  const cases = sim.cases;
  const families = sim.families;
  const c = families.parent[p];
  if (c < 0 || cases.state[c] !== CASE_AT_JOIN || cases.step[c] !== s) {
    throw new InvariantError(`step ${sim.steps.paths[s]} "${sim.steps.names[s]}" reached by a case that is not one of its fork's parts`);
  }
  families.unlink(p);
  mergeVisits(cases, sim.steps.count, p, c);
  if (sim.rework !== null) sim.rework.partJoined(t, p, c);
  const arrived = ++families.arrived[c];
  families.arrivalSum[c] += t;
  const branch = families.branch[p];
  const waited = cases.waited[p];
  sim.observer.onPartJoin(t, p, c, cases.cls[p], s, branch, t - families.forkedAt[p]);
  freePart(sim, p);
  if (arrived === sim.steps.joinNeed[s]) release(sim, c, s, branch, waited);
  return STATUS_WAITING;
}

/** The join releases case `c`: late parts are withdrawn and the case routes on. */
function release(sim: Simulation, c: number, s: number, critical: number, criticalWaited: number): void {
  const t = sim.now;
  const cases = sim.cases;
  const families = sim.families;
  cases.waited[c] += criticalWaited;
  const arrived = families.arrived[c];
  const syncDelay = arrived * t - families.arrivalSum[c];
  cases.state[c] = CASE_ROUTING;
  sim.observer.onJoin(t, c, cases.cls[c], s, t - families.joinSince[c], syncDelay, arrived, critical);
  withdrawParts(sim, c, c);
  sim.advance(c, routeFrom(sim, c, s));
}

/** Withdraws every live part of `c` (and their own parts); their visits are merged into `into`. */
function withdrawParts(sim: Simulation, c: number, into: number): void {
  const families = sim.families;
  let p = families.firstPart[c];
  families.firstPart[c] = -1;
  while (p >= 0) {
    const next = families.nextPart[p];
    families.nextPart[p] = -1;
    mergeVisits(sim.cases, sim.steps.count, p, into);
    withdraw(sim, p, into);
    p = next;
  }
}

/** Late part `p` is withdrawn: out of its line now, or flagged to be discarded when its activity ends. */
function withdraw(sim: Simulation, p: number, into: number): void {
  const cases = sim.cases;
  const state = cases.state[p];
  sim.families.withdrawn[p] = 1;
  // In an activity, or collected in a batch: it goes through it (the rest of its time at the
  // step is work after the case left) and is discarded then.
  if (state === CASE_IN_ACTIVITY || state === CASE_BATCHED) {
    sim.observer.onPartLate(sim.now, p, cases.step[p]);
    return;
  }
  if (state === CASE_WAITING) {
    leaveLine(sim, p, cases.step[p]);
  } else if (state === CASE_AT_JOIN) {
    withdrawParts(sim, p, into);
  } else {
    throw new InvariantError(`a late part in state ${state} cannot be withdrawn`);
  }
  discardWithdrawn(sim, p);
}

/** A withdrawn part leaves: reported and freed (called when its activity ends, or at once). */
export function discardWithdrawn(sim: Simulation, p: number): void {
  const families = sim.families;
  const fork = families.forkOf[p];
  sim.observer.onPartWithdrawn(sim.now, p, sim.cases.cls[p], sim.steps.partner[fork], sim.cases.step[p], families.branch[p]);
  freePart(sim, p);
}

function freePart(sim: Simulation, p: number): void {
  const families = sim.families;
  families.parent[p] = -1;
  families.withdrawn[p] = 0;
  sim.cases.visitOffset[p] = 0;
  sim.cases.release(p);
}
