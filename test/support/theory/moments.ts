/**
 * Analytic first and second moments of every distribution family a model can name.
 *
 * "Review takes triangular(3, 6, 12) minutes" means E[S] = 7 and Var[S] = 3.5; the
 * Pollaczek–Khinchine check and the sample-moment checks need exactly these numbers. They
 * are derived here from textbook formulas, independently of the simulator's samplers.
 */
import type { DistSpec } from "../../../src/random/dist-spec.js";
import { gamma, normalDensity, normalUpperTail } from "./special-functions.js";

/** Mean, variance and second raw moment of a distribution (minutes, minutes²). */
export interface Moments {
  readonly mean: number;
  readonly variance: number;
  readonly secondMoment: number;
}

function fromMeanVariance(mean: number, variance: number): Moments {
  return { mean, variance, secondMoment: variance + mean * mean };
}

/** Normal(μ, σ) conditioned on being ≥ 0 (the sampler resamples negatives). */
function truncatedNormal(mu: number, sigma: number): Moments {
  const alpha = -mu / sigma;
  const lambda = normalDensity(alpha) / normalUpperTail(alpha);
  const mean = mu + sigma * lambda;
  return fromMeanVariance(mean, sigma * sigma * (1 + alpha * lambda - lambda * lambda));
}

function empirical(values: readonly number[], weights: readonly number[]): Moments {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let mean = 0;
  let second = 0;
  values.forEach((v, i) => {
    mean += (v * weights[i]) / total;
    second += (v * v * weights[i]) / total;
  });
  return { mean, variance: second - mean * mean, secondMoment: second };
}

/**
 * Analytic moments of a DistSpec (normalised form, minutes).
 * @throws Error for a family this table does not know (a new family needs its row here)
 */
export function distMoments(spec: DistSpec): Moments {
  switch (spec.kind) {
    case "exponential":
      return fromMeanVariance(spec.mean, spec.mean * spec.mean);
    case "deterministic":
      return fromMeanVariance(spec.value, 0);
    case "uniform":
      return fromMeanVariance((spec.min + spec.max) / 2, (spec.max - spec.min) ** 2 / 12);
    case "triangular": {
      const { min: a, mode: c, max: b } = spec;
      return fromMeanVariance((a + b + c) / 3, (a * a + b * b + c * c - a * b - a * c - b * c) / 18);
    }
    case "normal":
      return truncatedNormal(spec.mean, spec.sd);
    case "lognormal":
      return fromMeanVariance(spec.mean, spec.sd * spec.sd);
    case "gamma":
      return fromMeanVariance(spec.shape * spec.scale, spec.shape * spec.scale * spec.scale);
    case "erlang":
      return fromMeanVariance(spec.mean, (spec.mean * spec.mean) / spec.k);
    case "weibull": {
      const mean = spec.scale * gamma(1 + 1 / spec.shape);
      const second = spec.scale * spec.scale * gamma(1 + 2 / spec.shape);
      return { mean, variance: second - mean * mean, secondMoment: second };
    }
    case "pert": {
      const mean = (spec.min + 4 * spec.mode + spec.max) / 6;
      return fromMeanVariance(mean, ((mean - spec.min) * (spec.max - mean)) / 7);
    }
    case "empirical":
      return empirical(spec.values, spec.weights);
    case "mixture": {
      // E[X^k] = Σ p_i E[X_i^k].
      const parts = spec.components.map((c) => ({ p: c.p, m: distMoments(c.dist) }));
      const mean = parts.reduce((sum, c) => sum + c.p * c.m.mean, 0);
      const second = parts.reduce((sum, c) => sum + c.p * c.m.secondMoment, 0);
      return { mean, variance: second - mean * mean, secondMoment: second };
    }
    case "histogram": {
      // Uniform within each bin: E[X] = Σ w (a + b)/2, E[X²] = Σ w (a² + ab + b²)/3.
      const total = spec.counts.reduce((sum, c) => sum + c, 0);
      let mean = 0;
      let second = 0;
      spec.counts.forEach((count, i) => {
        const [a, b, w] = [spec.bins[i], spec.bins[i + 1], count / total];
        mean += (w * (a + b)) / 2;
        second += (w * (a * a + a * b + b * b)) / 3;
      });
      return { mean, variance: second - mean * mean, secondMoment: second };
    }
    case "truncated": {
      // Closed form here only for a uniform: it stays uniform on the overlap.
      if (spec.dist.kind !== "uniform") throw new Error(`no closed-form moments for a truncated ${spec.dist.kind}`);
      return distMoments({ kind: "uniform", min: Math.max(spec.dist.min, spec.min), max: Math.min(spec.dist.max, spec.max) });
    }
    default:
      throw new Error(`no analytic moments for distribution ${JSON.stringify(spec)}`);
  }
}
