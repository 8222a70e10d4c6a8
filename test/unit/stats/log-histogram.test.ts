/** The fixed log histogram: binning, merging, quantiles within 1% of exact, ECDF points. */
import { describe, expect, it } from "vitest";
import {
  HISTOGRAM_BINS,
  HISTOGRAM_GROWTH,
  HISTOGRAM_MAX,
  HISTOGRAM_MIN,
  LogHistogramAccumulator,
  emptyHistogram,
  histogramBinLower,
  histogramBinOf,
  histogramBinUpper,
  histogramEcdf,
  histogramQuantile,
  mergeHistograms,
} from "../../../src/stats/log-histogram.js";

/** A small deterministic generator (Park–Miller), so the samples are fixed. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/** Exact inverse-ECDF quantile: the ⌈p·n⌉-th smallest value. */
function exactQuantile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1];
}

function histogramOf(values: readonly number[]): LogHistogramAccumulator {
  const h = new LogHistogramAccumulator();
  for (const v of values) h.add(v);
  return h;
}

describe("log histogram bins", () => {
  it("covers 1e-3 to 1e7 minutes in 1% bins, with under- and overflow bins", () => {
    expect(HISTOGRAM_GROWTH).toBe(1.01);
    expect(HISTOGRAM_BINS).toBe(Math.ceil(Math.log(1e10) / Math.log(1.01)) + 2);
    expect(histogramBinOf(HISTOGRAM_MIN / 2)).toBe(0);
    expect(histogramBinOf(HISTOGRAM_MAX * 10)).toBe(HISTOGRAM_BINS - 1);
    for (const x of [0.0015, 0.37, 1, 4.2, 60, 1440, 7 * 1440, 123456]) {
      const k = histogramBinOf(x);
      expect(histogramBinLower(k)).toBeLessThanOrEqual(x * (1 + 1e-12));
      expect(histogramBinUpper(k)).toBeGreaterThanOrEqual(x * (1 - 1e-12));
    }
  });

  it("keeps exact zeros apart and has a bounded, sparse record", () => {
    const h = histogramOf([0, 0, 0, 2, 2, 3]);
    const rec = h.toRecord();
    expect(rec.zeros).toBe(3);
    expect(rec.total).toBe(6);
    expect(rec.bins).toEqual([
      [histogramBinOf(2), 2],
      [histogramBinOf(3), 1],
    ]);
  });
});

describe("histogram quantiles", () => {
  const rand = lcg(20240611);
  const exponential = Array.from({ length: 5000 }, () => -4 * Math.log(1 - rand()));
  const lognormalish = Array.from({ length: 3000 }, () => Math.exp(6 * rand() - 2) * (1 + rand()));
  const withZeros = [...Array.from({ length: 700 }, () => 0), ...Array.from({ length: 300 }, () => 30 * rand())];

  for (const [name, sample] of [
    ["exponential waits", exponential],
    ["long-tailed cycle times", lognormalish],
    ["70% zeros", withZeros],
  ] as const) {
    it(`are within 1% of the exact quantiles (${name})`, () => {
      const sorted = [...sample].sort((a, b) => a - b);
      const rec = histogramOf(sample).toRecord();
      for (const p of [0.1, 0.5, 0.75, 0.9, 0.95, 0.99, 1]) {
        const exact = exactQuantile(sorted, p);
        const approx = histogramQuantile(rec, p) as number;
        if (exact === 0) expect(approx).toBe(0);
        else expect(Math.abs(approx - exact) / exact).toBeLessThanOrEqual(0.01);
      }
    });
  }

  it("reads the same quantiles off the accumulator as off its record", () => {
    const h = histogramOf([...exponential.slice(0, 500), 0, 0, 0]);
    const rec = h.toRecord();
    for (const p of [0.001, 0.25, 0.5, 0.9, 0.95, 1]) expect(h.quantile(p)).toBe(histogramQuantile(rec, p));
  });

  it("is null for an empty histogram", () => {
    expect(histogramQuantile(emptyHistogram(), 0.5)).toBeNull();
    expect(new LogHistogramAccumulator().quantile(0.5)).toBeNull();
  });
});

describe("mergeHistograms", () => {
  it("gives the histogram of the pooled sample", () => {
    const a = [0, 1, 2, 3, 50];
    const b = [0, 2, 2, 900, 0.0001];
    const merged = mergeHistograms([histogramOf(a).toRecord(), histogramOf(b).toRecord()]);
    expect(merged).toEqual(histogramOf([...a, ...b]).toRecord());
    expect(mergeHistograms([])).toEqual(emptyHistogram());
  });
});

describe("histogramEcdf", () => {
  it("starts at the zero share, rises to 1 at the bin upper edges", () => {
    const points = histogramEcdf(histogramOf([0, 0, 1, 4]).toRecord());
    expect(points).toEqual([
      { x: 0, cdf: 0.5 },
      { x: histogramBinUpper(histogramBinOf(1)), cdf: 0.75 },
      { x: histogramBinUpper(histogramBinOf(4)), cdf: 1 },
    ]);
  });

  it("thins to at most the requested points, keeping both ends, x ascending", () => {
    const rand = lcg(7);
    const rec = histogramOf(Array.from({ length: 4000 }, () => 1e-3 + 1e4 * rand() ** 4)).toRecord();
    expect(rec.bins.length).toBeGreaterThan(300);
    const points = histogramEcdf(rec, 300);
    expect(points).toHaveLength(300);
    expect(points[299].cdf).toBe(1);
    expect(points[0].x).toBe(histogramBinUpper(rec.bins[0][0]));
    for (let i = 1; i < points.length; i++) {
      expect(points[i].x).toBeGreaterThan(points[i - 1].x);
      expect(points[i].cdf).toBeGreaterThan(points[i - 1].cdf);
    }
  });
});
