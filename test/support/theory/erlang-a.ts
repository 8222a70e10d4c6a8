/**
 * Erlang A (M/M/c+M): a call centre whose callers hang up after an exponential patience.
 *
 * With c agents, calls at rate λ, exponential talk time of mean 1/μ and patience of mean 1/θ,
 * the number of calls present is a birth–death chain with death rate min(n, c)·μ + (n − c)⁺·θ.
 * It is solved numerically, truncated where the stationary mass is negligible, which is exact
 * up to that truncation. A tagged caller who finds n ≥ c calls present starts at queue
 * position k = n − c + 1; at position j it moves up at rate c·μ + (j − 1)·θ and hangs up at
 * rate θ, so the chance of being served and the expected wait follow position by position.
 */

/** Erlang A measures (all arrivals see the stationary distribution, by PASTA). */
export interface ErlangAResult {
  /** P(an arrival has to wait). */
  readonly probWait: number;
  /** Among served callers, the share who waited at all. */
  readonly probWaitGivenServed: number;
  /** P(an arrival abandons). */
  readonly probAbandon: number;
  /** Mean time in line over all arrivals (served and abandoned). */
  readonly meanWaitAll: number;
  /** Mean time in line of the callers who are eventually served (zeros included). */
  readonly meanWaitServed: number;
  /** Mean time in line of the callers who abandon. */
  readonly meanWaitAbandoned: number;
  /** Mean number waiting (Lq). */
  readonly meanQueue: number;
  /** Agent utilisation: served load / c. */
  readonly utilisation: number;
}

/** Stationary distribution of the truncated birth–death chain, by detailed balance in logs. */
function stationary(lambda: number, mu: number, theta: number, servers: number, states: number): Float64Array {
  const logWeights = new Float64Array(states + 1);
  for (let n = 1; n <= states; n++) {
    const death = Math.min(n, servers) * mu + Math.max(n - servers, 0) * theta;
    logWeights[n] = logWeights[n - 1] + Math.log(lambda / death);
  }
  const peak = logWeights.reduce((m, v) => Math.max(m, v), -Infinity);
  const pi = logWeights.map((v) => Math.exp(v - peak));
  const total = pi.reduce((s, v) => s + v, 0);
  return pi.map((v) => v / total);
}

/**
 * Erlang A measures.
 * @param arrivalRate λ per minute
 * @param meanService 1/μ, minutes
 * @param servers c ≥ 1
 * @param meanPatience 1/θ, minutes (> 0)
 * @param maxQueue truncation: largest queue length kept (default large enough for tails < 1e-15
 *   in any realistic case; a RangeError is thrown if the last state still carries mass)
 */
export function erlangA(arrivalRate: number, meanService: number, servers: number, meanPatience: number, maxQueue = 5000): ErlangAResult {
  const mu = 1 / meanService;
  const theta = 1 / meanPatience;
  const pi = stationary(arrivalRate, mu, theta, servers, servers + maxQueue);
  if (pi[pi.length - 1] > 1e-14) throw new RangeError("truncation too small: raise maxQueue");
  let probWait = 0;
  let probServed = 0;
  let waitServed = 0;
  let waitAll = 0;
  let queue = 0;
  let servedFromHere = 1;
  let timeIfServed = 0;
  let timeInLine = 0;
  for (let n = servers; n < pi.length - 1; n++) {
    const position = n - servers + 1;
    const moveUp = servers * mu + (position - 1) * theta;
    const stay = 1 / (moveUp + theta);
    // From `position`, the time in line is Exp(moveUp + θ) here plus, if it moves up, the time
    // from the position ahead; the holding time does not depend on how it ends.
    servedFromHere *= moveUp * stay;
    timeIfServed += stay;
    timeInLine = stay + moveUp * stay * timeInLine;
    probWait += pi[n];
    probServed += pi[n] * servedFromHere;
    waitServed += pi[n] * servedFromHere * timeIfServed;
    waitAll += pi[n] * timeInLine;
    queue += pi[n + 1] * position;
  }
  const probAbandon = probWait - probServed;
  return {
    probWait,
    probAbandon,
    probWaitGivenServed: probServed / (1 - probAbandon),
    meanWaitAll: waitAll,
    meanWaitServed: waitServed / (1 - probAbandon),
    meanWaitAbandoned: probAbandon > 0 ? (waitAll - waitServed) / probAbandon : 0,
    meanQueue: queue,
    utilisation: (arrivalRate * (1 - probAbandon) * meanService) / servers,
  };
}
