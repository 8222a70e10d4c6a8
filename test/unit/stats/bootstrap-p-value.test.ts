// The p-value of a bootstrap interval (percentile and maximum KPIs): small enough when the
// interval is far from zero for Holm's correction over a whole headline to keep the change,
// never below 5% when the 95% interval includes zero, and not anti-conservative on
// differences of a change that does nothing (symmetric about zero).
import { describe, expect, it } from "vitest";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import { excludesZero, kpiInterval, kpiPairedDifference, tPValue } from "../../../src/stats/ci.js";
import { holmRejections } from "../../../src/stats/holm.js";

const P90 = "overall/cycleTime.p90";

/** Seeded standard normal variates (Box–Muller; test-side only). */
function variates(seed: number): { normal: () => number } {
  let s = seed >>> 0;
  const u = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
  return { normal: () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()) };
}

/** p of a one-sample bootstrap interval of `values` (no range cut). */
const pOf = (values: number[], confidence = 0.95) => kpiInterval(P90, values, confidence, null).pValue as number;

/** Holm's first threshold with the 14 headline KPIs of the reviewer's comparison. */
const FIRST_HOLM_THRESHOLD = 0.05 / 14;

describe("p-value of a bootstrap interval far from zero", () => {
  it("is 0 for a change that is the same in every replication (3 replications; was 0.105)", () => {
    // RPA: 90th percentile cycle time 40 → 12 min in each of 3 deterministic replications.
    const d = kpiPairedDifference(P90, [40, 40, 40], [12, 12, 12]);
    expect(d.pValue).toBe(0);
    expect(holmRejections([d.pValue, ...Array<number>(13).fill(0.5)])[0]).toBe(true);
  });

  it("is the t-test's p on symmetric differences, by hand for 3 replications (t = 48.5, df 2)", () => {
    // −27, −28, −29: mean −28, s = 1, t = 28/(1/√3) = 48.50, p = 2(1 − T(48.50, 2)) = 4.25e-4.
    const hand = 2 * (1 - tCdf(28 * Math.sqrt(3), 2));
    expect(hand).toBeCloseTo(4.25e-4, 5);
    const p = pOf([-27, -28, -29]);
    // The bootstrap standard error of 2,000 resamples is within ~2% of s/√n; p ∝ t^−2 here.
    expect(Math.abs(p / hand - 1)).toBeLessThan(0.15);
    expect(p).toBeLessThan(FIRST_HOLM_THRESHOLD);
  });

  it("passes Holm among 14 KPIs when the interval excludes zero by many standard errors (n = 3, 5, 10)", () => {
    const e = variates(5);
    for (const n of [3, 5, 10]) {
      // Fork-join: 90th percentile cycle time 190 → 80 min, replication spread 3 min.
      const current = Array.from({ length: n }, () => 190 + 3 * e.normal());
      const proposed = current.map((c) => c - 110 + 3 * e.normal());
      const d = kpiPairedDifference(P90, current, proposed);
      const t = tPValue(d) as number;
      expect(d.hi as number, `n=${n}`).toBeLessThan(0);
      expect(d.pValue as number, `n=${n}`).toBeLessThan(FIRST_HOLM_THRESHOLD);
      // Within the Monte Carlo error of the bootstrap standard error of the t-test's p.
      expect(Math.log10(d.pValue as number) / Math.log10(t), `n=${n}`).toBeGreaterThan(0.8);
      const others = Array.from({ length: 13 }, (_, i) => 0.1 + i * 0.05);
      expect(holmRejections([d.pValue, ...others])[0], `n=${n}`).toBe(true);
    }
  });
});

describe("p-value of a bootstrap interval and the interval", () => {
  it("is below 1 − confidence only when the interval excludes zero, and seldom disagrees", () => {
    const e = variates(3);
    for (const confidence of [0.95, 0.9]) {
      let disagree = 0;
      const trials = 300;
      for (let k = 0; k < trials; k++) {
        const values = Array.from({ length: 12 }, () => e.normal() + (k % 3) * 0.3);
        const d = kpiInterval(P90, values, confidence, null);
        const significant = (d.pValue as number) < 1 - confidence;
        if (significant) expect(excludesZero(d), `#${k}`).toBe(true);
        if (significant !== excludesZero(d)) disagree++;
      }
      // With 12 replications the interval is narrower than the t-interval on the side of 0
      // in about 1% of samples (then the headline sets the change aside): at most 3%.
      expect(disagree / trials).toBeLessThan(0.03);
    }
  });

  it("is 1 when every difference is 0", () => {
    expect(kpiPairedDifference(P90, [1, 2, 3], [1, 2, 3]).pValue).toBe(1);
  });
});

describe("p-value of a bootstrap interval under no change", () => {
  // 2,000 null datasets each: the rejection count is Binomial(2000, α) for a valid p, so
  // its rate lies within α ± 3·√(α(1 − α)/2000) (±1.5 points at 5%, ±0.67 at 1%).
  const TRIALS = 2000;
  const tolerance = (alpha: number) => 3 * Math.sqrt((alpha * (1 - alpha)) / TRIALS);

  for (const n of [3, 5, 10]) {
    it(`rejects at the nominal rate: normal differences, ${n} replications`, () => {
      const e = variates(100 + n);
      let at5 = 0;
      let at1 = 0;
      for (let k = 0; k < TRIALS; k++) {
        const p = pOf(Array.from({ length: n }, e.normal));
        if (p < 0.05) at5++;
        if (p < 0.01) at1++;
      }
      // Old p (resample share beyond 0): 0 rejections at n = 3 (p ≥ 0.105); the interval alone
      // excludes 0 for 25% of them (all three of one sign). Neither is a 5% test.
      expect(at5 / TRIALS).toBeLessThan(0.05 + tolerance(0.05));
      expect(at5 / TRIALS).toBeGreaterThan(0.05 - tolerance(0.05));
      expect(at1 / TRIALS).toBeLessThan(0.01 + tolerance(0.01));
    });
  }
});
