/**
 * Finite and retrial queues for the admission theory tests: M/M/c/K (a waiting room of
 * K − c places), and the M/M/c retrial queue (no waiting room; blocked callers retry after an
 * exponential time) solved numerically on its truncated two-dimensional Markov chain.
 *
 * A branch with 2 tellers and 3 chairs, 2 customers a minute and 1-minute service turns away
 * P_5 of its customers; a help line with 3 agents whose blocked callers redial after 2 minutes
 * on average has a stationary (busy agents, callers redialling) distribution that the test
 * computes here and compares with the simulation.
 */
import type { StepAdmission, RetryRule } from "../../../src/model/compile/admission-model.js";
import type { DistSpec } from "../../../src/random/dist-spec.js";

/** Admission rules of a step: the given ones, none otherwise. */
export function admissionRules(rules: Partial<StepAdmission>): StepAdmission {
  return { maxWaiting: null, maxInSystem: null, overflowTo: null, balk: null, patience: null, patienceByClass: {}, message: null, retry: null, ...rules };
}

/** A retry rule. */
export function retryRule(p: number, after: DistSpec, max: number): RetryRule {
  return { p, after, max, path: [] };
}

/** M/M/c/K measures. */
export interface FiniteQueue {
  /** P(an arrival finds the system full) = P_K (PASTA). */
  readonly blocking: number;
  /** Mean number waiting. */
  readonly meanQueue: number;
  /** Mean wait of admitted (served) customers, by Little's law. */
  readonly meanWait: number;
  /** Server utilisation: λ(1 − P_K)/(cμ). */
  readonly utilisation: number;
}

/** M/M/c/K: arrival rate λ, mean service 1/μ, c servers, at most K in the system. */
export function mmck(arrivalRate: number, meanService: number, servers: number, capacity: number): FiniteQueue {
  const a = arrivalRate * meanService;
  const weights: number[] = [1];
  for (let n = 1; n <= capacity; n++) weights.push((weights[n - 1] * a) / Math.min(n, servers));
  const total = weights.reduce((s, w) => s + w, 0);
  const p = weights.map((w) => w / total);
  const blocking = p[capacity];
  const meanQueue = p.reduce((s, pn, n) => s + Math.max(0, n - servers) * pn, 0);
  const admitted = arrivalRate * (1 - blocking);
  return { blocking, meanQueue, meanWait: meanQueue / admitted, utilisation: (admitted * meanService) / servers };
}

/** M/M/c retrial-queue measures. */
export interface RetrialQueue {
  /** Share of attempts (first calls and retrials) that find every server busy. */
  readonly blockedShare: number;
  /** Retrials per first call. */
  readonly retrialsPerCall: number;
  /** Mean number of callers waiting to redial. */
  readonly meanOrbit: number;
  /** Mass of the truncation boundary (must be negligible). */
  readonly boundaryMass: number;
}

/**
 * The M/M/c retrial queue (λ first calls, mean service 1/μ, c servers, no waiting room; each
 * blocked caller redials after an exponential time of mean 1/θ, for ever), on states
 * (busy i, orbit n ≤ maxOrbit), solved by Gauss–Seidel iteration of the balance equations.
 */
export function retrialQueue(arrivalRate: number, meanService: number, servers: number, meanRedial: number, maxOrbit = 120): RetrialQueue {
  const mu = 1 / meanService;
  const theta = 1 / meanRedial;
  const width = servers + 1;
  const at = (i: number, n: number) => n * width + i;
  const pi = new Float64Array(width * (maxOrbit + 1)).fill(1 / (width * (maxOrbit + 1)));
  const out = (i: number, n: number) => (n < maxOrbit || i < servers ? arrivalRate : 0) + i * mu + (i < servers ? n * theta : 0);
  for (let sweep = 0; sweep < 4000; sweep++) {
    let change = 0;
    for (let n = 0; n <= maxOrbit; n++) {
      for (let i = 0; i <= servers; i++) {
        let inflow = 0;
        if (i > 0) inflow += pi[at(i - 1, n)] * arrivalRate;
        if (i === servers && n > 0) inflow += pi[at(servers, n - 1)] * arrivalRate;
        if (i < servers) inflow += pi[at(i + 1, n)] * (i + 1) * mu;
        if (i > 0 && n < maxOrbit) inflow += pi[at(i - 1, n + 1)] * (n + 1) * theta;
        const next = inflow / out(i, n);
        change = Math.max(change, Math.abs(next - pi[at(i, n)]));
        pi[at(i, n)] = next;
      }
    }
    const total = pi.reduce((s, v) => s + v, 0);
    for (let k = 0; k < pi.length; k++) pi[k] /= total;
    if (change < 1e-13) break;
  }
  let meanOrbit = 0;
  let blockedRetrials = 0;
  let fullServers = 0;
  let boundaryMass = 0;
  for (let n = 0; n <= maxOrbit; n++) {
    for (let i = 0; i <= servers; i++) {
      const p = pi[at(i, n)];
      meanOrbit += n * p;
      if (i === servers) {
        fullServers += p;
        blockedRetrials += n * theta * p;
      }
      if (n === maxOrbit) boundaryMass += p;
    }
  }
  const retrialRate = theta * meanOrbit;
  const blockedRate = arrivalRate * fullServers + blockedRetrials;
  return { blockedShare: blockedRate / (arrivalRate + retrialRate), retrialsPerCall: retrialRate / arrivalRate, meanOrbit, boundaryMass };
}
