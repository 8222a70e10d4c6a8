/**
 * Transient M/M/c: the expected number of cases present during a day that starts empty.
 *
 * A branch opens at 09:00 with nobody inside; customers arrive at λ per minute and c tellers
 * serve in an exponential 1/μ. Early in the day the queue is shorter than its steady-state
 * value. The number present is a birth–death chain; its distribution p(t) solves
 * dp/dt = p·Q from p(0) = δ₀, integrated here with classical Runge–Kutta on a chain truncated
 * where the mass is negligible, giving E[N(t)] on a grid and its averages over time bins.
 */

/** E[N(t)] on a regular grid, and its time averages over intervals. */
export interface TransientMean {
  /** Grid step, minutes. */
  readonly step: number;
  /** E[N(k·step)] for k = 0 … until/step. */
  readonly meanAt: Float64Array;
  /** Average of E[N(t)] over [from, to) (trapezoid rule on the grid; bounds on grid points). */
  averageOver(from: number, to: number): number;
}

function derivative(p: Float64Array, out: Float64Array, lambda: number, mu: number, servers: number): void {
  const last = p.length - 1;
  for (let n = 0; n <= last; n++) {
    const birthOut = n < last ? lambda : 0;
    const deathOut = Math.min(n, servers) * mu;
    let flow = -(birthOut + deathOut) * p[n];
    if (n > 0) flow += lambda * p[n - 1];
    if (n < last) flow += Math.min(n + 1, servers) * mu * p[n + 1];
    out[n] = flow;
  }
}

/**
 * E[N(t)] for an M/M/c queue starting empty, t ∈ [0, until].
 * @param arrivalRate λ per minute
 * @param meanService 1/μ in minutes
 * @param servers c ≥ 1
 * @param until end of the horizon, minutes
 * @param step grid step, minutes (default 0.02; RK4 error is far below simulation noise)
 * @param maxCount truncation of the chain (default 400)
 * @throws RangeError when the truncated state carries noticeable mass at some time
 */
export function transientMmc(arrivalRate: number, meanService: number, servers: number, until: number, step = 0.02, maxCount = 400): TransientMean {
  const mu = 1 / meanService;
  const size = maxCount + 1;
  const p = new Float64Array(size);
  p[0] = 1;
  const k1 = new Float64Array(size), k2 = new Float64Array(size), k3 = new Float64Array(size), k4 = new Float64Array(size);
  const tmp = new Float64Array(size);
  const steps = Math.round(until / step);
  const meanAt = new Float64Array(steps + 1);
  const rate = (src: Float64Array, out: Float64Array) => derivative(src, out, arrivalRate, mu, servers);
  const shifted = (k: Float64Array, h: number) => {
    for (let n = 0; n < size; n++) tmp[n] = p[n] + h * k[n];
    return tmp;
  };
  for (let i = 0; i <= steps; i++) {
    meanAt[i] = p.reduce((s, v, n) => s + n * v, 0);
    if (p[maxCount] > 1e-12) throw new RangeError("truncation too small: raise maxCount");
    if (i === steps) break;
    rate(p, k1);
    rate(shifted(k1, step / 2), k2);
    rate(shifted(k2, step / 2), k3);
    rate(shifted(k3, step), k4);
    for (let n = 0; n < size; n++) p[n] += (step / 6) * (k1[n] + 2 * k2[n] + 2 * k3[n] + k4[n]);
  }
  return {
    step,
    meanAt,
    averageOver(from: number, to: number): number {
      const a = Math.round(from / step);
      const b = Math.round(to / step);
      let sum = 0;
      for (let i = a; i < b; i++) sum += (meanAt[i] + meanAt[i + 1]) / 2;
      return sum / (b - a);
    },
  };
}
