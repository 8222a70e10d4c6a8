/**
 * The table lookup of histogram bins equals the defining formula (one logarithm per value):
 * on millions of waits and cycle times across the whole range, at every bin edge and the
 * doubles next to it, at powers of two (cell starts) and outside the range.
 */
import { describe, expect, it } from "vitest";
import { buildBinLookup } from "../../../src/stats/bin-lookup.js";
import { HISTOGRAM_BINS, HISTOGRAM_MAX, HISTOGRAM_MIN, histogramBinByLog, histogramBinOf } from "../../../src/stats/log-histogram.js";

const view = new DataView(new ArrayBuffer(8));

/** The double `steps` positions away from positive x (negative: below). */
function ulpsAway(x: number, steps: number): number {
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(steps));
  return view.getFloat64(0);
}

/** Park–Miller generator, so the sample is fixed. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/** Values where the lookup and the formula differ (at most 10 listed). */
function mismatches(values: Iterable<number>): { x: number; byLog: number; lookup: number }[] {
  const out: { x: number; byLog: number; lookup: number }[] = [];
  for (const x of values) {
    const byLog = histogramBinByLog(x);
    const lookup = histogramBinOf(x);
    if (byLog !== lookup && out.length < 10) out.push({ x, byLog, lookup });
  }
  return out;
}

/** The smallest double at which the formula reaches bin k (bisection from both sides). */
function formulaEdge(k: number): number {
  let lo = HISTOGRAM_MIN * Math.pow(1.01, k - 1) * (1 - 1e-9);
  let hi = HISTOGRAM_MIN * Math.pow(1.01, k - 1) * (1 + 1e-9);
  for (;;) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) return hi;
    if (histogramBinByLog(mid) >= k) hi = mid;
    else lo = mid;
  }
}

describe("histogram bin lookup", () => {
  it("equals the logarithm formula on 4 million values spread log-uniformly over 1e-5 .. 1e9", () => {
    const rand = lcg(97531);
    function* sample(): Generator<number> {
      for (let i = 0; i < 4_000_000; i++) yield Math.exp(Math.log(1e-5) + rand() * Math.log(1e14));
    }
    expect(mismatches(sample())).toEqual([]);
  });

  it("equals it on 1 million uniform values in (0, 60) minutes and on integers and halves", () => {
    const rand = lcg(24680);
    function* sample(): Generator<number> {
      for (let i = 0; i < 1_000_000; i++) yield 60 * rand();
      for (let i = 1; i <= 100_000; i++) yield i / 2;
    }
    expect(mismatches(sample())).toEqual([]);
  });

  it("equals it at every bin edge and the three doubles on each side", () => {
    function* sample(): Generator<number> {
      for (let k = 1; k < HISTOGRAM_BINS; k++) {
        const edge = formulaEdge(k);
        for (let d = -3; d <= 3; d++) yield ulpsAway(edge, d);
      }
    }
    expect(mismatches(sample())).toEqual([]);
  });

  it("equals it at powers of two, the range ends and outside the range", () => {
    const values = [0, -1, 5e-324, 1e-300, HISTOGRAM_MIN, ulpsAway(HISTOGRAM_MIN, -1), HISTOGRAM_MAX, 1e300, Infinity];
    for (let e = -12; e <= 25; e++) values.push(2 ** e, ulpsAway(2 ** e, -1), ulpsAway(2 ** e, 1));
    expect(mismatches(values)).toEqual([]);
    expect(histogramBinOf(ulpsAway(HISTOGRAM_MIN, -1))).toBe(0);
    expect(histogramBinOf(Infinity)).toBe(HISTOGRAM_BINS - 1);
  });

  it("rejects a bin formula whose bins are narrower than a table cell", () => {
    const narrow = (x: number) => (x < 1 ? 0 : Math.min(100, Math.floor(Math.log(x) / Math.log(1.001)) + 1));
    expect(() => buildBinLookup(narrow, 1, 1.001, 100)).toThrow(/two edges/);
  });
});
