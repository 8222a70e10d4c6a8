/**
 * Which optional behaviours touch each step, one byte per step computed once per replication,
 * so a step that uses none of them pays one byte test per hook on the common path.
 *
 * "Counter" in a branch model without admission rules, skills, attribute-dependent durations
 * or held resources gets 0: entering, starting, ending and leaving its line run the plain
 * code. "Mortgage advice", served by specialists first and offering a call-back message after
 * 2 minutes, gets HOOK_SKILLS | HOOK_MESSAGE, and the service module hands it to those modules.
 */
import { ROUTE_CONDITIONAL, type CompiledModel } from "../model/compile/compiled.js";
import { ADMIT_COUNT, ADMIT_ENTRY, ADMIT_MESSAGE } from "../model/compile/compile-admission.js";
import { DURATION_PLAIN } from "../model/compile/compile-attributes.js";
import { MODE_ESCALATE } from "../model/compile/compile-skills.js";

/** Admission rules act when a case enters the step (limits, trunk lines, balking). */
export const HOOK_ADMIT_ENTRY = 1;
/** Admission counts the cases in service at the step. */
export const HOOK_ADMIT_COUNT = 2;
/** A waiting case is offered a message (call-back) after a while. */
export const HOOK_MESSAGE = 4;
/** Skills routing or preemption decides who serves (skill-dispatch.ts). */
export const HOOK_SKILLS = 8;
/** A waiting case escalates after a while. */
export const HOOK_ESCALATE = 16;
/** The duration depends on a case attribute (case-duration.ts). */
export const HOOK_DURATION = 32;
/** The model holds resources across steps (held.ts). */
export const HOOK_HOLDS = 64;
/** The route out of the step is not a plain one: errors and rework, or conditions on attributes. */
export const HOOK_ROUTE = 128;

/** The HOOK_* bits of every step of `compiled`. */
export function stepHooks(compiled: CompiledModel): Uint8Array {
  const count = compiled.steps.count;
  const admission = compiled.admission?.flags ?? null;
  const mode = compiled.skills.stepMode;
  const durationMode = compiled.attributes?.durationMode ?? null;
  const rework = compiled.rework?.active ?? null;
  const hooks = new Uint8Array(count);
  for (let s = 0; s < count; s++) {
    const admit = admission === null ? 0 : admission[s];
    hooks[s] =
      ((admit & ADMIT_ENTRY) !== 0 ? HOOK_ADMIT_ENTRY : 0) |
      ((admit & ADMIT_COUNT) !== 0 ? HOOK_ADMIT_COUNT : 0) |
      ((admit & ADMIT_MESSAGE) !== 0 ? HOOK_MESSAGE : 0) |
      (mode[s] !== 0 ? HOOK_SKILLS : 0) |
      ((mode[s] & MODE_ESCALATE) !== 0 ? HOOK_ESCALATE : 0) |
      (durationMode !== null && durationMode[s] !== DURATION_PLAIN ? HOOK_DURATION : 0) |
      (compiled.holds !== null ? HOOK_HOLDS : 0) |
      ((rework !== null && rework[s] !== 0) || compiled.steps.routeKind[s] === ROUTE_CONDITIONAL ? HOOK_ROUTE : 0);
  }
  return hooks;
}
