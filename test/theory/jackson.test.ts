/**
 * Jackson networks: a three-station tandem line and an M/M/1 with 20% Bernoulli rework.
 *
 * A loan factory of intake (1 clerk), review (2 analysts) and approval (1 manager), and a
 * review desk that sends one file in five back to its own queue: each station must behave as
 * an independent M/M/c queue fed at its total flow, and a case's mean time in the process
 * must be Σ visits × sojourn per visit.
 */
import { beforeAll, describe, it } from "vitest";
import type { RepResult } from "../../src/stats/result-types.js";
import { jacksonNetwork, mm1Feedback } from "../support/theory/jackson.js";
import { checkKpi, expectTheoryWithin, replicate } from "../support/theory/replications.js";
import { tInterval } from "../support/theory/t-interval.js";
import { horizonFor, stationSource } from "../support/theory/station-models.js";
import { EXIT, branch, buildModel, exponential, goTo, pool, serviceStep } from "../support/theory/model-builder.js";

describe("three-station tandem (M/M/1 → M/M/2 → M/M/1) at λ = 0.7", () => {
  const lambda = 0.7;
  const stations = [
    { name: "intake", servers: 1, meanService: 1 },
    { name: "review", servers: 2, meanService: 2.4 },
    { name: "approval", servers: 1, meanService: 1.2 },
  ];
  const theory = jacksonNetwork(lambda, [1, 0, 0], [[0, 1, 0], [0, 0, 1], [0, 0, 0]], stations);
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      name: "tandem",
      arrivals: [stationSource({ arrivalRate: lambda }, "intake")],
      resources: stations.map((s) => pool(`${s.name} staff`, s.servers)),
      steps: stations.map((s, i) =>
        serviceStep(s.name, `${s.name} staff`, exponential(s.meanService), i + 1 < stations.length ? goTo(stations[i + 1].name) : EXIT),
      ),
      run: { horizon: horizonFor(lambda, 60_000, 2_000), warmup: 2_000 },
    });
    results = replicate(model, 20);
  });

  it("each station waits as an M/M/c at the external rate", () => {
    theory.stations.forEach((s) => {
      checkKpi(results, `step/${s.name}/waitTime.mean`, s.metrics.meanWait, { maxRelativeHalfWidth: 0.05 });
    });
  });

  it("end-to-end cycle time and total wait are the sums over stations", () => {
    checkKpi(results, "overall/cycleTime.mean", theory.meanSojourn, { maxRelativeHalfWidth: 0.03 });
    checkKpi(results, "overall/waitTime.mean", theory.meanWait, { maxRelativeHalfWidth: 0.04 });
  });

  it("utilisation of each pool is λ·E[S]/c", () => {
    theory.stations.forEach((s) => {
      checkKpi(results, `pool/${s.name} staff/utilisation`, s.metrics.utilisation, { maxRelativeHalfWidth: 0.01 });
    });
  });
});

describe("M/M/1 with 20% Bernoulli rework at λ = 0.6, E[S] = 1", () => {
  const lambda = 0.6;
  const rework = 0.2;
  const theory = mm1Feedback(lambda, 1, rework);
  const station = theory.stations[0];
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      name: "rework",
      arrivals: [stationSource({ arrivalRate: lambda }, "review")],
      resources: [pool("analysts", 1)],
      steps: [serviceStep("review", "analysts", exponential(1), branch([{ to: "review", p: rework }, { to: "exit", p: 1 - rework }]))],
      run: { horizon: horizonFor(lambda, 50_000, 2_000), warmup: 2_000 },
    });
    results = replicate(model, 20);
  });

  it("each visit waits as an M/M/1 at λ/(1 − p)", () => {
    checkKpi(results, "step/review/waitTime.mean", station.metrics.meanWait, { maxRelativeHalfWidth: 0.04 });
  });

  it("a case makes 1/(1 − p) visits and spends Σ visits × sojourn in the process", () => {
    const visitsPerCase = results.map((r) => (r.kpis["step/review/visits"] ?? NaN) / (r.kpis["overall/arrivals"] ?? NaN));
    checkKpi(results, "overall/cycleTime.mean", theory.meanSojourn, { maxRelativeHalfWidth: 0.04 });
    checkKpi(results, "overall/waitTime.mean", theory.meanWait, { maxRelativeHalfWidth: 0.04 });
    expectVisits(visitsPerCase, station.visits);
  });

  it("utilisation is λ·E[S]/(1 − p)", () => {
    checkKpi(results, "pool/analysts/utilisation", station.metrics.utilisation, { maxRelativeHalfWidth: 0.01 });
  });
});

function expectVisits(visitsPerCase: number[], theory: number): void {
  expectTheoryWithin("step/review/visits ÷ overall/arrivals", tInterval(visitsPerCase), theory, { maxRelativeHalfWidth: 0.01 });
}

describe("loan factory with loops back to review and to intake (general Jackson network)", () => {
  const lambda = 0.5;
  const stations = [
    { name: "intake", servers: 3, meanService: 4 },
    { name: "review", servers: 5, meanService: 5 },
    { name: "approval", servers: 2, meanService: 2.5 },
  ];
  // review → review 0.2, → intake 0.1, → approval 0.7; approval → review 0.1, else exit.
  const routing = [[0, 1, 0], [0.1, 0.2, 0.7], [0, 0.1, 0]];
  const theory = jacksonNetwork(lambda, [1, 0, 0], routing, stations);
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      name: "loan factory",
      arrivals: [stationSource({ arrivalRate: lambda }, "intake")],
      resources: stations.map((s) => pool(`${s.name} staff`, s.servers)),
      steps: [
        serviceStep("intake", "intake staff", exponential(4), goTo("review")),
        serviceStep("review", "review staff", exponential(5),
          branch([{ to: "review", p: 0.2 }, { to: "intake", p: 0.1 }, { to: "approval", p: 0.7 }])),
        serviceStep("approval", "approval staff", exponential(2.5), branch([{ to: "review", p: 0.1 }, { to: "exit", p: 0.9 }])),
      ],
      run: { horizon: horizonFor(lambda, 40_000, 3_000), warmup: 3_000 },
    });
    results = replicate(model, 20);
  });

  it("visits per case solve the traffic equations", () => {
    theory.stations.forEach((s) => {
      const perCase = results.map((r) => (r.kpis[`step/${s.name}/visits`] ?? NaN) / (r.kpis["overall/arrivals"] ?? NaN));
      expectTheoryWithin(`step/${s.name}/visits ÷ overall/arrivals`, tInterval(perCase), s.visits, { maxRelativeHalfWidth: 0.01 });
    });
  });

  it("each station waits as an M/M/c at its total flow", () => {
    theory.stations.forEach((s) => {
      checkKpi(results, `step/${s.name}/waitTime.mean`, s.metrics.meanWait, { maxRelativeHalfWidth: 0.05 });
      checkKpi(results, `pool/${s.name} staff/utilisation`, s.metrics.utilisation, { maxRelativeHalfWidth: 0.01 });
    });
  });

  it("a case spends Σ visits × sojourn in the process", () => {
    checkKpi(results, "overall/cycleTime.mean", theory.meanSojourn, { maxRelativeHalfWidth: 0.03 });
  });
});
