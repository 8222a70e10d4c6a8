/**
 * The exact cumulative distribution of a distribution spec, on both sides of a point, so the
 * probability of any interval — open or closed at either end — follows from it.
 *
 * "Loan amounts lognormal(mean 60,000, sd 50,000); the committee sees loans above 250,000":
 * P(amount > 250,000) = 1 − F(250,000) = 0.995%. "Pages per file 2, 5 or 10 with weights
 * 6:3:1; a second reader for files of at least 5 pages": P(pages ≥ 5) = 1 − F(5⁻) = 40%, which
 * needs the left limit F(x⁻) = P(X < x) as well as F(x) = P(X ≤ x) because the values are
 * atoms. Continuous families read their kernel's CDF (kernel-cdf.ts); constants, empirical
 * lists, mixtures and truncations are composed here from their parts.
 */
import type { DistSpec } from "./dist-spec.js";
import { familyOf } from "./families/registry.js";
import { planCdf } from "./kernel-cdf.js";

/** F(x) = P(X ≤ x) and its left limit F(x⁻) = P(X < x). */
export interface DistCdf {
  readonly atMost: (x: number) => number;
  readonly below: (x: number) => number;
}

/** A point mass at `c`. */
const atom = (c: number): DistCdf => ({ atMost: (x) => (x >= c ? 1 : 0), below: (x) => (x > c ? 1 : 0) });

function empiricalCdf(values: readonly number[], weights: readonly number[]): DistCdf {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const mass = (keep: (v: number) => boolean) => values.reduce((sum, v, i) => sum + (keep(v) ? weights[i] : 0), 0) / total;
  return { atMost: (x) => mass((v) => v <= x), below: (x) => mass((v) => v < x) };
}

/** X given min ≤ X ≤ max, from the CDF of X: mass m = F(max) − F(min⁻). */
function truncatedCdf(inner: DistCdf, min: number, max: number): DistCdf {
  const from = inner.below(min);
  const mass = inner.atMost(max) - from;
  const within = (f: number) => Math.min(1, Math.max(0, (f - from) / mass));
  return {
    atMost: (x) => (x < min ? 0 : x >= max ? 1 : within(inner.atMost(x))),
    below: (x) => (x <= min ? 0 : x > max ? 1 : within(inner.below(x))),
  };
}

/**
 * The exact CDF of a valid spec (`distSpecProblem` null), or null when its kernel has none
 * (then only sampling can estimate a probability).
 */
export function distCdf(spec: DistSpec): DistCdf | null {
  switch (spec.kind) {
    case "empirical":
      return empiricalCdf(spec.values, spec.weights);
    case "mixture": {
      const parts = spec.components.filter((c) => c.p > 0).map((c) => ({ p: c.p, cdf: distCdf(c.dist) }));
      if (parts.some((part) => part.cdf === null)) return null;
      const sum = (pick: (cdf: DistCdf) => number) => parts.reduce((s, part) => s + part.p * pick(part.cdf as DistCdf), 0);
      return { atMost: (x) => sum((cdf) => cdf.atMost(x)), below: (x) => sum((cdf) => cdf.below(x)) };
    }
    case "truncated": {
      const inner = distCdf(spec.dist);
      return inner === null ? null : truncatedCdf(inner, spec.min, spec.max);
    }
    default: {
      const plan = familyOf(spec).plan(spec);
      if (plan.kernel === "constant") return atom(plan.params[0]);
      const cdf = planCdf(plan);
      return cdf === null ? null : { atMost: cdf, below: cdf };
    }
  }
}

/**
 * P(lower < X < upper), each end closed when its flag says so; a null end is no bound.
 * Null when the spec has no exact CDF.
 */
export function intervalProbability(spec: DistSpec, lower: number | null, lowerInclusive: boolean, upper: number | null, upperInclusive: boolean): number | null {
  const cdf = distCdf(spec);
  if (cdf === null) return null;
  const top = upper === null ? 1 : upperInclusive ? cdf.atMost(upper) : cdf.below(upper);
  const bottom = lower === null ? 0 : lowerInclusive ? cdf.below(lower) : cdf.atMost(lower);
  return Math.max(0, top - bottom);
}
