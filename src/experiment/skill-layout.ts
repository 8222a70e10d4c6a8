/**
 * The collectors' view of skills-based routing, preemption and escalation: which servedBy
 * options, preemptive steps and escalation timers a compiled model has (only the keys a
 * model uses, so a model without them reports exactly what it did before).
 *
 * "Mortgage advice" served by specialists or universal agents gives two options,
 * `{ step: 2, pool: "specialists" }` and `{ step: 2, pool: "universal agents" }`.
 */
import type { CompiledModel } from "../model/compile/compiled.js";
import { MODE_ESCALATE, MODE_PREEMPT, PREEMPTED_SEND } from "../model/compile/compile-skills.js";
import type { CollectorLayout } from "../stats/observer.js";

/** The layout fields of the three features, present only when used. */
export function skillLayoutOf(compiled: CompiledModel): Pick<CollectorLayout, "skillOptions" | "preemptiveSteps" | "preemptSendSteps" | "escalationSteps"> {
  const { stepMode, optionStart, optionPool, escalateTo } = compiled.skills;
  const skillOptions = Array.from(optionPool, (pool, option) => ({ step: stepOfOption(optionStart, option), pool: compiled.pools[pool].name }));
  const steps = Array.from(stepMode.keys());
  const preemptiveSteps = steps.filter((s) => (stepMode[s] & MODE_PREEMPT) !== 0);
  const preemptSendSteps = preemptiveSteps.filter((s) => compiled.skills.preempted[s] === PREEMPTED_SEND);
  const escalationSteps = steps.filter((s) => (stepMode[s] & MODE_ESCALATE) !== 0).map((step) => ({ step, moves: escalateTo[step] >= 0 }));
  return {
    ...(skillOptions.length > 0 ? { skillOptions } : {}),
    ...(preemptiveSteps.length > 0 ? { preemptiveSteps } : {}),
    ...(preemptSendSteps.length > 0 ? { preemptSendSteps } : {}),
    ...(escalationSteps.length > 0 ? { escalationSteps } : {}),
  };
}

function stepOfOption(optionStart: Int32Array, option: number): number {
  let s = 0;
  while (optionStart[s + 1] <= option) s++;
  return s;
}
