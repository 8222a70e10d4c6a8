/**
 * Distribution parameters that make no sense: a handling time with mean ≤ 0, a negative
 * sd, min above max, a mode outside [min, max], weights that are negative or all zero.
 *
 * "Compliance review: triangular 10 / 40 / 30 minutes" has its mode above its max; the issue
 * points at `steps[2].duration.triangular.mode`. Time distributions must also stay ≥ 0;
 * case attributes (amounts) only need well-formed parameters.
 */
import type { DistSpec } from "../../random/dist-spec.js";
import type { Model, ModelPath } from "../compile/model.js";
import { error, type IssueDraft } from "../source/issues.js";

type Rule = "positive" | "nonNegative";

function rule(issues: IssueDraft[], path: ModelPath, spec: DistSpec, param: string, value: number, r: Rule): void {
  const ok = r === "positive" ? value > 0 : value >= 0;
  if (!ok) issues.push(error("distParam", [...path, spec.kind, param], { param, found: value, rule: r }));
}

function range(issues: IssueDraft[], path: ModelPath, spec: DistSpec, min: number, max: number, mode?: number): void {
  if (min > max) issues.push(error("minAboveMax", [...path, spec.kind, "min"], { min, max }));
  else if (mode !== undefined && !(mode >= min && mode <= max)) {
    issues.push(error("modeOutside", [...path, spec.kind, "mode"], { mode, min, max }));
  }
}

function checkEmpirical(issues: IssueDraft[], path: ModelPath, values: readonly number[], weights: readonly number[], timed: boolean): void {
  const at = [...path, "empirical"];
  if (weights.length !== values.length) {
    issues.push(error("weightsLength", [...at, "weights"], { weights: weights.length, values: values.length }));
  } else if (weights.some((w) => !(w >= 0)) || !weights.some((w) => w > 0)) {
    issues.push(error("weightsInvalid", [...at, "weights"], { found: `[${weights.join(", ")}]` }));
  }
  if (!timed) return;
  const negative = values.findIndex((v) => !(v >= 0));
  if (negative >= 0) issues.push(error("distParam", [...at, "values", negative], { param: `values[${negative}]`, found: values[negative], rule: "nonNegative" }));
}

/** Problems with one distribution's parameters; `timed` = a duration (must not go below 0). */
export function checkDist(spec: DistSpec, path: ModelPath, timed: boolean): IssueDraft[] {
  const issues: IssueDraft[] = [];
  const floor: Rule = "nonNegative";
  switch (spec.kind) {
    case "exponential":
    case "erlang":
      rule(issues, path, spec, "mean", spec.mean, "positive");
      break;
    case "deterministic":
      if (timed) rule(issues, path, spec, "value", spec.value, floor);
      break;
    case "uniform":
      if (timed) rule(issues, path, spec, "min", spec.min, floor);
      range(issues, path, spec, spec.min, spec.max);
      break;
    case "triangular":
    case "pert":
      if (timed) rule(issues, path, spec, "min", spec.min, floor);
      range(issues, path, spec, spec.min, spec.max, spec.mode);
      break;
    case "normal":
    case "lognormal":
      if (timed || spec.kind === "lognormal") rule(issues, path, spec, "mean", spec.mean, "positive");
      rule(issues, path, spec, "sd", spec.sd, floor);
      break;
    case "gamma":
    case "weibull":
      rule(issues, path, spec, "shape", spec.shape, "positive");
      rule(issues, path, spec, "scale", spec.scale, "positive");
      break;
    case "empirical":
      checkEmpirical(issues, path, spec.values, spec.weights, timed);
      break;
  }
  return issues;
}

/** Checks every distribution in the model: durations, inter-arrival times, patience, attributes. */
export function checkDistParams(model: Model): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const step of model.steps) issues.push(...checkDist(step.duration, [...step.path, "duration"], true));
  for (const source of model.arrivals) {
    if (source.interarrival) issues.push(...checkDist(source.interarrival, [...source.path, "interarrival"], true));
    if (source.patience) issues.push(...checkDist(source.patience, [...source.path, "patience"], true));
    for (const [name, spec] of Object.entries(source.attributes)) {
      issues.push(...checkDist(spec, [...source.path, "attributes", name], false));
    }
  }
  return issues;
}
