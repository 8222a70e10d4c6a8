/**
 * M/M/c against Erlang C, with 3 and with 10 servers.
 *
 * A branch with three tellers at 80% load, and a contact centre with ten agents at 90% load:
 * the share of customers who find every server busy must be Erlang C, the mean wait
 * C/(cμ − λ), and utilisation λ·E[S]/c. The ten-agent case states its arrivals as
 * exponential inter-arrival times, the three-teller one as a rate, so both paths are covered.
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { mmc, mmcWaitQuantile, mmcWaitTail } from "../support/theory/erlang.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { STATION, stationModel } from "../support/theory/station-models.js";
import { exponential, serviceLevel } from "../support/theory/model-builder.js";

const { step, pool } = STATION;

describe.each([
  { servers: 3, arrivalRate: 2.4, arrivalsAs: "rate" as const, customers: 80_000, warmup: 500 },
  { servers: 10, arrivalRate: 9, arrivalsAs: "interarrival" as const, customers: 200_000, warmup: 500 },
])("M/M/$servers at λ = $arrivalRate, E[S] = 1", ({ servers, arrivalRate, arrivalsAs, customers, warmup }) => {
  const theory = mmc(arrivalRate, 1, servers);
  let results: RepResult[];
  beforeAll(() => {
    const serviceLevels = [serviceLevel("30-second answer", 0.5, 0.8)];
    const model = stationModel({ arrivalRate, servers, service: exponential(1), customers, warmup, arrivalsAs, serviceLevels });
    results = replicate(model, 20);
  });

  it("P(wait > 0) is Erlang C", () => {
    checkKpi(results, "overall/waitTime.shareWaiting", theory.probWait, { maxRelativeHalfWidth: 0.02 });
  });

  it("mean wait is C/(cμ − λ)", () => {
    checkKpi(results, `step/${step}/waitTime.mean`, theory.meanWait, { maxRelativeHalfWidth: 0.04 });
    checkKpi(results, `step/${step}/queue.mean`, theory.meanQueue, { maxRelativeHalfWidth: 0.04 });
  });

  it("the wait has the M/M/c tail C·e^{−(cμ − λ)t}: service level and 95th percentile", () => {
    const achieved = 1 - mmcWaitTail(arrivalRate, 1, servers, 0.5);
    checkKpi(results, "serviceLevel/30-second answer/achieved", achieved, { maxRelativeHalfWidth: 0.02 });
    checkKpi(results, "overall/waitTime.p95", mmcWaitQuantile(arrivalRate, 1, servers, 0.95), { maxRelativeHalfWidth: 0.04 });
  });

  it("utilisation is λ·E[S]/c and cases in process follow Little's law", () => {
    checkKpi(results, `pool/${pool}/utilisation`, theory.utilisation, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, "overall/wip.mean", theory.meanInSystem, { maxRelativeHalfWidth: 0.02 });
    checkKpi(results, "overall/cycleTime.mean", theory.meanSojourn, { maxRelativeHalfWidth: 0.02 });
  });

  it("throughput is λ per hour, and output per rostered staff hour λ/c", () => {
    checkKpi(results, "overall/throughput", 60 * arrivalRate, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, `pool/${pool}/output.perStaffHour`, (60 * arrivalRate) / servers, { maxRelativeHalfWidth: 0.01 });
  });
});
