/**
 * Gamma: a skewed time given as { shape, scale } or, as analysts usually know it, by its mean
 * and coefficient of variation (`{ gamma: { mean: 20min, cv: 0.5 } }` for a credit review
 * becomes shape 4, scale 5 min). Marsaglia–Tsang rejection, synchronised by case.
 */
import { gammaSlots } from "../gamma-variate.js";
import { matchForm, num, ruleProblem, type DistFamily, type ParamProblem } from "./family.js";

/** Gamma with shape k and scale θ (mean kθ). */
export type GammaSpec = { readonly kind: "gamma"; readonly shape: number; readonly scale: number };

const FORMS = [["shape", "scale"], ["mean", "cv"]] as const;

/** The gamma family. */
export const gamma: DistFamily<GammaSpec> = {
  kind: "gamma",
  summary: "Gamma: give { shape, scale } or { mean, cv } (then shape = 1/cv², scale = mean·cv²).",
  params: {
    shape: { type: "plain", doc: "Shape k (with scale).", optional: true },
    scale: { type: "time", doc: "Scale θ (with shape); mean = shape·scale.", optional: true },
    mean: { type: "time", doc: "Mean (with cv).", optional: true },
    cv: { type: "plain", doc: "Coefficient of variation sd/mean (with mean).", optional: true },
  },
  forms: FORMS,
  docs: { notes: "With `mean` and `cv`: shape = 1/cv², scale = mean·cv²." },
  build: (p): GammaSpec | ParamProblem[] => {
    const form = matchForm("gamma", p, FORMS);
    if (typeof form !== "number") return [form];
    if (form === 0) return { kind: "gamma", shape: num(p, "shape"), scale: num(p, "scale") };
    const [mean, cv] = [num(p, "mean"), num(p, "cv")];
    if (!(cv > 0)) return ruleProblem("cv", cv, "positive");
    if (!(mean > 0)) return ruleProblem("mean", mean, "positive");
    return { kind: "gamma", shape: 1 / (cv * cv), scale: mean * cv * cv };
  },
  check: (spec) => [...ruleProblem("shape", spec.shape, "positive"), ...ruleProblem("scale", spec.scale, "positive")],
  undefinedBecause: (spec) => {
    if (!(spec.shape > 0) || !Number.isFinite(spec.shape)) return `shape must be a finite number > 0 (got ${spec.shape})`;
    return spec.scale >= 0 && Number.isFinite(spec.scale) ? null : `scale must be a finite number ≥ 0 (got ${spec.scale})`;
  },
  mean: (spec) => spec.shape * spec.scale,
  variance: (spec) => spec.shape * spec.scale * spec.scale,
  support: () => [0, Infinity],
  plan: (spec) => ({ kernel: "gamma", params: [spec.scale, ...gammaSlots(spec.shape)] }),
  scaleTime: (spec, f) => ({ ...spec, scale: spec.scale * f }),
};
