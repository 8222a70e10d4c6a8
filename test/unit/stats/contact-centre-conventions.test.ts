/**
 * Service-level conventions of contact centres on a scripted hour: the same calls give four
 * different, named shares depending on how callers who hang up are counted.
 *
 * Target "answered within 1 minute" at the agents step. Calls: A answered after 0.5 min (met),
 * B answered after 3 min (missed), C hangs up after 0.5 min (within the threshold), D hangs up
 * after 2 min (after it). Served 2, met 1, abandoned 2, of which 1 within the threshold.
 */
import { describe, expect, it } from "vitest";
import { createCollector } from "../../../src/stats/collectors.js";
import type { CollectorLayout } from "../../../src/stats/observer.js";

const LAYOUT: CollectorLayout = {
  warmup: 0,
  classes: ["call"],
  steps: ["agents"],
  pools: [],
  serviceLevels: [
    { name: "answered within 1 min", cls: -1, step: 0, maxWait: 1, target: 0.8 },
    { name: "waited within 1 min in total", cls: -1, step: -1, maxWait: 1, target: 0.8 },
  ],
  timeOfDayBinMinutes: 60,
  fixedCostPerDay: 0,
};

function scriptedHour() {
  const c = createCollector(LAYOUT);
  c.onArrival(1, 0, 0);
  c.onStart(1.5, 0, 0, 0, 0.5);
  c.onArrival(2, 1, 0);
  c.onArrival(3, 2, 0);
  c.onAbandon(3.5, 2, 0, 0, 0.5);
  c.onArrival(4, 3, 0);
  c.onStart(5, 1, 0, 0, 3);
  c.onAbandon(6, 3, 0, 0, 2);
  c.onFinish(6, 0, 0, 0, 4.5);
  c.onComplete(6, 0, 0, 5, 0.5);
  c.onFinish(9, 1, 0, 0, 4);
  c.onComplete(9, 1, 0, 7, 3);
  c.onEnd(60);
  return c.result(0, 12, 60).kpis;
}

describe("contact-centre conventions", () => {
  const k = scriptedHour();

  it.each(["answered within 1 min", "waited within 1 min in total"])("counts the four service-level shares of %s", (name) => {
    expect(k[`serviceLevel/${name}/achieved`]).toBe(1 / 4);
    expect(k[`serviceLevel/${name}/achieved.excludingAbandoned`]).toBe(1 / 2);
    expect(k[`serviceLevel/${name}/achieved.excludingShortAbandoned`]).toBe(1 / 3);
    expect(k[`serviceLevel/${name}/withinThreshold.allArrivals`]).toBe(2 / 4);
  });

  it("separates the waits of served and of abandoned callers, and averages them over all arrivals", () => {
    expect(k["overall/waitTime.mean"]).toBe(1.75);
    expect(k["overall/waitTime.abandoned.mean"]).toBe(1.25);
    expect(k["overall/waitTime.allArrivals.mean"]).toBe(1.5);
  });
});
