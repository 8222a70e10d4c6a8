/**
 * Analytic moments and support of every distribution family.
 *
 * A loan-review step with "lognormal, mean 30, sd 12 minutes" and two analysts offers
 * λ·30/2 of load per analyst; validation reads the 30 from `distMean` to warn when a model
 * is overloaded, and the theory tests compare simulated means against these values.
 * The normal family is truncated at 0 (resampled below 0), so its moments are those of the
 * truncated distribution, not the raw `mean`/`sd` parameters.
 */
import type { DistSpec } from "./dist-spec.js";
import { gammaFunction } from "./gamma-function.js";
import { normalCdf, normalPdf } from "./normal-functions.js";

/** Closed interval [lo, hi] that contains every sample; hi may be Infinity. */
export type Support = readonly [number, number];

/**
 * Beyond this many sds below 0, Φ(mean/sd) underflows and the normal truncated at 0 is
 * treated as its exponential limit with mean sd²/|mean| (the sampler does the same).
 */
export const NORMAL_FAR_TAIL_SDS = 38;

/** Mean of a normal(mean, sd) truncated to [0, ∞). */
function truncatedNormalMean(mean: number, sd: number): number {
  if (sd === 0) return Math.max(mean, 0);
  const alpha = -mean / sd;
  if (alpha > NORMAL_FAR_TAIL_SDS) return (sd * sd) / -mean;
  return mean + sd * (normalPdf(alpha) / normalCdf(-alpha));
}

/** Variance of a normal(mean, sd) truncated to [0, ∞). */
function truncatedNormalVariance(mean: number, sd: number): number {
  if (sd === 0) return 0;
  const alpha = -mean / sd;
  if (alpha > NORMAL_FAR_TAIL_SDS) return ((sd * sd) / mean) ** 2;
  const lambda = normalPdf(alpha) / normalCdf(-alpha);
  return sd * sd * Math.max(0, 1 + alpha * lambda - lambda * lambda);
}

/** PERT shape parameters (λ = 4) of a pert spec. */
export function pertShapes(min: number, mode: number, max: number): readonly [number, number] {
  const range = max - min;
  if (range === 0) return [1, 1];
  return [1 + (4 * (mode - min)) / range, 1 + (4 * (max - mode)) / range];
}

/** Weighted mean of (values − centre)^power over an empirical spec. */
function empiricalMoment(values: readonly number[], weights: readonly number[], power: number, centre = 0): number {
  let total = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    total += weights[i];
    sum += weights[i] * Math.pow(values[i] - centre, power);
  }
  return sum / total;
}

/**
 * Analytic mean of a distribution (minutes, for time-valued specs).
 * Normal: mean of the normal truncated at 0. Assumes valid parameters (NaN otherwise).
 */
export function distMean(spec: DistSpec): number {
  switch (spec.kind) {
    case "exponential": return spec.mean;
    case "deterministic": return spec.value;
    case "uniform": return (spec.min + spec.max) / 2;
    case "triangular": return (spec.min + spec.mode + spec.max) / 3;
    case "normal": return truncatedNormalMean(spec.mean, spec.sd);
    case "lognormal": return spec.mean;
    case "gamma": return spec.shape * spec.scale;
    case "erlang": return spec.mean;
    case "weibull": return spec.scale * gammaFunction(1 + 1 / spec.shape);
    case "pert": return (spec.min + 4 * spec.mode + spec.max) / 6;
    case "empirical": return empiricalMoment(spec.values, spec.weights, 1);
  }
}

/**
 * Analytic variance of a distribution (minutes², for time-valued specs).
 * Normal: variance of the normal truncated at 0. Assumes valid parameters (NaN otherwise).
 */
export function distVariance(spec: DistSpec): number {
  switch (spec.kind) {
    case "exponential": return spec.mean * spec.mean;
    case "deterministic": return 0;
    case "uniform": return ((spec.max - spec.min) * (spec.max - spec.min)) / 12;
    case "triangular": {
      const { min: a, mode: c, max: b } = spec;
      return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    }
    case "normal": return truncatedNormalVariance(spec.mean, spec.sd);
    case "lognormal": return spec.sd * spec.sd;
    case "gamma": return spec.shape * spec.scale * spec.scale;
    case "erlang": return (spec.mean * spec.mean) / spec.k;
    case "weibull": {
      const g1 = gammaFunction(1 + 1 / spec.shape);
      return spec.scale * spec.scale * (gammaFunction(1 + 2 / spec.shape) - g1 * g1);
    }
    case "pert": {
      const [alpha, beta] = pertShapes(spec.min, spec.mode, spec.max);
      const range = spec.max - spec.min;
      return (alpha * beta * range * range) / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1));
    }
    case "empirical": {
      const mean = empiricalMoment(spec.values, spec.weights, 1);
      return empiricalMoment(spec.values, spec.weights, 2, mean);
    }
  }
}

/** Smallest closed interval containing every sample of the distribution. */
export function distSupport(spec: DistSpec): Support {
  switch (spec.kind) {
    case "deterministic": return [spec.value, spec.value];
    case "uniform":
    case "triangular":
    case "pert": return [spec.min, spec.max];
    case "empirical": return [Math.min(...spec.values), Math.max(...spec.values)];
    case "exponential":
    case "normal":
    case "lognormal":
    case "gamma":
    case "erlang":
    case "weibull": return [0, Infinity];
  }
}
