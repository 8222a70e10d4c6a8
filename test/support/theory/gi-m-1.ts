/**
 * GI/M/1: renewal (non-Poisson) arrivals to one exponential server.
 *
 * Appointments booked every 1.25 minutes exactly (D/M/1), or arrivals that are the sum of
 * two exponential phases (E2/M/1), are smoother than Poisson and wait less. An arrival finds
 * the server busy with probability σ, the root in (0, 1) of σ = A*(μ(1 − σ)), where A* is the
 * Laplace–Stieltjes transform of the inter-arrival time; then Wq = σ / (μ(1 − σ)).
 */
import type { DistSpec } from "../../../src/random/dist-spec.js";

/**
 * Laplace–Stieltjes transform E[e^{−sA}] of an inter-arrival distribution at s ≥ 0.
 * @throws Error for a family without a closed form here
 */
export function laplaceTransform(spec: DistSpec, s: number): number {
  switch (spec.kind) {
    case "exponential":
      return 1 / (1 + s * spec.mean);
    case "deterministic":
      return Math.exp(-s * spec.value);
    case "erlang":
      return Math.pow(1 + (s * spec.mean) / spec.k, -spec.k);
    case "gamma":
      return Math.pow(1 + s * spec.scale, -spec.shape);
    case "uniform":
      return s === 0 ? 1 : (Math.exp(-s * spec.min) - Math.exp(-s * spec.max)) / (s * (spec.max - spec.min));
    default:
      throw new Error(`no Laplace transform for ${spec.kind}`);
  }
}

/** GI/M/1 results. */
export interface GiM1Result {
  /** σ: P(an arrival finds the server busy) = P(wait > 0). */
  readonly probWait: number;
  /** Mean wait in line, minutes. */
  readonly meanWait: number;
}

/**
 * GI/M/1 measures, σ found by bisection on σ − A*(μ(1 − σ)) (monotone on (0, 1) when ρ < 1).
 * @param interarrival the inter-arrival distribution (minutes)
 * @param meanService 1/μ, minutes
 * @param meanInterarrival E[A], minutes (for the stability check)
 * @throws RangeError when ρ = E[S]/E[A] ≥ 1
 */
export function giM1(interarrival: DistSpec, meanInterarrival: number, meanService: number): GiM1Result {
  if (!(meanService < meanInterarrival)) throw new RangeError(`unstable: ρ = ${meanService / meanInterarrival} ≥ 1`);
  const mu = 1 / meanService;
  const gap = (sigma: number) => sigma - laplaceTransform(interarrival, mu * (1 - sigma));
  let lo = 0;
  let hi = 1 - 1e-15;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (gap(mid) < 0) lo = mid;
    else hi = mid;
  }
  const sigma = (lo + hi) / 2;
  return { probWait: sigma, meanWait: sigma / (mu * (1 - sigma)) };
}
