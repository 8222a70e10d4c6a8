/**
 * The delay step kind: the case only takes time; it holds nothing and never waits.
 *
 * "Customer fills in the form" (3-8 minutes, no staff) starts the moment the case enters
 * and ends after its drawn duration; "decide channel" (zero minutes) is a decision point:
 * it starts and finishes in the same instant and the case is routed on at once. The end
 * of a delay releases nothing, so the event loop's step-end switch has nothing to call.
 */
import type { Simulation } from "../simulation.js";
import { CASE_IN_ACTIVITY, CASE_ROUTING } from "../case-states.js";
import { EVENT_STEP_END } from "../event-kinds.js";
import { caseDuration } from "../case-duration.js";
import { STATUS_CONTINUE, STATUS_WAITING } from "../step-status.js";

/**
 * Case `c` enters delay step `s`: starts its activity now. Returns STATUS_CONTINUE for a
 * zero-time delay (finished on the spot), otherwise STATUS_WAITING with its end scheduled.
 */
export function enterDelay(sim: Simulation, c: number, s: number): number {
  const t = sim.now;
  const cases = sim.cases;
  const cls = cases.cls[c];
  const visit = cases.visits[c * sim.steps.count + s] - 1 + cases.visitOffset[c];
  const duration = caseDuration(sim, c, s, visit);
  if (!(duration >= 0 && duration < Infinity)) sim.guards.failBadDraw(c, s, "duration", duration);
  cases.state[c] = CASE_IN_ACTIVITY;
  sim.observer.onStart(t, c, cls, s, 0);
  if (duration === 0) {
    cases.state[c] = CASE_ROUTING;
    sim.observer.onFinish(t, c, cls, s, 0);
    return STATUS_CONTINUE;
  }
  cases.activity[c] = duration;
  sim.queue.schedule(t + duration, EVENT_STEP_END, c);
  return STATUS_WAITING;
}
