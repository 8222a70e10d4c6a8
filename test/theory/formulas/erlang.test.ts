/**
 * Erlang B / Erlang C / M/M/c formulas against textbook values: the theory side of every
 * multi-server check must itself be right before it can judge the simulator.
 */
import { describe, expect, it } from "vitest";
import { erlangB, erlangC, mmc, mmcWaitQuantile, mmcWaitTail } from "../../support/theory/erlang.js";

describe("erlangB", () => {
  it("matches the Erlang B table (10 trunks: 1% at 4.46 E, 2% at 5.08 E; 5 E → 0.01838)", () => {
    expect(erlangB(10, 4.46)).toBeCloseTo(0.01, 3);
    expect(erlangB(10, 5.08)).toBeCloseTo(0.02, 3);
    expect(erlangB(10, 5)).toBeCloseTo(0.0183846, 6);
  });

  it("gives the closed forms for one and two servers", () => {
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 12);
    expect(erlangB(3, 2)).toBeCloseTo(4 / 19, 12);
    expect(erlangB(0, 3)).toBe(1);
  });

  it("stays finite for hundreds of servers", () => {
    const b = erlangB(500, 480);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(0.05);
  });

  it("rejects bad arguments", () => {
    expect(() => erlangB(-1, 1)).toThrow(RangeError);
    expect(() => erlangB(2.5, 1)).toThrow(RangeError);
    expect(() => erlangB(2, -1)).toThrow(RangeError);
  });
});

describe("erlangC", () => {
  it("matches textbook M/M/c examples", () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 12);
    expect(erlangC(10, 8)).toBeCloseTo(0.40918015, 7);
  });

  it("reduces to ρ for one server", () => {
    expect(erlangC(1, 0.9)).toBeCloseTo(0.9, 12);
  });

  it("agrees with the factorial form", () => {
    const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
    const direct = (c: number, a: number): number => {
      const top = ((a ** c / factorial(c)) * c) / (c - a);
      let bottom = top;
      for (let k = 0; k < c; k++) bottom += a ** k / factorial(k);
      return top / bottom;
    };
    for (const [c, a] of [[3, 2.7], [5, 4], [12, 9.5]] as const) expect(erlangC(c, a)).toBeCloseTo(direct(c, a), 12);
  });

  it("rejects an unstable queue", () => {
    expect(() => erlangC(3, 3)).toThrow(RangeError);
  });
});

describe("mmc", () => {
  it("gives M/M/2 at a = 1: Wq = 1/3, Lq = 1/3, L = 4/3", () => {
    const m = mmc(1, 1, 2);
    expect(m.meanWait).toBeCloseTo(1 / 3, 12);
    expect(m.meanQueue).toBeCloseTo(1 / 3, 12);
    expect(m.meanInSystem).toBeCloseTo(4 / 3, 12);
    expect(m.utilisation).toBeCloseTo(0.5, 12);
  });

  it("gives M/M/1 for one server: Wq = ρ/(μ − λ)", () => {
    const m = mmc(0.9, 1, 1);
    expect(m.meanWait).toBeCloseTo(9, 10);
    expect(m.probWait).toBeCloseTo(0.9, 12);
  });

  it("scales with the time unit", () => {
    const perMinute = mmc(9, 1, 10);
    const perHour = mmc(9 / 60, 60, 10);
    expect(perHour.meanWait).toBeCloseTo(perMinute.meanWait * 60, 9);
  });
});

describe("mmcWaitTail / mmcWaitQuantile", () => {
  it("gives P(Wq > 0) = C and the M/M/1 tail ρ·e^{−(μ − λ)t}", () => {
    expect(mmcWaitTail(2.4, 1, 3, 0)).toBeCloseTo(erlangC(3, 2.4), 12);
    expect(mmcWaitTail(0.9, 1, 1, 10)).toBeCloseTo(0.9 * Math.exp(-1), 12);
  });

  it("inverts the tail, and is 0 below the no-wait mass", () => {
    const q = mmcWaitQuantile(0.9, 1, 1, 0.9);
    expect(q).toBeCloseTo(Math.log(9) / 0.1, 10);
    expect(mmcWaitTail(0.9, 1, 1, q)).toBeCloseTo(0.1, 12);
    expect(mmcWaitQuantile(0.5, 1, 1, 0.4)).toBe(0);
  });
});
