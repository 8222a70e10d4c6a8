/**
 * Batch steps against their hand-computed expectations, with Poisson arrivals of rate λ and
 * no resources (the batch starts the moment it closes):
 * - size N: every batch holds exactly N cases, and the i-th case of a batch waits for the
 *   N − i later ones, so the mean wait for the batch is (N − 1)/(2λ);
 * - a time of day every T minutes: a batch holds the Poisson(λT) arrivals of its interval
 *   (mean λT) and a case waits for the end of its interval, T/2 on average;
 * - maxWait W alone: the first case opens the batch and waits W; the Poisson(λW) cases after
 *   it wait W/2 on average; mean size 1 + λW, mean wait (W + λW²/2)/(1 + λW); a new batch
 *   opens 1/λ after the close on average, so a day has 1440/(W + 1/λ) batches.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { BatchRule, Step } from "../../src/model/compile/model.js";
import type { RepResult } from "../../src/stats/result-types.js";
import { checkKpi, kpiValues, replicate } from "../support/theory/replications.js";
import { buildModel, poissonSource, serviceStep } from "../support/theory/model-builder.js";

const STEP = "file";

/** A batch step without resources that takes no time. */
function batchStep(rule: Partial<BatchRule>): Step {
  const base = serviceStep(STEP, null, { kind: "deterministic", value: 0 });
  return { ...base, kind: "batch", batch: { size: null, at: [], maxWait: null, durationPer: "batch", path: [], ...rule } };
}

function run(rate: number, rule: Partial<BatchRule>, runSettings: { horizon?: number; maxArrivals?: number }): RepResult[] {
  return replicate(buildModel({
    arrivals: [poissonSource("vouchers", rate, STEP)],
    steps: [batchStep(rule)],
    run: { ...runSettings, study: "terminating", seed: 11 },
  }), 20);
}

const key = (metric: string): string => `step/${STEP}/${metric}`;

describe("batch closed at size N = 10, λ = 1/min", () => {
  let results: RepResult[];
  beforeAll(() => {
    results = run(1, { size: 10 }, { maxArrivals: 50_000 });
  });

  it("every batch holds exactly N cases", () => {
    expect(kpiValues(results, key("batch.size.min"))).toEqual(results.map(() => 10));
    expect(kpiValues(results, key("batch.size.max"))).toEqual(results.map(() => 10));
    expect(kpiValues(results, key("batch.count"))).toEqual(results.map(() => 5_000));
    expect(kpiValues(results, key("batch.full.share"))).toEqual(results.map(() => 1));
  });

  it("mean wait for the batch is (N − 1)/(2λ)", () => {
    checkKpi(results, key("batch.formWait.mean"), 9 / 2, { maxRelativeHalfWidth: 0.01 });
    // Nothing else makes a case wait at the step.
    checkKpi(results, key("waitTime.mean"), 9 / 2, { maxRelativeHalfWidth: 0.01 });
  });
});

describe("batch closed every T = 60 min by the clock, λ = 0.5/min", () => {
  let results: RepResult[];
  beforeAll(() => {
    const everyHour = Array.from({ length: 24 }, (_, h) => 60 * h);
    results = run(0.5, { at: everyHour }, { horizon: 20 * 1440 });
  });

  it("mean batch size is λT and every batch closes by the clock", () => {
    checkKpi(results, key("batch.size.mean"), 30, { maxRelativeHalfWidth: 0.01 });
    expect(kpiValues(results, key("batch.atTime.share"))).toEqual(results.map(() => 1));
  });

  it("mean wait for the batch is T/2", () => {
    checkKpi(results, key("batch.formWait.mean"), 30, { maxRelativeHalfWidth: 0.01 });
  });
});

describe("batch closed by maxWait W = 30 min alone, λ = 0.2/min", () => {
  const lambda = 0.2;
  const w = 30;
  let results: RepResult[];
  beforeAll(() => {
    results = run(lambda, { maxWait: w }, { horizon: 40 * 1440 });
  });

  it("mean batch size is 1 + λW", () => {
    checkKpi(results, key("batch.size.mean"), 1 + lambda * w, { maxRelativeHalfWidth: 0.01 });
  });

  it("mean wait for the batch is (W + λW²/2)/(1 + λW)", () => {
    checkKpi(results, key("batch.formWait.mean"), (w + (lambda * w * w) / 2) / (1 + lambda * w), { maxRelativeHalfWidth: 0.01 });
  });

  it("a day has 1440/(W + 1/λ) batches", () => {
    checkKpi(results, key("batch.perDay"), 1440 / (w + 1 / lambda), { maxRelativeHalfWidth: 0.01 });
  });
});
