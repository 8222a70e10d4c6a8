/**
 * The two benchmark models as the yardstick loops use them (yardstick-mm10*.ts,
 * yardstick-loan*.ts): their parameters, event codes and, for the loan network, its streams
 * and activity durations. Kept in a module with no command-line entry, so a yardstick bundled
 * with it runs only its own loop.
 *
 * Model A: a branch counter with ten tellers, customers every 1/9 minute on average, each
 * served in an exponential 1 minute. Model B: loan applications every 2 minutes on average;
 * intake by 3 clerks (lognormal, mean 4, sd 2), review by 5 analysts (triangular 3, 6, 12)
 * with 20% sent back to review, approval by 2 managers (exponential, mean 3.5).
 */
import { uniform01 } from "../../src/random/counter-rng.js";
import { normalQuantile } from "../../src/random/normal-functions.js";
import { streamKey } from "../../src/random/streams.js";

/** Model A: event codes and parameters. */
export const MM10 = { ARRIVAL: 0, SERVICE_END: 1, TELLERS: 10, MEAN_GAP: 1 / 9, MEAN_SERVICE: 1 } as const;

/** Model B: steps (a step's end has the step's index as its event code), the arrival's code, and parameters. */
export const LOAN = { INTAKE: 0, REVIEW: 1, APPROVAL: 2, ARRIVAL: 3, SERVERS: [3, 5, 2], MEAN_GAP: 2, REWORK_P: 0.2 } as const;

const LOG_SIGMA = Math.sqrt(Math.log(1 + (2 / 4) ** 2));
const LOG_MU = Math.log(4) - (LOG_SIGMA * LOG_SIGMA) / 2;
const TRI_MIN = 3, TRI_MODE = 6, TRI_MAX = 12;
const TRI_SPLIT = (TRI_MODE - TRI_MIN) / (TRI_MAX - TRI_MIN);
const MEAN_APPROVAL = 3.5;

/** The streams of one loan replication: a Philox key (two words) per purpose. */
export function loanKeysFor(seed: number): Int32Array {
  const names = ["arrivals", "intake", "review", "rework", "approval"];
  return Int32Array.from(names.flatMap((name) => streamKey(seed, 0, "yardstick", name)));
}

/** Duration of loan `step` for application `who` on its `visit`-th visit there. */
export function loanDuration(keys: Int32Array, step: number, who: number, visit: number): number {
  if (step === LOAN.INTAKE) return Math.exp(LOG_MU + LOG_SIGMA * normalQuantile(uniform01(keys[2], keys[3], who, 0, 0, 0)));
  if (step === LOAN.REVIEW) {
    const u = uniform01(keys[4], keys[5], who, visit, 0, 0);
    if (u < TRI_SPLIT) return TRI_MIN + Math.sqrt(u * (TRI_MAX - TRI_MIN) * (TRI_MODE - TRI_MIN));
    return TRI_MAX - Math.sqrt((1 - u) * (TRI_MAX - TRI_MIN) * (TRI_MAX - TRI_MODE));
  }
  return -MEAN_APPROVAL * Math.log(1 - uniform01(keys[8], keys[9], who, 0, 0, 0));
}
