/**
 * The analytic staffing formulas: Erlang C reproduces the published values to 5 digits, and
 * the service level "share served within t" of Erlang C (M/M/c) and Erlang A (M/M/c+M) lies
 * inside the interval of the simulated service level of the same queue.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { erlangA, erlangC, erlangCServiceLevel } from "../../src/experiment/staffing/erlang.js";
import type { RepResult } from "../../src/stats/result-types.js";
import { erlangA as erlangAReference } from "../support/theory/erlang-a.js";
import { exponential } from "../support/theory/model-builder.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { STATION, stationModel } from "../support/theory/station-models.js";

describe("Erlang C", () => {
  it("C(c, 10 erlangs) for c = 11..15 matches the published table to 5 digits", () => {
    const values = [11, 12, 13, 14, 15].map((c) => Number(erlangC(c, 10).toFixed(5)));
    expect(values).toEqual([0.68212, 0.44939, 0.28527, 0.17413, 0.10204]);
  });

  it("stays finite and in [0, 1] for hundreds of servers", () => {
    const c = erlangC(500, 480);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });

  it("Erlang A with endless patience is Erlang C", () => {
    const a = erlangA(12, 10 / 15, 15, 1e9, 5);
    expect(a.probWait).toBeCloseTo(erlangC(12, 10), 6);
    expect(a.serviceLevel).toBeCloseTo(erlangCServiceLevel(12, 10, 15, 5), 6);
  });

  it("Erlang A's wait and abandonment match the reference birth–death chain", () => {
    const ours = erlangA(10, 10.5, 1, 2, 0.5);
    const reference = erlangAReference(10.5, 1, 10, 2);
    expect(ours.probWait).toBeCloseTo(reference.probWait, 9);
    expect(ours.probAbandon).toBeCloseTo(reference.probAbandon, 9);
  });
});

const level = (maxWait: number) => [{ name: "fast", class: null, step: STATION.step, maxWait, target: 0.8, path: ["serviceLevels", 0] }];
const KEY = "serviceLevel/fast/achieved";

describe.each([
  { servers: 3, arrivalRate: 2.4, maxWait: 0.5, patience: null },
  { servers: 3, arrivalRate: 2.7, maxWait: 0.5, patience: 2 },
])("share served within $maxWait in M/M/$servers at λ = $arrivalRate (patience $patience)", ({ servers, arrivalRate, maxWait, patience }) => {
  let results: RepResult[];
  beforeAll(() => {
    const model = stationModel({ arrivalRate, servers, service: exponential(1), customers: 40_000, warmup: 500, patience: patience === null ? null : exponential(patience), serviceLevels: level(maxWait) });
    results = replicate(model, 20);
  });

  it("the analytic service level lies inside the simulated interval", () => {
    const theory = patience === null ? erlangCServiceLevel(servers, arrivalRate, 1, maxWait) : erlangA(servers, arrivalRate, 1, patience, maxWait).serviceLevel;
    checkKpi(results, KEY, theory, { maxRelativeHalfWidth: 0.015 });
  });
});
