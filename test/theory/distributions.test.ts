/**
 * Every distribution family, sampled through the engine: sample moments against analytic
 * moments, and samples inside the support.
 *
 * A case walks through one pure-delay step per family (no staff, so no waiting), and a
 * recording observer keeps the durations. Over 20 replications the sample mean and the
 * sample variance of each family must agree with the textbook mean and variance within the
 * replications' own confidence interval: a sampler with a wrong parameterisation (sd taken
 * for variance, rate for mean, a normal not resampled below zero) fails here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { DistSpec } from "../../src/random/dist-spec.js";
import { compileModel } from "../../src/model/compile/compile.js";
import { runReplication } from "../../src/experiment/replicate.js";
import { distMoments } from "../support/theory/moments.js";
import { expectTheoryWithin, THEORY_SCALE } from "../support/theory/replications.js";
import { DurationObserver } from "../support/theory/recording-observers.js";
import { tInterval } from "../support/theory/t-interval.js";
import { EXIT, buildModel, goTo, poissonSource, serviceStep } from "../support/theory/model-builder.js";

/** Families with the support each must respect ([lo, hi]). */
const families: { name: string; spec: DistSpec; lo: number; hi: number }[] = [
  { name: "exponential", spec: { kind: "exponential", mean: 4 }, lo: 0, hi: Infinity },
  { name: "deterministic", spec: { kind: "deterministic", value: 3 }, lo: 3, hi: 3 },
  { name: "uniform", spec: { kind: "uniform", min: 2, max: 8 }, lo: 2, hi: 8 },
  { name: "triangular", spec: { kind: "triangular", min: 3, mode: 6, max: 12 }, lo: 3, hi: 12 },
  { name: "normal truncated at 0", spec: { kind: "normal", mean: 2, sd: 2 }, lo: 0, hi: Infinity },
  { name: "lognormal", spec: { kind: "lognormal", mean: 4, sd: 2 }, lo: 0, hi: Infinity },
  { name: "gamma", spec: { kind: "gamma", shape: 0.7, scale: 3 }, lo: 0, hi: Infinity },
  { name: "erlang", spec: { kind: "erlang", k: 3, mean: 6 }, lo: 0, hi: Infinity },
  { name: "weibull", spec: { kind: "weibull", shape: 1.5, scale: 5 }, lo: 0, hi: Infinity },
  { name: "pert", spec: { kind: "pert", min: 1, mode: 2, max: 10 }, lo: 1, hi: 10 },
  { name: "empirical", spec: { kind: "empirical", values: [1, 2, 5, 10], weights: [4, 3, 2, 1] }, lo: 1, hi: 10 },
];

const REPLICATIONS = 20;
const CASES = Math.round(20_000 * THEORY_SCALE);

describe("distribution families sampled through pure-delay steps", () => {
  const observers: DurationObserver[] = [];
  beforeAll(() => {
    const model = buildModel({
      name: "one step per family",
      arrivals: [poissonSource("cases", 1, families[0].name)],
      steps: families.map((f, i) => serviceStep(f.name, null, f.spec, i + 1 < families.length ? goTo(families[i + 1].name) : EXIT)),
      run: { maxArrivals: CASES, horizon: null, study: "terminating" },
    });
    const compiled = compileModel(model);
    for (let r = 0; r < REPLICATIONS; r++) {
      const observer = new DurationObserver(families.length);
      runReplication(compiled, r, { observer });
      observers.push(observer);
    }
  });

  it("every case visits every step once", () => {
    observers.forEach((o) => o.count.forEach((n) => expect(n).toBe(CASES)));
  });

  it.each(families.map((f, step) => ({ ...f, step })))("$name: sample mean, variance and range", ({ name, spec, lo, hi, step }) => {
    const theory = distMoments(spec);
    const means = tInterval(observers.map((o) => o.mean[step]));
    const variances = tInterval(observers.map((o) => (o.count[step] > 1 ? o.variance(step) : 0)));
    expectTheoryWithin(`${name} mean`, means, theory.mean, { maxRelativeHalfWidth: 0.01, absoluteHalfWidth: 1e-9 });
    expectTheoryWithin(`${name} variance`, variances, theory.variance, { maxRelativeHalfWidth: 0.04, absoluteHalfWidth: 1e-9 });
    observers.forEach((o) => {
      expect(o.min[step]).toBeGreaterThanOrEqual(lo);
      expect(o.max[step]).toBeLessThanOrEqual(hi);
    });
  });
});
