/**
 * M/G/1 against Pollaczek–Khinchine: deterministic, lognormal and uniform handling times.
 *
 * A loan-intake clerk with the same mean handling time waits very differently depending on
 * its variability: Wq = λ·E[S²]/(2(1 − ρ)). The three cases differ only in E[S²]: M/D/1 at
 * ρ = 0.8 (half the M/M/1 wait), lognormal with sd 1.5× the mean at ρ = 0.7 (more than
 * M/M/1), uniform on [0.5, 1.5] at ρ = 0.8 (less).
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import type { DistSpec } from "../../src/random/dist-spec.js";
import { pollaczekKhinchine } from "../support/theory/single-server.js";
import { distMoments } from "../support/theory/moments.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { STATION, stationModel } from "../support/theory/station-models.js";

const { step, pool } = STATION;

const cases: { name: string; service: DistSpec; arrivalRate: number; customers: number }[] = [
  { name: "M/D/1", service: { kind: "deterministic", value: 1 }, arrivalRate: 0.8, customers: 40_000 },
  { name: "M/G/1 lognormal", service: { kind: "lognormal", mean: 1, sd: 1.5 }, arrivalRate: 0.7, customers: 60_000 },
  { name: "M/G/1 uniform", service: { kind: "uniform", min: 0.5, max: 1.5 }, arrivalRate: 0.8, customers: 40_000 },
];

describe.each(cases)("$name at λ = $arrivalRate", ({ service, arrivalRate, customers }) => {
  const moments = distMoments(service);
  const theory = pollaczekKhinchine(arrivalRate, moments.mean, moments.secondMoment);
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(stationModel({ arrivalRate, servers: 1, service, customers, warmup: 1_000 }), 20);
  });

  it("mean wait is λE[S²]/(2(1 − ρ))", () => {
    checkKpi(results, `step/${step}/waitTime.mean`, theory.meanWait, { maxRelativeHalfWidth: 0.04 });
    checkKpi(results, `step/${step}/queue.mean`, theory.meanQueue, { maxRelativeHalfWidth: 0.04 });
  });

  it("P(wait > 0) is ρ and utilisation is λE[S]", () => {
    checkKpi(results, "overall/waitTime.shareWaiting", theory.probWait, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, `pool/${pool}/utilisation`, theory.utilisation, { maxRelativeHalfWidth: 0.01 });
  });

  it("handling time has the distribution's mean", () => {
    checkKpi(results, `step/${step}/serviceTime.mean`, moments.mean, { maxRelativeHalfWidth: 0.01, absoluteHalfWidth: 1e-9 });
  });
});
