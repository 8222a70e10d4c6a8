/**
 * The time-of-day "mean wait of cases starting service" counts starts at queueing steps only:
 * a customer who spends 2 minutes at a self-service kiosk (a pure delay, no staff) never
 * waits there, and counting those zero waits would halve the counter's hourly mean wait.
 */
import { describe, expect, it } from "vitest";
import { createCollector } from "../../../src/stats/collectors.js";
import type { CollectorLayout } from "../../../src/stats/observer.js";
import { compileModel } from "../../../src/model/compile/compile.js";
import { collectorLayoutOf } from "../../../src/experiment/collector-layout.js";
import { buildModel, exponential, goTo, pool, poissonSource, serviceStep } from "../../support/theory/model-builder.js";

const BASE: CollectorLayout = {
  warmup: 0,
  classes: ["walk-in"],
  steps: ["kiosk", "counter"],
  pools: [{ name: "tellers", costPerHour: 0 }],
  serviceLevels: [],
  timeOfDayBinMinutes: 60,
  fixedCostPerDay: 0,
};

/** Two customers: each starts at the kiosk at once, then at the counter after waiting 4 and 8 minutes. */
function meanWaitSeries(layout: CollectorLayout): readonly (number | null)[] {
  const c = createCollector(layout);
  c.onPoolLevel(0, 0, 0, 1);
  c.onArrival(1, 0, 0);
  c.onStart(1, 0, 0, 0, 0);
  c.onArrival(2, 1, 0);
  c.onStart(2, 1, 0, 0, 0);
  c.onStart(10, 0, 0, 1, 4);
  c.onStart(20, 1, 0, 1, 8);
  c.onEnd(30);
  const series = c.result(0, 0, 30).timeOfDay.find((s) => s.key === "overall/waitTime.mean");
  return series?.values ?? [];
}

describe("time-of-day mean wait at service start", () => {
  it("counts only starts at queueing steps when the layout says which they are", () => {
    expect(meanWaitSeries({ ...BASE, queueingSteps: [false, true] })[0]).toBe(6);
  });

  it("counts every start when the layout does not say (the earlier behaviour)", () => {
    expect(meanWaitSeries(BASE)[0]).toBe(3);
  });

  it("is null in an hour in which only pure delays started", () => {
    const c = createCollector({ ...BASE, queueingSteps: [false, true] });
    c.onPoolLevel(0, 0, 0, 1);
    c.onArrival(1, 0, 0);
    c.onStart(1, 0, 0, 0, 0);
    c.onEnd(30);
    const series = c.result(0, 0, 30).timeOfDay.find((s) => s.key === "overall/waitTime.mean");
    expect(series?.values[0]).toBeNull();
  });

  it("collectorLayoutOf marks steps with resource needs as queueing", () => {
    const model = buildModel({
      arrivals: [poissonSource("walk-ins", 1, "kiosk")],
      resources: [pool("tellers", 2)],
      steps: [serviceStep("kiosk", null, exponential(2), goTo("counter")), serviceStep("counter", "tellers", exponential(1))],
      run: { maxArrivals: 10 },
    });
    const layout = collectorLayoutOf(compileModel(model));
    expect(layout.steps).toEqual(["kiosk", "counter"]);
    expect(layout.queueingSteps).toEqual([false, true]);
  });
});
