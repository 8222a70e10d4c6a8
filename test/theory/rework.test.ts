/**
 * Errors and rework against theory: first-pass yield as the product of the steps' success
 * rates; visits, rework loops, first-pass yield and escaped errors under partial detection
 * against the exact Markov chain over (step, pending errors); and a back office whose review
 * sends 20% of files back to data entry against the Jackson network with feedback.
 */
import { beforeAll, describe, it } from "vitest";
import type { Step, StepDetects, StepErrors } from "../../src/model/compile/model.js";
import type { RepResult } from "../../src/stats/result-types.js";
import { checkKpi, expectTheoryWithin, kpiValues, replicate } from "../support/theory/replications.js";
import { tInterval } from "../support/theory/t-interval.js";
import { horizonFor, stationSource } from "../support/theory/station-models.js";
import { jacksonNetwork } from "../support/theory/jackson.js";
import { reworkChain } from "../support/theory/rework-chain.js";
import { EXIT, buildModel, exponential, goTo, pool, serviceStep } from "../support/theory/model-builder.js";

const errors = (rate: number, to: string): StepErrors => ({ rate, to, path: [] });
const detects = (from: string[], p: number): StepDetects => ({ from, p, path: [] });
const delay = (name: string, next: Step["next"], quality: Partial<Pick<Step, "errors" | "detects">> = {}): Step =>
  ({ ...serviceStep(name, null, exponential(1), next), ...quality });

/** Step visits per arrival in each replication (a terminating run: every arrival completes). */
const perArrival = (results: readonly RepResult[], key: string): number[] =>
  kpiValues(results, key).map((v, i) => v / (results[i].kpis["overall/arrivals"] ?? NaN));

describe("three steps that err, one final check that finds everything", () => {
  const rates = { scan: 0.1, "key in": 0.2, "match": 0.05 };
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      arrivals: [stationSource({ arrivalRate: 1 }, "scan")],
      steps: [
        delay("scan", goTo("key in"), { errors: errors(rates.scan, "fix") }),
        delay("key in", goTo("match"), { errors: errors(rates["key in"], "fix") }),
        delay("match", goTo("check"), { errors: errors(rates.match, "fix") }),
        delay("check", EXIT, { detects: detects(["scan", "key in", "match"], 1) }),
        delay("fix", goTo("check")),
      ],
      run: { horizon: horizonFor(1, 20_000, 0), study: "terminating" },
    });
    results = replicate(model, 20);
  });

  it("first-pass yield is the product of the steps' success rates", () => {
    const product = Object.values(rates).reduce((p, r) => p * (1 - r), 1);
    checkKpi(results, "overall/firstPassYield", product, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, "overall/rework.rate", 1 - product, { maxRelativeHalfWidth: 0.02 });
  });

  it("each step's first-pass yield and error rate are its declared rate", () => {
    for (const [name, rate] of Object.entries(rates)) {
      checkKpi(results, `step/${name}/firstPassYield`, 1 - rate, { maxRelativeHalfWidth: 0.01 });
      checkKpi(results, `step/${name}/errors.rate`, rate, { maxRelativeHalfWidth: 0.05 });
    }
  });
});

describe("partial detection: entry errs 30% and redoes, check 1 finds 50%, check 2 finds 80%", () => {
  const model = buildModel({
    arrivals: [stationSource({ arrivalRate: 1 }, "entry")],
    steps: [
      delay("entry", goTo("check 1"), { errors: errors(0.3, "entry") }),
      delay("check 1", goTo("check 2"), { detects: detects(["entry"], 0.5) }),
      delay("check 2", EXIT, { detects: detects(["entry"], 0.8) }),
    ],
    run: { horizon: horizonFor(1, 20_000, 0), study: "terminating" },
  });
  const chain = reworkChain(model);
  let results: RepResult[];
  beforeAll(() => {
    results = replicate(model, 20);
  });

  it("visits per step solve the chain over (step, pending errors)", () => {
    for (const [name, visits] of chain.visits) {
      expectTheoryWithin(`step/${name}/visits ÷ overall/arrivals`, tInterval(perArrival(results, `step/${name}/visits`)), visits, { maxRelativeHalfWidth: 0.01 });
    }
    const total = [...chain.visits.values()].reduce((a, b) => a + b, 0);
    checkKpi(results, "overall/visits.perCase", total, { maxRelativeHalfWidth: 0.01 });
  });

  it("rework loops, first-pass yield and escaped errors match the chain", () => {
    checkKpi(results, "overall/rework.perCase", chain.reworksPerCase, { maxRelativeHalfWidth: 0.03 });
    checkKpi(results, "overall/firstPassYield", chain.firstPassYield, { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, "overall/errors.escaped", chain.escapedShare, { maxRelativeHalfWidth: 0.1 });
  });
});

describe("Jackson network with feedback: review sends data-entry errors (20%) back, λ = 0.2", () => {
  const lambda = 0.2;
  const rate = 0.2;
  const stations = [
    { name: "data entry", servers: 2, meanService: 4 },
    { name: "review", servers: 1, meanService: 3 },
  ];
  const theory = jacksonNetwork(lambda, [1, 0], [[0, 1], [rate, 0]], stations);
  const [entry] = theory.stations;
  let results: RepResult[];
  beforeAll(() => {
    const model = buildModel({
      arrivals: [stationSource({ arrivalRate: lambda }, "data entry")],
      resources: [pool("clerks", 2), pool("analysts", 1)],
      steps: [
        { ...serviceStep("data entry", "clerks", exponential(4), goTo("review")), errors: errors(rate, "data entry") },
        { ...serviceStep("review", "analysts", exponential(3), EXIT), detects: detects(["data entry"], 1) },
      ],
      run: { horizon: horizonFor(lambda, 40_000, 2_000), warmup: 2_000 },
    });
    results = replicate(model, 20);
  });

  it("each station waits as an M/M/c at its total flow, and cycle time is Σ visits × sojourn", () => {
    theory.stations.forEach((s, i) => {
      checkKpi(results, `step/${s.name}/waitTime.mean`, s.metrics.meanWait, { maxRelativeHalfWidth: 0.05 });
      checkKpi(results, `pool/${["clerks", "analysts"][i]}/utilisation`, s.metrics.utilisation, { maxRelativeHalfWidth: 0.01 });
    });
    checkKpi(results, "overall/cycleTime.mean", theory.meanSojourn, { maxRelativeHalfWidth: 0.03 });
  });

  it("visits, loops and first-pass yield follow the feedback probability", () => {
    checkKpi(results, "overall/visits.perCase", 2 / (1 - rate), { maxRelativeHalfWidth: 0.01 });
    checkKpi(results, "overall/rework.perCase", rate / (1 - rate), { maxRelativeHalfWidth: 0.03 });
    checkKpi(results, "overall/firstPassYield", 1 - rate, { maxRelativeHalfWidth: 0.01 });
  });

  it("the share of cycle time in rework is (loops × sojourn at data entry) / cycle time", () => {
    const share = ((rate / (1 - rate)) * entry.metrics.meanSojourn) / theory.meanSojourn;
    checkKpi(results, "overall/rework.timeShare", share, { maxRelativeHalfWidth: 0.05 });
  });
});
