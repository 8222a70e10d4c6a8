/**
 * Exponential: memoryless times, such as the gap between walk-in customers arriving at 30 an
 * hour (`{ exponential: { mean: 2min } }`). Sampled by inversion of draw 0.
 */
import { nonNegativeProblem, num, ruleProblem, type DistFamily } from "./family.js";

/** Exponential with the given mean. */
export type ExponentialSpec = { readonly kind: "exponential"; readonly mean: number };

/** The exponential family. */
export const exponential: DistFamily<ExponentialSpec> = {
  kind: "exponential",
  summary: "Exponential (memoryless) with the given mean.",
  params: { mean: { type: "time", doc: "Mean (1/rate)." } },
  docs: { notes: "Memoryless; `mean` > 0." },
  build: (p) => ({ kind: "exponential", mean: num(p, "mean") }),
  check: (spec) => ruleProblem("mean", spec.mean, "positive"),
  undefinedBecause: (spec) => nonNegativeProblem("mean", spec.mean),
  mean: (spec) => spec.mean,
  variance: (spec) => spec.mean * spec.mean,
  support: () => [0, Infinity],
  plan: (spec) => ({ kernel: "exponential", params: [spec.mean] }),
  scaleTime: (spec, f) => ({ ...spec, mean: spec.mean * f }),
};
