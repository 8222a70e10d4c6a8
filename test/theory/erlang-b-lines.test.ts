/**
 * Erlang B through trunk lines: a call centre with c lines and at least c agents is an
 * M/G/c/c loss system, whose busy-signal probability is Erlang B for any holding-time
 * distribution (insensitivity) — exponential and lognormal talk times give the same B(c, a).
 *
 * Eight lines, 6 calls a minute, 1-minute talk time (lognormal with sd 1.5, or exponential):
 * B(8, 6) ≈ 12.2% of the calls hear a busy signal; the agents carry a(1 − B).
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { erlangB } from "../support/theory/erlang.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { STATION, stationModel } from "../support/theory/station-models.js";

describe.each([
  { lines: 8, agents: 10, arrivalRate: 6, service: { kind: "lognormal", mean: 1, sd: 1.5 } as const },
  { lines: 8, agents: 8, arrivalRate: 6, service: { kind: "exponential", mean: 1 } as const },
])("$lines trunk lines, $agents agents, λ = $arrivalRate ($service.kind talk time)", ({ lines, agents, arrivalRate, service }) => {
  const blocking = erlangB(lines, arrivalRate * service.mean);
  let results: RepResult[];
  beforeAll(() => {
    const model = stationModel({ arrivalRate, servers: agents, service, customers: 30_000, warmup: 100 });
    results = replicate({ ...model, lines }, 20);
  });

  it("the busy-signal rate is Erlang B, whatever the talk-time distribution", () => {
    checkKpi(results, "overall/busySignal.share", blocking, { maxRelativeHalfWidth: 0.04 });
    checkKpi(results, "overall/blocked.share", blocking, { maxRelativeHalfWidth: 0.04 });
  });

  it("nobody waits, and the agents carry a(1 − B)", () => {
    checkKpi(results, "overall/waitTime.mean", 0, { maxRelativeHalfWidth: 0, absoluteHalfWidth: 1e-12 });
    checkKpi(results, `pool/${STATION.pool}/busy.mean`, arrivalRate * service.mean * (1 - blocking), { maxRelativeHalfWidth: 0.01 });
  });
});
