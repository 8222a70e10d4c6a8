/**
 * Admission checks: the steps an overflow or a message goes to exist, the classes of
 * `patienceByClass` exist, admission rules sit on service steps (a delay never waits), and
 * the distributions of patience and retry delays have valid parameters.
 *
 * `message: { to: callback }` when the step is called "callbacks" is reported at that line
 * with "did you mean "callbacks"?"; `balk` on the IVR delay is reported as meaningless there.
 */
import type { StepAdmission } from "../compile/admission-model.js";
import type { Model, ModelPath, Step } from "../compile/model.js";
import { error, type IssueDraft } from "../source/issues.js";
import { suggestion } from "../source/suggest.js";
import { checkDist } from "./dist-params.js";

/** The steps admission rules send cases to (overflow and message targets), by name. */
export function admissionTargets(model: Model): string[] {
  return model.steps.flatMap((step) => {
    const a = step.admission;
    if (a === undefined) return [];
    return [...(a.overflowTo === null ? [] : [a.overflowTo]), ...(a.message === null ? [] : [a.message.to])];
  });
}

function target(step: Step, key: string, to: string, path: ModelPath, steps: readonly string[]): IssueDraft[] {
  if (to === step.name) return [error("admissionTargetSelf", path, { key })];
  if (steps.includes(to)) return [];
  return [error("unknownStep", path, { name: to, allowed: steps.slice(0, 30), ...suggestion(to, steps) })];
}

/**
 * The admission keys written on a step, as the YAML spells them (`whenFull` left out: without a
 * limit it is refused on its own). An empty `patienceByClass: {}` is the one key with no value
 * to show, so it is named when nothing else is.
 */
function keysWritten(a: StepAdmission): string[] {
  const keys = [
    ...(a.maxWaiting !== null ? ["maxWaiting"] : []),
    ...(a.maxInSystem !== null ? ["maxInSystem"] : []),
    ...(a.balk !== null ? ["balk"] : []),
    ...(a.patience !== null ? ["patience"] : []),
    ...(Object.keys(a.patienceByClass).length > 0 ? ["patienceByClass"] : []),
    ...(a.message !== null ? ["message"] : []),
    ...(a.retry !== null ? ["retry"] : []),
  ];
  return keys.length > 0 || a.whenFullGiven === true ? keys : ["patienceByClass"];
}

function checkStep(step: Step, steps: readonly string[], classes: readonly string[], limitedPools: ReadonlySet<string>): IssueDraft[] {
  const a = step.admission;
  if (a === undefined) return [];
  const issues: IssueDraft[] = [];
  const limited = a.maxWaiting !== null || a.maxInSystem !== null || step.resources.some((need) => limitedPools.has(need.resource));
  if (a.whenFullGiven === true && !limited) issues.push(error("whenFullWithoutLimit", [...step.path, "whenFull"]));
  if (step.kind === "delay") issues.push(...keysWritten(a).map((key) => error("admissionOnDelay", [...step.path, key], { key })));
  if (a.overflowTo !== null) issues.push(...target(step, "whenFull", a.overflowTo, [...step.path, "whenFull", "to"], steps));
  if (a.message !== null) issues.push(...target(step, "message", a.message.to, [...step.path, "message", "to"], steps));
  if (a.patience !== null) issues.push(...checkDist(a.patience, [...step.path, "patience"], true));
  for (const [cls, dist] of Object.entries(a.patienceByClass)) {
    const path = [...step.path, "patienceByClass", cls];
    if (!classes.includes(cls)) issues.push({ ...error("unknownClass", path, { name: cls, allowed: classes.slice(0, 30), ...suggestion(cls, classes) }), atKey: true });
    issues.push(...checkDist(dist, path, true));
  }
  if (a.retry !== null) issues.push(...checkDist(a.retry.after, [...a.retry.path, "after"], true));
  return issues;
}

/** Every admission problem of a model. */
export function checkAdmission(model: Model): IssueDraft[] {
  const steps = model.steps.map((step) => step.name);
  const classes = [...new Set(model.arrivals.map((source) => source.class))];
  const limitedPools = new Set(model.resources.filter((r) => r.maxWaiting !== undefined || r.maxInSystem !== undefined).map((r) => r.name));
  const issues = model.steps.flatMap((step) => checkStep(step, steps, classes, limitedPools));
  for (const source of model.arrivals) {
    if (source.retry !== undefined) issues.push(...checkDist(source.retry.after, [...source.retry.path, "after"], true));
  }
  return issues;
}
