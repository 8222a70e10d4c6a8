/**
 * The zero-progress guard: cases that arrive every 0 minutes into 0-minute steps would loop
 * forever at time 0; the run stops with a SimulationError saying the clock makes no progress.
 * The events up to the stop are in order at t = 0 (arrival, then the step's end, case by case).
 */
import { describe, expect, it } from "vitest";
import { SimulationError } from "../../../src/engine/errors.js";
import { fixed, model, source, step, trace } from "./fixtures.js";

const zeroLoop = model({
  arrivals: [source("walk-in", fixed(0), "desk")],
  steps: [step("desk", [], fixed(0))],
  run: { horizon: 60, study: "steadyState" },
});

describe("zero-progress guard", () => {
  it("stops a zero-time loop with a located SimulationError", () => {
    let error: unknown;
    try {
      trace(zeroLoop, { limits: { maxSameTimeEvents: 50 }, replication: 2 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SimulationError);
    expect((error as Error).message).toMatch(/^replication 2, t = 0 min: the clock makes no progress: more than 50 events at the same instant/);
  });

  it("lets a burst of same-time events below the limit through, in order", () => {
    const burst = model({ arrivals: [source("walk-in", fixed(0), "desk")], steps: [step("desk", [], fixed(0))], run: { maxArrivals: 2 } });
    const { trace: t } = trace(burst, { limits: { maxSameTimeEvents: 50 } });
    expect(t.rows).toEqual([
      "0 c0 arrive", "0 c0 start desk", "0 c0 finish desk", "0 c0 complete cycle 0 waited 0",
      "0 c1 arrive", "0 c1 start desk", "0 c1 finish desk", "0 c1 complete cycle 0 waited 0",
    ]);
  });
});
