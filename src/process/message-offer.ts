/**
 * The message offer: a second waiting limit with its own outcome. After `after` minutes in
 * the line of a step with `message:`, a caller is offered to leave a message; with
 * probability p she does, leaves the line (and her trunk line) and the case waits at the
 * callback step instead, where an agent of the same or another pool calls her back.
 *
 * Caller #812 has waited 2 minutes for an agent: the offer comes (EVENT_MESSAGE_OFFER,
 * after any patience timer of the same instant); a uniform from the stream ("message",
 * [step, source]) at counters (ordinal, visit) below 0.6 means she leaves a message. If she
 * is answered or hangs up first, the offer is withdrawn. With `priority: -1` her callback
 * (and the rest of her way) has priority -1, so agents shared with live calls answer those first.
 */
import { uniform01 } from "../random/counter-rng.js";
import { streamKey } from "../random/streams.js";
import type { CompiledModel } from "../model/compile/compiled.js";
import type { Simulation } from "./simulation.js";
import { EVENT_MESSAGE_OFFER } from "./event-kinds.js";
import { CASE_ROUTING } from "./case-states.js";
import { stepSourceElement } from "./draws.js";
import { leaveLine } from "./steps/service.js";

/** Stream purpose of the accept-the-message decisions. */
const MESSAGE_STREAM = "message";

/** Stream keys of the message decisions, by (step × sources + source). */
export function messageKeys(compiled: CompiledModel, replication: number): Int32Array {
  const { steps, sources, run } = compiled;
  const keys = new Int32Array(2 * steps.count * sources.length);
  const after = compiled.admission?.messageAfter;
  for (let s = 0; s < steps.count; s++) {
    if (after === undefined || after[s] === Infinity) continue;
    for (let src = 0; src < sources.length; src++) {
      keys.set(streamKey(run.seed, replication, MESSAGE_STREAM, stepSourceElement(steps.names[s], sources[src].name)), 2 * (s * sources.length + src));
    }
  }
  return keys;
}

/** Case `c` joined the line of `s`: schedules its message offer. */
export function offerMessageLater(sim: Simulation, c: number, s: number): void {
  const admission = sim.admission;
  if (admission === null) return;
  admission.messageEvent[c] = sim.queue.schedule(sim.now + admission.rules.messageAfter[s], EVENT_MESSAGE_OFFER, c);
}

/** Case `c` leaves the line before its offer (served, abandoned, sent away): withdraws it. */
export function withdrawMessageOffer(sim: Simulation, c: number): void {
  const admission = sim.admission;
  if (admission === null) return;
  const event = admission.messageEvent[c];
  if (event < 0) return;
  sim.queue.remove(event);
  admission.messageEvent[c] = -1;
}

/** The offer reaches waiting case `c`: it leaves a message with the step's probability. */
export function offerMessage(sim: Simulation, c: number): void {
  const admission = sim.admission;
  if (admission === null) return;
  admission.messageEvent[c] = -1;
  const cases = sim.cases;
  const s = cases.step[c];
  const source = cases.source[c];
  const at = 2 * (s * sim.compiled.sources.length + source);
  const visit = cases.visits[c * sim.steps.count + s] - 1 + cases.visitOffset[c];
  const u = uniform01(admission.messageKeys[at], admission.messageKeys[at + 1], cases.ordinal[c], visit, 0, 0);
  if (u >= admission.rules.messageP[s]) return;
  const waited = leaveLine(sim, c, s);
  sim.observer.onMessage(sim.now, c, cases.cls[c], s, waited);
  admission.releaseLine(c);
  const priority = admission.rules.messagePriority[s];
  if (priority === priority) cases.priority[c] = priority;
  cases.state[c] = CASE_ROUTING;
  sim.continueAt(c, admission.rules.messageTo[s]);
}
