/**
 * Parameter checks for distribution specs: the conditions under which a family is defined.
 *
 * "triangular with min 10, mode 5, max 12" cannot be sampled. Validation normally rejects it
 * with a friendly message at the YAML path; this module states the rule once, so the sampler
 * compiler can refuse anything that slipped through instead of producing NaN durations.
 */
import type { DistSpec } from "./dist-spec.js";

const finite = Number.isFinite;

/** Problem with a min ≤ mode ≤ max triple, or null. */
function rangeProblem(min: number, mode: number, max: number): string | null {
  if (!finite(min) || !finite(mode) || !finite(max)) return "min, mode and max must be finite numbers";
  if (!(min <= mode && mode <= max)) return `needs min ≤ mode ≤ max (got ${min}, ${mode}, ${max})`;
  return null;
}

/** Problem with an empirical spec's values and weights, or null. */
function empiricalProblem(values: readonly number[], weights: readonly number[]): string | null {
  if (values.length === 0) return "values must not be empty";
  if (values.length !== weights.length) return `values (${values.length}) and weights (${weights.length}) differ in length`;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    if (!finite(values[i])) return `values[${i}] must be a finite number`;
    if (!(weights[i] >= 0) || !finite(weights[i])) return `weights[${i}] must be a finite number ≥ 0`;
    total += weights[i];
  }
  return total > 0 ? null : "weights must not all be 0";
}

/**
 * Why a spec's parameters do not define a distribution, as a short English phrase naming
 * the parameter, or null when the spec is valid. Time parameters are in minutes.
 */
export function distSpecProblem(spec: DistSpec): string | null {
  switch (spec.kind) {
    case "exponential":
      return spec.mean >= 0 && finite(spec.mean) ? null : `mean must be a finite number ≥ 0 (got ${spec.mean})`;
    case "deterministic":
      return finite(spec.value) ? null : `value must be a finite number (got ${spec.value})`;
    case "uniform":
      if (!finite(spec.min) || !finite(spec.max)) return "min and max must be finite numbers";
      return spec.min <= spec.max ? null : `needs min ≤ max (got ${spec.min}, ${spec.max})`;
    case "triangular":
    case "pert":
      return rangeProblem(spec.min, spec.mode, spec.max);
    case "normal":
    case "lognormal":
      if (!finite(spec.mean) || !finite(spec.sd)) return "mean and sd must be finite numbers";
      if (spec.sd < 0) return `sd must be ≥ 0 (got ${spec.sd})`;
      return spec.kind === "lognormal" && !(spec.mean > 0) ? `mean must be > 0 (got ${spec.mean})` : null;
    case "gamma":
    case "weibull":
      if (!(spec.shape > 0) || !finite(spec.shape)) return `shape must be a finite number > 0 (got ${spec.shape})`;
      return spec.scale >= 0 && finite(spec.scale) ? null : `scale must be a finite number ≥ 0 (got ${spec.scale})`;
    case "erlang":
      if (!Number.isInteger(spec.k) || spec.k < 1) return `k must be an integer ≥ 1 (got ${spec.k})`;
      return spec.mean >= 0 && finite(spec.mean) ? null : `mean must be a finite number ≥ 0 (got ${spec.mean})`;
    case "empirical":
      return empiricalProblem(spec.values, spec.weights);
  }
}
