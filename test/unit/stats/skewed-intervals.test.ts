// Percentile and maximum KPIs: intervals across replications that never leave the observed
// range (so never go below zero), are reproducible, are as wide as the t-interval on
// symmetric data, and cover the true mean at about the nominal rate on skewed data.
import { describe, expect, it } from "vitest";
import { excludesZero, isSkewedKpi, kpiInterval, kpiPairedDifference, tInterval, tPValue } from "../../../src/stats/ci.js";
import { summariseKpi } from "../../../src/stats/summarise.js";
import type { RepResult } from "../../../src/stats/result-types.js";

const P90 = "overall/waitTime.p90";

/** Ten days of 90th-percentile waits: nine quiet days and one day with a long queue. */
const SKEWED = [0.4, 0.2, 0.6, 0.3, 0.5, 0.2, 0.4, 0.3, 0.2, 12];

/** A seeded uniform generator for the coverage experiment (test-side only). */
function uniforms(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
}

function repWith(replication: number, value: number): RepResult {
  return { replication, kpis: { [P90]: value }, histograms: {}, timeOfDayBinMinutes: 60, timeOfDay: [], events: 1, endTime: 1 };
}

describe("intervals of percentile and maximum KPIs", () => {
  it("names the skewed KPIs", () => {
    expect(["overall/waitTime.p50", P90, "class/walk-in/cycleTime.p95", "step/counter/queue.max", "overall/waitTime.max"].every(isSkewedKpi)).toBe(true);
    expect(["overall/waitTime.mean", "pool/tellers/utilisation", "overall/throughput"].some(isSkewedKpi)).toBe(false);
  });

  it("stay inside the observed range where the t-interval goes below zero", () => {
    expect(tInterval(SKEWED).lo).toBeLessThan(0);
    const summary = summariseKpi(P90, SKEWED.map((v, i) => repWith(i, v)));
    expect(summary.mean).toBeCloseTo(1.51, 10);
    expect(summary.lo).toBeGreaterThanOrEqual(Math.min(...SKEWED));
    expect(summary.hi).toBeLessThanOrEqual(Math.max(...SKEWED));
    expect(summary.lo).toBeLessThan(summary.mean as number);
    expect(summary.hi).toBeGreaterThan(summary.mean as number);
    expect(summary.halfWidth).toBeCloseTo(((summary.hi as number) - (summary.lo as number)) / 2, 12);
  });

  it("are reproducible and use the t-interval for means", () => {
    expect(kpiInterval(P90, SKEWED)).toEqual(kpiInterval(P90, [...SKEWED]));
    const mean = kpiInterval("overall/waitTime.mean", SKEWED);
    const t = tInterval(SKEWED);
    expect(mean).toMatchObject({ mean: t.mean, halfWidth: t.halfWidth, hi: t.hi });
    // A mean wait is never negative: the t-interval's lower end is cut at 0.
    expect(mean.lo).toBe(Math.max(0, t.lo as number));
  });

  it("give the same values the same interval whichever KPI they belong to", () => {
    // A branch with one customer class: the class's 90th-percentile wait is the overall one.
    const overall = kpiInterval(P90, SKEWED);
    expect(kpiInterval("class/walk-in/waitTime.p90", SKEWED)).toEqual(overall);
    expect(kpiInterval("step/counter/waitTime.p90", SKEWED)).toEqual(overall);
    const proposed = SKEWED.map((v) => v * 0.5);
    expect(kpiPairedDifference("class/walk-in/waitTime.p90", SKEWED, proposed)).toEqual(kpiPairedDifference(P90, SKEWED, proposed));
  });

  it("are about as wide as the t-interval on symmetric data (the expansion for few replications)", () => {
    const next = uniforms(7);
    for (const n of [5, 10, 30]) {
      const values = Array.from({ length: n }, () => next() + next() + next());
      const t = tInterval(values).halfWidth as number;
      const boot = kpiInterval(P90, values).halfWidth as number;
      expect(boot / t, `n=${n}`).toBeGreaterThan(0.8);
      expect(boot / t, `n=${n}`).toBeLessThan(1.2);
    }
  });

  it("cover the mean of an exponential quantity at the nominal rate within sampling error", () => {
    // 400 samples of 20 replications whose KPI is Exp(1) (mean 1): coverage ~ Binomial(400, 0.95).
    const next = uniforms(11);
    const trials = 400;
    let covered = 0;
    for (let k = 0; k < trials; k++) {
      const values = Array.from({ length: 20 }, () => -Math.log(next()));
      const ci = kpiInterval(`${P90}#${k}`, values);
      if ((ci.lo as number) <= 1 && 1 <= (ci.hi as number)) covered++;
    }
    const se = Math.sqrt((0.95 * 0.05) / trials);
    // A t-interval covers Exp(1) means with n = 20 about 93% of the time; the bootstrap no less.
    expect(covered / trials).toBeGreaterThan(0.93 - 3 * se);
    expect(covered / trials).toBeLessThan(0.95 + 3 * se);
  });
});

describe("paired differences and p-values", () => {
  it("agree with the interval: p < 5% only when the 95% interval excludes zero", () => {
    // The reverse can fail for a bootstrap interval narrower than the t-interval on the side
    // of 0 (bootstrap-p-value.test.ts counts how seldom).
    const next = uniforms(3);
    for (let k = 0; k < 200; k++) {
      const current = Array.from({ length: 12 }, () => 5 + 4 * next());
      const proposed = current.map((c) => c + (next() - 0.5) * 2 + (k % 3) * 0.3);
      const mean = kpiPairedDifference("overall/waitTime.mean", current, proposed);
      expect((mean.pValue as number) < 0.05, `mean #${k}`).toBe(excludesZero(mean));
      const p90 = kpiPairedDifference(P90, current, proposed);
      if ((p90.pValue as number) < 0.05) expect(excludesZero(p90), `p90 #${k}`).toBe(true);
    }
  });

  it("gives p = 1 for identical runs and a t p-value matching the textbook", () => {
    expect(kpiPairedDifference(P90, [1, 2, 3], [1, 2, 3]).pValue).toBe(1);
    // mean 1, sd 1, n 4: t = 2, df 3 → p = 0.1393.
    expect(tPValue({ n: 4, mean: 1, sd: 1 })).toBeCloseTo(0.139326, 5);
  });
});
