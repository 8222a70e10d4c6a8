/**
 * Compiled distribution samplers: a `DistSpec` turned, once, into a `Sampler` that draws
 * with zero allocation and carries the family's analytic mean, variance and support.
 *
 * A teller's handling time `{ kind: "lognormal", mean: 6, sd: 3 }` becomes a `Sampler`
 * whose `sample(k0, k1, caseOrdinal, visit)` returns the handling time of that case on that
 * visit. Exponential, uniform, triangular, normal, lognormal, Weibull and empirical are
 * sampled by inversion of draw 0 and increase with it, so a variant that swaps exponential
 * for lognormal still pairs long times with long times; Erlang (a sum over draws 0 … k−1),
 * gamma and PERT (rejection) are synchronised by case too, but not monotone in a single draw.
 */
import type { DistSpec } from "./dist-spec.js";
import { familyOf } from "./families/registry.js";
import { Sampler } from "./sampler.js";

export { Sampler } from "./sampler.js";
export { distMean, distVariance, distSupport, type Support } from "./dist-moments.js";

/**
 * Why a spec's parameters do not define a distribution, as a short English phrase naming
 * the parameter, or null when the spec is valid. Time parameters are in minutes.
 */
export function distSpecProblem(spec: DistSpec): string | null {
  return familyOf(spec).undefinedBecause(spec);
}

/** The same distribution with every time parameter multiplied by `factor` (shape parameters kept). */
export function scaleDistSpec<S extends DistSpec>(spec: S, factor: number): S {
  return familyOf(spec).scaleTime(spec, factor);
}

/**
 * Compiles a spec into a `Sampler`. Call at compile time (it allocates), then sample freely.
 * Degenerate parameters (sd 0, min = max) compile to a constant.
 * @throws RangeError naming the parameter when the spec is invalid (see `distSpecProblem`).
 */
export function compileSampler(spec: DistSpec): Sampler {
  const family = familyOf(spec);
  const problem = family.undefinedBecause(spec);
  if (problem !== null) throw new RangeError(`invalid ${spec.kind} distribution: ${problem}`);
  const facts = { kind: spec.kind, mean: family.mean(spec), variance: family.variance(spec), support: family.support(spec) };
  const plan = family.plan(spec);
  return new Sampler(facts, plan, (plan.components ?? []).map(compileSampler));
}
