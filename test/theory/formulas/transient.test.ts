/**
 * Transient M/M/c from empty, against the M/M/∞ closed form and the stationary limit.
 */
import { describe, expect, it } from "vitest";
import { transientMmc } from "../../support/theory/transient.js";
import { mmc } from "../../support/theory/erlang.js";

describe("transientMmc", () => {
  it("follows (λ/μ)(1 − e^{−μt}) when servers never run out (M/M/∞ from empty)", () => {
    const result = transientMmc(2, 3, 200, 30, 0.02, 200);
    for (const t of [1, 5, 12, 30]) expect(result.meanAt[Math.round(t / 0.02)]).toBeCloseTo(6 * (1 - Math.exp(-t / 3)), 6);
    // Bin average of the closed form over [0, 30): 6 − (6·3/30)(1 − e^{−10}).
    expect(result.averageOver(0, 30)).toBeCloseTo(6 - 0.6 * (1 - Math.exp(-10)), 5);
  });

  it("settles at the stationary M/M/c mean", () => {
    const result = transientMmc(2.4, 1, 3, 400, 0.05);
    expect(result.meanAt[result.meanAt.length - 1]).toBeCloseTo(mmc(2.4, 1, 3).meanInSystem, 4);
  });

  it("starts at 0 and grows", () => {
    const result = transientMmc(2.4, 1, 3, 60);
    expect(result.meanAt[0]).toBe(0);
    expect(result.averageOver(0, 30)).toBeLessThan(result.averageOver(30, 60));
  });
});
