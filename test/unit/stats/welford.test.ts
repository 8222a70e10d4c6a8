/** Streaming mean and variance against values worked out by hand. */
import { describe, expect, it } from "vitest";
import { Welford } from "../../../src/stats/welford.js";

describe("Welford", () => {
  it("computes mean, sample variance, min, max and sum", () => {
    const w = new Welford();
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) w.add(x);
    expect(w.count).toBe(8);
    expect(w.mean).toBe(5);
    // Sum of squared deviations 32, over n − 1 = 7.
    expect(w.variance()).toBeCloseTo(32 / 7, 14);
    expect(w.sd()).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect([w.min, w.max, w.sum]).toEqual([2, 9, 40]);
  });

  it("is empty-safe: nulls instead of NaN", () => {
    const w = new Welford();
    expect([w.meanOrNull(), w.maxOrNull(), w.variance(), w.sd()]).toEqual([null, null, null, null]);
    w.add(3);
    expect([w.meanOrNull(), w.maxOrNull(), w.variance()]).toEqual([3, 3, null]);
  });

  it("keeps identical values exact (mean exactly the value, variance exactly 0)", () => {
    const w = new Welford();
    for (let i = 0; i < 1000; i++) w.add(0.1);
    expect(w.mean).toBe(0.1);
    expect(w.variance()).toBe(0);
  });

  it("does not lose precision on a large offset", () => {
    const w = new Welford();
    for (const x of [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]) w.add(x);
    expect(w.variance()).toBeCloseTo(30, 6);
  });
});
