/**
 * Gamma variates from counter-based uniforms (Marsaglia & Tsang 2000, "A simple method for
 * generating gamma variables"), the building block of the gamma, large-k Erlang and PERT
 * families.
 *
 * A credit-committee review time "gamma, shape 2.5, scale 8 minutes" is one call with the
 * case's counters: the j-th rejection attempt reads draw indices 2j (the normal, by
 * inversion) and 2j + 1 (the acceptance uniform), so the value is still a pure function of
 * (key, case, visit) and the same case gets the same review time in every variant.
 */
import { uniform01 } from "./counter-rng.js";
import { normalQuantile } from "./normal-functions.js";

/** Draw index reserved for the shape < 1 boost uniform (never reached by attempts). */
const BOOST_INDEX = 0xffffffff;

/** Precomputed Marsaglia–Tsang constants for one shape; build with `gammaConstants`. */
export interface GammaConstants {
  /** d = shape' − 1/3, where shape' = max(shape, shape + 1 when shape < 1). */
  readonly d: number;
  /** c = 1 / sqrt(9 d). */
  readonly c: number;
  /** 1 / shape when shape < 1 (boost exponent), else 0. */
  readonly boostExponent: number;
}

/**
 * Constants for sampling gamma(shape, 1).
 * @throws RangeError when shape is not a positive finite number.
 */
export function gammaConstants(shape: number): GammaConstants {
  if (!(shape > 0) || !Number.isFinite(shape)) {
    throw new RangeError(`gamma shape must be a positive finite number (got ${shape})`);
  }
  const boosted = shape < 1 ? shape + 1 : shape;
  const d = boosted - 1 / 3;
  return { d, c: 1 / Math.sqrt(9 * d), boostExponent: shape < 1 ? 1 / shape : 0 };
}

/** Gamma constants flattened into three sampler slots: d, c, boost exponent. */
export function gammaSlots(shape: number): number[] {
  const g = gammaConstants(shape);
  return [g.d, g.c, g.boostExponent];
}

/**
 * One gamma(shape, 1) variate for key (k0, k1) and counters (a, b), on sub-stream `sub`
 * (the fourth counter word; lets one sample use several independent gammas, as PERT does).
 * `d`, `c`, `boostExponent` come from `gammaConstants`. Allocation-free.
 */
export function sampleGamma(
  k0: number, k1: number, a: number, b: number, sub: number,
  d: number, c: number, boostExponent: number,
): number {
  const g = marsagliaTsang(k0, k1, a, b, sub, d, c);
  if (boostExponent === 0) return g;
  return g * Math.pow(uniform01(k0, k1, a, b, BOOST_INDEX, sub), boostExponent);
}

/**
 * The rejection loop for shape ≥ 1. Acceptance is above 95% for every shape, so the loop
 * ends after a handful of attempts; it is unbounded only in the sense that any rejection
 * sampler is.
 */
function marsagliaTsang(k0: number, k1: number, a: number, b: number, sub: number, d: number, c: number): number {
  for (let attempt = 0; ; attempt++) {
    const z = normalQuantile(uniform01(k0, k1, a, b, 2 * attempt, sub));
    const t = 1 + c * z;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = uniform01(k0, k1, a, b, 2 * attempt + 1, sub);
    const z2 = z * z;
    if (u < 1 - 0.0331 * z2 * z2) return d * v;
    if (Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) return d * v;
  }
}
