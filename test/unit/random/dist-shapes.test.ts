// Distribution shapes, beyond two moments: a Kolmogorov–Smirnov test of each sampler against
// its analytic distribution function (critical value 1.95/√n, significance level ≈ 0.001).
import { describe, expect, it } from "vitest";
import type { DistSpec } from "../../../src/random/dist-spec.js";
import { compileSampler } from "../../../src/random/dists.js";
import { normalCdf } from "../../../src/random/normal-functions.js";

const N = 20_000;

/** P(Erlang-k with phase mean θ ≤ x) = 1 − Σ_{i<k} e^{−x/θ} (x/θ)^i / i!. */
function erlangCdf(k: number, theta: number, x: number): number {
  let term = Math.exp(-x / theta);
  let sum = term;
  for (let i = 1; i < k; i++) sum += term *= x / theta / i;
  return 1 - sum;
}

/** Regularised incomplete beta for integer a, b: Σ_{j=a}^{a+b−1} C(a+b−1, j) x^j (1−x)^{a+b−1−j}. */
function betaCdfIntegers(a: number, b: number, x: number): number {
  const n = a + b - 1;
  let sum = 0;
  let binomial = 1;
  for (let j = 0; j <= n; j++) {
    if (j >= a) sum += binomial * x ** j * (1 - x) ** (n - j);
    binomial = (binomial * (n - j)) / (j + 1);
  }
  return sum;
}

const cases: [string, DistSpec, (x: number) => number][] = [
  ["exponential", { kind: "exponential", mean: 5 }, (x) => 1 - Math.exp(-x / 5)],
  ["triangular", { kind: "triangular", min: 3, mode: 6, max: 12 },
    (x) => (x < 6 ? (x - 3) ** 2 / (9 * 3) : 1 - (12 - x) ** 2 / (9 * 6))],
  ["normal truncated at 0", { kind: "normal", mean: 1, sd: 3 },
    (x) => (normalCdf((x - 1) / 3) - normalCdf(-1 / 3)) / (1 - normalCdf(-1 / 3))],
  ["lognormal", { kind: "lognormal", mean: 6, sd: 3 }, (x) => {
    const sigma = Math.sqrt(Math.log(1 + 9 / 36));
    const mu = Math.log(6) - (sigma * sigma) / 2;
    return normalCdf((Math.log(x) - mu) / sigma);
  }],
  ["weibull", { kind: "weibull", shape: 1.5, scale: 20 }, (x) => 1 - Math.exp(-((x / 20) ** 1.5))],
  ["erlang (sum)", { kind: "erlang", k: 3, mean: 12 }, (x) => erlangCdf(3, 4, x)],
  ["erlang (gamma path)", { kind: "erlang", k: 40, mean: 12 }, (x) => erlangCdf(40, 0.3, x)],
  ["gamma shape 3", { kind: "gamma", shape: 3, scale: 2 }, (x) => erlangCdf(3, 2, x)],
  ["gamma shape 1/2 (boost path)", { kind: "gamma", shape: 0.5, scale: 2 }, (x) => 1 - 2 * normalCdf(-Math.sqrt(x))],
  ["pert (beta 2, 4)", { kind: "pert", min: 2, mode: 5, max: 14 }, (x) => betaCdfIntegers(2, 4, (x - 2) / 12)],
];

describe.each(cases)("%s sampler", (_name, spec, cdf) => {
  it("passes a Kolmogorov–Smirnov test against its distribution function", () => {
    const sampler = compileSampler(spec);
    const xs = Float64Array.from({ length: N }, (_, i) => sampler.sample(0x5eed, 0xcafe, i, 0)).sort();
    let d = 0;
    for (let i = 0; i < N; i++) {
      const f = cdf(xs[i]);
      d = Math.max(d, (i + 1) / N - f, f - i / N);
    }
    expect(d).toBeLessThan(1.95 / Math.sqrt(N));
  });
});
