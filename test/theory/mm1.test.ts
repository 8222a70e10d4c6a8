/**
 * M/M/1 against its closed forms at a light load (ρ = 0.5) and a heavy one (ρ = 0.9).
 *
 * A single teller with exponential handling of mean 1 minute: every waiting, queue and
 * utilisation KPI must agree with Wq = ρ/(μ − λ), P(wait) = ρ, L = ρ/(1 − ρ). ρ = 0.9 relaxes
 * slowly (relaxation time ≈ 1/(μ(1 − √ρ)²) ≈ 380 min), so it gets a long warm-up and 20
 * replications of 150,000 customers.
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { mm1 } from "../support/theory/single-server.js";
import { mmcWaitQuantile, mmcWaitTail } from "../support/theory/erlang.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { STATION, stationModel } from "../support/theory/station-models.js";
import { exponential, serviceLevel } from "../support/theory/model-builder.js";

const { step, pool } = STATION;

describe.each([
  { rho: 0.5, customers: 40_000, warmup: 500, replications: 20, maxRel: 0.03 },
  { rho: 0.9, customers: 150_000, warmup: 5_000, replications: 20, maxRel: 0.05 },
])("M/M/1 at ρ = $rho", ({ rho, customers, warmup, replications, maxRel }) => {
  const theory = mm1(rho, 1);
  let results: RepResult[];
  beforeAll(() => {
    const serviceLevels = [serviceLevel("5-minute wait", 5, 0.8)];
    results = replicate(stationModel({ arrivalRate: rho, servers: 1, service: exponential(1), customers, warmup, serviceLevels }), replications);
  });

  it("mean wait per visit and per case is ρ/(μ − λ)", () => {
    checkKpi(results, `step/${step}/waitTime.mean`, theory.meanWait, { maxRelativeHalfWidth: maxRel });
    checkKpi(results, "overall/waitTime.mean", theory.meanWait, { maxRelativeHalfWidth: maxRel });
  });

  it("share of customers who wait is ρ", () => {
    checkKpi(results, "overall/waitTime.shareWaiting", theory.probWait, { maxRelativeHalfWidth: 0.01 });
  });

  it("queue length, cases in process and cycle time obey Little's law", () => {
    checkKpi(results, `step/${step}/queue.mean`, theory.meanQueue, { maxRelativeHalfWidth: maxRel * 1.2 });
    checkKpi(results, "overall/wip.mean", theory.meanInSystem, { maxRelativeHalfWidth: maxRel });
    checkKpi(results, "overall/cycleTime.mean", theory.meanSojourn, { maxRelativeHalfWidth: maxRel });
  });

  it("waiting and cycle times have the M/M/1 distributions (service level, 90th percentiles)", () => {
    const achieved = 1 - mmcWaitTail(rho, 1, 1, 5);
    checkKpi(results, "serviceLevel/5-minute wait/achieved", achieved, { maxRelativeHalfWidth: maxRel / 2 });
    checkKpi(results, "overall/waitTime.p90", mmcWaitQuantile(rho, 1, 1, 0.9), { maxRelativeHalfWidth: maxRel });
    checkKpi(results, "overall/cycleTime.p90", Math.log(10) / (1 - rho), { maxRelativeHalfWidth: maxRel });
  });

  it("utilisation is λ·E[S] and handling time is E[S]", () => {
    checkKpi(results, `pool/${pool}/utilisation`, theory.utilisation, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, `step/${step}/serviceTime.mean`, 1, { maxRelativeHalfWidth: 0.01 });
  });
});
