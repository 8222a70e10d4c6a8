/**
 * Weibull: times whose hazard rises or falls with age, such as how long a caller stays on hold
 * before hanging up (`{ weibull: { shape: 0.8, scale: 4min } }`). Inversion of draw 0.
 */
import { gammaFunction } from "../gamma-function.js";
import { num, ruleProblem, type DistFamily } from "./family.js";

/** Weibull with shape k and scale λ. */
export type WeibullSpec = { readonly kind: "weibull"; readonly shape: number; readonly scale: number };

/** The Weibull family. */
export const weibull: DistFamily<WeibullSpec> = {
  kind: "weibull",
  summary: "Weibull with shape and scale.",
  params: { shape: { type: "plain", doc: "Shape k." }, scale: { type: "time", doc: "Scale λ." } },
  docs: { notes: "Both > 0." },
  build: (p) => ({ kind: "weibull", shape: num(p, "shape"), scale: num(p, "scale") }),
  check: (spec) => [...ruleProblem("shape", spec.shape, "positive"), ...ruleProblem("scale", spec.scale, "positive")],
  undefinedBecause: (spec) => {
    if (!(spec.shape > 0) || !Number.isFinite(spec.shape)) return `shape must be a finite number > 0 (got ${spec.shape})`;
    return spec.scale >= 0 && Number.isFinite(spec.scale) ? null : `scale must be a finite number ≥ 0 (got ${spec.scale})`;
  },
  mean: (spec) => spec.scale * gammaFunction(1 + 1 / spec.shape),
  variance: (spec) => {
    const g1 = gammaFunction(1 + 1 / spec.shape);
    const g2 = gammaFunction(1 + 2 / spec.shape);
    // An overflowing Γ is an infinite variance (Infinity − Infinity would be NaN).
    return g2 === Infinity ? Infinity : spec.scale * spec.scale * (g2 - g1 * g1);
  },
  support: () => [0, Infinity],
  plan: (spec) => ({ kernel: "weibull", params: [spec.scale, 1 / spec.shape] }),
  scaleTime: (spec, f) => ({ ...spec, scale: spec.scale * f }),
};
