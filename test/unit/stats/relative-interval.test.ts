// The interval of a relative change "proposed vs current": Fieller's interval for the ratio
// of paired means (hand-computed case), its agreement with the paired difference's verdict,
// the cut at −100% for quantities that cannot be negative, and the unbounded case.
import { describe, expect, it } from "vitest";
import { excludesZero, kpiPairedDifference } from "../../../src/stats/ci.js";
import { fiellerRatio, relativeChangeInterval } from "../../../src/stats/relative-interval.js";

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
