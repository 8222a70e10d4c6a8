/**
 * Warm-up estimation on M/M/1 at ρ = 0.95 (mean wait in queue ρ/(μ − λ) = 19 min with a
 * teller of mean 1 min), started empty.
 *
 * Run for 4 hours the queue has not reached its long-run level (relaxation time about
 * 1/(μ(1 − √ρ)²) ≈ 26 h): the mean wait is far below 19 and the run must be warned about.
 * Run for 60 days with a 5-day warm-up it is adequate: MSER-5 finds a truncation point
 * before the declared warm-up, no warning is given, and the mean wait agrees with theory.
 */
import { describe, expect, it } from "vitest";
import type { Model } from "../../src/model/compile/model.js";
import { simulateSync } from "../../src/experiment/simulate.js";
import { STATION } from "../support/theory/station-models.js";
import { buildModel, exponential, pool, poissonSource, serviceStep } from "../support/theory/model-builder.js";
import { checkKpi } from "../support/theory/replications.js";

function mm1(horizon: number, warmup: number, replications: number): Model {
  return buildModel({
    name: "M/M/1 at 0.95",
    arrivals: [poissonSource(STATION.source, 0.95, STATION.step)],
    resources: [pool(STATION.pool, 1)],
    steps: [serviceStep(STATION.step, STATION.pool, exponential(1))],
    run: { horizon, warmup, replications, seed: 9, study: "steadyState" },
  });
}

const WAIT = `step/${STATION.step}/waitTime.mean`;

describe("warm-up of M/M/1 at ρ = 0.95", () => {
  it("warns, with numbers, when a 4-hour run is far too short", () => {
    const result = simulateSync(mm1(240, 0, 10));
    const wait = result.kpis.find((k) => k.key === WAIT)?.mean as number;
    console.log(`4 h: mean wait ${wait}; ${result.warnings.join(" ")}`);
    expect(wait).toBeLessThan(19 / 2);
    expect(result.warmup?.estimatedMinutes).toBeNull();
    expect(result.warnings.some((w) => w.startsWith("The run is too short for a steady state: over a run of 240 min"))).toBe(true);
  });

  it("warns when the declared warm-up is shorter than the estimate", () => {
    const result = simulateSync(mm1(20 * 1440, 0, 10));
    const estimated = result.warmup?.estimatedMinutes as number;
    console.log(`20 days: estimated ${estimated} min; ${result.warnings.join(" ")}`);
    expect(estimated).toBeGreaterThan(0);
    expect(result.warnings.some((w) => w.startsWith("The declared warm-up of 0 min is shorter than the"))).toBe(true);
  });

  it("gives no warning for an adequate run, whose mean wait agrees with theory", () => {
    const result = simulateSync(mm1(60 * 1440, 5 * 1440, 10));
    console.log(`declared ${result.warmup?.declaredMinutes} min, estimated ${result.warmup?.estimatedMinutes} min`);
    expect(result.warmup?.estimatedMinutes).not.toBeNull();
    expect(result.warmup?.estimatedMinutes).toBeLessThanOrEqual(5 * 1440);
    expect(result.warnings).toEqual([]);
    checkKpi(result.repResults, WAIT, 19, { maxRelativeHalfWidth: 0.15 });
  });
});
