/**
 * M/M/1 with server breakdowns in any state (busy or idle), exponential up and repair times,
 * preemptive resume: the exact stationary distribution of (customers, server up/down) from its
 * continuous-time Markov chain, truncated far beyond any probable queue and solved with the
 * project's linear solver.
 *
 * A core system that serves 1 request a minute, gets 0.5 a minute, runs 50 minutes on average
 * between failures and takes 5 to repair: states (n, up) and (n, down); arrivals λ in both,
 * service μ only up, failure α = 1/50 from up (whatever n), repair β = 1/5 from down. With
 * exponential service, resume and restart have the same distribution, so the chain is exact
 * for the engine's `interrupted: resume`. E[N] = Σ n π(n, ·); E[T] = E[N]/λ (Little).
 */
import { solveLinearSystem } from "../../../src/model/checks/linear-solve.js";

/** Mean number in system, mean time in system and availability of the breakdown queue. */
export interface BreakdownQueueResult {
  readonly meanInSystem: number;
  readonly meanSojourn: number;
  readonly availability: number;
  /** Probability mass at the truncation level (must be negligible). */
  readonly tailMass: number;
}

/** Solves the chain truncated at `maxCustomers` (arrivals beyond it are dropped). */
export function breakdownQueue(lambda: number, mu: number, failRate: number, repairRate: number, maxCustomers = 300): BreakdownQueueResult {
  const states = 2 * (maxCustomers + 1);
  const id = (n: number, up: boolean): number => 2 * n + (up ? 0 : 1);
  // Columns are "from" states: A = Qᵀ, so A π = 0; the last row is replaced by Σ π = 1.
  const a = Array.from({ length: states }, () => new Float64Array(states));
  const rate = (from: number, to: number, r: number): void => {
    a[to][from] += r;
    a[from][from] -= r;
  };
  for (let n = 0; n <= maxCustomers; n++) {
    if (n < maxCustomers) {
      rate(id(n, true), id(n + 1, true), lambda);
      rate(id(n, false), id(n + 1, false), lambda);
    }
    if (n > 0) rate(id(n, true), id(n - 1, true), mu);
    rate(id(n, true), id(n, false), failRate);
    rate(id(n, false), id(n, true), repairRate);
  }
  a[states - 1].fill(1);
  const rhs = new Float64Array(states);
  rhs[states - 1] = 1;
  const pi = solveLinearSystem(a, rhs);
  if (pi === null) throw new Error("breakdownQueue: singular chain");
  let meanInSystem = 0;
  let up = 0;
  for (let n = 0; n <= maxCustomers; n++) {
    meanInSystem += n * (pi[id(n, true)] + pi[id(n, false)]);
    up += pi[id(n, true)];
  }
  const tailMass = pi[id(maxCustomers, true)] + pi[id(maxCustomers, false)];
  return { meanInSystem, meanSojourn: meanInSystem / lambda, availability: up, tailMass };
}

/**
 * The same E[N] in closed form, from the generating functions of the chain: with A = β/(α+β)
 * and D(z) = μ − λz − αλz/(λ(1−z)+β), P_up(z) = A·D(1)/D(z) and P_down(z) = α·P_up(z)/(λ(1−z)+β),
 * so E[N] = A·(−D′(1))/D(1) + α·(E_up/β + A·λ/β²), E_up = A·(−D′(1))/D(1), where
 * D(1) = μ − λ(1 + α/β) and D′(1) = −λ − αλ(λ+β)/β².
 */
export function breakdownQueueMeanInSystem(lambda: number, mu: number, failRate: number, repairRate: number): number {
  const [a, b] = [failRate, repairRate];
  const available = b / (a + b);
  const d1 = mu - lambda * (1 + a / b);
  const dPrime = -lambda - (a * lambda * (lambda + b)) / (b * b);
  const up = (available * -dPrime) / d1;
  return up + a * (up / b + (available * lambda) / (b * b));
}
