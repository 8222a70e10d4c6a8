/**
 * Single-server queues: M/M/1, M/G/1 by Pollaczek–Khinchine, and M/D/1.
 *
 * A loan-intake desk with one clerk, applications arriving as a Poisson stream at λ per
 * minute and handled in S minutes with any distribution, has mean wait in line
 * Wq = λ·E[S²] / (2·(1 − ρ)), ρ = λ·E[S]: variability of the handling time costs waiting
 * exactly through its second moment.
 */
import { withLittle, type QueueMetrics } from "./erlang.js";

/**
 * M/G/1 measures by the Pollaczek–Khinchine mean-value formula.
 * @param arrivalRate λ per minute
 * @param meanService E[S] in minutes
 * @param secondMoment E[S²] in minutes²
 * @throws RangeError when ρ = λ·E[S] ≥ 1 or E[S²] < E[S]²
 */
export function pollaczekKhinchine(arrivalRate: number, meanService: number, secondMoment: number): QueueMetrics {
  const rho = arrivalRate * meanService;
  if (!(rho < 1)) throw new RangeError(`unstable: ρ = ${rho} ≥ 1`);
  if (secondMoment < meanService * meanService * (1 - 1e-12)) {
    throw new RangeError(`E[S²] = ${secondMoment} is below E[S]² = ${meanService * meanService}`);
  }
  const meanWait = (arrivalRate * secondMoment) / (2 * (1 - rho));
  return withLittle(arrivalRate, meanService, 1, rho, meanWait);
}

/**
 * M/M/1 measures: Wq = ρ / (μ − λ).
 * @param arrivalRate λ per minute
 * @param meanService 1/μ in minutes
 * @throws RangeError when ρ ≥ 1
 */
export function mm1(arrivalRate: number, meanService: number): QueueMetrics {
  const rho = arrivalRate * meanService;
  if (!(rho < 1)) throw new RangeError(`unstable: ρ = ${rho} ≥ 1`);
  const meanWait = rho / (1 / meanService - arrivalRate);
  return withLittle(arrivalRate, meanService, 1, rho, meanWait);
}

/**
 * M/D/1 measures: Wq = ρ·D / (2·(1 − ρ)), half the M/M/1 wait at the same load.
 * @param arrivalRate λ per minute
 * @param serviceTime D in minutes (constant)
 */
export function md1(arrivalRate: number, serviceTime: number): QueueMetrics {
  return pollaczekKhinchine(arrivalRate, serviceTime, serviceTime * serviceTime);
}
