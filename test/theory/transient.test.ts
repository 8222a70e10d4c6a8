/**
 * A terminating day that starts empty: the transient M/M/c, hour by hour.
 *
 * A loan desk with 3 advisers opens empty; clients arrive at 0.3 per minute for 8 hours and
 * are served in an exponential 8 minutes (80% load), and the day runs on until the last
 * client leaves. The queue builds up over several hours, so the mean number present in each
 * hour must follow the hour's average of E[N(t)] from the Kolmogorov forward equations (far
 * below the steady-state 4.99 early on), and the arrivals must be λ × 480.
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { transientMmc } from "../support/theory/transient.js";
import { checkKpi, expectTheoryWithin, replicate } from "../support/theory/replications.js";
import { tInterval } from "../support/theory/t-interval.js";
import { STATION, stationSource } from "../support/theory/station-models.js";
import { buildModel, exponential, pool, serviceStep } from "../support/theory/model-builder.js";

const lambda = 0.3;
const meanService = 8;
const servers = 3;
const dayMinutes = 480;

describe("terminating M/M/3 day from empty (8 hours, λ = 0.3, E[S] = 8)", () => {
  const theory = transientMmc(lambda, meanService, servers, dayMinutes);
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      name: "branch day",
      arrivals: [stationSource({ arrivalRate: lambda }, STATION.step)],
      resources: [pool(STATION.pool, servers)],
      steps: [serviceStep(STATION.step, STATION.pool, exponential(meanService))],
      run: { horizon: dayMinutes, study: "terminating" },
    });
    results = replicate(model, 2000);
  });

  it("arrivals are λ × 480 and every case is served", () => {
    checkKpi(results, "overall/arrivals", lambda * dayMinutes, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, "overall/completions", lambda * dayMinutes, { maxRelativeHalfWidth: 0.01 });
  });

  it("mean cases present in each hour follow the transient E[N(t)]", () => {
    const binMinutes = results[0].timeOfDayBinMinutes;
    for (let start = 0, k = 0; start + binMinutes <= dayMinutes; start += binMinutes, k++) {
      const values = results.map((r) => r.timeOfDay.find((s) => s.key === "overall/wip.mean")?.values[k] ?? NaN);
      const expected = theory.averageOver(start, start + binMinutes);
      expectTheoryWithin(`wip.mean hour ${k}`, tInterval(values), expected, { maxRelativeHalfWidth: 0.05, factor: 2.5 });
    }
  });
});
