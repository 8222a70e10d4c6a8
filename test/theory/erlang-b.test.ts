/**
 * Erlang B through zero patience: callers who hang up the moment they would have to wait
 * make an M/G/c/c loss system, whose blocking probability is Erlang B for any service
 * distribution (insensitivity).
 *
 * Eight lines into a branch's call-back desk, 6 calls per minute, lognormal talk time of mean
 * 1 minute (sd 1.5): the share of lost calls must be B(8, 6), and the lines are busy
 * a·(1 − B)/c of the time.
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { erlangB } from "../support/theory/erlang.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { STATION, stationModel } from "../support/theory/station-models.js";

describe.each([
  { servers: 8, arrivalRate: 6, service: { kind: "lognormal", mean: 1, sd: 1.5 } as const },
  { servers: 3, arrivalRate: 2, service: { kind: "exponential", mean: 1 } as const },
])("M/G/$servers/$servers at λ = $arrivalRate ($service.kind service)", ({ servers, arrivalRate, service }) => {
  const blocking = erlangB(servers, arrivalRate * service.mean);
  let results: RepResult[];
  beforeAll(() => {
    const model = stationModel({
      arrivalRate, servers, service, customers: 60_000, warmup: 100, patience: { kind: "deterministic", value: 0 },
    });
    results = replicate(model, 20);
  });

  it("the share of lost callers is Erlang B", () => {
    checkKpi(results, "overall/abandonment.share", blocking, { maxRelativeHalfWidth: 0.04 });
  });

  it("served callers never wait, and the lines carry a(1 − B)/c", () => {
    checkKpi(results, "overall/waitTime.mean", 0, { maxRelativeHalfWidth: 0, absoluteHalfWidth: 1e-12 });
    checkKpi(results, `pool/${STATION.pool}/utilisation`, (arrivalRate * service.mean * (1 - blocking)) / servers, { maxRelativeHalfWidth: 0.01 });
  });
});
