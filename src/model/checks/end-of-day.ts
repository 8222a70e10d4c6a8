/**
 * End-of-day checks: a rule must be one the engine can follow without guessing.
 *
 * A rule on the kiosk step (a delay: nobody waits there) has nothing to act on; a step that
 * needs a teller and a manager whose pools declare serve and sendAway is ambiguous; and
 * tellers told to stay for the counter line (serve) but not for the cash-desk line
 * (carryOver) cannot both happen, since staff who stay serve every line of their pool.
 */
import type { Model } from "../compile/model.js";
import { poolRulesOf, resolveEndOfDay } from "../compile/end-of-day.js";
import { error, type IssueDraft } from "../source/issues.js";

/** Every end-of-day problem of the model. */
export function checkEndOfDay(model: Model): IssueDraft[] {
  const issues: IssueDraft[] = [];
  model.steps.forEach((step) => {
    if (step.kind !== "service" && step.endOfDay) issues.push(error(step.kind === "batch" ? "endOfDayOnBatch" : "endOfDayOnDelay", step.endOfDay.path));
    const rules = poolRulesOf(step, model);
    if (step.kind === "service" && !step.endOfDay && rules.length > 1) {
      issues.push(error("endOfDayConflict", [...step.path, "name"], { rules: rules.map((r) => r.rule) }));
    }
  });
  if (issues.length > 0) return issues;
  return checkServeSharing(model);
}

/** A pool whose staff stay for one step's line (serve) must stay for every line it serves. */
function checkServeSharing(model: Model): IssueDraft[] {
  const rules = resolveEndOfDay(model);
  const issues: IssueDraft[] = [];
  for (const pool of model.resources) {
    const using = model.steps.map((step, s) => ({ step, rule: rules[s]?.rule ?? "undeclared" }))
      .filter(({ step }) => step.resources.some((need) => need.resource === pool.name));
    const serving = using.find((u) => u.rule === "serve");
    const other = using.find((u) => u.rule !== "serve");
    if (serving && other) {
      issues.push(error("serveSharedPool", [...other.step.path, "name"], {
        pool: pool.name, step: serving.step.name, other: other.step.name, otherRule: other.rule,
      }));
    }
  }
  return issues;
}
