/**
 * Preemption that sends interrupted work elsewhere, checked where it is written, with the
 * rules and wording of downtime's `interrupted: send` (checks/downtime-send.ts): `sendTo`
 * comes with `send` only and names an existing step that does not need the preemptive pool,
 * and the interrupted case must be free to leave (not a part of a fork, holding no pool).
 *
 * `preempt: { interrupted: send, sendTo: callbacks }` on the advisers moves a standard call a
 * VIP interrupts to the callbacks queue; `sendTo: callback` gets "did you mean"; `sendTo:
 * advice` (a step of the advisers themselves) is refused at sendTo.
 */
import type { Model, ModelPath, Step } from "../compile/model.js";
import type { PreemptedRule } from "../compile/normalize-preempt.js";
import { analyseHeld, usesHeldResources } from "../compile/held-analysis.js";
import { error, type IssueDraft } from "../source/issues.js";
import { suggestion } from "../source/suggest.js";
import { stepNeedsPool } from "./downtime-send.js";
import { stepsInForkBranches } from "./fork-join.js";

/** Problems of the send target of `rule` for cases interrupted on `pool`. */
function checkTarget(model: Model, rule: PreemptedRule, pool: string): IssueDraft[] {
  const at: ModelPath = [...rule.path, "sendTo"];
  if (rule.interrupted !== "send") return rule.sendTo === null ? [] : [error("downtimeSendUnused", at, { key: "sendTo" })];
  if (rule.sendTo === null) return [error("downtimeSendTo", [...rule.path, "interrupted"])];
  const names = model.steps.map((step) => step.name);
  const target = names.indexOf(rule.sendTo);
  if (target < 0) return [error("unknownStep", at, { name: rule.sendTo, allowed: names.slice(0, 30), ...suggestion(rule.sendTo, names) })];
  if (stepNeedsPool(model, target, pool)) return [error("downtimeSendUnsupported", at, { reason: `step "${rule.sendTo}" needs this pool itself` })];
  if (model.steps[target].kind === "join" || stepsInForkBranches(model).has(target)) {
    return [error("downtimeSendUnsupported", at, { reason: `step "${rule.sendTo}" is reached only through its fork` })];
  }
  return [];
}

/** Why a case interrupted at step `s` cannot leave it, or null. */
function leaveRefusal(model: Model, s: number): string | null {
  const step = model.steps[s];
  if (stepsInForkBranches(model).has(s)) return `step "${step.name}" is in a fork branch, and a part cannot leave its branch`;
  if (step.seize) return `step "${step.name}" seizes ${JSON.stringify(step.seize.resource)} to hold it`;
  if (usesHeldResources(model) && (analyseHeld(model).onEntry[s]?.length ?? 0) > 0) return `cases reach step "${step.name}" holding a seized pool`;
  return null;
}

/** The preemptive steps a rule declared on `owner` (a step, or a pool) applies to. */
function stepsOf(model: Model, owner: Step | string): number[] {
  if (typeof owner !== "string") return [model.steps.indexOf(owner)];
  return model.steps.flatMap((step, s) => (step.preempted === undefined && step.resources.some((need) => need.resource === owner) ? [s] : []));
}

function checkRule(model: Model, rule: PreemptedRule, owner: Step | string): IssueDraft[] {
  const steps = stepsOf(model, owner);
  const pool = typeof owner === "string" ? owner : (owner.resources[0]?.resource ?? "");
  const issues = checkTarget(model, rule, pool);
  if (rule.interrupted !== "send") return issues;
  for (const s of steps) {
    const reason = leaveRefusal(model, s);
    if (reason !== null) issues.push(error("downtimeSendUnsupported", [...rule.path, "interrupted"], { reason }));
  }
  return issues;
}

/** Every problem of the `preempt: { interrupted, sendTo }` rules of a model's pools and steps. */
export function checkPreemptSend(model: Model): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const pool of model.resources) if (pool.preempted) issues.push(...checkRule(model, pool.preempted, pool.name));
  for (const step of model.steps) if (step.preempted) issues.push(...checkRule(model, step.preempted, step));
  return issues;
}
