/**
 * The fork step kind: the case sends one part down each branch and waits at the join.
 *
 * Loan file #812 reaches "checks" (branches: credit check, collateral valuation; join:
 * checks done). The fork takes no time: the file now waits at "checks done" holding
 * nothing, and two parts start at once — part 1 at "credit check", part 2 at "collateral
 * valuation" — each a case slot of its own that queues, seizes and routes like a case until
 * it reaches the join (steps/join.ts). A part keeps the file's source, ordinal, class,
 * priority and arrival time; its part number (mixed radix over nested forks) goes into the
 * visit word of its draws, and its visit counts start from the file's, so every part of
 * every round draws numbers of its own, the same in any model that forks this way.
 * Parts do not abandon (patience is the customer's, not the file's).
 */
import type { Simulation } from "../simulation.js";
import { CASE_AT_JOIN, CASE_IN_ACTIVITY, CASE_ROUTING } from "../case-states.js";
import { STATUS_WAITING } from "../step-status.js";
import { copyVisits, PART_UNIT } from "../families.js";

/**
 * Case `c` enters fork step `s`: it moves to the join and waits; one part per branch is
 * created and routed in branch order. Returns STATUS_WAITING (the join moves the case on).
 */
export function enterFork(sim: Simulation, c: number, s: number): number {
  const t = sim.now;
  const cases = sim.cases;
  const steps = sim.steps;
  const families = sim.families;
  families.fit(cases);
  const cls = cases.cls[c];
  cases.state[c] = CASE_IN_ACTIVITY;
  sim.observer.onStart(t, c, cls, s, 0);
  cases.state[c] = CASE_ROUTING;
  sim.observer.onFinish(t, c, cls, s, 0);
  const join = steps.partner[s];
  cases.step[c] = join;
  if (++cases.visits[c * steps.count + join] > sim.guards.maxVisitsPerStep) sim.guards.failEndlessLoop(c, join);
  cases.state[c] = CASE_AT_JOIN;
  families.arrived[c] = 0;
  families.arrivalSum[c] = 0;
  families.firstPart[c] = -1;
  families.joinSince[c] = t;
  const serial = ++families.serial[c];
  sim.observer.onFork(t, c, cls, s, join);
  const first = steps.forkStart[s];
  const count = steps.forkStart[s + 1] - first;
  const base = (cases.visitOffset[c] / PART_UNIT) * (count + 1);
  for (let i = 0; i < count; i++) {
    // A join released by parts that finished at once (k of n) stops the remaining ones.
    if (cases.state[c] !== CASE_AT_JOIN || families.serial[c] !== serial) break;
    const p = createPart(sim, c, s, i, base + i + 1);
    sim.advance(p, steps.forkBranch[first + i]);
  }
  return STATUS_WAITING;
}

/** A new part `number` of case `c` for branch `i` of fork `s`; returns its slot. */
function createPart(sim: Simulation, c: number, s: number, i: number, number: number): number {
  const cases = sim.cases;
  const p = cases.allocate();
  if (cases.inSystem > sim.guards.maxCasesInSystem) sim.guards.failUnstable();
  const families = sim.families;
  families.fit(cases);
  cases.source[p] = cases.source[c];
  cases.ordinal[p] = cases.ordinal[c];
  cases.cls[p] = cases.cls[c];
  cases.priority[p] = cases.priority[c];
  cases.arrival[p] = cases.arrival[c];
  cases.waited[p] = 0;
  cases.visitOffset[p] = number * PART_UNIT;
  cases.state[p] = CASE_ROUTING;
  copyVisits(cases, sim.steps.count, c, p);
  if (sim.rework !== null) sim.rework.arrive(p);
  if (sim.attributes !== null) sim.attributes.copy(c, p);
  families.forkOf[p] = s;
  families.branch[p] = i;
  families.forkedAt[p] = sim.now;
  families.withdrawn[p] = 0;
  families.firstPart[p] = -1;
  families.link(c, p);
  sim.observer.onPartStart(sim.now, p, c, cases.cls[p], s, i);
  return p;
}
