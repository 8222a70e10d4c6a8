/**
 * The intervals procsim reports are the intervals the theory tier judges by.
 *
 * The theory checks form their own t-intervals (stdlib t-quantile) from the replications'
 * KPI values; this file checks that the library's `summariseKpi` gives the same mean and
 * half-width for the same replications, so a passing theory tier vouches for the numbers a
 * user actually sees, and that those reported intervals cover the theory values too.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { summariseKpi } from "../../src/stats/summarise.js";
import { mmc } from "../support/theory/erlang.js";
import { kpiInterval, replicate } from "../support/theory/replications.js";
import { STATION, stationModel } from "../support/theory/station-models.js";
import { exponential } from "../support/theory/model-builder.js";

describe("library summaries agree with the theory tier's t-intervals (M/M/2 at ρ = 0.75)", () => {
  const theory = mmc(1.5, 1, 2);
  const checks: [string, number][] = [
    [`step/${STATION.step}/waitTime.mean`, theory.meanWait],
    ["overall/waitTime.shareWaiting", theory.probWait],
    [`pool/${STATION.pool}/utilisation`, theory.utilisation],
    ["overall/wip.mean", theory.meanInSystem],
  ];
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(stationModel({ arrivalRate: 1.5, servers: 2, service: exponential(1), customers: 30_000, warmup: 500 }), 20);
  });

  it.each(checks)("%s: same mean and half-width, and the reported interval covers theory (2 half-widths)", (key, value) => {
    const mine = kpiInterval(results, key);
    const reported = summariseKpi(key, results);
    expect(reported.n).toBe(mine.n);
    expect(reported.mean).toBeCloseTo(mine.mean, 12);
    expect(reported.halfWidth).not.toBeNull();
    expect((reported.halfWidth as number) / mine.halfWidth).toBeCloseTo(1, 6);
    expect(Math.abs((reported.mean as number) - value)).toBeLessThanOrEqual(2 * (reported.halfWidth as number));
  });
});
