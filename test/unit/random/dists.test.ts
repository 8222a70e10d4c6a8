// Compiled samplers: every family reproduces its analytic mean and variance within a tolerance
// derived from the sample size, stays inside its support, and is a pure function of counters.
import { describe, expect, it } from "vitest";
import type { DistSpec } from "../../../src/random/dist-spec.js";
import { compileSampler, type Sampler } from "../../../src/random/dists.js";

const N = 200_000;
const KEY: readonly [number, number] = [0x1234abcd, 0x0badf00d];

interface SampleSummary { mean: number; variance: number; fourth: number; min: number; max: number }

function summarise(sampler: Sampler, n: number, visit = 0): SampleSummary {
  const xs = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i] = sampler.sample(KEY[0], KEY[1], i, visit);
  const mean = sum / n;
  let m2 = 0, m4 = 0, min = Infinity, max = -Infinity;
  for (const x of xs) {
    const d = (x - mean) ** 2;
    m2 += d;
    m4 += d * d;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { mean, variance: m2 / (n - 1), fourth: m4 / n, min, max };
}

const families: DistSpec[] = [
  { kind: "exponential", mean: 5 },
  { kind: "uniform", min: 2, max: 7 },
  { kind: "triangular", min: 3, mode: 6, max: 12 },
  { kind: "triangular", min: 0, mode: 0, max: 4 },
  { kind: "normal", mean: 10, sd: 3 },
  { kind: "normal", mean: 1, sd: 3 },
  { kind: "normal", mean: -5, sd: 1 },
  { kind: "normal", mean: -100, sd: 1 },
  { kind: "lognormal", mean: 6, sd: 3 },
  { kind: "lognormal", mean: 30, sd: 60 },
  { kind: "gamma", shape: 2.5, scale: 8 },
  { kind: "gamma", shape: 0.4, scale: 2 },
  { kind: "erlang", k: 3, mean: 12 },
  { kind: "erlang", k: 40, mean: 12 },
  { kind: "weibull", shape: 1.5, scale: 20 },
  { kind: "weibull", shape: 0.7, scale: 3 },
  { kind: "pert", min: 2, mode: 5, max: 14 },
  { kind: "empirical", values: [1, 2, 5], weights: [1, 3, 6] },
];

describe.each(families)("sampler for %o", (spec) => {
  const sampler = compileSampler(spec);
  const s = summarise(sampler, N);

  it("reproduces the analytic mean within 4 standard errors", () => {
    expect(Math.abs(s.mean - sampler.mean)).toBeLessThan(4 * Math.sqrt(sampler.variance / N));
  });

  it("reproduces the analytic variance within 5 standard errors of the sample variance", () => {
    const standardError = Math.sqrt(Math.max(s.fourth - s.variance ** 2, 0) / N);
    expect(Math.abs(s.variance - sampler.variance)).toBeLessThan(5 * standardError);
  });

  it("keeps every sample inside the support", () => {
    expect(s.min).toBeGreaterThanOrEqual(sampler.support[0]);
    expect(s.max).toBeLessThanOrEqual(sampler.support[1]);
  });

  it("is deterministic in (key, case, visit) and varies with each", () => {
    const x = sampler.sample(KEY[0], KEY[1], 77, 3);
    expect(sampler.sample(KEY[0], KEY[1], 77, 3)).toBe(x);
    const others = [
      sampler.sample(KEY[0] + 1, KEY[1], 77, 3), sampler.sample(KEY[0], KEY[1] + 1, 77, 3),
      sampler.sample(KEY[0], KEY[1], 78, 3), sampler.sample(KEY[0], KEY[1], 77, 4),
    ];
    if (spec.kind !== "empirical") for (const y of others) expect(y).not.toBe(x);
  });
});

describe("samples across counters", () => {
  it("do not depend on the order in which cases are served", () => {
    const sampler = compileSampler({ kind: "gamma", shape: 2.5, scale: 8 });
    const inOrder = Array.from({ length: 50 }, (_, i) => sampler.sample(9, 8, i, 1));
    const reversed = Array.from({ length: 50 }, (_, i) => sampler.sample(9, 8, 49 - i, 1)).reverse();
    expect(reversed).toEqual(inOrder);
  });


  it("are uncorrelated between neighbouring cases and between visits of one case", () => {
    const sampler = compileSampler({ kind: "lognormal", mean: 6, sd: 3 });
    const n = 100_000;
    let sCase = 0, sVisit = 0, sSq = 0;
    for (let i = 0; i < n; i++) {
      const x = sampler.sample(KEY[0], KEY[1], i, 0) - 6;
      sCase += x * (sampler.sample(KEY[0], KEY[1], i + 1, 0) - 6);
      sVisit += x * (sampler.sample(KEY[0], KEY[1], i, 1) - 6);
      sSq += x * x;
    }
    expect(Math.abs(sCase / sSq)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(sVisit / sSq)).toBeLessThan(4 / Math.sqrt(n));
  });

  it("pair long with long across inversion families (common random numbers survive a family swap)", () => {
    const families: DistSpec[] = [
      { kind: "exponential", mean: 5 }, { kind: "lognormal", mean: 5, sd: 2 }, { kind: "normal", mean: 5, sd: 2 },
      { kind: "weibull", shape: 2, scale: 5 }, { kind: "triangular", min: 1, mode: 4, max: 10 },
      { kind: "uniform", min: 0, max: 10 }, { kind: "erlang", k: 3, mean: 5 },
    ];
    const samplers = families.map(compileSampler);
    const first = samplers[0];
    for (const other of samplers.slice(1, 6)) {
      for (let i = 0; i < 200; i++) {
        for (let j = i + 1; j < i + 3; j++) {
          const a = Math.sign(first.sample(1, 2, i, 0) - first.sample(1, 2, j, 0));
          const b = Math.sign(other.sample(1, 2, i, 0) - other.sample(1, 2, j, 0));
          expect(b).toBe(a);
        }
      }
    }
  });
});

describe("empirical sampler", () => {
  it("draws each value with its weight's share (chi-square below mean + 5 sd)", () => {
    const sampler = compileSampler({ kind: "empirical", values: [10, 20, 30, 40], weights: [0.1, 0.2, 0.3, 0.4] });
    const counts = new Map<number, number>();
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const x = sampler.sample(3, 4, i, 0);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    let chi2 = 0;
    for (const [value, p] of [[10, 0.1], [20, 0.2], [30, 0.3], [40, 0.4]]) chi2 += ((counts.get(value) ?? 0) - n * p) ** 2 / (n * p);
    expect(counts.size).toBe(4);
    expect(chi2).toBeLessThan(3 + 5 * Math.sqrt(6));
  });

  it("never draws a zero-weight value", () => {
    const sampler = compileSampler({ kind: "empirical", values: [1, 2, 3, 4], weights: [0, 1, 0.5, 0] });
    for (let i = 0; i < 1000; i++) expect([2, 3]).toContain(sampler.sample(5, 6, i, 0));
  });
});

describe("degenerate and invalid specs", () => {
  it("compile degenerate parameters to constants", () => {
    const cases: [DistSpec, number][] = [
      [{ kind: "deterministic", value: 4 }, 4], [{ kind: "normal", mean: 3, sd: 0 }, 3],
      [{ kind: "lognormal", mean: 3, sd: 0 }, 3], [{ kind: "triangular", min: 2, mode: 2, max: 2 }, 2],
      [{ kind: "pert", min: 7, mode: 7, max: 7 }, 7], [{ kind: "uniform", min: 5, max: 5 }, 5],
    ];
    for (const [spec, value] of cases) {
      const sampler = compileSampler(spec);
      expect(sampler.sample(1, 2, 3, 4)).toBeCloseTo(value, 12);
      expect(sampler.variance).toBeCloseTo(0, 12);
    }
  });

  it("rejects invalid parameters with a message naming the parameter", () => {
    const bad: [DistSpec, RegExp][] = [
      [{ kind: "exponential", mean: -1 }, /mean/], [{ kind: "uniform", min: 3, max: 1 }, /min ≤ max/],
      [{ kind: "triangular", min: 10, mode: 5, max: 12 }, /min ≤ mode ≤ max/], [{ kind: "normal", mean: 1, sd: -1 }, /sd/],
      [{ kind: "lognormal", mean: 0, sd: 1 }, /mean must be > 0/], [{ kind: "gamma", shape: 0, scale: 1 }, /shape/],
      [{ kind: "erlang", k: 1.5, mean: 3 }, /k must be an integer/], [{ kind: "weibull", shape: 2, scale: -1 }, /scale/],
      [{ kind: "empirical", values: [1, 2], weights: [1] }, /differ in length/],
      [{ kind: "empirical", values: [1], weights: [0] }, /not all be 0/],
      [{ kind: "deterministic", value: NaN }, /finite/],
    ];
    for (const [spec, message] of bad) expect(() => compileSampler(spec)).toThrow(message);
  });
});
