/**
 * Truncated: any distribution restricted to [min, max], such as a lognormal call-handling
 * time that is never under 1 or over 30 minutes:
 * `{ truncated: { dist: { lognormal: { mean: 6min, sd: 4min } }, min: 1min, max: 30min } }`.
 *
 * Sampled exactly. A family sampled by inversion draws u in [F(min), F(max)] with its own
 * kernel (still one draw, monotone, so long pairs with long across variants); gamma, Erlang
 * and PERT are drawn again until the draw lies in the range (attempt j on sub-draw words
 * sub + j·w), which needs at least 0.1% of the mass there (checked at load). An empirical
 * distribution keeps its values in the range; a mixture becomes the mixture of its truncated
 * components, reweighted by their mass; a truncated distribution has its ranges intersected.
 */
import type { DistFamily, ParamProblem, SamplerPlan } from "./family.js";
import { isInverted, planCdf, truncatedMoments } from "../kernel-cdf.js";
import { familyOf, type DistSpec } from "./registry.js";

/** `dist` given that it lies in [min, max]. */
export type TruncatedSpec = {
  readonly kind: "truncated";
  readonly dist: DistSpec;
  readonly min: number;
  readonly max: number;
};

/** Least mass in [min, max] a rejection-sampled truncation needs (at most 1,000 attempts on average). */
export const MIN_REJECTION_MASS = 1e-3;
/** Least mass in [min, max] an inverted truncation needs. */
const MIN_INVERTED_MASS = 1e-12;

/** A truncation as a plain distribution (empirical, mixture, merged truncation), or null when it stays one. */
function rewritten(spec: TruncatedSpec): DistSpec | null {
  const { dist, min, max } = spec;
  if (dist.kind === "truncated") return { kind: "truncated", dist: dist.dist, min: Math.max(min, dist.min), max: Math.min(max, dist.max) };
  if (dist.kind === "empirical") {
    const keep = dist.values.map((v, i) => v >= min && v <= max && dist.weights[i] > 0);
    return { kind: "empirical", values: dist.values.filter((_, i) => keep[i]), weights: dist.weights.filter((_, i) => keep[i]) };
  }
  if (dist.kind === "mixture") {
    const parts = dist.components.map((c) => ({ p: c.p * massOf({ kind: "truncated", dist: c.dist, min, max }), dist: c.dist }));
    const total = parts.reduce((sum, c) => sum + c.p, 0);
    const kept = parts.filter((c) => c.p > 0);
    return { kind: "mixture", components: kept.map((c) => ({ p: c.p / total, dist: { kind: "truncated", dist: c.dist, min, max } })) };
  }
  return null;
}

/** The inner distribution's CDF (from its plan), its plan, and the mass in [min, max]. */
function basis(spec: TruncatedSpec): { plan: SamplerPlan; cdf: (x: number) => number; mass: number } {
  const plan = familyOf(spec.dist).plan(spec.dist);
  // INVARIANT: every plan but empirical and the composites (rewritten first) has a CDF.
  const cdf = planCdf(plan) ?? (() => Number.NaN);
  const mass = spec.min > spec.max ? 0 : plan.kernel === "constant" ? Number(plan.params[0] >= spec.min && plan.params[0] <= spec.max) : cdf(spec.max) - cdf(spec.min);
  return { plan, cdf, mass };
}

/** Probability that the inner distribution lies in [min, max]. */
export function massOf(spec: TruncatedSpec): number {
  const { dist, min, max } = spec;
  if (dist.kind === "empirical") {
    const total = dist.weights.reduce((s, w) => s + w, 0);
    return dist.values.reduce((s, v, i) => s + (v >= min && v <= max ? dist.weights[i] : 0), 0) / total;
  }
  if (dist.kind === "mixture") return dist.components.reduce((s, c) => s + c.p * massOf({ kind: "truncated", dist: c.dist, min, max }), 0);
  if (dist.kind === "truncated") return massOf({ kind: "truncated", dist: dist.dist, min: Math.max(min, dist.min), max: Math.min(max, dist.max) });
  return basis(spec).mass;
}

/** The least mass the sampling method of this truncation needs. */
function leastMass(spec: TruncatedSpec): number {
  if (spec.dist.kind === "truncated") return leastMass({ ...spec, dist: spec.dist.dist });
  if (spec.dist.kind === "empirical" || spec.dist.kind === "mixture") return MIN_INVERTED_MASS;
  const plan = familyOf(spec.dist).plan(spec.dist);
  return isInverted(plan) || plan.kernel === "constant" ? MIN_INVERTED_MASS : MIN_REJECTION_MASS;
}

function check(spec: TruncatedSpec, timed: boolean): ParamProblem[] {
  const inner = familyOf(spec.dist).check(spec.dist, timed);
  const problems: ParamProblem[] = inner.map((problem) => ({ ...problem, at: ["dist", spec.dist.kind, ...problem.at] }));
  if (spec.min > spec.max) return [...problems, { code: "minAboveMax", at: ["min"], min: spec.min, max: spec.max }];
  if (problems.length > 0 || familyOf(spec.dist).undefinedBecause(spec.dist) !== null) return problems;
  const mass = massOf(spec);
  const least = leastMass(spec);
  return mass >= least ? [] : [{ code: "truncationMass", at: [], mass, min: spec.min, max: spec.max, least }];
}

function undefinedBecause(spec: TruncatedSpec): string | null {
  if (!Number.isFinite(spec.min) || !Number.isFinite(spec.max)) return "min and max must be finite numbers";
  if (spec.min > spec.max) return `min ${spec.min} is above max ${spec.max}`;
  const inner = familyOf(spec.dist).undefinedBecause(spec.dist);
  if (inner !== null) return inner;
  const mass = massOf(spec);
  return mass >= leastMass(spec) ? null : `only ${mass} of the distribution lies in [${spec.min}, ${spec.max}] (needs ${leastMass(spec)})`;
}

/** Mean and variance of the truncation (rewritten forms ask their own family). */
function moments(spec: TruncatedSpec): { mean: number; variance: number } {
  const plain = rewritten(spec);
  if (plain !== null) return { mean: familyOf(plain).mean(plain), variance: familyOf(plain).variance(plain) };
  const { plan, cdf } = basis(spec);
  if (plan.kernel === "constant") return { mean: plan.params[0], variance: 0 };
  const [lo, hi] = familyOf(spec.dist).support(spec.dist);
  return truncatedMoments(cdf, Math.max(spec.min, lo), Math.min(spec.max, hi));
}

function plan(spec: TruncatedSpec): SamplerPlan {
  const plain = rewritten(spec);
  if (plain !== null) return familyOf(plain).plan(plain);
  const { plan: inner, cdf } = basis(spec);
  if (inner.kernel === "constant") return inner;
  if (isInverted(inner)) {
    const from = cdf(spec.min);
    return { ...inner, uniformRange: [from, cdf(spec.max) - from] };
  }
  return { kernel: "rejection", params: [spec.min, spec.max], components: [spec.dist] };
}

/** The truncated family. */
export const truncated: DistFamily<TruncatedSpec> = {
  kind: "truncated",
  summary: "Any distribution restricted to [min, max] (drawn again, or inverted, until it lies there).",
  params: {
    dist: { type: "dist", doc: "The distribution to truncate." },
    min: { type: "time", doc: "Smallest value kept." },
    max: { type: "time", doc: "Largest value kept." },
  },
  docs: { notes: "`dist` (any distribution) given that it lies in [`min`, `max`]. Inverted where the family has an inverse CDF; gamma, Erlang and PERT are drawn again until inside, which needs ≥ 0.1% of their mass in the range." },
  build: (p) => ({ kind: "truncated", dist: p.dist as DistSpec, min: p.min as number, max: p.max as number }),
  check,
  undefinedBecause,
  mean: (spec) => moments(spec).mean,
  variance: (spec) => moments(spec).variance,
  support: (spec) => {
    const [lo, hi] = familyOf(spec.dist).support(spec.dist);
    return [Math.max(lo, spec.min), Math.min(hi, spec.max)];
  },
  plan,
  scaleTime: (spec, f) => ({ ...spec, dist: familyOf(spec.dist).scaleTime(spec.dist, f), min: spec.min * f, max: spec.max * f }),
};
