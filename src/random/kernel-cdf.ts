/**
 * The cumulative distribution function of a sampler plan, read from the same slots its
 * kernel samples with, so a truncation to [a, b] maps exactly onto what the kernel draws.
 *
 * "Lognormal call handling, mean 6 min, sd 4, but never under 1 or over 30 min": the plan's
 * (μ, σ) give F(1) and F(30); the truncated sampler draws u in [F(1), F(30)] and inverts it
 * with the lognormal kernel. Gamma, Erlang and PERT have a CDF but no inversion kernel: they
 * are truncated by rejection, and F gives the mass and moments.
 */
import type { SamplerPlan } from "./families/family.js";
import { regularizedBeta, regularizedGammaP } from "./incomplete-functions.js";
import { normalCdf } from "./normal-functions.js";

/** Kernels that invert draw 0 monotonically and read u0 + uw·u (sampler.ts). */
const INVERTED = new Set(["exponential", "uniform", "triangular", "truncatedNormal", "normalFarTail", "lognormal", "weibull", "histogram"]);

/** Whether a plan's kernel can be truncated by narrowing its uniform range. */
export function isInverted(plan: SamplerPlan): boolean {
  return INVERTED.has(plan.kernel);
}

/** The shape of gamma(shape, 1) from its three slots (d, c, boost exponent; see gamma-variate.ts). */
const gammaShape = (d: number, boost: number) => (boost > 0 ? 1 / boost : d + 1 / 3);

const clamp01 = (p: number) => Math.min(1, Math.max(0, p));

/** F(x) of the plan's distribution, or null for kernels without one (empirical, composites). */
export function planCdf(plan: SamplerPlan): ((x: number) => number) | null {
  const [p0, p1, p2, p3, p4, p5, , p7] = plan.params;
  switch (plan.kernel) {
    case "constant":
      return (x) => (x >= p0 ? 1 : 0);
    case "exponential":
    case "normalFarTail":
      return (x) => (x <= 0 ? 0 : 1 - Math.exp(-x / p0));
    case "uniform":
      return (x) => clamp01((x - p0) / p1);
    case "triangular":
      return (x) => (x <= p0 ? 0 : x >= p1 ? 1 : x <= p0 + p2 * (p1 - p0) ? ((x - p0) * (x - p0)) / p3 : 1 - ((p1 - x) * (p1 - x)) / p4);
    case "truncatedNormal":
      return (x) => (x <= 0 ? 0 : clamp01(1 - normalCdf((p0 - x) / p1) / p2));
    case "lognormal":
      return (x) => (x <= 0 ? 0 : normalCdf((Math.log(x) - p0) / p1));
    case "weibull":
      return (x) => (x <= 0 ? 0 : 1 - Math.exp(-Math.pow(x / p0, 1 / p1)));
    case "gamma":
      return (x) => regularizedGammaP(gammaShape(p1, p3), x / p0);
    case "erlangSum":
      return (x) => regularizedGammaP(p1, x / p0);
    case "pert":
      return (x) => regularizedBeta((x - p0) / p1, gammaShape(p2, p4), gammaShape(p5, p7));
    case "histogram":
      return histogramCdf(plan);
    default:
      return null;
  }
}

/** F(x) of a piecewise-uniform plan: edges in `values`, running counts in `cumulative`, total in p0. */
function histogramCdf(plan: SamplerPlan): (x: number) => number {
  const edges = plan.values ?? new Float64Array(0);
  const cumulative = plan.cumulative ?? new Float64Array(0);
  const total = plan.params[0];
  return (x) => {
    if (x <= edges[0]) return 0;
    for (let i = 0; i < cumulative.length; i++) {
      if (x < edges[i + 1]) {
        const before = i === 0 ? 0 : cumulative[i - 1];
        return (before + ((cumulative[i] - before) * (x - edges[i])) / (edges[i + 1] - edges[i])) / total;
      }
    }
    return 1;
  };
}

/** Points of the composite Simpson rule used for truncated moments (even). */
const SIMPSON_POINTS = 4000;

/**
 * Mean and variance of X given a ≤ X ≤ b, from F alone (a, b finite, F continuous on them):
 * E[X] = a + ∫ (F(b) − F(x)) dx / m and E[X²] = a² + ∫ 2x (F(b) − F(x)) dx / m, m = F(b) − F(a).
 */
export function truncatedMoments(cdf: (x: number) => number, a: number, b: number): { mean: number; variance: number } {
  const fb = cdf(b);
  const mass = fb - cdf(a);
  const h = (b - a) / SIMPSON_POINTS;
  let first = 0;
  let second = 0;
  for (let i = 0; i <= SIMPSON_POINTS; i++) {
    const x = a + i * h;
    const w = i === 0 || i === SIMPSON_POINTS ? 1 : i % 2 === 1 ? 4 : 2;
    const tail = fb - cdf(x);
    first += w * tail;
    second += w * 2 * x * tail;
  }
  const mean = a + (first * h) / 3 / mass;
  const meanSquare = a * a + (second * h) / 3 / mass;
  return { mean, variance: Math.max(0, meanSquare - mean * mean) };
}
