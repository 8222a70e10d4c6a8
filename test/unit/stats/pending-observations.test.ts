/**
 * Observations folded in batches: the queue itself, and a collector whose waits, cycle times
 * and handling times must equal, bit for bit, folding each observation at once.
 */
import { describe, expect, it } from "vitest";
import { PENDING_CAPACITY, PendingObservations } from "../../../src/stats/pending-observations.js";
import { createCollector } from "../../../src/stats/collectors.js";
import { kpiKey } from "../../../src/stats/kpis/registry.js";
import { Welford } from "../../../src/stats/welford.js";
import type { CollectorLayout } from "../../../src/stats/observer.js";

const LAYOUT: CollectorLayout = {
  warmup: 30,
  classes: ["walk-in", "vip"],
  steps: ["counter"],
  pools: [{ name: "tellers", costPerHour: 60 }],
  serviceLevels: [],
  timeOfDayBinMinutes: 60,
  fixedCostPerDay: 0,
  stepPools: [[0]],
};

/** Deterministic values with many digits (a linear congruential sequence in (0, 10)). */
function values(n: number): number[] {
  const out: number[] = [];
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push((x / 2147483648) * 10);
  }
  return out;
}

describe("PendingObservations", () => {
  it("keeps observations in order and reports full exactly at capacity", () => {
    const q = new PendingObservations(3);
    expect(q.push(7, 1.5, 2.5)).toBe(false);
    expect(q.push(8, 3.5, 4.5)).toBe(false);
    expect(q.push(9, 5.5, 6.5)).toBe(true);
    expect([...q.keys]).toEqual([7, 8, 9]);
    expect([...q.first]).toEqual([1.5, 3.5, 5.5]);
    expect([...q.second]).toEqual([2.5, 4.5, 6.5]);
    expect(q.count).toBe(3);
  });
});

describe("collector with observations folded in batches", () => {
  it("gives the same means as folding every observation at once", () => {
    const n = 4 * PENDING_CAPACITY + 17;
    const waits = values(n);
    const services = values(n + 3).slice(3);
    const c = createCollector(LAYOUT);
    c.onPoolLevel(0, 0, 0, 1);
    const all = { waits: new Welford(), cycles: new Welford() };
    const vip = { waits: new Welford(), cycles: new Welford() };
    const stepWaits = new Welford();
    const stepServices = new Welford();
    let t = 0;
    for (let i = 0; i < n; i++) {
      const cls = i % 3 === 0 ? 1 : 0;
      const start = t + waits[i];
      c.onArrival(t, 0, cls);
      c.onStart(start, 0, cls, 0, waits[i]);
      c.onPoolLevel(start, 0, 1, 1);
      t = start + services[i];
      c.onFinish(t, 0, cls, 0, services[i]);
      c.onPoolLevel(t, 0, 0, 1);
      c.onComplete(t, 0, cls, waits[i] + services[i], waits[i]);
      if (start >= LAYOUT.warmup) stepWaits.add(waits[i]);
      if (t < LAYOUT.warmup) continue;
      stepServices.add(services[i]);
      for (const g of cls === 1 ? [all, vip] : [all]) {
        g.waits.add(waits[i]);
        g.cycles.add(waits[i] + services[i]);
      }
    }
    const kpis = c.result(0, 6 * n, t).kpis;
    expect(kpis[kpiKey("overall", "", "completions")]).toBe(all.waits.count);
    expect(kpis[kpiKey("overall", "", "waitTime.mean")]).toBe(all.waits.mean);
    expect(kpis[kpiKey("overall", "", "cycleTime.mean")]).toBe(all.cycles.mean);
    expect(kpis[kpiKey("overall", "", "waitTime.max")]).toBe(all.waits.max);
    expect(kpis[kpiKey("class", "vip", "waitTime.mean")]).toBe(vip.waits.mean);
    expect(kpis[kpiKey("class", "vip", "cycleTime.mean")]).toBe(vip.cycles.mean);
    expect(kpis[kpiKey("step", "counter", "waitTime.mean")]).toBe(stepWaits.mean);
    expect(kpis[kpiKey("step", "counter", "serviceTime.mean")]).toBe(stepServices.mean);
  });
});
