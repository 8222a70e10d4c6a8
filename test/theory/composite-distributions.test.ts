/**
 * Mixture, truncated and histogram distributions sampled through the engine: sample mean and
 * variance against textbook values computed here, independently of the family records, within
 * the replications' own confidence interval.
 *
 * A case walks through one pure-delay step per distribution (see distributions.test.ts); the
 * records' analytic mean and variance are checked against the same textbook values.
 * Expected values: a mixture's from its components' moments; a histogram's bin by bin; the
 * truncated exponential, lognormal and gamma (shape 2, sampled by rejection) from their
 * closed forms.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { DistSpec } from "../../src/random/dist-spec.js";
import { compileModel } from "../../src/model/compile/compile.js";
import { runReplication } from "../../src/experiment/replicate.js";
import { compileSampler } from "../../src/random/dists.js";
import { normalCdf } from "../../src/random/normal-functions.js";
import { expectTheoryWithin, THEORY_SCALE } from "../support/theory/replications.js";
import { DurationObserver } from "../support/theory/recording-observers.js";
import { tInterval } from "../support/theory/t-interval.js";
import { EXIT, buildModel, goTo, poissonSource, serviceStep } from "../support/theory/model-builder.js";

/** Mean and variance from the first two raw moments. */
const fromRaw = (m1: number, m2: number) => ({ mean: m1, variance: m2 - m1 * m1 });

/** Exponential(mean m) given a ≤ X ≤ b. */
function truncatedExponential(m: number, a: number, b: number) {
  const [ea, eb] = [Math.exp(-a / m), Math.exp(-b / m)];
  const z = ea - eb;
  const m1 = (a * ea - b * eb) / z + m;
  const m2 = ((a * a + 2 * a * m + 2 * m * m) * ea - (b * b + 2 * b * m + 2 * m * m) * eb) / z;
  return fromRaw(m1, m2);
}

/** Lognormal(μ, σ of the log) given a ≤ X ≤ b: E[Xⁿ] = e^(nμ + n²σ²/2)·ΔΦ(shifted by nσ²) / ΔΦ. */
function truncatedLognormal(mean: number, sd: number, a: number, b: number) {
  const sigma = Math.sqrt(Math.log(1 + (sd * sd) / (mean * mean)));
  const mu = Math.log(mean) - (sigma * sigma) / 2;
  const phi = (x: number, n: number) => normalCdf((Math.log(x) - mu - n * sigma * sigma) / sigma);
  const raw = (n: number) => (Math.exp(n * mu + (n * n * sigma * sigma) / 2) * (phi(b, n) - phi(a, n))) / (phi(b, 0) - phi(a, 0));
  return fromRaw(raw(1), raw(2));
}

/** Gamma(shape 2, scale θ) given a ≤ X ≤ b, from P(k, x) = 1 − e^(−x) Σ_{j<k} x^j / j! for k = 2, 3, 4. */
function truncatedGamma2(theta: number, a: number, b: number) {
  const p = (k: number, x: number) => {
    let sum = 0;
    let term = 1;
    for (let j = 0; j < k; j++) {
      sum += term;
      term *= x / (j + 1);
    }
    return 1 - Math.exp(-x) * sum;
  };
  const mass = (k: number) => p(k, b / theta) - p(k, a / theta);
  // E[Xⁿ] = θⁿ Γ(2 + n) / Γ(2) · mass(2 + n) / mass(2)
  return fromRaw((theta * 2 * mass(3)) / mass(2), (theta * theta * 6 * mass(4)) / mass(2));
}

const cases: { name: string; spec: DistSpec; mean: number; variance: number; lo: number; hi: number }[] = [
  {
    name: "mixture: 10% at once, 90% exponential(3)",
    spec: { kind: "mixture", components: [{ p: 0.1, dist: { kind: "deterministic", value: 0 } }, { p: 0.9, dist: { kind: "exponential", mean: 3 } }] },
    ...fromRaw(0.9 * 3, 0.9 * 2 * 9),
    lo: 0,
    hi: Infinity,
  },
  {
    name: "mixture of uniform(1, 3) and triangular(4, 6, 11)",
    spec: { kind: "mixture", components: [{ p: 0.3, dist: { kind: "uniform", min: 1, max: 3 } }, { p: 0.7, dist: { kind: "triangular", min: 4, mode: 6, max: 11 } }] },
    ...fromRaw(0.3 * 2 + 0.7 * 7, 0.3 * (4 + 1 / 3) + 0.7 * (49 + (16 + 36 + 121 - 24 - 44 - 66) / 18)),
    lo: 1,
    hi: 11,
  },
  {
    name: "histogram [0, 5, 10, 20] × [30, 50, 20]",
    spec: { kind: "histogram", bins: [0, 5, 10, 20], counts: [30, 50, 20] },
    ...fromRaw(0.3 * 2.5 + 0.5 * 7.5 + 0.2 * 15, (0.3 * 25 + 0.5 * (25 + 50 + 100) + 0.2 * (100 + 200 + 400)) / 3),
    lo: 0,
    hi: 20,
  },
  { name: "exponential(4) truncated to [1, 6]", spec: { kind: "truncated", dist: { kind: "exponential", mean: 4 }, min: 1, max: 6 }, ...truncatedExponential(4, 1, 6), lo: 1, hi: 6 },
  { name: "lognormal(6, 4) truncated to [1, 10]", spec: { kind: "truncated", dist: { kind: "lognormal", mean: 6, sd: 4 }, min: 1, max: 10 }, ...truncatedLognormal(6, 4, 1, 10), lo: 1, hi: 10 },
  { name: "gamma(2, 3) truncated to [2, 8] (rejection)", spec: { kind: "truncated", dist: { kind: "gamma", shape: 2, scale: 3 }, min: 2, max: 8 }, ...truncatedGamma2(3, 2, 8), lo: 2, hi: 8 },
];

const REPLICATIONS = 20;
const CASES = Math.round(20_000 * THEORY_SCALE);

describe("composite distributions sampled through pure-delay steps", () => {
  const observers: DurationObserver[] = [];
  beforeAll(() => {
    const model = buildModel({
      name: "one step per composite distribution",
      arrivals: [poissonSource("cases", 1, cases[0].name)],
      steps: cases.map((c, i) => serviceStep(c.name, null, c.spec, i + 1 < cases.length ? goTo(cases[i + 1].name) : EXIT)),
      run: { maxArrivals: CASES, horizon: null, study: "terminating" },
    });
    const compiled = compileModel(model);
    for (let r = 0; r < REPLICATIONS; r++) {
      const observer = new DurationObserver(cases.length);
      runReplication(compiled, r, { observer });
      observers.push(observer);
    }
  });

  it.each(cases.map((c, step) => ({ ...c, step })))("$name: sample mean, variance and range", ({ name, spec, mean, variance, lo, hi, step }) => {
    const record = compileSampler(spec);
    expect(record.mean).toBeCloseTo(mean, 6);
    expect(record.variance).toBeCloseTo(variance, 5);
    const means = tInterval(observers.map((o) => o.mean[step]));
    const variances = tInterval(observers.map((o) => o.variance(step)));
    expectTheoryWithin(`${name} mean`, means, mean, { maxRelativeHalfWidth: 0.01, absoluteHalfWidth: 1e-9 });
    expectTheoryWithin(`${name} variance`, variances, variance, { maxRelativeHalfWidth: 0.04, absoluteHalfWidth: 1e-9 });
    observers.forEach((o) => {
      expect(o.min[step]).toBeGreaterThanOrEqual(lo);
      expect(o.max[step]).toBeLessThanOrEqual(hi);
    });
  });
});
