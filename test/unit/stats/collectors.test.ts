/**
 * The collector on a scripted replication: a two-teller-at-peak branch with walk-in and VIP
 * customers, a warm-up, a capacity change, an abandonment and overtime after shift end.
 * Every KPI is checked against values worked out by hand in the comments.
 */
import { histogramBinLower } from "../../../src/stats/log-histogram.js";
import { describe, expect, it } from "vitest";
import { createCollector } from "../../../src/stats/collectors.js";
import { kpiDefsFor } from "../../../src/stats/kpi-defs.js";
import type { CollectorLayout } from "../../../src/stats/observer.js";
import type { RepResult } from "../../../src/stats/result-types.js";

const LAYOUT: CollectorLayout = {
  warmup: 10,
  classes: ["walk-in", "vip"],
  steps: ["counter", "back office"],
  pools: [{ name: "tellers", costPerHour: 60 }],
  serviceLevels: [
    { name: "counter 5 min", cls: -1, step: 0, maxWait: 5, target: 0.8 },
    { name: "walk-in total 5 min", cls: 0, step: -1, maxWait: 5, target: 0.5 },
  ],
  timeOfDayBinMinutes: 30,
  fixedCostPerDay: 144,
  stepPools: [[0], []],
};

/**
 * A (slot 0, walk-in) arrives 0, counter 0-8, back office 8-12, done (cycle 12, waited 0).
 * B (slot 1, vip) arrives 5, waits 3, counter 8-45, done (cycle 40, waited 3).
 * C (slot 0, walk-in) arrives 15, waits 5, counter 20-50, back office 50-62 (cycle 47, waited 5).
 * D (slot 2, walk-in) arrives 25, gives up at the counter at 33 after 8 minutes.
 * Tellers: capacity 1, 2 from 20, 1 from 40 (while 2 are busy); the run ends at 70.
 */
function scriptedRun(): RepResult {
  const c = createCollector(LAYOUT);
  c.onPoolLevel(0, 0, 0, 1);
  c.onArrival(0, 0, 0);
  c.onStart(0, 0, 0, 0, 0);
  c.onPoolLevel(0, 0, 1, 1);
  c.onArrival(5, 1, 1);
  c.onEnqueue(5, 1, 1, 0);
  c.onQueueLength(5, 0, 1);
  c.onFinish(8, 0, 0, 0, 8);
  c.onPoolLevel(8, 0, 0, 1);
  c.onStart(8, 0, 0, 1, 0);
  c.onQueueLength(8, 0, 0);
  c.onStart(8, 1, 1, 0, 3);
  c.onPoolLevel(8, 0, 1, 1);
  c.onFinish(12, 0, 0, 1, 4);
  c.onComplete(12, 0, 0, 12, 0);
  c.onArrival(15, 0, 0);
  c.onEnqueue(15, 0, 0, 0);
  c.onQueueLength(15, 0, 1);
  c.onPoolLevel(20, 0, 1, 2);
  c.onQueueLength(20, 0, 0);
  c.onStart(20, 0, 0, 0, 5);
  c.onPoolLevel(20, 0, 2, 2);
  c.onArrival(25, 2, 0);
  c.onEnqueue(25, 2, 0, 0);
  c.onQueueLength(25, 0, 1);
  c.onQueueLength(33, 0, 0);
  c.onAbandon(33, 2, 0, 0, 8);
  c.onPoolLevel(40, 0, 2, 1);
  c.onFinish(45, 1, 1, 0, 37);
  c.onPoolLevel(45, 0, 1, 1);
  c.onComplete(45, 1, 1, 40, 3);
  c.onFinish(50, 0, 0, 0, 30);
  c.onPoolLevel(50, 0, 0, 1);
  c.onStart(50, 0, 0, 1, 0);
  c.onFinish(62, 0, 0, 1, 12);
  c.onComplete(62, 0, 0, 47, 5);
  c.onEnd(70);
  return c.result(3, 123, 70);
}

/** Histogram quantiles are bin values: within 0.5% of the exact observation. */
function expectNear(actual: number | null, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(0.005 * expected);
}

describe("createCollector on a scripted replication (window 10-70 = 1 hour)", () => {
  const rep = scriptedRun();
  const k = rep.kpis;

  it("reports every KPI of kpiDefsFor(layout), in that order, and the run identity", () => {
    expect(Object.keys(k)).toEqual(kpiDefsFor(LAYOUT).map((d) => d.key));
    expect(rep.replication).toBe(3);
    expect(rep.events).toBe(123);
    expect(rep.endTime).toBe(70);
  });

  it("counts arrivals from warm-up, completions and abandonments by end time", () => {
    // A and B arrived before warm-up; C and D (walk-ins) after it.
    expect([k["overall/arrivals"], k["class/walk-in/arrivals"], k["class/vip/arrivals"]]).toEqual([2, 2, 0]);
    expect([k["overall/completions"], k["class/walk-in/completions"], k["class/vip/completions"]]).toEqual([3, 2, 1]);
    expect([k["overall/abandonments"], k["class/walk-in/abandonments"], k["class/vip/abandonments"]]).toEqual([1, 1, 0]);
    expect([k["overall/throughput"], k["class/walk-in/throughput"], k["class/vip/throughput"]]).toEqual([3, 2, 1]);
    expect(k["overall/abandonment.share"]).toBe(0.25);
    expect(k["class/walk-in/abandonment.share"]).toBe(1 / 3);
    expect(k["class/vip/abandonment.share"]).toBe(0);
  });

  it("measures total waits and cycle times of completed cases", () => {
    // Waits 0, 3, 5; cycles 12, 40, 47.
    expect(k["overall/waitTime.mean"]).toBeCloseTo(8 / 3, 14);
    expect(k["overall/waitTime.max"]).toBe(5);
    expect(k["overall/waitTime.shareWaiting"]).toBe(2 / 3);
    expect(k["overall/waitTime.p50"]).not.toBe(0);
    expectNear(k["overall/waitTime.p50"], 3);
    expectNear(k["overall/waitTime.p90"], 5);
    expectNear(k["overall/waitTime.p95"], 5);
    expect(k["overall/cycleTime.mean"]).toBe(33);
    expect(k["overall/cycleTime.max"]).toBe(47);
    expectNear(k["overall/cycleTime.p50"], 40);
    expectNear(k["overall/cycleTime.p90"], 47);
    expect([k["class/walk-in/waitTime.mean"], k["class/walk-in/waitTime.shareWaiting"], k["class/walk-in/cycleTime.mean"]]).toEqual([2.5, 0.5, 29.5]);
    expect(k["class/walk-in/waitTime.p50"]).toBe(0);
    expect([k["class/vip/waitTime.mean"], k["class/vip/waitTime.max"], k["class/vip/cycleTime.mean"]]).toEqual([3, 3, 40]);
  });

  it("time-averages cases in process over the window", () => {
    // In process within 10-70: A 2, B 35, C 47, D 8 minutes = 92 case-minutes.
    expect(k["overall/wip.mean"]).toBeCloseTo(92 / 60, 14);
    expect(k["class/walk-in/wip.mean"]).toBeCloseTo(57 / 60, 14);
    expect(k["class/vip/wip.mean"]).toBeCloseTo(35 / 60, 14);
  });

  it("measures steps: waits by start, handling by finish, queues, visits and time share", () => {
    expect(k["step/counter/waitTime.mean"]).toBe(5); // only C started after warm-up
    expect(k["step/counter/serviceTime.mean"]).toBe(33.5); // B 37, C 30
    expect(k["step/counter/queue.mean"]).toBeCloseTo(13 / 60, 14); // 15-20 and 25-33
    expect(k["step/counter/queue.max"]).toBe(1);
    expect(k["step/counter/visits"]).toBe(1);
    expect(k["step/back office/waitTime.mean"]).toBe(0);
    expect(k["step/back office/serviceTime.mean"]).toBe(8); // A 4, C 12
    expect(k["step/back office/queue.mean"]).toBe(0);
    expect(k["step/back office/queue.max"]).toBe(0);
    expect(k["step/back office/visits"]).toBe(1);
    // Counter: 13 waiting + 65 in service; back office: 14 in service; of 92 case-minutes.
    expect(k["step/counter/cycleTime.share"]).toBeCloseTo(78 / 92, 14);
    expect(k["step/back office/cycleTime.share"]).toBeCloseTo(14 / 92, 14);
  });

  it("measures the pool with a capacity change and overtime after the shift", () => {
    // Busy 65, rostered 80, available max(rostered, busy) 85 unit-minutes.
    expect(k["pool/tellers/utilisation"]).toBeCloseTo(65 / 85, 14);
    expect(k["pool/tellers/occupancy"]).toBeCloseTo(65 / 80, 14);
    expect(k["pool/tellers/busy.mean"]).toBeCloseTo(65 / 60, 14);
    expect(k["pool/tellers/capacity.mean"]).toBeCloseTo(80 / 60, 14);
    expect(k["pool/tellers/staffHours"]).toBeCloseTo(80 / 60, 14);
    // A, B and C completed in the window, all served at the counter by tellers: 3 / (80/60).
    expect(k["pool/tellers/output.perStaffHour"]).toBeCloseTo(2.25, 14);
    expect(k["pool/tellers/cost.busy"]).toBeCloseTo(65, 12);
    expect(k["pool/tellers/cost.idle"]).toBeCloseTo(20, 12);
    expect(k["pool/tellers/cost.total"]).toBeCloseTo(85, 12);
  });

  it("adds fixed cost per observed day to staff cost", () => {
    expect(k["overall/cost.busy"]).toBeCloseTo(65, 12);
    expect(k["overall/cost.idle"]).toBeCloseTo(20, 12);
    expect(k["overall/cost.fixed"]).toBeCloseTo(6, 12); // 144 per day × 1/24 day
    expect(k["overall/cost.total"]).toBeCloseTo(91, 12);
    expect(k["overall/cost.perCase"]).toBeCloseTo(91 / 3, 12);
  });

  it("scores service levels, counting the abandonment as a miss", () => {
    // Counter: C waited 5 (met), D gave up (missed); B started before warm-up.
    expect(k["serviceLevel/counter 5 min/achieved"]).toBe(0.5);
    expect(k["serviceLevel/counter 5 min/met"]).toBe(0);
    // Walk-in total wait: A 0 and C 5 met, D missed.
    expect(k["serviceLevel/walk-in total 5 min/achieved"]).toBe(2 / 3);
    expect(k["serviceLevel/walk-in total 5 min/met"]).toBe(1);
  });

  it("keeps histograms of waits (with exact zeros) and cycle times", () => {
    expect(Object.keys(rep.histograms)).toEqual([
      "overall/waitTime",
      "overall/cycleTime",
      "class/walk-in/waitTime",
      "class/walk-in/cycleTime",
      "class/vip/waitTime",
      "class/vip/cycleTime",
      "serviceLevel/counter 5 min/measure",
      "serviceLevel/walk-in total 5 min/measure",
    ]);
    // Each target's histogram holds what it measured: its share within 5 min (by bin, 1% wide) is the share achieved.
    for (const sl of ["counter 5 min", "walk-in total 5 min"]) {
      const histogram = rep.histograms[`serviceLevel/${sl}/measure`];
      const within = histogram.zeros + histogram.bins.filter(([k]) => histogramBinLower(k) <= 5).reduce((sum, [, n]) => sum + n, 0);
      expect(histogram.total).toBeGreaterThan(0);
      expect(within / histogram.total).toBe(rep.kpis[`serviceLevel/${sl}/achieved`]);
    }
    expect(rep.histograms["overall/waitTime"].zeros).toBe(1);
    expect(rep.histograms["overall/waitTime"].total).toBe(3);
    expect(rep.histograms["overall/waitTime"].bins.length).toBe(2);
    expect(rep.histograms["class/vip/cycleTime"].total).toBe(1);
  });

  it("splits the series into 30-minute bins of the observed window", () => {
    const series = Object.fromEntries(rep.timeOfDay.map((s) => [s.key, s.values]));
    expect(rep.timeOfDayBinMinutes).toBe(30);
    expect(Object.keys(series)).toEqual([
      "overall/arrivals.perHour",
      "overall/waitTime.mean",
      "serviceLevel/counter 5 min/achieved",
      "serviceLevel/walk-in total 5 min/achieved",
      "overall/wip.mean",
      "step/counter/queue.mean",
      "step/back office/queue.mean",
      "pool/tellers/busy.mean",
      "pool/tellers/capacity.mean",
    ]);
    for (const values of Object.values(series)) {
      expect(values).toHaveLength(48);
      expect(values.slice(3).every((v) => v === null)).toBe(true);
    }
    // Bin 0 is observed 10-30 (20 min), bin 1 30-60, bin 2 60-70.
    expect(series["overall/arrivals.perHour"].slice(0, 3)).toEqual([6, 0, 0]);
    expect(series["overall/waitTime.mean"].slice(0, 3)).toEqual([5, 0, null]);
    expect(series["serviceLevel/counter 5 min/achieved"].slice(0, 3)).toEqual([0.5, null, null]);
    // Every service level by arrival slot: walk-ins A and C met 5 min in total, D gave up (all arrived in slot 0).
    expect(series["serviceLevel/walk-in total 5 min/achieved"].slice(0, 3)).toEqual([2 / 3, null, null]);
    expectAllClose(series["overall/wip.mean"].slice(0, 3), [42 / 20, 48 / 30, 2 / 10]);
    expectAllClose(series["step/counter/queue.mean"].slice(0, 3), [10 / 20, 3 / 30, 0]);
    expectAllClose(series["pool/tellers/busy.mean"].slice(0, 3), [30 / 20, 35 / 30, 0]);
    expectAllClose(series["pool/tellers/capacity.mean"].slice(0, 3), [30 / 20, 40 / 30, 1]);
  });
});

function expectAllClose(actual: readonly (number | null)[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 14));
}

describe("createCollector edge cases", () => {
  const empty: CollectorLayout = { ...LAYOUT, warmup: 0 };

  it("reports null, never NaN, when nothing completed, and flushes without onEnd", () => {
    const c = createCollector(empty);
    c.onPoolLevel(0, 0, 0, 2);
    c.onArrival(1, 0, 0);
    const rep = c.result(0, 1, 60);
    const json = JSON.stringify(rep);
    expect(json).not.toMatch(/NaN|Infinity/);
    expect(rep.kpis["overall/waitTime.mean"]).toBeNull();
    expect(rep.kpis["overall/cycleTime.p50"]).toBeNull();
    expect(rep.kpis["overall/cost.perCase"]).toBeNull();
    expect(rep.kpis["serviceLevel/counter 5 min/achieved"]).toBeNull();
    expect(rep.kpis["overall/completions"]).toBe(0);
    expect(rep.kpis["overall/wip.mean"]).toBeCloseTo(59 / 60, 14);
    expect(rep.kpis["pool/tellers/utilisation"]).toBe(0);
    expect(Object.is(rep.kpis["pool/tellers/cost.busy"], 0)).toBe(true);
  });

  it("reports null for window-based KPIs when the run ends before warm-up", () => {
    const c = createCollector({ ...LAYOUT, warmup: 100 });
    c.onPoolLevel(0, 0, 1, 1);
    c.onArrival(1, 0, 0);
    const rep = c.result(0, 1, 50);
    expect(rep.kpis["overall/throughput"]).toBeNull();
    expect(rep.kpis["overall/wip.mean"]).toBeNull();
    expect(rep.kpis["pool/tellers/utilisation"]).toBeNull();
    expect(rep.kpis["step/counter/queue.max"]).toBeNull();
    expect(rep.kpis["overall/arrivals"]).toBe(0);
  });

  it("never reports minus zero", () => {
    const c = createCollector(empty);
    c.onPoolLevel(0, 0, 0, 1);
    c.onArrival(0, 0, 0);
    c.onStart(0, 0, 0, 0, -0);
    c.onFinish(0, 0, 0, 0, -0);
    c.onComplete(0, 0, 0, -0, -0);
    const rep = c.result(0, 4, 60);
    const values = [...Object.values(rep.kpis), ...rep.timeOfDay.flatMap((s) => s.values)];
    expect(values.some((v) => Object.is(v, -0))).toBe(false);
    expect(rep.kpis["overall/waitTime.max"]).toBe(0);
  });

  it("gives byte-identical results for the same calls", () => {
    expect(JSON.stringify(scriptedRun())).toBe(JSON.stringify(scriptedRun()));
  });

  it("keeps percentiles inside the observed range (a constant time has exact percentiles)", () => {
    const c = createCollector(empty);
    for (let i = 0; i < 10; i++) {
      c.onArrival(i, i, 0);
      c.onComplete(i + 4.2, i, 0, 4.2, 0.7);
    }
    const rep = c.result(0, 20, 60);
    for (const p of ["p50", "p90", "p95"]) {
      expect(rep.kpis[`overall/cycleTime.${p}`]).toBe(4.2);
      expect(rep.kpis[`overall/waitTime.${p}`]).toBe(0.7);
    }
  });

  it("gives bit-identical rostered hours for the same roster, whatever the busy pattern", () => {
    const run = (busyTimes: number[]) => {
      const c = createCollector(empty);
      c.onPoolLevel(0, 0, 0, 3);
      busyTimes.forEach((t, i) => c.onPoolLevel(t, 0, i % 3, 3));
      c.onPoolLevel(47.3, 0, 0, 2);
      return c.result(0, 0, 100).kpis;
    };
    const a = run([0.1, 0.37, 1.9, 3.3, 7.77, 12.01, 33.3]);
    const b = run([0.2, 0.3, 2.9, 5.55, 9.1, 29.99, 40.4, 44.1]);
    expect(a["pool/tellers/staffHours"]).toBe(b["pool/tellers/staffHours"]);
    expect(a["pool/tellers/capacity.mean"]).toBe(b["pool/tellers/capacity.mean"]);
  });

  it("keeps arrival times of case slots far beyond the initial size", () => {
    const c = createCollector(empty);
    c.onArrival(0, 5000, 0);
    c.onAbandon(1, 5000, 0, 0, 1);
    const rep = c.result(0, 2, 60);
    expect(rep.timeOfDay.find((s) => s.key === "serviceLevel/counter 5 min/achieved")?.values[0]).toBe(0);
  });
});
