/**
 * Downtime that sends interrupted work elsewhere, checked where it is written: `send` names an
 * existing step that does not need the failing pool, `sendTo` and `sendWaiting` come only with
 * `send`, and no step the pool serves is one whose cases could not leave it mid-activity.
 *
 * The RPA bots fail and `interrupted: send, sendTo: manual keying` moves the files they were
 * processing to the clerks. `sendTo: manual keyng` gets "did you mean"; a step of the bots that
 * is a batch step or in a fork branch, is served by a servedBy list, is preemptive or seizes a pool to
 * hold is refused at `interrupted` with the step named (a part cannot leave its branch, and
 * the others would have to give back units the engine tracks elsewhere).
 */
import type { Model, ResourcePool } from "../compile/model.js";
import { analyseHeld, usesHeldResources } from "../compile/held-analysis.js";
import { error, type IssueDraft } from "../source/issues.js";
import { suggestion } from "../source/suggest.js";
import { stepsInForkBranches } from "./fork-join.js";

/** True when step `s` of `model` needs `pool` (in resources or servedBy). */
export function stepNeedsPool(model: Model, s: number, pool: string): boolean {
  const step = model.steps[s];
  return step.resources.some((need) => need.resource === pool) || (step.servedBy?.options.some((o) => o.resource === pool) ?? false);
}

/** Why a case at step `s` cannot be sent elsewhere when `pool` fails, or null when it can. */
function sendRefusal(model: Model, s: number, pool: ResourcePool, context: SendContext): string | null {
  const step = model.steps[s];
  const name = JSON.stringify(step.name);
  if (step.kind === "batch") return `step ${name} is a batch step, whose items are processed together`;
  if (context.inBranches.has(s)) return `step ${name} is in a fork branch, and a part cannot leave its branch`;
  if (step.servedBy) return `step ${name} is served by a servedBy list`;
  if (step.preempt === true || pool.preempt === true) return `step ${name} is preemptive`;
  if (step.seize) return `step ${name} seizes ${JSON.stringify(step.seize.resource)} to hold it`;
  if ((context.heldOnEntry[s]?.length ?? 0) > 0) return `cases reach step ${name} holding a seized pool`;
  return null;
}

interface SendContext {
  readonly inBranches: Set<number>;
  readonly heldOnEntry: readonly (readonly unknown[] | null)[];
}

function checkPool(model: Model, pool: ResourcePool, context: SendContext): IssueDraft[] {
  const downtime = pool.downtime;
  if (!downtime) return [];
  const path = downtime.path;
  if (downtime.interrupted !== "send") {
    return (["sendTo", "sendWaiting"] as const).filter((key) => downtime[key] !== undefined).map((key) => error("downtimeSendUnused", [...path, key], { key }));
  }
  if (downtime.sendTo === undefined) return [error("downtimeSendTo", [...path, "interrupted"])];
  const names = model.steps.map((step) => step.name);
  const target = names.indexOf(downtime.sendTo);
  const at = [...path, "sendTo"];
  if (target < 0) return [error("unknownStep", at, { name: downtime.sendTo, allowed: names.slice(0, 30), ...suggestion(downtime.sendTo, names) })];
  const kind = model.steps[target].kind;
  if (stepNeedsPool(model, target, pool.name)) return [error("downtimeSendUnsupported", at, { reason: `step "${downtime.sendTo}" needs this pool itself` })];
  if (kind === "join" || context.inBranches.has(target)) return [error("downtimeSendUnsupported", at, { reason: `step "${downtime.sendTo}" is reached only through its fork` })];
  const issues: IssueDraft[] = [];
  model.steps.forEach((_step, s) => {
    if (!stepNeedsPool(model, s, pool.name)) return;
    const reason = sendRefusal(model, s, pool, context);
    if (reason !== null) issues.push(error("downtimeSendUnsupported", [...path, "interrupted"], { reason }));
  });
  return issues;
}

/** Every problem of downtime `send` rules; none for a model whose pools never send work elsewhere. */
export function checkDowntimeSend(model: Model): IssueDraft[] {
  const pools = model.resources.filter((pool) => pool.downtime && (pool.downtime.interrupted === "send" || pool.downtime.sendTo !== undefined || pool.downtime.sendWaiting !== undefined));
  if (pools.length === 0) return [];
  const context: SendContext = {
    inBranches: stepsInForkBranches(model),
    heldOnEntry: usesHeldResources(model) ? analyseHeld(model).onEntry : [],
  };
  return pools.flatMap((pool) => checkPool(model, pool, context));
}
