/**
 * Analytic moments of every distribution family against closed forms.
 */
import { describe, expect, it } from "vitest";
import { DIST_KINDS, type DistSpec } from "../../../src/random/dist-spec.js";
import { distMoments } from "../../support/theory/moments.js";
import { gamma, normalUpperTail } from "../../support/theory/special-functions.js";

describe("special functions", () => {
  it("Γ matches factorials and Γ(1/2) = √π", () => {
    expect(gamma(5)).toBeCloseTo(24, 10);
    expect(gamma(0.5)).toBeCloseTo(Math.sqrt(Math.PI), 12);
    expect(gamma(1.5)).toBeCloseTo(Math.sqrt(Math.PI) / 2, 12);
  });

  it("normal tail matches the table", () => {
    expect(normalUpperTail(0)).toBeCloseTo(0.5, 7);
    expect(normalUpperTail(1.959964)).toBeCloseTo(0.025, 7);
    expect(normalUpperTail(-1)).toBeCloseTo(0.8413447, 6);
  });
});

describe("distMoments", () => {
  const cases: [DistSpec, number, number][] = [
    [{ kind: "exponential", mean: 4 }, 4, 16],
    [{ kind: "deterministic", value: 3 }, 3, 0],
    [{ kind: "uniform", min: 2, max: 8 }, 5, 3],
    [{ kind: "triangular", min: 3, mode: 6, max: 12 }, 7, 3.5],
    [{ kind: "normal", mean: 10, sd: 1 }, 10, 1],
    [{ kind: "lognormal", mean: 4, sd: 2 }, 4, 4],
    [{ kind: "gamma", shape: 3, scale: 2 }, 6, 12],
    [{ kind: "erlang", k: 4, mean: 8 }, 8, 16],
    [{ kind: "weibull", shape: 1, scale: 5 }, 5, 25],
    [{ kind: "weibull", shape: 2, scale: 1 }, Math.sqrt(Math.PI) / 2, 1 - Math.PI / 4],
    [{ kind: "pert", min: 0, mode: 5, max: 10 }, 5, 25 / 7],
    [{ kind: "empirical", values: [1, 3], weights: [1, 3] }, 2.5, 0.75],
    [{ kind: "mixture", components: [{ p: 0.1, dist: { kind: "deterministic", value: 0 } }, { p: 0.9, dist: { kind: "exponential", mean: 3 } }] }, 2.7, 8.91],
    [{ kind: "histogram", bins: [0, 5, 10, 20], counts: [30, 50, 20] }, 7.5, 265 / 12],
    [{ kind: "truncated", dist: { kind: "uniform", min: 2, max: 8 }, min: 3, max: 5 }, 4, 1 / 3],
  ];

  it.each(cases)("%j has mean %d and variance %d", (spec, mean, variance) => {
    const m = distMoments(spec);
    expect(m.mean).toBeCloseTo(mean, 6);
    expect(m.variance).toBeCloseTo(variance, 6);
    expect(m.secondMoment).toBeCloseTo(variance + mean * mean, 6);
  });

  it("covers every family", () => {
    expect(new Set(cases.map(([spec]) => spec.kind))).toEqual(new Set(DIST_KINDS));
  });

  it("gives the half-normal for a normal truncated at its mean 0", () => {
    const m = distMoments({ kind: "normal", mean: 0, sd: 2 });
    expect(m.mean).toBeCloseTo(2 * Math.sqrt(2 / Math.PI), 6);
    expect(m.variance).toBeCloseTo(4 * (1 - 2 / Math.PI), 6);
  });
});
