/**
 * M/G/∞: a pure-delay step (no staff) holds as many cases as arrive.
 *
 * Customers spend a lognormal 5 minutes (sd 3) at the self-service terminals of a branch,
 * arriving at 2 per minute: the number present is Poisson with mean λ·E[S] = 10 whatever the
 * distribution, so its time-average is 10 (Little), its variance too, and each P(N = n) is
 * the Poisson probability. The KPIs give the mean; a recording observer gives the rest.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { compileModel } from "../../src/model/compile/compile.js";
import { runReplication } from "../../src/experiment/replicate.js";
import { mgInfinity } from "../support/theory/infinite-server.js";
import { checkKpi, expectTheoryWithin, replicate } from "../support/theory/replications.js";
import { OccupancyObserver } from "../support/theory/recording-observers.js";
import { STATION, stationModel } from "../support/theory/station-models.js";
import { tInterval } from "../support/theory/t-interval.js";

const arrivalRate = 2;
const service = { kind: "lognormal", mean: 5, sd: 3 } as const;
const warmup = 200;
const model = stationModel({ arrivalRate, servers: Infinity, service, customers: 40_000, warmup });
const theory = mgInfinity(arrivalRate, service.mean, 25);

describe("M/G/∞ (lognormal stay) KPIs", () => {
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(model, 20);
  });

  it("mean cases in process is λ·E[S] and nobody waits", () => {
    checkKpi(results, "overall/wip.mean", theory.mean, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, "overall/cycleTime.mean", service.mean, { maxRelativeHalfWidth: 0.01 });
    results.forEach((r) => expect(r.kpis["overall/waitTime.mean"]).toBe(0));
  });

  it("handling time at the delay step has the distribution's mean", () => {
    checkKpi(results, `step/${STATION.step}/serviceTime.mean`, service.mean, { maxRelativeHalfWidth: 0.01 });
  });
});

describe("M/G/∞ (lognormal stay) occupancy distribution", () => {
  const observers: OccupancyObserver[] = [];
  beforeAll(() => {
    const compiled = compileModel(model);
    for (let r = 0; r < 20; r++) {
      const observer = new OccupancyObserver(warmup);
      runReplication(compiled, r, { observer });
      observers.push(observer);
    }
  });

  it("has variance equal to its mean (Poisson)", () => {
    const variances = observers.map((o) => o.moments().variance);
    expectTheoryWithin("occupancy variance", tInterval(variances), theory.variance, { maxRelativeHalfWidth: 0.03 });
  });

  it("puts Poisson(λ·E[S]) probability on each count", () => {
    const byCount = observers.map((o) => o.probabilities(25));
    theory.probabilities.forEach((p, n) => {
      if (p < 0.01) return;
      const ci = tInterval(byCount.map((probs) => probs[n]));
      expectTheoryWithin(`P(N = ${n})`, ci, p, { maxRelativeHalfWidth: 0.05, factor: 2.5 });
    });
  });
});
