/**
 * Analytic moments and support of any distribution spec, read from its family record.
 *
 * A loan-review step with "lognormal, mean 30, sd 12 minutes" and two analysts offers
 * λ·30/2 of load per analyst; validation reads the 30 from `distMean` to warn when a model
 * is overloaded, and the theory tests compare simulated means against these values.
 * The normal family is truncated at 0, so its moments are those of the truncated
 * distribution, not the raw `mean`/`sd` parameters.
 */
import type { DistSpec } from "./dist-spec.js";
import { familyOf } from "./families/registry.js";

export type { Support } from "./families/family.js";

/** Analytic mean (minutes, for time-valued specs). Assumes valid parameters (NaN otherwise). */
export function distMean(spec: DistSpec): number {
  return familyOf(spec).mean(spec);
}

/** Analytic variance (minutes², for time-valued specs). Assumes valid parameters (NaN otherwise). */
export function distVariance(spec: DistSpec): number {
  return familyOf(spec).variance(spec);
}

/** Smallest closed interval containing every sample of the distribution. */
export function distSupport(spec: DistSpec): readonly [number, number] {
  return familyOf(spec).support(spec);
}
