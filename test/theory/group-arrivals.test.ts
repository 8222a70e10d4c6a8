/**
 * Batch arrivals: a Poisson source whose arrivals each bring K cases is a compound Poisson
 * process, so the number N of cases in a day with Λ expected groups has E[N] = Λ·E[K] and
 * Var[N] = Λ·E[K²] (not Λ·E[K]: the groups add variance). Scheduled drops give exactly their
 * declared counts, and random drop counts their declared mean and variance.
 *
 * The arrival clock itself is driven (no queue), over many days and replications; each
 * replication gives one mean and one variance of the daily count, and the theory values must
 * lie within the t-intervals over the replications.
 */
import { describe, expect, it } from "vitest";
import { tInterval } from "../support/theory/t-interval.js";
import { dailyCounts, meanAndVariance } from "../support/theory/daily-arrivals.js";
import { expectTheoryWithin } from "../support/theory/replications.js";

const DAYS = 200;
const REPLICATIONS = 30;

/** Per replication, the mean and the variance of the daily counts. */
function replicate(yaml: string, keep: (day: number) => boolean = () => true): { means: number[]; variances: number[] } {
  const means: number[] = [];
  const variances: number[] = [];
  for (let r = 0; r < REPLICATIONS; r++) {
    const [mean, variance] = meanAndVariance(dailyCounts(yaml, r, DAYS).filter((_, day) => keep(day)));
    means.push(mean);
    variances.push(variance);
  }
  return { means, variances };
}

describe("compound Poisson: 10 groups an hour around the clock, K = 1, 2 or 5 with 50/30/20%", () => {
  const yaml = `name: mail room
calendar: always
run: { horizon: 200d, seed: 11 }
arrivals: [{ name: envelopes, ratePerHour: 10, groupSize: { 1: 50%, 2: 30%, 5: 20% } }]
steps: [{ name: open, duration: 1min }]
`;
  it("gives daily cases with mean Λ·E[K] and variance Λ·E[K²]", () => {
    const groups = 240;
    const meanK = 0.5 * 1 + 0.3 * 2 + 0.2 * 5;
    const secondK = 0.5 * 1 + 0.3 * 4 + 0.2 * 25;
    const { means, variances } = replicate(yaml);
    expectTheoryWithin("daily cases mean", tInterval(means), groups * meanK, { maxRelativeHalfWidth: 0.02 });
    const variance = tInterval(variances);
    expectTheoryWithin("daily cases variance", variance, groups * secondK, { maxRelativeHalfWidth: 0.1 });
    // Cases arriving one by one at rate λ·E[K] would give the variance Λ·E[K]: far below the interval.
    expect(variance.lo).toBeGreaterThan(1.5 * groups * meanK);
  });
});

describe("scheduled drops on weekdays: 30 at 10:00, and 20 or 40 (half and half) at 15:00", () => {
  const yaml = `name: courier
calendar: { open: "09:00", close: "17:00" }
run: { horizon: 200d, seed: 11 }
arrivals: [{ name: courier, drops: [{ at: "10:00", count: 30 }, { at: "15:00", count: { 20: 50%, 40: 50% } }] }]
steps: [{ name: scan, duration: 1min }]
`;
  it("brings exactly the declared count at a fixed drop, nothing at the weekend", () => {
    const counts = dailyCounts(yaml.replace('{ 20: 50%, 40: 50% }', "25"), 0, 14);
    expect(counts).toEqual([55, 55, 55, 55, 55, 0, 0, 55, 55, 55, 55, 55, 0, 0]);
  });

  it("gives a random drop count its declared mean 30 and variance 100 per working day", () => {
    // Working days only (day 0 is a Monday): N = 30 + K, E[N] = 60, Var[N] = Var[K] = 100.
    const { means, variances } = replicate(yaml, (day) => day % 7 < 5);
    expectTheoryWithin("daily drops mean", tInterval(means), 60, { maxRelativeHalfWidth: 0.02 });
    expectTheoryWithin("daily drops variance", tInterval(variances), 100, { maxRelativeHalfWidth: 0.1 });
  });
});
