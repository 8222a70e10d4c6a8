/**
 * Open Jackson networks: Poisson arrivals, exponential service, Markov routing.
 *
 * A loan factory where applications go intake → review → approval, and 20% of reviews are
 * sent back to review, is a Jackson network: each station behaves as an independent M/M/c
 * queue fed at its total flow λ_i, where the flows solve the traffic equations
 * λ_i = λ·e_i + Σ_j λ_j·P[j][i]. A case visits station i v_i = λ_i/λ times on average, so its
 * mean time in the network is Σ v_i·W_i.
 */
import { mmc, type QueueMetrics } from "./erlang.js";

/** One station of the network. */
export interface JacksonStation {
  readonly name: string;
  readonly servers: number;
  /** Mean (exponential) service time per visit, minutes. */
  readonly meanService: number;
}

/** Per-station and network-wide results. */
export interface JacksonResult {
  readonly stations: readonly {
    readonly name: string;
    /** Expected visits per case v_i. */
    readonly visits: number;
    /** Total flow into the station λ_i, per minute. */
    readonly arrivalRate: number;
    /** Per-visit M/M/c measures at flow λ_i. */
    readonly metrics: QueueMetrics;
  }[];
  /** Mean time a case spends in the network, Σ v_i·W_i. */
  readonly meanSojourn: number;
  /** Mean total waiting per case, Σ v_i·Wq_i. */
  readonly meanWait: number;
}

/**
 * Solves the traffic equations v = e + Pᵀ·v for the expected visits per case.
 * @param entry e_i: probability a new case starts at station i (sums to 1)
 * @param routing P[i][j]: probability a case leaving i goes to j (row sums ≤ 1; the rest exits)
 * @throws Error when the system is singular (a closed loop no case can leave)
 */
export function visitRatios(entry: readonly number[], routing: readonly (readonly number[])[]): number[] {
  const n = entry.length;
  const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0) - routing[j][i]));
  return solveLinear(a, [...entry]);
}

/** Gaussian elimination with partial pivoting; a and b are consumed. */
function solveLinear(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    if (Math.abs(a[pivot][col]) < 1e-12) throw new Error("traffic equations are singular (no way out of a loop)");
    [a[col], a[pivot]] = [a[pivot], a[col]];
    [b[col], b[pivot]] = [b[pivot], b[col]];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row][col] / a[col][col];
      for (let k = col; k < n; k++) a[row][k] -= factor * a[col][k];
      b[row] -= factor * b[col];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = b[row];
    for (let k = row + 1; k < n; k++) sum -= a[row][k] * x[k];
    x[row] = sum / a[row][row];
  }
  return x;
}

/**
 * Jackson network measures.
 * @param arrivalRate external Poisson rate λ per minute
 * @param entry where new cases start (probabilities by station)
 * @param routing routing matrix between stations (rows may sum to < 1: the rest exits)
 * @param stations station parameters, in the same order
 * @throws RangeError when a station is overloaded
 */
export function jacksonNetwork(
  arrivalRate: number,
  entry: readonly number[],
  routing: readonly (readonly number[])[],
  stations: readonly JacksonStation[],
): JacksonResult {
  const visits = visitRatios(entry, routing);
  const perStation = stations.map((station, i) => {
    const flow = arrivalRate * visits[i];
    return { name: station.name, visits: visits[i], arrivalRate: flow, metrics: mmc(flow, station.meanService, station.servers) };
  });
  return {
    stations: perStation,
    meanSojourn: perStation.reduce((sum, s) => sum + s.visits * s.metrics.meanSojourn, 0),
    meanWait: perStation.reduce((sum, s) => sum + s.visits * s.metrics.meanWait, 0),
  };
}

/**
 * M/M/1 with Bernoulli feedback: after each service the case returns to the back of the
 * queue with probability p (rework). Per visit it is an M/M/1 at λ/(1 − p); a case makes
 * 1/(1 − p) visits.
 * @param reworkProbability p in [0, 1)
 */
export function mm1Feedback(arrivalRate: number, meanService: number, reworkProbability: number): JacksonResult {
  return jacksonNetwork(arrivalRate, [1], [[reworkProbability]], [{ name: "station", servers: 1, meanService }]);
}
