/** Summaries across replications and paired comparisons, from hand-made replication records. */
import { describe, expect, it } from "vitest";
import { tCritical } from "../../../src/stats/ci.js";
import { compareRuns, summariseRuns, summariseTimeOfDay } from "../../../src/stats/summarise.js";
import { createCollector } from "../../../src/stats/collectors.js";
import { kpiDefsFor } from "../../../src/stats/kpi-defs.js";
import { LogHistogramAccumulator, histogramQuantile } from "../../../src/stats/log-histogram.js";
import type { CollectorLayout } from "../../../src/stats/observer.js";
import type { RepResult } from "../../../src/stats/result-types.js";

const SOURCE = { name: "branch", run: { seed: 42 }, serviceLevels: [{ name: "5 min", maxWait: 5, target: 0.8 }] };

function rep(replication: number, wait: number | null, waits: number[], arrivalsPerHour: (number | null)[]): RepResult {
  const h = new LogHistogramAccumulator();
  for (const w of waits) h.add(w);
  return {
    replication,
    kpis: { "overall/waitTime.mean": wait, "step/counter/queue.mean": wait === null ? null : wait / 2 },
    histograms: { "overall/waitTime": h.toRecord() },
    timeOfDayBinMinutes: 720,
    timeOfDay: [{ key: "overall/arrivals.perHour", label: "Arrivals per hour", unit: "perHour", values: arrivalsPerHour }],
    events: 100 + replication,
    endTime: 480,
  };
}

describe("summariseRuns", () => {
  const reps = [rep(2, 6, [1, 2], [null, 4]), rep(0, 4, [0, 3], [10, 2]), rep(1, null, [], [12, null])];
  const result = summariseRuns(SOURCE, reps);

  it("identifies the run and totals the events", () => {
    expect([result.model, result.seed, result.replications, result.events]).toEqual(["branch", 42, 3, 303]);
    expect(result.serviceLevels).toEqual([
      { name: "5 min", maxWait: 5, target: 0.8, achievedKey: "serviceLevel/5 min/achieved", measureKey: "serviceLevel/5 min/measure", measures: "total waiting" },
    ]);
  });

  it("rebuilds KPI definitions from the keys and summarises non-null values", () => {
    expect(result.kpiDefs.map((d) => d.key)).toEqual(["overall/waitTime.mean", "step/counter/queue.mean"]);
    const wait = result.kpis[0];
    // Values 4 and 6: mean 5, s = √2, half-width t(0.975, 1)·√2/√2.
    expect(wait.key).toBe("overall/waitTime.mean");
    expect(wait.n).toBe(2);
    expect(wait.mean).toBe(5);
    expect(wait.sd).toBeCloseTo(Math.SQRT2, 14);
    expect(wait.halfWidth).toBeCloseTo(12.706205, 5);
    expect(result.kpis[1].mean).toBe(2.5);
  });

  it("pools the distributions of all replications", () => {
    const dist = result.distributions[0];
    expect(dist.key).toBe("overall/waitTime");
    expect(dist.label).toBe("Waiting time (all cases)");
    expect(dist.total).toBe(4);
    expect(dist.zeroShare).toBe(0.25);
    expect(dist.points[0]).toEqual({ x: 0, cdf: 0.25 });
    expect(dist.points[dist.points.length - 1].cdf).toBe(1);
    const pooled = new LogHistogramAccumulator();
    for (const w of [1, 2, 0, 3]) pooled.add(w);
    expect(dist.p50).toBe(histogramQuantile(pooled.toRecord(), 0.5));
    expect(dist.p95).toBe(histogramQuantile(pooled.toRecord(), 0.95));
  });

  it("summarises time-of-day bins across replications, null where no replication has a value", () => {
    const tod = result.timeOfDay[0];
    expect(tod.starts).toEqual([0, 720]);
    expect(tod.mean).toEqual([11, 3]);
    // Bin 0: values 10 and 12, s = √2, n = 2: half-width t(0.975, 1); arrivals per hour are never
    // negative, so the lower end 11 − 12.706205 is cut at 0.
    expect(tod.lo[0]).toBe(0);
    expect(tod.hi[0]).toBeCloseTo(11 + 12.706205, 4);
    const single = summariseRuns(SOURCE, [rep(0, 1, [], [null, 5])]);
    expect(single.timeOfDay[0].mean).toEqual([null, 5]);
    expect(single.timeOfDay[0].lo).toEqual([null, null]);
    expect(single.warnings.join(" ")).toMatch(/Only 1 replication/);
  });

  it("is the same whatever order the replications arrive in", () => {
    const reordered = summariseRuns(SOURCE, [reps[1], reps[2], reps[0]]);
    expect(JSON.stringify(reordered)).toBe(JSON.stringify(result));
  });

  it("uses the layout's definitions when given one", () => {
    const layout: CollectorLayout = {
      warmup: 0,
      classes: ["a"],
      steps: ["counter"],
      pools: [],
      serviceLevels: [],
      timeOfDayBinMinutes: 60,
      fixedCostPerDay: 0,
    };
    const c = createCollector(layout);
    c.onArrival(0, 0, 0);
    c.onStart(0, 0, 0, 0, 0);
    c.onFinish(3, 0, 0, 0, 3);
    c.onComplete(3, 0, 0, 3, 0);
    const run = summariseRuns(SOURCE, [c.result(0, 4, 60)], layout);
    expect(run.kpiDefs).toEqual(kpiDefsFor(layout));
    expect(run.distributions.map((d) => d.key)).toEqual(["overall/waitTime", "overall/cycleTime", "class/a/waitTime", "class/a/cycleTime"]);
    expect(JSON.stringify(run)).not.toMatch(/NaN|Infinity/);
  });

  it("warns when some or all replications completed nothing", () => {
    const withCompletions = (replication: number, completions: number): RepResult => ({
      ...rep(replication, completions > 0 ? 1 : null, [], []),
      kpis: { "overall/completions": completions, "overall/waitTime.mean": completions > 0 ? 1 : null },
    });
    const some = summariseRuns(SOURCE, [withCompletions(0, 3), withCompletions(1, 0), withCompletions(2, 5)]);
    expect(some.warnings).toContain("No case completed after the warm-up in 1 of 3 replications: their waiting and cycle times are left out of the means.");
    const none = summariseRuns(SOURCE, [withCompletions(0, 0), withCompletions(1, 0)]);
    expect(none.warnings).toContain("No case completed after the warm-up in any replication: waiting and cycle times are undefined.");
    expect(summariseRuns(SOURCE, [withCompletions(0, 2), withCompletions(1, 4)]).warnings).toEqual([]);
  });

  it("warns when replications ended before the warm-up was over", () => {
    const layout: CollectorLayout = { warmup: 600, classes: [], steps: [], pools: [], serviceLevels: [], timeOfDayBinMinutes: 60, fixedCostPerDay: 0 };
    const run = summariseRuns(SOURCE, [createCollector(layout).result(0, 0, 480), createCollector(layout).result(1, 0, 720)], layout);
    expect(run.warnings).toContain("1 of 2 replications ended before the warm-up of 600 min was over: nothing was observed in them.");
  });
});

describe("compareRuns", () => {
  const currentReps = [rep(0, 10, [], []), rep(1, 12, [], []), rep(2, 11, [], []), rep(3, 13, [], []), rep(4, 14, [], [])];
  const proposedReps = [rep(0, 8, [], []), rep(1, 11, [], []), rep(2, 9, [], []), rep(3, 12, [], []), rep(4, 11, [], [])];
  const current = { result: summariseRuns(SOURCE, currentReps), reps: currentReps };

  it("pairs replications by index and reports the paired interval, relative change and Welch width", () => {
    const proposed = { result: summariseRuns(SOURCE, [...proposedReps].reverse()), reps: [...proposedReps].reverse() };
    const [wait] = compareRuns(current, proposed);
    // Differences −2, −1, −2, −1, −3: mean −1.8, s² = 0.7.
    expect(wait.key).toBe("overall/waitTime.mean");
    expect(wait.diff.n).toBe(5);
    expect(wait.diff.mean).toBeCloseTo(-1.8, 14);
    expect(wait.diff.halfWidth).toBeCloseTo(2.776445 * Math.sqrt(0.7 / 5), 6);
    expect(wait.relativeChange).toBeCloseTo(-1.8 / 12, 14);
    expect(wait.significant).toBe(true);
    expect(wait.current).toEqual(current.result.kpis[0]);
    // Unpaired: variances 2.5 and 2.7, n = 5 each: se² = 1.04, Welch df = 1.04² / ((0.5² + 0.54²) / 4).
    const df = (1.04 * 1.04) / ((0.25 + 0.54 * 0.54) / 4);
    expect(wait.unpairedHalfWidth).toBeCloseTo(tCritical(df) * Math.sqrt(1.04), 12);
    expect(wait.unpairedHalfWidth).toBeGreaterThan(wait.diff.halfWidth as number);
  });

  it("gives differences of exactly 0 for an identical proposal", () => {
    const same = { result: summariseRuns(SOURCE, currentReps), reps: currentReps.map((r) => ({ ...r })) };
    for (const d of compareRuns(current, same)) {
      expect(d.diff).toEqual({ key: d.key, n: 5, mean: 0, sd: 0, halfWidth: 0, lo: 0, hi: 0 });
      expect(d.relativeChange).toBe(0);
      expect(d.significant).toBe(false);
    }
  });

  it("skips KPIs missing on one side and replications without a partner", () => {
    const partial = proposedReps.slice(0, 3).map((r) => ({ ...r, kpis: { "overall/waitTime.mean": r.kpis["overall/waitTime.mean"] } }));
    const proposed = { result: summariseRuns(SOURCE, partial), reps: partial };
    const diffs = compareRuns(current, proposed);
    expect(diffs.map((d) => d.key)).toEqual(["overall/waitTime.mean"]);
    expect(diffs[0].diff.n).toBe(3);
  });
});

describe("time-of-day shares", () => {
  it("keep their interval inside [0, 1] when replications are near 100%", () => {
    const share = (v: number): RepResult => ({ ...rep(0, 1, [], [1]), timeOfDay: [{ key: "serviceLevel/x/achieved", label: "x", unit: "share", values: [v] }] });
    const [series] = summariseTimeOfDay([share(1), share(1), share(0.97), share(1)]);
    expect(series.hi[0]).toBe(1);
    expect(series.lo[0]).toBeGreaterThan(0.95);
    expect(series.mean[0]).toBeCloseTo(0.9925, 10);
  });
});
