/**
 * The service step kind: the case seizes its step's resources (all or nothing) for its
 * drawn duration, waiting in the step's line while they are busy.
 *
 * "Review" needs one analyst. An application that finds an analyst free starts at once;
 * otherwise it joins the review line (with a patience timer if its source has one). When
 * an analyst finishes, the release serves the best waiting case across every step that
 * uses analysts (priority, then joining order; see dispatch.ts) before the finishing case
 * moves on — so a rework loop back to review queues behind those already waiting. A case
 * whose patience runs out leaves the line and the process (abandonment).
 * NOTE: plain functions over the simulation's typed arrays, called from the event loop's
 * switches: monomorphic, so V8 inlines them; nothing is allocated per call.
 */
import type { Simulation } from "../simulation.js";
import { CASE_IN_ACTIVITY, CASE_WAITING } from "../case-states.js";
import { EVENT_PATIENCE, EVENT_STEP_END } from "../event-kinds.js";
import { nextStepToServe } from "../dispatch.js";
import { caseDuration } from "../case-duration.js";
import { STATUS_WAITING } from "../step-status.js";
import type { AdmissionState } from "../admission.js";
import { offerMessageLater, withdrawMessageOffer } from "../message-offer.js";
import { leaveUnserved } from "../retrial.js";
import { keepSeized, releaseOnLeaving } from "../held.js";
import { endSpecial, seizeOrJoinSpecial, serveSpecial } from "../skill-dispatch.js";
import { cancelEscalation } from "../escalation.js";
import { STEP_BATCH } from "../../model/compile/compiled.js";
import { startWaitingBatch } from "./batch.js";
import {
  HOOK_ADMIT_COUNT, HOOK_ADMIT_ENTRY, HOOK_ESCALATE, HOOK_HOLDS, HOOK_MESSAGE, HOOK_SKILLS,
} from "../step-hooks.js";

/**
 * Case `c` enters service step `s`: starts at once if it can seize, else joins the line; a
 * closed step hands it to its end-of-day rule (end-of-day.ts).
 */
export function enterService(sim: Simulation, c: number, s: number): number {
  if (sim.hooks[s] !== 0 || sim.endOfDay.closed[s] !== 0) return enterWithHooks(sim, c, s);
  startOrJoin(sim, c, s);
  return STATUS_WAITING;
}

/** Entering a step that is closed, has admission rules or is served by skills. */
function enterWithHooks(sim: Simulation, c: number, s: number): number {
  if (sim.endOfDay.closed[s] !== 0) return sim.endOfDay.reachedClosed(sim, c, s);
  if ((sim.hooks[s] & HOOK_ADMIT_ENTRY) !== 0) return (sim.admission as AdmissionState).enter(sim, c, s);
  seizeOrJoin(sim, c, s);
  return STATUS_WAITING;
}

/** Starts case `c` at `s` if it can seize now, else puts it in the line. */
export function seizeOrJoin(sim: Simulation, c: number, s: number): void {
  if ((sim.hooks[s] & HOOK_SKILLS) !== 0) seizeOrJoinSpecial(sim, c, s);
  else startOrJoin(sim, c, s);
}

/**
 * Case `c`, sent away from `s` at closing after waiting `waitedBefore` minutes in its line,
 * comes back at the opening: that wait is part of this visit's wait (end-of-day.ts), so the
 * step's wait and the case's total wait count it once, alike.
 */
export function rejoin(sim: Simulation, c: number, s: number, waitedBefore: number): void {
  const cases = sim.cases;
  if ((sim.hooks[s] & HOOK_SKILLS) === 0 && sim.lines.length[s] === 0 && sim.pools.canSeize(s)) {
    sim.pools.seize(s);
    cases.waited[c] += waitedBefore;
    startService(sim, c, s, waitedBefore);
    return;
  }
  seizeOrJoin(sim, c, s);
  // In the line: its wait is counted from before it was sent away. Served at once by a skills step: its total wait only.
  if (cases.state[c] === CASE_WAITING) cases.enqueuedAt[c] -= waitedBefore;
  else cases.waited[c] += waitedBefore;
}

/** The plain seize-or-join of a step without skills routing. */
function startOrJoin(sim: Simulation, c: number, s: number): void {
  // INVARIANT: a non-empty line means its head cannot seize, so a newcomer cannot either.
  if (sim.lines.length[s] === 0 && sim.pools.canSeize(s)) {
    sim.pools.seize(s);
    startService(sim, c, s, 0);
  } else {
    joinLine(sim, c, s);
  }
}

/** Case `c` has seized the needs of `s` after waiting `waited` minutes: its activity starts. */
function startService(sim: Simulation, c: number, s: number, waited: number): void {
  const t = sim.now;
  const cases = sim.cases;
  const hooks = sim.hooks[s];
  const visit = cases.visits[c * sim.steps.count + s] - 1 + cases.visitOffset[c];
  const duration = caseDuration(sim, c, s, visit);
  if (!(duration >= 0 && duration < Infinity)) sim.guards.failBadDraw(c, s, "duration", duration);
  cases.state[c] = CASE_IN_ACTIVITY;
  if ((hooks & HOOK_ADMIT_COUNT) !== 0) (sim.admission as AdmissionState).inService[s]++;
  sim.observer.onStart(t, c, cases.cls[c], s, waited);
  cases.activity[c] = duration;
  sim.queue.schedule(t + duration, EVENT_STEP_END, c);
}

/** The activity of case `c` at service step `s` ended: releases its needs and lets each freed pool serve. */
export function endService(sim: Simulation, s: number, c: number): void {
  if (sim.hooks[s] !== 0 && endHooks(sim, s, c)) return;
  sim.pools.release(s);
  serveFreedPools(sim, s);
}

/** Lets each pool that step `s` needs serve its waiting cases. */
function serveFreedPools(sim: Simulation, s: number): void {
  const { needStart, needPool } = sim.steps;
  for (let i = needStart[s], end = needStart[s + 1]; i < end; i++) serveWaiting(sim, needPool[i]);
}

/**
 * What ending service at `s` does beyond the plain case: a skills step ends its own way (true:
 * done); otherwise the admission count drops and a held pool is kept before the freed units serve.
 */
function endHooks(sim: Simulation, s: number, c: number): boolean {
  const hooks = sim.hooks[s];
  if ((hooks & HOOK_SKILLS) !== 0) {
    endSpecial(sim, s, c);
    return true;
  }
  if ((hooks & HOOK_ADMIT_COUNT) !== 0) (sim.admission as AdmissionState).inService[s]--;
  if ((hooks & HOOK_HOLDS) === 0) return false;
  sim.pools.release(s);
  keepSeized(sim, s);
  serveFreedPools(sim, s);
  return true;
}

/** Starts waiting cases on `pool` while its free units allow (see dispatch.ts). */
export function serveWaiting(sim: Simulation, pool: number): void {
  if (sim.poolModes[pool] !== 0) {
    serveSpecial(sim, pool);
    return;
  }
  const using = sim.compiled.pools[pool].steps;
  for (;;) {
    const s = nextStepToServe(using, sim.lines, sim.cases, sim.pools);
    if (s < 0) return;
    if (sim.steps.kind[s] === STEP_BATCH) {
      startWaitingBatch(sim, s);
      continue;
    }
    const c = sim.lines.head[s];
    const waited = leaveLine(sim, c, s);
    sim.pools.seize(s);
    startService(sim, c, s, waited);
  }
}

/** Case `c` joins the line of `s` (with a patience timer if its source has one). */
export function joinLine(sim: Simulation, c: number, s: number): void {
  const t = sim.now;
  const cases = sim.cases;
  cases.enqueuedAt[c] = t;
  cases.enqueueOrder[c] = sim.enqueueCounter++;
  cases.state[c] = CASE_WAITING;
  sim.lines.join(s, c, cases.priority);
  sim.observer.onEnqueue(t, c, cases.cls[c], s);
  sim.observer.onQueueLength(t, s, sim.lines.length[s]);
  if ((sim.hooks[s] & HOOK_MESSAGE) !== 0) offerMessageLater(sim, c, s);
  // Parts of a fork do not abandon: patience is the customer's.
  if (sim.draws.hasPatience(s, cases.source[c]) && cases.visitOffset[c] === 0) startPatience(sim, c, s);
}

/** Schedules the patience timer of case `c`, which just joined the line of `s`. */
function startPatience(sim: Simulation, c: number, s: number): void {
  const t = sim.now;
  const cases = sim.cases;
  const source = cases.source[c];
  const visit = cases.visits[c * sim.steps.count + s] - 1;
  const patience = sim.draws.patience(s, source, cases.ordinal[c], visit);
  if (!(patience >= 0)) sim.guards.failBadDraw(c, s, "patience", patience);
  cases.patienceEvent[c] = sim.queue.schedule(t + patience, EVENT_PATIENCE, c);
}

/** Takes case `c` out of the line of `s`; returns how long it waited there. */
export function leaveLine(sim: Simulation, c: number, s: number): number {
  const t = sim.now;
  const cases = sim.cases;
  sim.lines.leave(s, c);
  sim.observer.onQueueLength(t, s, sim.lines.length[s]);
  const hooks = sim.hooks[s];
  if ((hooks & (HOOK_MESSAGE | HOOK_ESCALATE)) !== 0) leaveLineHooks(sim, c, hooks);
  const timer = cases.patienceEvent[c];
  if (timer >= 0) {
    sim.queue.remove(timer);
    cases.patienceEvent[c] = -1;
  }
  const waited = t - cases.enqueuedAt[c];
  cases.waited[c] += waited;
  return waited;
}

/** What leaving a line does beyond the plain case: a pending message offer or escalation is withdrawn. */
function leaveLineHooks(sim: Simulation, c: number, hooks: number): void {
  if ((hooks & HOOK_MESSAGE) !== 0) withdrawMessageOffer(sim, c);
  if ((hooks & HOOK_ESCALATE) !== 0) cancelEscalation(sim, c);
}

/** Case `c` gives up waiting (its patience ran out) and leaves the process. */
export function abandon(sim: Simulation, c: number): void {
  const t = sim.now;
  const cases = sim.cases;
  cases.patienceEvent[c] = -1;
  const s = cases.step[c];
  const waited = leaveLine(sim, c, s);
  sim.observer.onAbandon(t, c, cases.cls[c], s, waited);
  leaveUnserved(sim, c, sim.admission === null ? null : sim.admission.retryAt(sim, c, s));
  if (sim.compiled.holds !== null) releaseOnLeaving(sim, s);
}
