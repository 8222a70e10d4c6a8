/**
 * References by name: every pool, step and class a model mentions must exist.
 *
 * `resource: clerk` when the pools are `clerks` and `managers` is reported at that line with
 * "did you mean "clerks"?"; so are `next`, branch targets, an arrival's `start` and a service
 * level's `class` and `step`.
 */
import type { Model, ModelPath, Route } from "../compile/model.js";
import { error, type IssueDraft } from "../source/issues.js";
import { suggestion } from "../source/suggest.js";

/** `known` is what the message lists; `candidates` what a suggestion may be (default: `known`). */
function unknown(code: "unknownResource" | "unknownStep" | "unknownClass", name: string, known: readonly string[], path: ModelPath, candidates = known): IssueDraft {
  return error(code, path, { name, allowed: known.slice(0, 30), ...suggestion(name, candidates) });
}

function routeTargets(route: Route, path: ModelPath): { to: string; path: ModelPath }[] {
  if (route.kind === "goto") return [{ to: route.to, path: [...path, "next"] }];
  if (route.kind === "branch" || route.kind === "conditional") return route.options.map((option, i) => ({ to: option.to, path: [...path, "next", i, "to"] }));
  return [];
}

function checkNeeds(model: Model, pools: Set<string>, poolNames: string[]): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const step of model.steps) {
    const seen = new Set<string>();
    step.resources.forEach((need, i) => {
      // The YAML may say `resource: x` or `resources: [{ resource: x }]`; the locator picks the one present.
      const path = [...step.path, "resources", i, "resource"];
      const alternative = step.resources.length === 1 ? [...step.path, "resource"] : undefined;
      const add = (draft: IssueDraft) => issues.push(alternative ? { ...draft, altPath: alternative } : draft);
      if (!pools.has(need.resource)) add(unknown("unknownResource", need.resource, poolNames, path));
      if (seen.has(need.resource)) add(error("duplicateResourceInStep", path, { name: need.resource }));
      seen.add(need.resource);
    });
  }
  return issues;
}

/** Unknown pools, steps and classes (with suggestions), and a pool listed twice in one step. */
export function checkReferences(model: Model): IssueDraft[] {
  const poolNames = model.resources.map((pool) => pool.name);
  const stepNames = [...new Set(model.steps.map((step) => step.name))];
  const classNames = [...new Set(model.arrivals.map((source) => source.class))];
  const steps = new Set(stepNames);
  const issues = checkNeeds(model, new Set(poolNames), poolNames);
  for (const step of model.steps) {
    for (const target of routeTargets(step.next, step.path)) {
      if (target.to !== "exit" && !steps.has(target.to)) {
        issues.push(unknown("unknownStep", target.to, stepNames, target.path, [...stepNames, "exit"]));
      }
    }
  }
  for (const source of model.arrivals) {
    if (!steps.has(source.firstStep)) issues.push(unknown("unknownStep", source.firstStep, stepNames, [...source.path, "start"]));
  }
  for (const level of model.serviceLevels) {
    if (level.class !== null && !classNames.includes(level.class)) issues.push(unknown("unknownClass", level.class, classNames, [...level.path, "class"]));
    if (level.step !== null && !steps.has(level.step)) issues.push(unknown("unknownStep", level.step, stepNames, [...level.path, "step"]));
  }
  return issues;
}
