/**
 * Cross-checks of skills-based routing, preemption and escalation timers: every pool and
 * step they name exists, option durations are sound, and combinations the engine does not
 * support are refused where they are written.
 *
 * `servedBy: [{ resource: specialist }]` when the pool is `specialists` gets "did you mean";
 * `preempt: true` on a step that seizes a clerk and a manager together is refused (an
 * interrupted case would have to give back and re-seize two pools), as is an escalation on
 * a delay step (it never waits, so it could never be escalated).
 */
import type { Model, ModelPath, Step } from "../compile/model.js";
import { error, type IssueDraft } from "../source/issues.js";
import { suggestion } from "../source/suggest.js";
import { checkDist } from "./dist-params.js";

function unknownName(code: "unknownResource" | "unknownStep", name: string, known: readonly string[], path: ModelPath): IssueDraft {
  return error(code, path, { name, allowed: known.slice(0, 30), ...suggestion(name, known) });
}

function checkServedBy(step: Step, poolNames: readonly string[]): IssueDraft[] {
  const issues: IssueDraft[] = [];
  const seen = new Set<string>();
  for (const option of step.servedBy?.options ?? []) {
    const at = [...option.path, "resource"];
    if (!poolNames.includes(option.resource)) issues.push(unknownName("unknownResource", option.resource, poolNames, at));
    if (seen.has(option.resource)) issues.push(error("duplicateResourceInStep", at, { name: option.resource }));
    seen.add(option.resource);
    if (option.duration !== null) issues.push(...checkDist(option.duration, [...option.path, "duration"], true));
  }
  return issues;
}

/** Why step `step` cannot be preemptive, or null when it can. */
function preemptRefusal(step: Step): string | null {
  if (step.resources.length === 0) return `a ${step.kind} step holds no staff, so there is nothing to preempt`;
  if (step.servedBy) return "an interrupted case of a servedBy step could resume on another pool";
  if (step.resources.length !== 1) return "the step seizes several pools at once";
  if (step.resources[0].units !== 1) return "the step holds more than one unit";
  return null;
}

function checkPreemption(model: Model): IssueDraft[] {
  const issues: IssueDraft[] = [];
  const preemptivePools = new Set(model.resources.filter((pool) => pool.preempt === true).map((pool) => pool.name));
  for (const step of model.steps) {
    const viaPool = step.resources.find((need) => preemptivePools.has(need.resource));
    const viaOption = step.servedBy?.options.find((option) => preemptivePools.has(option.resource));
    if (step.preempt !== true && viaPool === undefined && viaOption === undefined) continue;
    const reason = preemptRefusal(step);
    if (reason === null) continue;
    issues.push(error("preemptUnsupported", step.preempt === true ? [...step.path, "preempt"] : [...step.path, "name"], { reason }));
  }
  return issues;
}

function checkEscalation(step: Step, stepNames: readonly string[], preemptive: boolean): IssueDraft[] {
  const escalate = step.escalate;
  if (!escalate) return [];
  if (step.kind !== "service") return [error("escalateOnDelay", escalate.path)];
  if (escalate.preempt === true) {
    const reason = escalate.to !== null ? "the escalation moves the case instead of raising its priority"
      : (preemptive ? null : "the step is not preemptive (give it or its pool preempt)");
    if (reason !== null) return [error("escalatePreemptUnsupported", [...escalate.path, "preempt"], { reason })];
  }
  if (escalate.to === step.name) return [error("escalateTargetSelf", [...escalate.path, "to"])];
  if (escalate.to !== null && !stepNames.includes(escalate.to)) {
    return [unknownName("unknownStep", escalate.to, stepNames, [...escalate.path, "to"])];
  }
  return [];
}

/** Every problem of the model's servedBy lists, preemptive steps and escalation timers. */
export function checkSkills(model: Model): IssueDraft[] {
  const poolNames = model.resources.map((pool) => pool.name);
  const stepNames = model.steps.map((step) => step.name);
  const issues = checkPreemption(model);
  const preemptivePools = new Set(model.resources.filter((pool) => pool.preempt === true).map((pool) => pool.name));
  for (const step of model.steps) {
    const preemptive = step.preempt === true || step.resources.some((need) => preemptivePools.has(need.resource));
    issues.push(...checkServedBy(step, poolNames), ...checkEscalation(step, stepNames, preemptive));
  }
  return issues;
}
