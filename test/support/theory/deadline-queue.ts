/**
 * M/M/1+D: one server, callers who hang up after exactly τ minutes of waiting (Barrer).
 *
 * A support line promises "we answer within 2 minutes or you may hang up": with FIFO and a
 * fixed patience τ, a caller is served exactly when the work ahead of them, V, is at most τ,
 * and one who hangs up never adds work. The work-in-system then has an atom π0 at 0, density
 * π0·λ·e^{−(μ−λ)v} on (0, τ] and π0·λ·e^{−(μ−λ)τ}·e^{−μ(v−τ)} beyond; by PASTA a caller
 * abandons with probability P(V > τ). Stable at any load, even λ > μ.
 */

/** M/M/1+D measures. */
export interface DeadlineQueueResult {
  /** P(V = 0): the server is idle. */
  readonly probIdle: number;
  /** P(a caller abandons) = P(V > τ). */
  readonly probAbandon: number;
  /** Mean wait of served callers (zeros included), minutes. */
  readonly meanWaitServed: number;
  /** Share of served callers who waited at all. */
  readonly probWaitGivenServed: number;
  /** Share of time the server is busy. */
  readonly utilisation: number;
}

/**
 * M/M/1 with deterministic patience.
 * @param arrivalRate λ per minute
 * @param meanService 1/μ, minutes
 * @param patience τ > 0, minutes
 */
export function mm1Deadline(arrivalRate: number, meanService: number, patience: number): DeadlineQueueResult {
  const lambda = arrivalRate;
  const mu = 1 / meanService;
  const a = mu - lambda;
  const decay = Math.exp(-a * patience);
  // ∫₀^τ e^{−av} dv and ∫₀^τ v·e^{−av} dv; near a = 0 by their series in x = aτ (no cancellation).
  const x = a * patience;
  const small = Math.abs(x) < 1e-3;
  const mass = small ? patience * (1 - x / 2 + (x * x) / 6) : -Math.expm1(-x) / a;
  const moment = small ? patience * patience * (0.5 - x / 3 + (x * x) / 8) : (1 - decay * (1 + x)) / (a * a);
  const probIdle = 1 / (1 + lambda * mass + (lambda * decay) / mu);
  const probAbandon = (probIdle * lambda * decay) / mu;
  const served = 1 - probAbandon;
  return {
    probIdle,
    probAbandon,
    meanWaitServed: (probIdle * lambda * moment) / served,
    probWaitGivenServed: (served - probIdle) / served,
    utilisation: 1 - probIdle,
  };
}
