/**
 * Triangular: the three-point estimate a process owner gives ("data entry takes 5 to 15
 * minutes, most often 8": `{ triangular: { min: 5, mode: 8, max: 15 } }`). Inversion of draw 0.
 */
import { num, orderProblem, rangeProblem, ruleProblem, type DistFamily } from "./family.js";

/** Triangular on [min, max] peaking at mode. */
export type TriangularSpec = { readonly kind: "triangular"; readonly min: number; readonly mode: number; readonly max: number };

/** The triangular family. */
export const triangular: DistFamily<TriangularSpec> = {
  kind: "triangular",
  summary: "Triangular between min and max, peaking at mode.",
  params: {
    min: { type: "time", doc: "Lower bound." },
    mode: { type: "time", doc: "Most likely value." },
    max: { type: "time", doc: "Upper bound." },
  },
  docs: { notes: "`min` ≤ `mode` ≤ `max`." },
  build: (p) => ({ kind: "triangular", min: num(p, "min"), mode: num(p, "mode"), max: num(p, "max") }),
  check: (spec, timed) => [...(timed ? ruleProblem("min", spec.min, "nonNegative") : []), ...orderProblem(spec.min, spec.max, spec.mode)],
  undefinedBecause: (spec) => rangeProblem(spec.min, spec.mode, spec.max),
  mean: (spec) => (spec.min + spec.mode + spec.max) / 3,
  variance: ({ min: a, mode: c, max: b }) => (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
  support: (spec) => [spec.min, spec.max],
  plan: ({ min, mode, max }) => {
    if (min === max) return { kernel: "constant", params: [min] };
    const range = max - min;
    // slots: min, max, F(mode), (max−min)(mode−min), (max−min)(max−mode)
    return { kernel: "triangular", params: [min, max, (mode - min) / range, range * (mode - min), range * (max - mode)] };
  },
  scaleTime: (spec, f) => ({ ...spec, min: spec.min * f, mode: spec.mode * f, max: spec.max * f }),
};
