/**
 * Exact interval probabilities from a distribution's CDF on both sides of a point, checked
 * against hand calculations (atoms need the left limit: P(X ≥ 5) ≠ P(X > 5)).
 */
import { describe, expect, it } from "vitest";
import { intervalProbability } from "../../../src/random/dist-cdf.js";
import type { DistSpec } from "../../../src/random/dist-spec.js";

const pages: DistSpec = { kind: "empirical", values: [2, 5, 10], weights: [6, 3, 1] };

describe("intervalProbability", () => {
  it("an empirical list: closed and open ends differ by the atom", () => {
    expect(intervalProbability(pages, 5, true, null, false)).toBeCloseTo(0.4, 12);
    expect(intervalProbability(pages, 5, false, null, false)).toBeCloseTo(0.1, 12);
    expect(intervalProbability(pages, 5, true, 5, true)).toBeCloseTo(0.3, 12);
    expect(intervalProbability(pages, null, false, 5, false)).toBeCloseTo(0.6, 12);
  });

  it("a constant is one atom", () => {
    const fixed: DistSpec = { kind: "deterministic", value: 7 };
    expect(intervalProbability(fixed, 7, true, null, false)).toBe(1);
    expect(intervalProbability(fixed, 7, false, null, false)).toBe(0);
  });

  it("lognormal(mean 60,000, sd 50,000) above 100,000 and 250,000: 14.31% and 0.995% (P(Z > 1.0666), P(Z > 2.3283))", () => {
    const amount: DistSpec = { kind: "lognormal", mean: 60000, sd: 50000 };
    expect(intervalProbability(amount, 100000, false, null, false)).toBeCloseTo(0.1431, 4);
    expect(intervalProbability(amount, 250000, false, null, false)).toBeCloseTo(0.00995, 5);
  });

  it("a mixture weighs its parts; a truncation renormalises to its range", () => {
    const uniform: DistSpec = { kind: "uniform", min: 0, max: 100 };
    const mixed: DistSpec = { kind: "mixture", components: [{ p: 0.5, dist: uniform }, { p: 0.5, dist: pages }] };
    // 0.5 × P(U > 5) + 0.5 × P(pages > 5) = 0.5 × 0.95 + 0.5 × 0.1
    expect(intervalProbability(mixed, 5, false, null, false)).toBeCloseTo(0.525, 12);
    const cut: DistSpec = { kind: "truncated", dist: uniform, min: 20, max: 60 };
    expect(intervalProbability(cut, 50, false, null, false)).toBeCloseTo(0.25, 12);
    expect(intervalProbability(cut, null, false, 10, true)).toBe(0);
  });
});
