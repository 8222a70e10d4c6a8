/**
 * Uniform: any time between two bounds equally likely, such as a courier pick-up somewhere
 * between 10 and 40 minutes (`{ uniform: { min: 10, max: 40 } }`). Inversion of draw 0.
 */
import { num, orderProblem, ruleProblem, type DistFamily } from "./family.js";

/** Uniform on [min, max]. */
export type UniformSpec = { readonly kind: "uniform"; readonly min: number; readonly max: number };

/** The uniform family. */
export const uniform: DistFamily<UniformSpec> = {
  kind: "uniform",
  summary: "Uniform between min and max.",
  params: { min: { type: "time", doc: "Lower bound." }, max: { type: "time", doc: "Upper bound." } },
  docs: { notes: "`min` ≤ `max`." },
  build: (p) => ({ kind: "uniform", min: num(p, "min"), max: num(p, "max") }),
  check: (spec, timed) => [...(timed ? ruleProblem("min", spec.min, "nonNegative") : []), ...orderProblem(spec.min, spec.max)],
  undefinedBecause: (spec) => {
    if (!Number.isFinite(spec.min) || !Number.isFinite(spec.max)) return "min and max must be finite numbers";
    return spec.min <= spec.max ? null : `needs min ≤ max (got ${spec.min}, ${spec.max})`;
  },
  mean: (spec) => (spec.min + spec.max) / 2,
  variance: (spec) => ((spec.max - spec.min) * (spec.max - spec.min)) / 12,
  support: (spec) => [spec.min, spec.max],
  plan: (spec) => ({ kernel: "uniform", params: [spec.min, spec.max - spec.min] }),
  scaleTime: (spec, f) => ({ ...spec, min: spec.min * f, max: spec.max * f }),
};
