// MSER-5 finds a known transient in a synthetic series, says "too short" when the series
// never settles, and the per-replication series accounts time-weighted cases in process
// exactly, slice by slice.
import { describe, expect, it } from "vitest";
import { batchMeans, estimateWarmup, mserTruncation, warmupWarning } from "../../../src/stats/warmup.js";
import { WARMUP_SLICES, WarmupSeries } from "../../../src/stats/warmup-series.js";
import { supportedTruncation } from "../../../src/stats/warmup-support.js";

/** A seeded standard-normal-ish noise source (sum of 4 uniforms, centred; test-side only). */
function noise(seed: number): () => number {
  let s = seed >>> 0;
  const u = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
  return () => (u() + u() + u() + u() - 2) * Math.sqrt(3);
}

describe("mserTruncation", () => {
  it("finds a linear ramp's end in a noisy series", () => {
    // 40 values ramping from 0 up to 10, then 160 values at 10, noise sd 1.
    const e = noise(1);
    const series = Array.from({ length: 200 }, (_, i) => (i < 40 ? (10 * i) / 40 : 10) + e());
    const d = mserTruncation(series) as number;
    expect(d).toBeGreaterThanOrEqual(25);
    expect(d).toBeLessThanOrEqual(50);
  });

  it("drops nothing much from a stationary series", () => {
    const e = noise(2);
    const d = mserTruncation(Array.from({ length: 200 }, () => 5 + e())) as number;
    expect(d).toBeLessThan(20);
  });

  it("returns null for a series still climbing at the end", () => {
    const e = noise(3);
    expect(mserTruncation(Array.from({ length: 100 }, (_, i) => i / 10 + 0.3 * e()))).toBeNull();
  });

  it("batches by 5", () => {
    expect(batchMeans([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toEqual([3, 8]);
  });
});

describe("estimateWarmup and its warning", () => {
  const e = noise(4);
  const rep = () => Array.from({ length: WARMUP_SLICES }, (_, i) => 8 * (1 - Math.exp(-i / 30)) + e());
  const reps = [rep(), rep(), rep()];

  it("converts the truncation into minutes and says when the declared warm-up is shorter", () => {
    const estimate = estimateWarmup(reps, { horizon: 10_000, sliceMinutes: 20, batch: 5 }, 500);
    expect(estimate.batchMinutes).toBe(100);
    // The transient 8·e^{−t/600 min} is seen while one batch's deficit exceeds what 3
    // replications show at 5% (about 0.75): up to 600·ln(8/0.75) ≈ 1,400 min; τ to 5τ.
    expect(estimate.estimatedMinutes).toBeGreaterThanOrEqual(600);
    expect(estimate.estimatedMinutes).toBeLessThanOrEqual(3_000);
    expect(warmupWarning(estimate)).toMatch(/^The declared warm-up of 500 min is shorter than the [\d,.]+ (min|days?) estimated from cases in process \(MSER-5\)/);
    expect(warmupWarning({ ...estimate, declaredMinutes: 5_000 })).toBeNull();
    expect(warmupWarning({ ...estimate, estimatedMinutes: null })).toMatch(/^The run is too short for a steady state: over a run of 6.9 days/);
  });
});

describe("models with opening hours: daily means", () => {
  it("finds a ten-day ramp in 60 days of daily means", () => {
    const days = (seed: number) => {
      const e = noise(seed);
      return Array.from({ length: 60 }, (_, i) => 20 * Math.min(1, i / 10) + 0.5 * e());
    };
    const estimate = estimateWarmup([days(7), days(8)], { horizon: 60 * 1440, sliceMinutes: 1440, batch: 1 }, 0);
    expect(estimate.method).toBe("MSER on daily means");
    expect(estimate.estimatedMinutes).toBeGreaterThanOrEqual(6 * 1440);
    expect(estimate.estimatedMinutes).toBeLessThanOrEqual(14 * 1440);
  });
});

describe("WarmupSeries", () => {
  it("time-averages cases in process over each slice, across slice boundaries", () => {
    const series = new WarmupSeries(WARMUP_SLICES); // slices of 1 minute
    series.change(0.5, 1); // one case from 0.5 …
    series.change(2.25, 1); // … a second from 2.25 …
    series.change(3, -2); // … both leave at 3
    series.flush(WARMUP_SLICES);
    expect(series.means().slice(0, 4)).toEqual([0.5, 1, 1.75, 0]);
    expect(series.means().length).toBe(WARMUP_SLICES);
  });
});

describe("supportedTruncation: the leading batches below the kept part", () => {
  it("counts leading batches below the batches from MSER's truncation on (by hand)", () => {
    // Kept batches (from 3 on) average 5; batches 0 and 1 are 4 and 3 below in both, batch 2 is not.
    expect(supportedTruncation([[1, 2, 5, 5, 5, 5], [1, 2, 5, 5, 5, 5]], 3)).toBe(2);
    // D = −4, −3, −3.5: mean −3.5, sd 0.5, t = −3.5/(0.5/√3) = −12.1 < −t(0.95, 2) = −2.92.
    expect(supportedTruncation([[1, 5, 5, 5], [2, 5, 5, 5], [1.5, 5, 5, 5]], 1)).toBe(1);
    // D = −4 and −2: mean −3, sd √2, t = −3/(√2/√2) = −3 > −t(0.95, 1) = −6.31: not shown.
    expect(supportedTruncation([[1, 5, 5, 5], [3, 5, 5, 5]], 1)).toBe(0);
    // More cases than later: a busy stretch, not a start from empty.
    expect(supportedTruncation([[9, 5, 5, 5], [9, 5, 5, 5]], 1)).toBe(0);
    expect(supportedTruncation([[1, 5, 5, 5]], 0)).toBe(0);
  });

  it("estimates no warm-up beyond chance when MSER would drop a busy stretch of a stationary series", () => {
    const e = noise(9);
    // 100 batches of 5 slices at level 5; slices 50–149 (batches 10–29) carry 3 more cases.
    const rep = () => Array.from({ length: WARMUP_SLICES }, (_, i) => 5 + (i >= 50 && i < 150 ? 3 : 0) + e());
    const reps = [rep(), rep(), rep()];
    const averaged = reps[0].map((_, i) => (reps[0][i] + reps[1][i] + reps[2][i]) / 3);
    expect(mserTruncation(batchMeans(averaged))).toBeGreaterThan(20);
    const estimate = estimateWarmup(reps, { horizon: 10_000, sliceMinutes: 20, batch: 5 }, 500);
    // A stationary batch is below the kept part at 5% by chance only: at most one batch here.
    expect(estimate.estimatedMinutes).toBeLessThanOrEqual(100);
    expect(warmupWarning(estimate)).toBeNull();
  });
});
