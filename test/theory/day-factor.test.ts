/**
 * A random day factor makes each day's arrivals a mixed Poisson count.
 *
 * With a Poisson rate λ(t) multiplied all day by F (drawn once per day), the number N of
 * arrivals in a day with Λ = ∫λ expected arrivals is Poisson(ΛF) given F, so
 * E[N] = Λ·E[F] and Var[N] = Λ·E[F] + Λ²·Var[F]: the day-to-day spread a contact centre sees
 * on top of Poisson noise. A factor drawn per arrival instead of per day, or shared wrongly
 * across days, leaves the mean right but collapses the variance to about Λ·E[F].
 *
 * The arrival clock itself is driven (no queue), over many days and replications; each
 * replication gives one mean and one variance of the daily count, and the theory values
 * must lie within two half-widths of their t-intervals over the replications.
 */
import { describe, expect, it } from "vitest";
import { tInterval } from "../support/theory/t-interval.js";
import { dailyCounts, meanAndVariance } from "../support/theory/daily-arrivals.js";
import { expectTheoryWithin } from "../support/theory/replications.js";

const DAYS = 200;
const REPLICATIONS = 30;

describe.each([
  {
    name: "Poisson 10/h around the clock, model factor gamma(mean 1, cv 0.2)",
    yaml: `name: calls
calendar: always
dayFactor: { gamma: { mean: 1, cv: 0.2 } }
run: { horizon: 200d, seed: 5 }
arrivals: [{ name: calls, ratePerHour: 10 }]
steps: [{ name: talk, duration: 1min }]
`,
    expected: 240, meanF: 1, varF: 0.04,
  },
  {
    name: "profile 20/40/20 per hour open 09:00-17:00, source factor lognormal(mean 1.1, sd 0.33)",
    yaml: `name: branch
calendar: { open: "09:00", close: "17:00", days: all }
run: { horizon: 200d, seed: 5 }
arrivals:
  - name: visitors
    profile: { "09:00": 20, "12:00": 40, "14:00": 20 }
    dayFactor: { lognormal: { mean: 1.1, sd: 0.33 } }
steps: [{ name: counter, duration: 1min }]
`,
    expected: 200, meanF: 1.1, varF: 0.33 ** 2,
  },
])("$name", ({ yaml, expected, meanF, varF }) => {
  it("gives each day a mixed Poisson count: mean Λ·E[F], variance Λ·E[F] + Λ²·Var[F]", () => {
    const means: number[] = [];
    const variances: number[] = [];
    for (let r = 0; r < REPLICATIONS; r++) {
      const [mean, variance] = meanAndVariance(dailyCounts(yaml, r, DAYS));
      means.push(mean);
      variances.push(variance);
    }
    expectTheoryWithin("daily arrivals mean", tInterval(means), expected * meanF, { maxRelativeHalfWidth: 0.02 });
    const theoryVariance = expected * meanF + expected ** 2 * varF;
    const variance = tInterval(variances);
    expectTheoryWithin("daily arrivals variance", variance, theoryVariance, { maxRelativeHalfWidth: 0.1 });
    // A factor per arrival (or none) would give the Poisson variance Λ·E[F]: far below the interval.
    expect(variance.lo).toBeGreaterThan(2 * expected * meanF);
  });
});
