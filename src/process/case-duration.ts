/**
 * The duration of a case's activity at a step, reading its attributes where the step says so.
 *
 * "Data entry" takes 20 minutes on average for a retail file and 45 for an SME one: the step's
 * duration draw for case #812 on its first visit is the same uniform in both cases, mapped by
 * the retail or the SME distribution; "scan" takes 30 seconds per page, so a 12-page file's
 * draw is scaled by 12. A proposal that changes the SME time leaves every retail time
 * unchanged (common random numbers). A step without a rule costs one byte test (HOOK_DURATION).
 */
import { DURATION_BY_CATEGORY } from "../model/compile/compile-attributes.js";
import { HOOK_DURATION } from "./step-hooks.js";
import type { Simulation } from "./simulation.js";

/** Duration (minutes) of case `c` at step `s` on its `visit`-th visit (0-based). */
export function caseDuration(sim: Simulation, c: number, s: number, visit: number): number {
  const cases = sim.cases;
  if ((sim.hooks[s] & HOOK_DURATION) === 0) return sim.draws.duration(s, cases.source[c], cases.ordinal[c], visit);
  return attributeDuration(sim, c, s, visit);
}

/** The duration of a step whose rule reads an attribute of the case: by category, or scaled by a number. */
function attributeDuration(sim: Simulation, c: number, s: number, visit: number): number {
  const cases = sim.cases;
  const t = sim.compiled.attributes as NonNullable<Simulation["compiled"]["attributes"]>;
  const mode = t.durationMode[s];
  const attributes = sim.attributes as NonNullable<Simulation["attributes"]>;
  const v = attributes.value(c, t.durationAttribute[s]);
  if (mode === DURATION_BY_CATEGORY) {
    const samplers = t.durationSamplers[s] as NonNullable<(typeof t.durationSamplers)[number]>;
    return sim.draws.durationWith(samplers[v >= 0 ? v : samplers.length - 1], s, cases.source[c], cases.ordinal[c], visit);
  }
  return v * sim.draws.duration(s, cases.source[c], cases.ordinal[c], visit);
}
