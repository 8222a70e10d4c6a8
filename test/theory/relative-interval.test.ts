/**
 * The relative change's 95% interval covers the true ratio of means at the nominal rate.
 *
 * Thousands of paired "current vs proposed" experiments are drawn from known distributions
 * (ten replications each, sharing a day factor as common random numbers do); the count of
 * intervals that cover the true relative change μy/μx − 1 is Binomial(M, coverage). The test
 * asserts 95% lies inside the 99.9% interval of that count (normal approximation), so it
 * fails when the coverage is off by more than about ±1.6 points at M = 2,000.
 */
import { describe, expect, it } from "vitest";
import { relativeChangeInterval } from "../../src/stats/relative-interval.js";

/** A seeded uniform generator (test-side only). */
function uniforms(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
}

/** Standard normal draws by Box–Muller from `next`. */
function normals(next: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next());
}

/** One paired experiment: current and proposed KPI values of n replications. */
type Experiment = (n: number) => [number[], number[]];

/** Share of `trials` experiments whose interval for `key` covers `truth`, and the trial count. */
function coverage(key: string, experiment: Experiment, n: number, trials: number, truth: number): number {
  let covered = 0;
  for (let k = 0; k < trials; k++) {
    const [current, proposed] = experiment(n);
    const ci = relativeChangeInterval(key, current, proposed);
    if (ci === null) throw new Error("every experiment has an interval");
    if ((ci.lo === null || ci.lo <= truth) && (ci.hi === null || truth <= ci.hi)) covered++;
  }
  return covered / trials;
}

/** Half-width of the 99.9% interval of a coverage share from `trials` Bernoulli(0.95) trials. */
function tolerance(trials: number): number {
  return 3.29 * Math.sqrt((0.95 * 0.05) / trials);
}

describe("relative change interval coverage (95% nominal)", () => {
  it("bivariate normal means, strongly paired: Fieller is exact", () => {
    const z = normals(uniforms(21));
    // Current wait 10 ± 3 min per replication; proposed 1.2 + 0.25·(same day) ± 0.2: R = 0.12.
    const experiment: Experiment = (n) => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (let i = 0; i < n; i++) {
        const day = z();
        xs.push(10 + 3 * day);
        ys.push(1.2 + 0.25 * day + 0.2 * z());
      }
      return [xs, ys];
    };
    const trials = 2000;
    const share = coverage("overall/waitTime.mean", experiment, 10, trials, 0.12 - 1);
    expect(Math.abs(share - 0.95)).toBeLessThan(tolerance(trials));
  });

  it("positive, skewed day factor shared by both sides (a 91% fall, as in a replayed branch day)", () => {
    const next = uniforms(33);
    const z = normals(next);
    // Day factor F ~ Exp-like busy days (1 + Exp(1))/2, mean 1; waits 20·F ± 1 today, 1.8·F ± 0.3 proposed.
    const experiment: Experiment = (n) => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (let i = 0; i < n; i++) {
        const day = (1 - Math.log(next())) / 2;
        xs.push(20 * day + z());
        ys.push(Math.max(0, 1.8 * day + 0.3 * z()));
      }
      return [xs, ys];
    };
    // E[max(0, 1.8F + 0.3Z)] = 1.8 up to a tail of < 1e-9 (1.8F ≥ 0.9 = 3 sd).
    const trials = 2000;
    const share = coverage("overall/waitTime.mean", experiment, 10, trials, 1.8 / 20 - 1);
    expect(Math.abs(share - 0.95)).toBeLessThan(tolerance(trials));
  });

  it("percentile KPIs (paired bootstrap of the ratio), 20 replications", () => {
    const z = normals(uniforms(45));
    const experiment: Experiment = (n) => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (let i = 0; i < n; i++) {
        const day = z();
        xs.push(12 + 2 * day);
        ys.push(4 + 0.5 * day + 0.4 * z());
      }
      return [xs, ys];
    };
    const trials = 600;
    const share = coverage("overall/waitTime.p90", experiment, 20, trials, 4 / 12 - 1);
    expect(Math.abs(share - 0.95)).toBeLessThan(tolerance(trials));
  });
});
