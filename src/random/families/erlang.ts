/**
 * Erlang-k: a time made of k equal exponential phases, less variable than one exponential
 * (`{ erlang: { k: 3, mean: 12min } }` for a three-stage document check). Up to k = 16 it is
 * sampled as a sum over draws 0 … k−1, above as a gamma variate.
 */
import { gammaSlots } from "../gamma-variate.js";
import { nonNegativeProblem, num, ruleProblem, type DistFamily } from "./family.js";

/** Erlang-k with the given overall mean (sum of k exponentials of mean/k). */
export type ErlangSpec = { readonly kind: "erlang"; readonly k: number; readonly mean: number };

/** Erlang k up to this is sampled as a sum of k exponentials; above, as a gamma variate. */
export const ERLANG_SUM_MAX_K = 16;

/** The Erlang family. */
export const erlang: DistFamily<ErlangSpec> = {
  kind: "erlang",
  summary: "Erlang-k: the sum of k exponential phases with the given overall mean.",
  params: { k: { type: "count", doc: "Number of phases." }, mean: { type: "time", doc: "Overall mean." } },
  docs: { notes: "A sum of `k` exponential phases (`k` a whole number ≥ 1) with overall `mean`." },
  build: (p) => ({ kind: "erlang", k: num(p, "k"), mean: num(p, "mean") }),
  check: (spec) => ruleProblem("mean", spec.mean, "positive"),
  undefinedBecause: (spec) => {
    if (!Number.isInteger(spec.k) || spec.k < 1) return `k must be an integer ≥ 1 (got ${spec.k})`;
    return nonNegativeProblem("mean", spec.mean);
  },
  mean: (spec) => spec.mean,
  variance: (spec) => (spec.mean * spec.mean) / spec.k,
  support: () => [0, Infinity],
  plan: (spec) => {
    const phaseMean = spec.mean / spec.k;
    if (spec.k <= ERLANG_SUM_MAX_K) return { kernel: "erlangSum", params: [phaseMean, spec.k] };
    return { kernel: "gamma", params: [phaseMean, ...gammaSlots(spec.k)] };
  },
  scaleTime: (spec, f) => ({ ...spec, mean: spec.mean * f }),
};
