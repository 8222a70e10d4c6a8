/**
 * Time-of-day arrivals (non-homogeneous Poisson) and the M_t/M/∞ occupancy they produce.
 *
 * A branch whose customers arrive at 30 per hour overnight (phone and online requests), 120
 * in the morning, 240 over lunch, 150 in the afternoon and 60 in the evening, and who stay an
 * exponential 30 minutes at the self-service terminals: the arrivals per hourly bin must be
 * the integral of the rate over the bin, the total the integral over the run, and the mean
 * number present in each bin the bin-average of m(t) = ∫ λ(t − u)·e^{−u/30} du.
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { averageOver, expectedArrivals, MINUTES_PER_DAY, mtMInfinityMean } from "../support/theory/infinite-server.js";
import { checkKpi, expectTheoryWithin, replicate, THEORY_SCALE } from "../support/theory/replications.js";
import { tInterval } from "../support/theory/t-interval.js";
import { buildModel, exponential, profileSource, serviceStep } from "../support/theory/model-builder.js";

const profile = [
  { from: 0, ratePerHour: 30 },
  { from: 8 * 60, ratePerHour: 120 },
  { from: 12 * 60, ratePerHour: 240 },
  { from: 14 * 60, ratePerHour: 150 },
  { from: 18 * 60 + 30, ratePerHour: 60 },
];
const meanStay = 30;
const warmup = MINUTES_PER_DAY;
const horizon = warmup + Math.round(20 * THEORY_SCALE) * MINUTES_PER_DAY;

/** The value of one time-of-day series in bin k, per replication. */
function seriesValues(results: readonly RepResult[], key: string, k: number): number[] {
  return results.map((r) => {
    const series = r.timeOfDay.find((s) => s.key === key);
    if (!series) throw new Error(`no time-of-day series "${key}"; have ${r.timeOfDay.map((s) => s.key).join(", ")}`);
    const value = series.values[k];
    if (value === null) throw new Error(`series "${key}" bin ${k} is null in replication ${r.replication}`);
    return value;
  });
}

describe("non-homogeneous Poisson arrivals through a pure delay (M_t/M/∞)", () => {
  let results: RepResult[];
  let binMinutes: number;
  beforeAll(() => {
    const model = buildModel({
      name: "self-service terminals",
      arrivals: [profileSource("visitors", profile, "terminals")],
      steps: [serviceStep("terminals", null, exponential(meanStay))],
      run: { horizon, warmup },
    });
    results = replicate(model, 20);
    binMinutes = results[0].timeOfDayBinMinutes;
  });

  it("arrivals over the run are ∫ λ(t) dt", () => {
    checkKpi(results, "overall/arrivals", expectedArrivals(profile, warmup, horizon), { maxRelativeHalfWidth: 0.005 });
  });

  it("arrivals per hour in each time-of-day bin are the bin's mean rate", () => {
    for (let start = 0, k = 0; start < MINUTES_PER_DAY; start += binMinutes, k++) {
      const end = Math.min(start + binMinutes, MINUTES_PER_DAY);
      const theory = (expectedArrivals(profile, start, end) * 60) / (end - start);
      const ci = tInterval(seriesValues(results, "overall/arrivals.perHour", k));
      expectTheoryWithin(`arrivals.perHour bin ${k}`, ci, theory, { maxRelativeHalfWidth: 0.04, factor: 2.5 });
    }
  });

  it("mean cases present in each bin follow the M_t/M/∞ mean m(t)", () => {
    for (let start = 0, k = 0; start < MINUTES_PER_DAY; start += binMinutes, k++) {
      const end = Math.min(start + binMinutes, MINUTES_PER_DAY);
      const day = 5 * MINUTES_PER_DAY;
      const theory = averageOver((t) => mtMInfinityMean(profile, meanStay, t), day + start, day + end);
      const ci = tInterval(seriesValues(results, "overall/wip.mean", k));
      expectTheoryWithin(`wip.mean bin ${k}`, ci, theory, { maxRelativeHalfWidth: 0.04, factor: 2.5 });
    }
  });
});
