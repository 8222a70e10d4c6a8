/**
 * Contact-centre waiting conventions against Erlang A (M/M/c+M).
 *
 * Ten agents, 10.5 calls a minute, 1-minute talk time and 2-minute mean patience: the mean
 * wait of served callers, of callers who hang up (until they hang up) and over all offered
 * calls are three different numbers, each given by the birth–death chain; the report names
 * each one.
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { erlangA } from "../support/theory/erlang-a.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { stationModel } from "../support/theory/station-models.js";
import { exponential } from "../support/theory/model-builder.js";

describe("waits of served, abandoned and all callers in M/M/10+M", () => {
  const theory = erlangA(10.5, 1, 10, 2);
  let results: RepResult[];
  beforeAll(() => {
    const model = stationModel({ arrivalRate: 10.5, servers: 10, service: exponential(1), customers: 60_000, warmup: 500, patience: exponential(2) });
    results = replicate(model, 20);
  });

  it("gives each its own KPI", () => {
    checkKpi(results, "overall/waitTime.mean", theory.meanWaitServed, { maxRelativeHalfWidth: 0.03 });
    checkKpi(results, "overall/waitTime.abandoned.mean", theory.meanWaitAbandoned, { maxRelativeHalfWidth: 0.03 });
    checkKpi(results, "overall/waitTime.allArrivals.mean", theory.meanWaitAll, { maxRelativeHalfWidth: 0.03 });
  });
});
