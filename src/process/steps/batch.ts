/**
 * The batch step kind: cases are collected until a release rule is reached (a size, a time of
 * day, the oldest case's maximum wait — first reached wins), the batch is processed at once
 * (holding the step's resources once for the whole batch), then its cases go on one by one.
 *
 * Vouchers reach "file vouchers" (size 20, at 16:00, one filing clerk, 15 minutes a batch).
 * The first of the day opens batch #k, due at 16:00; the 20th closes it at once. The closed
 * batch seizes the clerk (or waits in the step's line for one, like a case) and its 15 minutes
 * are drawn from the batch's own stream — ["file vouchers", "batch:file vouchers"], counter k —
 * so batch #k takes the same time in the current and the proposed model whichever vouchers it
 * holds (with `durationPer: item` each voucher's own draw counts instead, and the batch takes
 * their sum). At its end every voucher is routed on with its own branch draw. Each voucher's
 * wait at the step runs from joining to the start of its batch's processing.
 * Same-time order: a batch due at 16:00 closes after the cases that finish their previous step
 * at 16:00 (they are in it) and before the arrivals at 16:00 (they open the next one).
 * NOTE: plain functions over the simulation's typed arrays; nothing allocated per event.
 */
import type { Simulation } from "../simulation.js";
import { CASE_BATCHED, CASE_IN_ACTIVITY, CASE_ROUTING } from "../case-states.js";
import { EVENT_BATCH_RELEASE } from "../event-kinds.js";
import { STATUS_WAITING } from "../step-status.js";
import {
  PHASE_COLLECTING, PHASE_PROCESSING, PHASE_WAITING, TRIGGER_END, TRIGGER_SIZE, type BatchState,
} from "../batches.js";
import { endService } from "./service.js";
import { caseDuration } from "../case-duration.js";

function stateOf(sim: Simulation): BatchState {
  // INVARIANT: the simulation creates its batch state whenever the model has a batch step.
  return sim.batches as BatchState;
}

/** Case `c` reaches batch step `s`: it joins the batch being collected (opening one if none). */
export function enterBatch(sim: Simulation, c: number, s: number): number {
  const t = sim.now;
  const state = stateOf(sim);
  const b = state.open[s] >= 0 ? state.open[s] : openBatch(sim, state, s);
  const cases = sim.cases;
  cases.state[c] = CASE_BATCHED;
  cases.enqueuedAt[c] = t;
  state.append(b, c);
  sim.observer.onEnqueue(t, c, cases.cls[c], s);
  sim.observer.onQueueLength(t, s, ++state.waitingCases[s]);
  if (state.count[b] === state.size[s]) closeBatch(sim, state, b, TRIGGER_SIZE);
  return STATUS_WAITING;
}

/** Opens batch number `opened[s]` of step `s` in a slot of its own and sets its clock. */
function openBatch(sim: Simulation, state: BatchState, s: number): number {
  const cases = sim.cases;
  const b = cases.allocate();
  state.ensure(b);
  cases.step[b] = s;
  cases.ordinal[b] = state.opened[s]++;
  cases.state[b] = CASE_BATCHED;
  state.open[s] = b;
  state.count[b] = 0;
  state.phase[b] = PHASE_COLLECTING;
  // Opened while this instant's batch releases have not all run: the instant's own `at` counts.
  const due = state.dueTime(s, sim.now, sim.queue.poppedKind <= EVENT_BATCH_RELEASE);
  state.timerTrigger[b] = state.dueTrigger;
  state.timer[b] = due < Infinity ? sim.queue.schedule(due, EVENT_BATCH_RELEASE, b) : -1;
  return b;
}

/**
 * A batch event: a collecting batch is due by its clock (or released at the end of the run),
 * or a batch's processing has ended.
 */
export function batchEvent(sim: Simulation, b: number): void {
  const state = stateOf(sim);
  if (state.phase[b] === PHASE_COLLECTING) {
    state.timer[b] = -1;
    closeBatch(sim, state, b, state.timerTrigger[b]);
  } else {
    endBatch(sim, state, b);
  }
}

/** Closes batch `b`: reports it, then starts it if its resources are free, else it waits in line. */
function closeBatch(sim: Simulation, state: BatchState, b: number, trigger: number): void {
  const t = sim.now;
  const cases = sim.cases;
  const s = cases.step[b];
  if (state.timer[b] >= 0) sim.queue.remove(state.timer[b]);
  state.timer[b] = -1;
  state.open[s] = -1;
  let waitSum = 0;
  let priority = -Infinity;
  for (let m = state.first[b]; m >= 0; m = state.nextMember[m]) {
    waitSum += t - cases.enqueuedAt[m];
    if (cases.priority[m] > priority) priority = cases.priority[m];
  }
  sim.observer.onBatch(t, s, state.count[b], waitSum, trigger);
  cases.priority[b] = priority;
  if (sim.lines.length[s] === 0 && sim.pools.canSeize(s)) {
    sim.pools.seize(s);
    startBatch(sim, state, b);
    return;
  }
  state.phase[b] = PHASE_WAITING;
  cases.enqueuedAt[b] = t;
  cases.enqueueOrder[b] = sim.enqueueCounter++;
  sim.lines.join(s, b, cases.priority);
}

/** The head batch of step `s`'s line seizes its resources (the caller checked they are free) and starts. */
export function startWaitingBatch(sim: Simulation, s: number): void {
  const b = sim.lines.head[s];
  sim.lines.leave(s, b);
  sim.pools.seize(s);
  startBatch(sim, stateOf(sim), b);
}

/** Batch `b` starts: one duration for all its cases; each case's wait at the step ends now. */
function startBatch(sim: Simulation, state: BatchState, b: number): void {
  const t = sim.now;
  const cases = sim.cases;
  const s = cases.step[b];
  const duration = batchDuration(sim, state, b, s);
  if (!(duration >= 0 && duration < Infinity)) sim.guards.failBadDraw(state.first[b], s, "batch duration", duration);
  state.phase[b] = PHASE_PROCESSING;
  cases.state[b] = CASE_IN_ACTIVITY;
  state.waitingCases[s] -= state.count[b];
  sim.observer.onQueueLength(t, s, state.waitingCases[s]);
  for (let m = state.first[b]; m >= 0; m = state.nextMember[m]) {
    const waited = t - cases.enqueuedAt[m];
    cases.waited[m] += waited;
    cases.state[m] = CASE_IN_ACTIVITY;
    cases.activity[m] = duration;
    sim.observer.onStart(t, m, cases.cls[m], s, waited);
  }
  sim.queue.schedule(t + duration, EVENT_BATCH_RELEASE, b);
}

/** The batch's own draw (counter: its ordinal), or with durationPer item the sum of its cases' own draws. */
function batchDuration(sim: Simulation, state: BatchState, b: number, s: number): number {
  const cases = sim.cases;
  if (state.perItem[s] === 0) {
    sim.steps.durationSampler[s].sampleInto(state.drawn, 0, state.keys[2 * s], state.keys[2 * s + 1], cases.ordinal[b], 0, 0);
    return state.drawn[0];
  }
  const stepCount = sim.steps.count;
  let total = 0;
  for (let m = state.first[b]; m >= 0; m = state.nextMember[m]) {
    total += caseDuration(sim, m, s, cases.visits[m * stepCount + s] - 1 + cases.visitOffset[m]);
  }
  return total;
}

/**
 * Batch `b`'s processing ended: its cases finish, its resources serve the next waiting batch,
 * its slot is freed, then each case is routed on, in joining order.
 */
function endBatch(sim: Simulation, state: BatchState, b: number): void {
  const t = sim.now;
  const cases = sim.cases;
  const s = cases.step[b];
  for (let m = state.first[b]; m >= 0; m = state.nextMember[m]) {
    cases.state[m] = CASE_ROUTING;
    sim.observer.onFinish(t, m, cases.cls[m], s, cases.activity[m]);
  }
  if (sim.steps.needStart[s + 1] > sim.steps.needStart[s]) endService(sim, s, b);
  let m = state.first[b];
  state.count[b] = 0;
  state.first[b] = -1;
  cases.release(b);
  while (m >= 0) {
    const next = state.nextMember[m];
    sim.continueFrom(m, s);
    m = next;
  }
}

/**
 * Nothing is scheduled any more while batches are still collecting (a size rule alone, and
 * the arrivals are over): each is released at the end of the arrival horizon (now, if that
 * has passed). Returns true when it scheduled a release.
 */
export function releaseAtEnd(sim: Simulation): boolean {
  const state = stateOf(sim);
  const horizon = sim.compiled.run.horizon;
  const at = horizon < Infinity && horizon > sim.now ? horizon : sim.now;
  let released = false;
  for (let s = 0; s < state.open.length; s++) {
    const b = state.open[s];
    if (b < 0 || state.timer[b] >= 0) continue;
    state.timerTrigger[b] = TRIGGER_END;
    state.timer[b] = sim.queue.schedule(at, EVENT_BATCH_RELEASE, b);
    released = true;
  }
  return released;
}
