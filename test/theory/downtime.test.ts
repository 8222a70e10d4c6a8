/**
 * Unplanned downtime against theory: availability is MTBF / (MTBF + MTTR) (an alternating
 * renewal process: failures in any state, up time on clock time); an M/M/1 whose server breaks
 * down in any state (busy or idle) with exponential up and repair times and preemptive resume
 * has the mean number in system and mean time in system of its exact Markov chain.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { ResourcePool } from "../../src/model/compile/model.js";
import type { RepResult } from "../../src/stats/result-types.js";
import { checkKpi, replicate } from "../support/theory/replications.js";
import { horizonFor, stationSource } from "../support/theory/station-models.js";
import { breakdownQueue, breakdownQueueMeanInSystem } from "../support/theory/breakdown-queue.js";
import { EXIT, buildModel, exponential, pool, serviceStep } from "../support/theory/model-builder.js";

describe("M/M/1 with breakdowns in any state, λ = 0.5, E[S] = 1, MTBF 50, MTTR 5, preemptive resume", () => {
  const lambda = 0.5;
  const mtbf = 50;
  const mttr = 5;
  const theory = breakdownQueue(lambda, 1, 1 / mtbf, 1 / mttr);
  let results: RepResult[];
  beforeAll(() => {
    const system: ResourcePool = {
      ...pool("core system", 1),
      downtime: { between: exponential(mtbf), repair: exponential(mttr), outages: null, interrupted: "resume", path: [] },
    };
    const model = buildModel({
      arrivals: [stationSource({ arrivalRate: lambda }, "request")],
      resources: [system],
      steps: [serviceStep("request", "core system", exponential(1), EXIT)],
      run: { horizon: horizonFor(lambda, 40_000, 2_000), warmup: 2_000 },
    });
    results = replicate(model, 20);
  });

  it("the truncated chain holds all but a negligible mass and agrees with the closed form", () => {
    expect(theory.tailMass).toBeLessThan(1e-12);
    expect(theory.meanInSystem).toBeCloseTo(breakdownQueueMeanInSystem(lambda, 1, 1 / mtbf, 1 / mttr), 9);
    expect(theory.availability).toBeCloseTo(mtbf / (mtbf + mttr), 12);
  });

  it("availability is MTBF / (MTBF + MTTR)", () => {
    checkKpi(results, "pool/core system/availability", mtbf / (mtbf + mttr), { maxRelativeHalfWidth: 0.005 });
  });

  it("mean number in system and mean time in system follow the chain", () => {
    checkKpi(results, "overall/wip.mean", theory.meanInSystem, { maxRelativeHalfWidth: 0.05 });
    checkKpi(results, "overall/cycleTime.mean", theory.meanSojourn, { maxRelativeHalfWidth: 0.05 });
  });

  it("utilisation counts the unit held through repairs: λ·E[S]·(1 + MTTR/MTBF)", () => {
    checkKpi(results, "pool/core system/utilisation", lambda * (1 + mttr / mtbf), { maxRelativeHalfWidth: 0.01 });
  });

  it("failures and mean repair time are those declared", () => {
    const window = horizonFor(lambda, 40_000, 2_000) - 2_000;
    checkKpi(results, "pool/core system/failures", window / (mtbf + mttr), { maxRelativeHalfWidth: 0.02 });
    checkKpi(results, "pool/core system/downtime.mean", mttr, { maxRelativeHalfWidth: 0.03 });
  });
});
