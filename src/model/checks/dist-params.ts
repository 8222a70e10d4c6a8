/**
 * Distribution parameters that make no sense: a handling time with mean ≤ 0, a negative
 * sd, min above max, a mode outside [min, max], weights that are negative or all zero.
 *
 * "Compliance review: triangular 10 / 40 / 30 minutes" has its mode above its max; the issue
 * points at `steps[2].duration.triangular.mode`. The rules are each family record's `check`;
 * time distributions must also stay ≥ 0, case attributes (amounts) only need well-formed
 * parameters.
 */
import type { DistSpec } from "../../random/dist-spec.js";
import { familyOf } from "../../random/families/registry.js";
import type { Model, Step, ModelPath } from "../compile/model.js";
import { problemDraft } from "../compile/normalize-dist.js";
import type { IssueDraft } from "../source/issues.js";

/** Problems with one distribution's parameters; `timed` = a duration (must not go below 0). */
export function checkDist(spec: DistSpec, path: ModelPath, timed: boolean): IssueDraft[] {
  return familyOf(spec).check(spec, timed).map((problem) => problemDraft(problem, [...path, spec.kind]));
}

/** Checks every distribution in the model: durations, inter-arrival times, patience, attributes. */
export function checkDistParams(model: Model): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const step of model.steps) issues.push(...checkStepDuration(step));
  for (const source of model.arrivals) {
    if (source.interarrival) issues.push(...checkDist(source.interarrival, [...source.path, "interarrival"], true));
    if (source.patience) issues.push(...checkDist(source.patience, [...source.path, "patience"], true));
    const punctuality = source.appointments?.punctuality;
    if (punctuality?.kind === "shifted" && punctuality.dist) issues.push(...checkDist(punctuality.dist, [...source.path, "appointments", "punctuality", "plus"], true));
    for (const [name, spec] of Object.entries(source.attributes)) {
      if (spec.kind === "numeric") issues.push(...checkDist(spec.dist, [...source.path, "attributes", name], false));
    }
  }
  for (const pool of model.resources) {
    if (!pool.downtime) continue;
    const { between, repair, path } = pool.downtime;
    if (between) issues.push(...checkDist(between, [...path, "between"], true));
    if (repair) issues.push(...checkDist(repair, [...path, "repair"], true));
  }
  return issues;
}

/** A step's duration, or each of its durations per category, or its base per unit of an attribute. */
function checkStepDuration(step: Step): IssueDraft[] {
  const at = [...step.path, "duration"];
  const rule = step.durationBy ?? null;
  if (rule === null) return checkDist(step.duration, at, true);
  if (rule.kind === "scaled") return checkDist(step.duration, [...at, "base"], true);
  const issues = Object.entries(rule.values).flatMap(([category, spec]) => checkDist(spec, [...at, "values", category], true));
  if (rule.otherwise !== null) issues.push(...checkDist(rule.otherwise, [...at, "otherwise"], true));
  return issues;
}
