/**
 * Mixture, truncated and histogram distributions: their common-random-number discipline (a
 * case picks the same mixture component in every variant; a truncation by inversion is one
 * monotone draw), exact truncation, and located errors for parameters that make no sense.
 */
import { describe, expect, it } from "vitest";
import { uniform01 } from "../../../src/random/counter-rng.js";
import { compileSampler } from "../../../src/random/dists.js";
import type { DistSpec } from "../../../src/random/dist-spec.js";
import { expectLocated, issueFor, vary } from "../model/helpers.js";

const KEY = [0x1234, 0x5678] as const;
const draws = (spec: DistSpec, n = 2000) => {
  const sampler = compileSampler(spec);
  return Array.from({ length: n }, (_, k) => sampler.sample(KEY[0], KEY[1], k, 1));
};
const patience = (mean: number): DistSpec => ({
  kind: "mixture",
  components: [
    { p: 0.1, dist: { kind: "deterministic", value: 0 } },
    { p: 0.9, dist: { kind: "exponential", mean } },
  ],
});

describe("mixture draws", () => {
  it("choose the component from draw 0 of their own sub-draw word and draw the component from the next", () => {
    const current = draws(patience(3));
    const proposed = draws(patience(6));
    current.forEach((x, k) => {
      const u = uniform01(KEY[0], KEY[1], k, 1, 0, 0);
      expect(x === 0, `case ${k}`).toBe(u < 0.1);
      if (x > 0) expect(x).toBeCloseTo(-3 * Math.log(1 - uniform01(KEY[0], KEY[1], k, 1, 0, 1)), 12);
      expect(proposed[k]).toBeCloseTo(2 * x, 12);
    });
  });
});

describe("truncation", () => {
  it("of an invertible family is one monotone draw in [F(min), F(max)]", () => {
    const spec: DistSpec = { kind: "truncated", dist: { kind: "exponential", mean: 4 }, min: 1, max: 6 };
    const [fa, fb] = [1 - Math.exp(-1 / 4), 1 - Math.exp(-6 / 4)];
    draws(spec).forEach((x, k) => {
      const u = uniform01(KEY[0], KEY[1], k, 1, 0, 0);
      expect(x).toBeCloseTo(-4 * Math.log(1 - (fa + u * (fb - fa))), 10);
    });
  });

  it("of a rejection-sampled family keeps every draw in the range and equals the family's draw when it was inside", () => {
    const inner: DistSpec = { kind: "gamma", shape: 2, scale: 3 };
    const plain = draws(inner);
    const cut = draws({ kind: "truncated", dist: inner, min: 2, max: 8 });
    cut.forEach((x, k) => {
      expect(x).toBeGreaterThanOrEqual(2);
      expect(x).toBeLessThanOrEqual(8);
      if (plain[k] >= 2 && plain[k] <= 8) expect(x).toBe(plain[k]);
    });
  });

  it("of a mixture is the reweighted mixture of truncations; of an empirical keeps the values in range", () => {
    const cut = compileSampler({ kind: "truncated", dist: patience(3), min: 1, max: 5 });
    const exp = compileSampler({ kind: "truncated", dist: { kind: "exponential", mean: 3 }, min: 1, max: 5 });
    expect(cut.mean).toBeCloseTo(exp.mean, 9);
    const empirical = compileSampler({ kind: "truncated", dist: { kind: "empirical", values: [1, 4, 9], weights: [1, 1, 2] }, min: 2, max: 9 });
    expect(empirical.mean).toBeCloseTo((4 + 18) / 3, 12);
  });
});

describe("located errors", () => {
  const EXPO = "{ exponential: { mean: 5 } }";

  it("mixture probabilities that do not add up to 100%", () => {
    const text = vary(EXPO, "{ mixture: [{ p: 20%, dist: 0 }, { p: 90%, dist: { exponential: { mean: 3 } } }] }");
    const issue = issueFor(text, "mixtureSum");
    expectLocated(issue, { path: ["steps", 0, "duration", "mixture"], text, needle: "[{ p: 20%" });
    expect(issue.message).toBe("the component probabilities add up to 1.1; they must add up to 1 (100%)");
  });

  it("a bad parameter inside a mixture component", () => {
    const text = vary(EXPO, "{ mixture: [{ p: 50%, dist: 0 }, { p: 50%, dist: { uniform: { min: 9, max: 3 } } }] }");
    expectLocated(issueFor(text, "minAboveMax"), { path: ["steps", 0, "duration", "mixture", 1, "dist", "uniform", "min"], text, needle: "9, max" });
  });

  it("a truncation with too little mass to sample by rejection", () => {
    const text = vary(EXPO, "{ truncated: { dist: { gamma: { mean: 5, cv: 0.3 } }, min: 40, max: 50 } }");
    const issue = issueFor(text, "truncationMass");
    expectLocated(issue, { path: ["steps", 0, "duration", "truncated"], text, needle: "{ dist:" });
    expect(issue.message).toContain("truncation needs at least 0.001 there");
  });

  it("a truncation with min above max, and a bad parameter of its distribution", () => {
    const text = vary(EXPO, "{ truncated: { dist: { lognormal: { mean: 5, sd: -1 } }, min: 5, max: 3 } }");
    expectLocated(issueFor(text, "minAboveMax"), { path: ["steps", 0, "duration", "truncated", "min"], text, needle: "5, max" });
    expectLocated(issueFor(text, "distParam"), { path: ["steps", 0, "duration", "truncated", "dist", "lognormal", "sd"], text, needle: "-1" });
  });

  it("histogram edges that do not increase, or counts that do not match the bins", () => {
    const text = vary(EXPO, "{ histogram: { bins: [0, 5, 4, 20], counts: [30, 50, 20] } }");
    const issue = issueFor(text, "histogramShape");
    expectLocated(issue, { path: ["steps", 0, "duration", "histogram"], text, needle: "{ bins" });
    expect(issue.message).toContain("bin edge 4 does not follow 5");
    expect(issueFor(vary(EXPO, "{ histogram: { bins: [0, 5, 10], counts: [30, 50, 20] } }"), "histogramShape").message).toContain("3 counts for 3 bin edges");
  });
});
