/**
 * Lognormal: the right-skewed handling time typical of case work, given by the mean and sd of
 * the time itself (`{ lognormal: { mean: 12min, sd: 4min } }` for a loan file review), not of
 * its logarithm. Inversion of draw 0.
 */
import { num, ruleProblem, type DistFamily, type ParamProblem } from "./family.js";

/**
 * Most sd per unit of mean: σ² = ln(1 + (sd/mean)²) must be finite, so (sd/mean)² may not
 * overflow (mean 1e-200 min with sd 1e11 min would draw NaN); 1e100 leaves σ ≈ 21.5.
 */
export const MAX_SD_PER_MEAN = 1e100;

/** An sd so many times the mean that the sampler's σ overflows (a finite mean, infinite draws). */
function spreadProblem(spec: { readonly mean: number; readonly sd: number }): ParamProblem[] {
  const ratio = spec.sd / spec.mean;
  return spec.mean > 0 && ratio > MAX_SD_PER_MEAN ? [{ code: "spreadTooWide", at: ["sd"], ratio, most: MAX_SD_PER_MEAN }] : [];
}

/** Lognormal given by the mean and sd of the variable itself (not of its log). */
export type LognormalSpec = { readonly kind: "lognormal"; readonly mean: number; readonly sd: number };

/** The lognormal family. */
export const lognormal: DistFamily<LognormalSpec> = {
  kind: "lognormal",
  summary: "Lognormal given by the mean and sd of the value (not of its logarithm).",
  params: { mean: { type: "time", doc: "Mean of the value itself." }, sd: { type: "time", doc: "Standard deviation of the value itself." } },
  docs: { notes: "`mean` and `sd` of the value itself, not of its logarithm." },
  build: (p) => ({ kind: "lognormal", mean: num(p, "mean"), sd: num(p, "sd") }),
  check: (spec) => [...ruleProblem("mean", spec.mean, "positive"), ...ruleProblem("sd", spec.sd, "nonNegative"), ...spreadProblem(spec)],
  undefinedBecause: (spec) => {
    if (!Number.isFinite(spec.mean) || !Number.isFinite(spec.sd)) return "mean and sd must be finite numbers";
    if (spec.sd < 0) return `sd must be ≥ 0 (got ${spec.sd})`;
    if (!(spec.mean > 0)) return `mean must be > 0 (got ${spec.mean})`;
    return spreadProblem(spec).length === 0 ? null : `sd must be at most ${MAX_SD_PER_MEAN} times the mean (got ${spec.sd / spec.mean})`;
  },
  mean: (spec) => spec.mean,
  variance: (spec) => spec.sd * spec.sd,
  support: () => [0, Infinity],
  plan: (spec) => {
    const m2 = spec.mean * spec.mean;
    const s2 = spec.sd * spec.sd;
    const mu = Math.log(m2 / Math.sqrt(m2 + s2));
    const sigma = Math.sqrt(Math.log(1 + s2 / m2));
    return { kernel: "lognormal", params: [mu, sigma] };
  },
  scaleTime: (spec, f) => ({ ...spec, mean: spec.mean * f, sd: spec.sd * f }),
};
