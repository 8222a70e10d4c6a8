/** t-intervals, paired differences and Welch half-widths against textbook values. */
import { describe, expect, it } from "vitest";
import { excludesZero, pairedDifference, tCritical, tInterval, welchHalfWidth } from "../../../src/stats/ci.js";

describe("tCritical", () => {
  it("matches tabulated 97.5% t-quantiles", () => {
    expect(tCritical(9)).toBeCloseTo(2.262157, 6);
    expect(tCritical(1)).toBeCloseTo(12.706205, 5);
    expect(tCritical(29)).toBeCloseTo(2.04523, 5);
    expect(tCritical(4, 0.9)).toBeCloseTo(2.131847, 6);
  });

  it("rejects non-positive degrees of freedom", () => {
    expect(() => tCritical(0)).toThrow(/degrees of freedom/);
  });
});

describe("tInterval", () => {
  it("gives mean ± t(0.975, n−1)·s/√n", () => {
    const values = [4, 6, 5, 7, 3, 5, 6, 4, 5, 5]; // mean 5, Σ(x−5)² = 12, s² = 12/9
    const ci = tInterval(values);
    const half = 2.2621571627982 * Math.sqrt(12 / 9 / 10);
    expect(ci.n).toBe(10);
    expect(ci.mean).toBe(5);
    expect(ci.sd).toBeCloseTo(Math.sqrt(12 / 9), 14);
    expect(ci.halfWidth).toBeCloseTo(half, 9);
    expect(ci.lo).toBeCloseTo(5 - half, 9);
    expect(ci.hi).toBeCloseTo(5 + half, 9);
  });

  it("skips nulls and counts only the values it used", () => {
    const ci = tInterval([1, null, 3, null]);
    expect(ci.n).toBe(2);
    expect(ci.mean).toBe(2);
    // s = √2 and n = 2, so the half-width is t(0.975, 1) · √2 / √2.
    expect(ci.halfWidth).toBeCloseTo(12.706205, 5);
  });

  it("has a mean but no interval for one value, and nothing for none", () => {
    expect(tInterval([7])).toEqual({ n: 1, mean: 7, sd: null, halfWidth: null, lo: null, hi: null });
    expect(tInterval([null])).toEqual({ n: 0, mean: null, sd: null, halfWidth: null, lo: null, hi: null });
  });

  it("gives a zero-width interval for identical values", () => {
    expect(tInterval([0.3, 0.3, 0.3])).toEqual({ n: 3, mean: 0.3, sd: 0, halfWidth: 0, lo: 0.3, hi: 0.3 });
  });
});

describe("pairedDifference", () => {
  it("takes the t-interval of proposed − current, pair by pair", () => {
    const current = [10, 12, 11, 13, 14];
    const proposed = [8, 11, 9, 12, 11]; // differences −2, −1, −2, −1, −3: mean −1.8, s² = 0.7
    const d = pairedDifference(current, proposed);
    expect(d.n).toBe(5);
    expect(d.mean).toBeCloseTo(-1.8, 14);
    expect(d.sd).toBeCloseTo(Math.sqrt(0.7), 14);
    expect(d.halfWidth).toBeCloseTo(2.776445 * Math.sqrt(0.7 / 5), 6);
    expect(excludesZero(d)).toBe(true);
  });

  it("skips pairs with a null side", () => {
    const d = pairedDifference([1, null, 3], [2, 5, null]);
    expect(d.n).toBe(1);
    expect(d.mean).toBe(1);
  });

  it("is exactly zero for identical samples", () => {
    const values = [0.1, 0.7, 1e-12, 123.456, 0.30000000000000004];
    const d = pairedDifference(values, [...values]);
    expect(d).toEqual({ n: 5, mean: 0, sd: 0, halfWidth: 0, lo: 0, hi: 0 });
    expect(Object.is(d.mean, 0) && Object.is(d.lo, 0) && Object.is(d.hi, 0)).toBe(true);
    expect(excludesZero(d)).toBe(false);
  });

  it("refuses samples of different length", () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(/differ in length/);
  });
});

describe("welchHalfWidth", () => {
  it("uses the Welch–Satterthwaite degrees of freedom", () => {
    // s1² = 4, n1 = 10; s2² = 9, n2 = 15: se² = 0.4 + 0.6 = 1, df = 1 / (0.16/9 + 0.36/14).
    const df = 1 / (0.16 / 9 + 0.36 / 14);
    const half = welchHalfWidth({ n: 10, sd: 2 }, { n: 15, sd: 3 });
    expect(half).toBeCloseTo(tCritical(df) * 1, 12);
    expect(df).toBeCloseTo(23.0, 0);
    expect(half).toBeGreaterThan(2.06);
    expect(half).toBeLessThan(2.08);
  });

  it("is null below two values and zero with no spread", () => {
    expect(welchHalfWidth({ n: 1, sd: null }, { n: 5, sd: 1 })).toBeNull();
    expect(welchHalfWidth({ n: 5, sd: 0 }, { n: 5, sd: 0 })).toBe(0);
  });
});
