/**
 * Means and draws that overflow: a time whose mean is Infinity or cannot be computed is
 * refused at `validate`, for every family, so a model that validates never draws Infinity or
 * NaN at run time.
 *
 * A hold-time "Weibull, shape 1e-300, scale 1 min" has mean Γ(1 + 1e300) min: Infinity, not
 * the NaN the Lanczos product gave (Infinity × 0), which the time check took for a parameter
 * problem and let through; the run then failed mid-way. A lognormal of mean 1e-200 min and sd
 * 1e11 min has a finite mean but σ = ∞: its draws are NaN.
 */
import { describe, expect, it } from "vitest";
import { gammaFunction } from "../../../src/random/gamma-function.js";
import { distMean, distVariance } from "../../../src/random/dist-moments.js";
import { simulateSync } from "../../../src/experiment/simulate.js";
import { loadModelText } from "../../../src/model/source/load.js";

const withDuration = (duration: string) => `name: probe
calendar: { open: "09:00", close: "17:00", days: weekdays }
run: { horizon: 5d, replications: 1 }
arrivals:
  - { name: a, ratePerHour: 2 }
resources:
  c: { capacity: 1 }
steps:
  - { name: w, resource: c, duration: ${duration} }
`;

/** The codes and messages of the errors of a model with this duration. */
function errorsOf(duration: string): string[] {
  const result = loadModelText(withDuration(duration));
  return result.ok ? [] : result.issues.filter((issue) => issue.severity === "error").map((issue) => `${issue.code}: ${issue.message}`);
}

describe("Γ(x) near and past overflow", () => {
  it("is finite up to 171.62 and Infinity beyond, never NaN", () => {
    expect(gammaFunction(150) / 3.8089226376305e260).toBeCloseTo(1, 12); // 149!
    expect(gammaFunction(171) / 7.257415615307999e306).toBeCloseTo(1, 12); // 170!
    expect(gammaFunction(171.7)).toBe(Infinity);
    expect(gammaFunction(1e300)).toBe(Infinity);
    expect(distMean({ kind: "weibull", shape: 1e-300, scale: 1 })).toBe(Infinity);
    expect(distVariance({ kind: "weibull", shape: 1e-300, scale: 1 })).toBe(Infinity);
  });
});

describe("validation refuses every overflowing mean", () => {
  it.each([
    ["weibull", "{ weibull: { shape: 1e-300, scale: 1 } }", "timeTooLong: found an infinite mean (it overflows); must be at most 100 years"],
    ["weibull past 171 (no NaN on the way)", "{ weibull: { shape: 0.005, scale: 1 } }", "timeTooLong: found an infinite mean (it overflows); must be at most 100 years"],
    ["mixture with such a weibull", "{ mixture: [ { p: 0.5, dist: { weibull: { shape: 1e-300, scale: 1 } } }, { p: 0.5, dist: 1 } ] }", "timeTooLong: found an infinite mean (it overflows); must be at most 100 years"],
    ["lognormal with σ overflowing", "{ lognormal: { mean: 1e-200, sd: 1e11 } }", "spreadTooWide: sd is 1e+211 times the mean; a lognormal's sd may be at most 1e+100 times its mean (beyond that its draws overflow to NaN)"],
    ["mixture with such a lognormal", "{ mixture: [ { p: 0.5, dist: { lognormal: { mean: 1e-200, sd: 1e11 } } }, { p: 0.5, dist: 1 } ] }", "spreadTooWide: sd is 1e+211 times the mean; a lognormal's sd may be at most 1e+100 times its mean (beyond that its draws overflow to NaN)"],
  ])("%s", (_, duration, expected) => {
    expect(errorsOf(duration)).toEqual([expected]);
  });

  it.each([
    ["gamma", "{ gamma: { shape: 1e12, scale: 1e12 } }"],
    ["gamma by mean and cv", "{ gamma: { mean: 1e12, cv: 1e12 } }"],
    ["pert", "{ pert: { min: 0, mode: 1e12, max: 1e12 } }"],
    ["uniform", "{ uniform: { min: 1e12, max: 1e12 } }"],
    ["normal", "{ normal: { mean: 1e-300, sd: 1e12 } }"],
    ["exponential", "{ exponential: { mean: 1e12 } }"],
    ["erlang", "{ erlang: { k: 3, mean: 1e12 } }"],
    ["triangular", "{ triangular: { min: 0, mode: 1e12, max: 1e12 } }"],
  ])("%s: the largest parameters give a mean over 100 years, refused", (_, duration) => {
    expect(errorsOf(duration).length).toBeGreaterThan(0);
  });
});

describe("what validates at the edges also runs", () => {
  it.each([
    "{ weibull: { shape: 0.0061, scale: 1e-300 } }",
    "{ gamma: { shape: 1e-300, scale: 1 } }",
    "{ truncated: { dist: { weibull: { shape: 1e-300, scale: 1 } }, min: 0, max: 10 } }",
    "{ lognormal: { mean: 1e-90, sd: 1e9 } }",
  ])("%s", (duration) => {
    const loaded = loadModelText(withDuration(duration));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(simulateSync(loaded.model).events).toBeGreaterThan(0);
  });
});
