/**
 * Beta-PERT: a smoother three-point estimate than the triangular, weighting the mode four
 * times (`{ pert: { min: 2, mode: 5, max: 14 } }` for a signature check). Sampled as a
 * ratio of two gamma variates (sub-streams 0 and 1), so synchronised by case but not monotone
 * in one draw.
 */
import { gammaSlots } from "../gamma-variate.js";
import { num, orderProblem, rangeProblem, ruleProblem, type DistFamily } from "./family.js";

/** Beta-PERT on [min, max] with the given mode (λ = 4). */
export type PertSpec = { readonly kind: "pert"; readonly min: number; readonly mode: number; readonly max: number };

/** PERT shape parameters (λ = 4). */
export function pertShapes(min: number, mode: number, max: number): readonly [number, number] {
  const range = max - min;
  if (range === 0) return [1, 1];
  return [1 + (4 * (mode - min)) / range, 1 + (4 * (max - mode)) / range];
}

/** The PERT family. */
export const pert: DistFamily<PertSpec> = {
  kind: "pert",
  summary: "Beta-PERT between min and max with the given mode (λ = 4).",
  params: {
    min: { type: "time", doc: "Lower bound." },
    mode: { type: "time", doc: "Most likely value." },
    max: { type: "time", doc: "Upper bound." },
  },
  docs: { notes: "Beta-PERT with λ = 4." },
  build: (p) => ({ kind: "pert", min: num(p, "min"), mode: num(p, "mode"), max: num(p, "max") }),
  check: (spec, timed) => [...(timed ? ruleProblem("min", spec.min, "nonNegative") : []), ...orderProblem(spec.min, spec.max, spec.mode)],
  undefinedBecause: (spec) => rangeProblem(spec.min, spec.mode, spec.max),
  mean: (spec) => (spec.min + 4 * spec.mode + spec.max) / 6,
  variance: (spec) => {
    const [alpha, beta] = pertShapes(spec.min, spec.mode, spec.max);
    const range = spec.max - spec.min;
    return (alpha * beta * range * range) / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1));
  },
  support: (spec) => [spec.min, spec.max],
  plan: (spec) => {
    if (spec.min === spec.max) return { kernel: "constant", params: [spec.min] };
    const [alpha, beta] = pertShapes(spec.min, spec.mode, spec.max);
    return { kernel: "pert", params: [spec.min, spec.max - spec.min, ...gammaSlots(alpha), ...gammaSlots(beta)] };
  },
  scaleTime: (spec, f) => ({ ...spec, min: spec.min * f, mode: spec.mode * f, max: spec.max * f }),
};
