/**
 * Erlang B and Erlang C, and the M/M/c steady-state measures built on them.
 *
 * A branch with c = 3 tellers, customers arriving at λ = 2.4 per minute and served in an
 * exponential 1 minute on average offers a = λ/μ = 2.4 erlangs: Erlang C gives the share of
 * customers who find every teller busy and have to wait, and the mean wait in line follows.
 * Both are computed through the Erlang B recursion B(k) = a·B(k−1)/(k + a·B(k−1)), which stays
 * in [0, 1] and never forms a^c or c!, so it is stable for hundreds of servers.
 */

/**
 * Erlang B: the share of arrivals blocked in an M/M/c/c loss system.
 * @param servers c ≥ 0 (integer)
 * @param offeredLoad a = λ/μ in erlangs, ≥ 0
 * @throws RangeError for a negative or non-integer server count or a negative load
 */
export function erlangB(servers: number, offeredLoad: number): number {
  if (!Number.isInteger(servers) || servers < 0) throw new RangeError(`servers must be an integer ≥ 0, got ${servers}`);
  if (!(offeredLoad >= 0)) throw new RangeError(`offered load must be ≥ 0, got ${offeredLoad}`);
  let blocking = 1;
  for (let k = 1; k <= servers; k++) blocking = (offeredLoad * blocking) / (k + offeredLoad * blocking);
  return blocking;
}

/**
 * Erlang C: the probability that an arrival to a stable M/M/c queue has to wait (P(Wq > 0)).
 * Uses C = c·B / (c − a·(1 − B)) with B = Erlang B.
 * @param servers c ≥ 1
 * @param offeredLoad a = λ/μ < c
 * @throws RangeError when the queue is unstable (a ≥ c) or c < 1
 */
export function erlangC(servers: number, offeredLoad: number): number {
  if (!Number.isInteger(servers) || servers < 1) throw new RangeError(`servers must be an integer ≥ 1, got ${servers}`);
  if (!(offeredLoad < servers)) throw new RangeError(`unstable: offered load ${offeredLoad} ≥ servers ${servers}`);
  const blocking = erlangB(servers, offeredLoad);
  return (servers * blocking) / (servers - offeredLoad * (1 - blocking));
}

/** Steady-state measures of a queue; times in the same unit as the rates' reciprocal (minutes). */
export interface QueueMetrics {
  /** Server utilisation ρ = λ·E[S]/c. */
  readonly utilisation: number;
  /** P(an arrival waits at all). */
  readonly probWait: number;
  /** Mean wait in line Wq, over all arrivals (zeros included). */
  readonly meanWait: number;
  /** Mean time in system W = Wq + E[S]. */
  readonly meanSojourn: number;
  /** Mean number waiting Lq = λ·Wq. */
  readonly meanQueue: number;
  /** Mean number in system L = λ·W. */
  readonly meanInSystem: number;
}

/**
 * M/M/c measures via Erlang C: Wq = C / (c·μ − λ).
 * @param arrivalRate λ per minute
 * @param meanService E[S] in minutes
 * @param servers c ≥ 1
 * @throws RangeError when λ·E[S] ≥ c
 */
export function mmc(arrivalRate: number, meanService: number, servers: number): QueueMetrics {
  const load = arrivalRate * meanService;
  const probWait = erlangC(servers, load);
  const meanWait = probWait / (servers / meanService - arrivalRate);
  return withLittle(arrivalRate, meanService, servers, probWait, meanWait);
}

/** Completes a QueueMetrics record from P(wait), Wq and Little's law. */
export function withLittle(
  arrivalRate: number,
  meanService: number,
  servers: number,
  probWait: number,
  meanWait: number,
): QueueMetrics {
  const meanSojourn = meanWait + meanService;
  return {
    utilisation: (arrivalRate * meanService) / servers,
    probWait,
    meanWait,
    meanSojourn,
    meanQueue: arrivalRate * meanWait,
    meanInSystem: arrivalRate * meanSojourn,
  };
}

/**
 * M/M/c waiting-time tail under FCFS: P(Wq > t) = C·e^{−(cμ − λ)t} for t ≥ 0.
 * @param t minutes (≥ 0)
 */
export function mmcWaitTail(arrivalRate: number, meanService: number, servers: number, t: number): number {
  const probWait = erlangC(servers, arrivalRate * meanService);
  return probWait * Math.exp(-(servers / meanService - arrivalRate) * t);
}

/**
 * The p-quantile of the M/M/c wait in line: 0 when P(Wq = 0) ≥ p, else ln(C/(1 − p))/(cμ − λ).
 * @param p in (0, 1)
 */
export function mmcWaitQuantile(arrivalRate: number, meanService: number, servers: number, p: number): number {
  const probWait = erlangC(servers, arrivalRate * meanService);
  if (1 - probWait >= p) return 0;
  return Math.log(probWait / (1 - p)) / (servers / meanService - arrivalRate);
}
