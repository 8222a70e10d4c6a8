// The interval of a relative change "proposed vs current": Fieller's interval for the ratio
// of paired means (hand-computed case), its agreement with the paired difference's verdict,
// the cut at −100% for quantities that cannot be negative, the unbounded case, and the point
// estimate taken from the same pairs as the interval.
import { describe, expect, it } from "vitest";
import { excludesZero, kpiPairedDifference } from "../../../src/stats/ci.js";
import { fiellerRatio, relativeChangeInterval, relativeChangeOf } from "../../../src/stats/relative-interval.js";

/** A seeded uniform generator (test-side only). */
function uniforms(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
}

const MEAN = "overall/waitTime.mean";
const P90 = "overall/waitTime.p90";

describe("Fieller's interval for a ratio of paired means", () => {
  it("matches a hand-computed case", () => {
    // x = 10, 12, 14; y = 5, 7, 6: x̄ = 12, ȳ = 6; Var x̄ = 4/3, Var ȳ = 1/3, Cov = 1/3;
    // t(0.975, 2)² = 18.5128. a = 144 − 18.5128·4/3 = 119.3162, b = 72 − 18.5128/3 = 65.8291,
    // c = 36 − 18.5128/3 = 29.8291; R = (b ∓ √(b² − ac))/a = 0.318494 … 0.784945.
    const [lo, hi] = fiellerRatio([10, 12, 14], [5, 7, 6]) as [number, number];
    expect(lo).toBeCloseTo(0.318494, 5);
    expect(hi).toBeCloseTo(0.784945, 5);
    const change = relativeChangeInterval(MEAN, [10, 12, 14], [5, 7, 6]);
    expect(change?.lo).toBeCloseTo(-0.681506, 5);
    expect(change?.hi).toBeCloseTo(-0.215055, 5);
  });

  it("gives exactly no change for identical runs and the exact ratio without spread", () => {
    expect(relativeChangeInterval(MEAN, [10, 11, 13], [10, 11, 13])).toEqual({ lo: 0, hi: 0 });
    const constant = relativeChangeInterval(MEAN, [4, 4, 4], [1, 1, 1]);
    expect(constant?.lo).toBeCloseTo(-0.75, 12);
    expect(constant?.hi).toBeCloseTo(-0.75, 12);
  });

  it("is unbounded when the current mean is not clearly away from zero, and absent without one", () => {
    expect(relativeChangeInterval(MEAN, [-1, 1, 0.5], [2, 3, 2])).toEqual({ lo: null, hi: null });
    expect(relativeChangeInterval(MEAN, [4], [2])).toBeNull();
    expect(relativeChangeInterval(MEAN, [0, 0], [2, 3])).toBeNull();
  });

  it("never reads a fall of more than 100% for a quantity that cannot be negative", () => {
    // Today's waits are clearly positive; the proposal's are near zero and not clearly above it.
    const current = [10, 11, 12, 13];
    const proposed = [0.1, 0, 0.3, 0];
    const d = kpiPairedDifference(MEAN, current, proposed);
    expect((d.lo as number) / 11.5).toBeLessThan(-1);
    expect(fiellerRatio(current, proposed)?.[0]).toBeLessThan(0);
    const change = relativeChangeInterval(MEAN, current, proposed);
    expect(change?.lo).toBe(-1);
    expect(change?.hi).toBeGreaterThan(-1);
    // A quantity that can be negative is not cut.
    expect(relativeChangeInterval(MEAN, current, [0.1, -0.05, 0.3, 0])?.lo).toBeLessThan(-1);
  });

  it("keeps the sign convention for a negative current mean: (ȳ − x̄)/|x̄|", () => {
    const change = relativeChangeInterval(MEAN, [-10, -12, -14], [-5, -7, -6]);
    expect(change?.lo).toBeCloseTo(1 - 0.784945, 5);
    expect(change?.hi).toBeCloseTo(1 - 0.318494, 5);
  });
});

describe("the relative interval agrees with the difference's significance", () => {
  it("excludes 0 exactly when the paired difference's interval does (t and bootstrap KPIs)", () => {
    const next = uniforms(5);
    let significant = 0;
    for (let k = 0; k < 150; k++) {
      const current = Array.from({ length: 10 }, () => 5 + 4 * next());
      const proposed = current.map((c) => c * (0.9 + 0.05 * (k % 5)) + (next() - 0.5) * 1.5);
      for (const key of [MEAN, P90]) {
        const diff = kpiPairedDifference(key, current, proposed);
        const change = relativeChangeInterval(key, current, proposed);
        const excludes = change !== null && change.lo !== null && change.hi !== null && (change.lo > 0 || change.hi < 0);
        expect(excludes, `${key} #${k}`).toBe(excludesZero(diff));
        if (excludes) significant++;
      }
    }
    // Both verdicts occur, so the agreement is tested on each side.
    expect(significant).toBeGreaterThan(50);
    expect(significant).toBeLessThan(250);
  });
});

describe("the relative change's point, from the pairs its interval uses", () => {
  it("divides by today's mean on the complete pairs when some replications lack the KPI", () => {
    // Pairs where both report it: (10, 5), (12, 7), (14, 6): mean difference −6, today's mean
    // on them 12 → −50%. Today's mean over all its replications would be (10+12+14+40)/4 = 19.
    const current = [10, 12, 40, 14];
    const proposed = [5, 7, null, 6];
    const today = { mean: 19, n: 4 };
    const meanDifference = kpiPairedDifference(MEAN, current, proposed).mean as number;
    expect(meanDifference).toBeCloseTo(-6, 12);
    const point = relativeChangeOf(meanDifference, today, current, proposed) as number;
    expect(point).toBeCloseTo(-0.5, 12);
    const interval = relativeChangeInterval(MEAN, current, proposed);
    expect(interval?.lo).toBeCloseTo(-0.681506, 5);
    expect(interval?.hi).toBeCloseTo(-0.215055, 5);
    expect(point).toBeGreaterThan(interval?.lo as number);
    expect(point).toBeLessThan(interval?.hi as number);
  });

  it("keeps today's summarised mean when every replication is paired, and is null without pairs", () => {
    expect(relativeChangeOf(-6, { mean: 12, n: 3 }, [10, 12, 14], [5, 7, 6])).toBe(-0.5);
    expect(relativeChangeOf(-6, { mean: 12, n: 3 }, [10, 12, 14], [null, null, null])).toBeNull();
    expect(relativeChangeOf(1, { mean: 0, n: 2 }, [0, 0], [1, 1])).toBeNull();
  });

  it("lies inside its bounded Fieller interval for random paired samples with missing values", () => {
    const next = uniforms(20261205);
    let bounded = 0;
    let outsideOverAllOfToday = 0;
    for (let trial = 0; trial < 400; trial++) {
      const n = 3 + Math.floor(next() * 8);
      const current = Array.from({ length: n }, () => (next() < 0.2 ? null : 5 + 20 * next()));
      // The proposal lacks the KPI where today's value is high (a backlog it clears), as in practice.
      const proposed = current.map((x) => (x === null || x > 18 ? null : x * (0.4 + 0.8 * next()) + 3 * (next() - 0.5)));
      const finite = current.filter((x): x is number => x !== null);
      const today = { mean: finite.reduce((a, b) => a + b, 0) / finite.length, n: finite.length };
      const difference = kpiPairedDifference(MEAN, current, proposed).mean;
      const interval = relativeChangeInterval(MEAN, current, proposed);
      if (difference === null || interval === null || interval.lo === null || interval.hi === null) continue;
      const point = relativeChangeOf(difference, today, current, proposed) as number;
      bounded++;
      const overAll = difference / today.mean;
      if (overAll < interval.lo || overAll > interval.hi) outsideOverAllOfToday++;
      expect(point).toBeGreaterThanOrEqual(interval.lo - 1e-12);
      expect(point).toBeLessThanOrEqual(interval.hi + 1e-12);
    }
    expect(bounded).toBeGreaterThan(200);
    // Dividing by today's mean over all its replications instead puts some points outside.
    expect(outsideOverAllOfToday).toBeGreaterThan(0);
  });
});
