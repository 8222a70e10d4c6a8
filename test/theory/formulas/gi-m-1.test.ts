/**
 * GI/M/1 against M/M/1 (Poisson arrivals) and the published D/M/1 root.
 */
import { describe, expect, it } from "vitest";
import { giM1, laplaceTransform } from "../../support/theory/gi-m-1.js";
import { mm1 } from "../../support/theory/single-server.js";

describe("giM1", () => {
  it("reduces to M/M/1 for exponential inter-arrival times (σ = ρ)", () => {
    const r = giM1({ kind: "exponential", mean: 1.25 }, 1.25, 1);
    expect(r.probWait).toBeCloseTo(0.8, 10);
    expect(r.meanWait).toBeCloseTo(mm1(0.8, 1).meanWait, 8);
  });

  it("solves D/M/1 at ρ = 0.5: σ = e^{−2(1 − σ)} ≈ 0.2032", () => {
    const r = giM1({ kind: "deterministic", value: 2 }, 2, 1);
    expect(r.probWait).toBeCloseTo(0.203188, 6);
    expect(r.probWait).toBeCloseTo(Math.exp(-2 * (1 - r.probWait)), 12);
  });

  it("orders waits by arrival variability: D < E2 < M", () => {
    const d = giM1({ kind: "deterministic", value: 1.25 }, 1.25, 1).meanWait;
    const e2 = giM1({ kind: "erlang", k: 2, mean: 1.25 }, 1.25, 1).meanWait;
    const m = giM1({ kind: "exponential", mean: 1.25 }, 1.25, 1).meanWait;
    expect(d).toBeLessThan(e2);
    expect(e2).toBeLessThan(m);
  });

  it("has transforms equal to 1 at s = 0 and matching mean slopes", () => {
    const h = 1e-6;
    for (const spec of [
      { kind: "uniform", min: 1, max: 3 },
      { kind: "gamma", shape: 2, scale: 1 },
      { kind: "erlang", k: 3, mean: 2 },
    ] as const) {
      expect(laplaceTransform(spec, 0)).toBeCloseTo(1, 12);
      expect((1 - laplaceTransform(spec, h)) / h).toBeCloseTo(2, 4);
    }
  });
});
