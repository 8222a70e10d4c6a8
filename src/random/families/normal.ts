/**
 * Normal truncated at 0: a symmetric time that cannot go negative, such as a cashier's count
 * of 6 ± 1.5 minutes (`{ normal: { mean: 6, sd: 1.5 } }`). Sampled by inversion on the
 * truncated range (the same law as redrawing negative draws); far below 0 (more than 38 sds),
 * where Φ underflows, by its exponential limit.
 */
import { normalCdf, normalPdf } from "../normal-functions.js";
import { num, ruleProblem, type DistFamily } from "./family.js";

/** Normal truncated at 0 (resampled below 0); `mean`/`sd` are of the untruncated normal. */
export type NormalSpec = { readonly kind: "normal"; readonly mean: number; readonly sd: number };

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

/** The normal family (truncated at 0): moments are those of the truncated distribution. */
export const normal: DistFamily<NormalSpec> = {
  kind: "normal",
  summary: "Normal, truncated at 0 (negative draws are redrawn).",
  params: { mean: { type: "time", doc: "Mean." }, sd: { type: "time", doc: "Standard deviation." } },
  docs: { notes: "Truncated at 0 (negative draws are redrawn); `mean` > 0, `sd` ≥ 0." },
  build: (p) => ({ kind: "normal", mean: num(p, "mean"), sd: num(p, "sd") }),
  check: (spec, timed) => [...(timed ? ruleProblem("mean", spec.mean, "positive") : []), ...ruleProblem("sd", spec.sd, "nonNegative")],
  undefinedBecause: (spec) => {
    if (!Number.isFinite(spec.mean) || !Number.isFinite(spec.sd)) return "mean and sd must be finite numbers";
    return spec.sd < 0 ? `sd must be ≥ 0 (got ${spec.sd})` : null;
  },
  mean: (spec) => truncatedNormalMean(spec.mean, spec.sd),
  variance: (spec) => truncatedNormalVariance(spec.mean, spec.sd),
  support: () => [0, Infinity],
  plan: ({ mean, sd }) => {
    if (sd === 0) return { kernel: "constant", params: [Math.max(mean, 0)] };
    if (-mean / sd > NORMAL_FAR_TAIL_SDS) return { kernel: "normalFarTail", params: [(sd * sd) / -mean] };
    return { kernel: "truncatedNormal", params: [mean, sd, normalCdf(mean / sd)] };
  },
  scaleTime: (spec, f) => ({ ...spec, mean: spec.mean * f, sd: spec.sd * f }),
};
