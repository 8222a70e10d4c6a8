/**
 * Queueing formulas for the analytic staffing seed: Erlang C for patient customers and
 * Erlang A (M/M/c+M) where they give up, each as a service level "share served within t".
 *
 * Ten erlangs of walk-in work (40 customers an hour × 15 minutes) with 12 tellers: Erlang C
 * says 45% of customers wait at all and 1 − 0.449·e^{−(12−10)·5/15} = 77% are served within
 * five minutes. Erlang B is computed by its recursion B(k) = a·B(k−1)/(k + a·B(k−1)), which
 * stays in [0, 1] and never forms a^c or c!, so hundreds of servers are no problem; Erlang A
 * by the birth–death chain in logs and a uniformised pure-death chain for the tagged wait.
 */

/** Erlang B: blocking probability of M/M/c/c with offered load a (erlangs). */
export function erlangB(servers: number, load: number): number {
  let blocking = 1;
  for (let k = 1; k <= servers; k++) blocking = (load * blocking) / (k + load * blocking);
  return blocking;
}

/** Erlang C: P(an arrival waits) in a stable M/M/c with load a < c; 1 when a ≥ c. */
export function erlangC(servers: number, load: number): number {
  if (servers <= 0 || load >= servers) return 1;
  if (load <= 0) return 0;
  const blocking = erlangB(servers, load);
  return (servers * blocking) / (servers - load * (1 - blocking));
}

/** Share of arrivals served within `maxWait` in M/M/c (0 when unstable). */
export function erlangCServiceLevel(servers: number, load: number, meanService: number, maxWait: number): number {
  if (load >= servers) return 0;
  if (load <= 0) return 1;
  return 1 - erlangC(servers, load) * Math.exp((-(servers - load) * maxWait) / meanService);
}

/** Erlang A measures for one staffing level. */
export interface ErlangAMeasures {
  /** P(an arrival finds every server busy). */
  readonly probWait: number;
  /** P(an arrival gives up before service). */
  readonly probAbandon: number;
  /** P(an arrival is served after waiting at most maxWait). */
  readonly serviceLevel: number;
}

/** NOTE: states beyond this much stationary mass are dropped (relative 1e-15). */
const TAIL = 1e-15;

/** Stationary distribution of the M/M/c+M chain, truncated where the mass is negligible. */
function stationary(servers: number, lambda: number, mu: number, theta: number): number[] {
  const logs = [0];
  for (let n = 1; ; n++) {
    const death = Math.min(n, servers) * mu + Math.max(n - servers, 0) * theta;
    logs.push(logs[n - 1] + Math.log(lambda / death));
    if (n > servers && logs[n] < Math.max(...logs) + Math.log(TAIL)) break;
    if (n > servers + 100_000) break;
  }
  const peak = Math.max(...logs);
  const weights = logs.map((v) => Math.exp(v - peak));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

/** Poisson(mean) probabilities 0..until, computed in logs. */
function poissonWeights(mean: number, until: number): number[] {
  const out: number[] = [];
  let log = -mean;
  for (let m = 0; m <= until; m++) {
    if (m > 0) log += Math.log(mean / m);
    out.push(Math.exp(log));
  }
  return out;
}

/**
 * P(served within t) for arrivals that queue, by uniformisation: a tagged customer at queue
 * position j moves up at rate c·μ + (j−1)·θ and gives up at rate θ.
 */
function queuedServedWithin(pi: readonly number[], servers: number, mu: number, theta: number, maxWait: number): number {
  const positions = pi.length - servers;
  if (positions <= 0) return 0;
  const rate = servers * mu + positions * theta;
  const steps = Math.ceil(rate * maxWait + 12 * Math.sqrt(rate * maxWait) + 20);
  const poisson = poissonWeights(rate * maxWait, steps);
  let mass = pi.slice(servers); // mass[j−1] = customers at queue position j (arrival finds n = c + j − 1)
  let served = 0;
  let result = 0;
  for (let m = 0; m <= steps; m++) {
    result += poisson[m] * served;
    const next = new Array<number>(positions).fill(0);
    for (let j = 1; j <= positions; j++) {
      const p = mass[j - 1];
      if (p === 0) continue;
      const up = (servers * mu + (j - 1) * theta) / rate;
      const stay = 1 - up - theta / rate;
      if (j === 1) served += p * up;
      else next[j - 2] += p * up;
      next[j - 1] += p * stay;
    }
    mass = next;
  }
  return result;
}

/**
 * Erlang A (M/M/c+M): arrivals λ per minute, exponential service of mean `meanService`,
 * exponential patience of mean `meanPatience` (minutes).
 */
export function erlangA(servers: number, lambda: number, meanService: number, meanPatience: number, maxWait: number): ErlangAMeasures {
  const mu = 1 / meanService;
  const theta = 1 / meanPatience;
  if (lambda <= 0) return { probWait: 0, probAbandon: 0, serviceLevel: 1 };
  const pi = stationary(servers, lambda, mu, theta);
  const probWait = pi.slice(servers).reduce((a, b) => a + b, 0);
  const queueMean = pi.reduce((sum, p, n) => sum + p * Math.max(n - servers, 0), 0);
  const probAbandon = (theta * queueMean) / lambda;
  const immediate = 1 - probWait;
  return { probWait, probAbandon, serviceLevel: immediate + queuedServedWithin(pi, servers, mu, theta, maxWait) };
}
