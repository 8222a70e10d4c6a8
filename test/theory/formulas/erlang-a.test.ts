/**
 * Erlang A (M/M/c+M) against limits with closed forms and against Little's law.
 */
import { describe, expect, it } from "vitest";
import { erlangA } from "../../support/theory/erlang-a.js";
import { mmc } from "../../support/theory/erlang.js";
import { mgInfinity } from "../../support/theory/infinite-server.js";

describe("erlangA", () => {
  it("tends to Erlang C when patience is very long", () => {
    const a = erlangA(2.4, 1, 3, 1e7);
    const c = mmc(2.4, 1, 3);
    expect(a.probWait).toBeCloseTo(c.probWait, 5);
    expect(a.meanWaitServed).toBeCloseTo(c.meanWait, 4);
    expect(a.probAbandon).toBeLessThan(1e-5);
    expect(a.probWaitGivenServed).toBeCloseTo(c.probWait, 5);
  });

  it("is M/M/∞ when patience has the service rate (θ = μ)", () => {
    const lambda = 4;
    const c = 3;
    const a = erlangA(lambda, 1, c, 1);
    const occupancy = mgInfinity(lambda, 1, 400).probabilities;
    let excess = 0;
    let atLeastC = 0;
    occupancy.forEach((p, n) => {
      excess += Math.max(n - c, 0) * p;
      if (n >= c) atLeastC += p;
    });
    expect(a.meanQueue).toBeCloseTo(excess, 10);
    expect(a.probWait).toBeCloseTo(atLeastC, 10);
    expect(a.probAbandon).toBeCloseTo(excess / lambda, 10);
  });

  it("obeys P(abandon) = θ·Lq/λ and Wq = Lq/λ (Little) in an overloaded centre", () => {
    const lambda = 12;
    const patience = 2;
    const a = erlangA(lambda, 1, 10, patience);
    expect(a.probAbandon).toBeCloseTo(a.meanQueue / patience / lambda, 10);
    expect(a.meanWaitAll).toBeCloseTo(a.meanQueue / lambda, 10);
    expect(a.meanWaitAll).toBeCloseTo(a.meanWaitServed * (1 - a.probAbandon) + a.meanWaitAbandoned * a.probAbandon, 10);
    expect(a.utilisation).toBeLessThan(1);
  });

  it("gives the M/M/1+M single-agent values by direct summation", () => {
    // One agent: π_n ∝ Π_{k=1..n} λ/(μ + (k−1)θ).
    const lambda = 1;
    const mu = 1;
    const theta = 0.5;
    const weights = [1];
    for (let n = 1; n < 400; n++) weights.push((weights[n - 1] * lambda) / (mu + (n - 1) * theta));
    const total = weights.reduce((s, w) => s + w, 0);
    const lq = weights.reduce((s, w, n) => s + (Math.max(n - 1, 0) * w) / total, 0);
    const a = erlangA(lambda, 1 / mu, 1, 1 / theta);
    expect(a.meanQueue).toBeCloseTo(lq, 10);
    expect(a.probWait).toBeCloseTo(1 - weights[0] / total, 10);
  });
});
