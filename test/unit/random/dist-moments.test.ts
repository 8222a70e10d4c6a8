// Analytic moments and supports against values worked out by hand.
import { describe, expect, it } from "vitest";
import { distMean, distSupport, distVariance } from "../../../src/random/dists.js";

describe("distMean / distVariance", () => {
  it("exponential, deterministic, uniform", () => {
    expect(distMean({ kind: "exponential", mean: 4 })).toBe(4);
    expect(distVariance({ kind: "exponential", mean: 4 })).toBe(16);
    expect(distVariance({ kind: "deterministic", value: 9 })).toBe(0);
    expect(distMean({ kind: "uniform", min: 2, max: 8 })).toBe(5);
    expect(distVariance({ kind: "uniform", min: 2, max: 8 })).toBe(3);
  });
  it("triangular(3, 6, 12): mean 7, variance 63/18", () => {
    expect(distMean({ kind: "triangular", min: 3, mode: 6, max: 12 })).toBe(7);
    expect(distVariance({ kind: "triangular", min: 3, mode: 6, max: 12 })).toBeCloseTo(3.5, 14);
  });
  it("pert(2, 5, 14): α = 2, β = 4, mean 6, variance 8·144/(36·7)", () => {
    expect(distMean({ kind: "pert", min: 2, mode: 5, max: 14 })).toBe(6);
    expect(distVariance({ kind: "pert", min: 2, mode: 5, max: 14 })).toBeCloseTo(1152 / 252, 14);
  });
  it("normal truncated at 0: half-normal when the mean is 0, the raw normal far above 0", () => {
    expect(distMean({ kind: "normal", mean: 0, sd: 2 })).toBeCloseTo(2 * Math.sqrt(2 / Math.PI), 14);
    expect(distVariance({ kind: "normal", mean: 0, sd: 2 })).toBeCloseTo(4 * (1 - 2 / Math.PI), 14);
    expect(distMean({ kind: "normal", mean: 100, sd: 2 })).toBe(100);
    expect(distVariance({ kind: "normal", mean: 100, sd: 2 })).toBeCloseTo(4, 12);
  });
  it("lognormal, gamma, erlang take their parameters' moments", () => {
    expect(distMean({ kind: "lognormal", mean: 6, sd: 3 })).toBe(6);
    expect(distVariance({ kind: "lognormal", mean: 6, sd: 3 })).toBe(9);
    expect(distMean({ kind: "gamma", shape: 2.5, scale: 8 })).toBe(20);
    expect(distVariance({ kind: "gamma", shape: 2.5, scale: 8 })).toBe(160);
    expect(distVariance({ kind: "erlang", k: 3, mean: 12 })).toBe(48);
  });
  it("weibull with shape 1 is exponential; shape 2 is Rayleigh", () => {
    expect(distMean({ kind: "weibull", shape: 1, scale: 5 })).toBeCloseTo(5, 13);
    expect(distVariance({ kind: "weibull", shape: 1, scale: 5 })).toBeCloseTo(25, 12);
    expect(distMean({ kind: "weibull", shape: 2, scale: 2 })).toBeCloseTo(Math.sqrt(Math.PI), 13);
    expect(distVariance({ kind: "weibull", shape: 2, scale: 2 })).toBeCloseTo(4 - Math.PI, 12);
  });
  it("empirical: weighted mean and variance", () => {
    expect(distMean({ kind: "empirical", values: [1, 2, 5], weights: [1, 3, 6] })).toBeCloseTo(3.7, 14);
    expect(distVariance({ kind: "empirical", values: [1, 2, 5], weights: [1, 3, 6] })).toBeCloseTo(2.61, 13);
  });
});

describe("distSupport", () => {
  it("gives bounded families their bounds and the rest [0, ∞)", () => {
    expect(distSupport({ kind: "triangular", min: 1, mode: 2, max: 3 })).toEqual([1, 3]);
    expect(distSupport({ kind: "empirical", values: [4, 1, 9], weights: [1, 1, 1] })).toEqual([1, 9]);
    expect(distSupport({ kind: "deterministic", value: 2 })).toEqual([2, 2]);
    expect(distSupport({ kind: "normal", mean: 5, sd: 1 })).toEqual([0, Infinity]);
  });
});
