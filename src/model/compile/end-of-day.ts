/**
 * Which end-of-day rule governs each step's waiting line: the step's own, else its pools'
 * (a pool's own, else its own calendar's), else the model calendar's; null when none is
 * declared anywhere (the engine then carries the line over and the run warns).
 *
 * The branch counter's tellers declare `endOfDay: serve`; the kiosk step is a delay and
 * has none; a back-office step under `calendar: { …, endOfDay: carryOver }` inherits it.
 */
import type { EndOfDay, Model, ResourcePool, Step } from "./model.js";

/** The rule a pool declares (its own, else its own calendar's); null when neither does. */
export function poolEndOfDay(pool: ResourcePool): EndOfDay | null {
  return pool.endOfDay ?? pool.calendar?.endOfDay ?? null;
}

/** The distinct rules the pools of a step declare, in need order. */
export function poolRulesOf(step: Step, model: Model): EndOfDay[] {
  const rules: EndOfDay[] = [];
  for (const need of step.resources) {
    const pool = model.resources.find((p) => p.name === need.resource);
    const rule = pool === undefined ? null : poolEndOfDay(pool);
    if (rule !== null && !rules.some((r) => r.rule === rule.rule && r.comeBack === rule.comeBack)) rules.push(rule);
  }
  return rules;
}

/** The rule governing each step (by step index); null for delay steps and undeclared lines. */
export function resolveEndOfDay(model: Model): (EndOfDay | null)[] {
  return model.steps.map((step) => {
    if (step.kind !== "service") return null;
    return step.endOfDay ?? poolRulesOf(step, model)[0] ?? model.calendar.endOfDay ?? null;
  });
}
