/**
 * M/M/1+D (deterministic patience) against M/M/1 and against conservation of work.
 */
import { describe, expect, it } from "vitest";
import { mm1Deadline } from "../../support/theory/deadline-queue.js";
import { mm1 } from "../../support/theory/single-server.js";

describe("mm1Deadline", () => {
  it("tends to M/M/1 as patience grows (ρ < 1)", () => {
    const r = mm1Deadline(0.8, 1, 500);
    expect(r.probAbandon).toBeLessThan(1e-12);
    expect(r.meanWaitServed).toBeCloseTo(mm1(0.8, 1).meanWait, 8);
    expect(r.probIdle).toBeCloseTo(0.2, 10);
  });

  it("balances work: busy share = λ·(1 − P(abandon))·E[S], at any load", () => {
    for (const [lambda, tau] of [[0.8, 1], [1.2, 2], [1, 3], [3, 0.5]]) {
      const r = mm1Deadline(lambda, 1, tau);
      expect(r.utilisation).toBeCloseTo(lambda * (1 - r.probAbandon), 12);
    }
  });

  it("is continuous through λ = μ", () => {
    const below = mm1Deadline(1 - 1e-7, 1, 2);
    const at = mm1Deadline(1, 1, 2);
    expect(at.probAbandon).toBeCloseTo(below.probAbandon, 6);
    expect(at.meanWaitServed).toBeCloseTo(below.meanWaitServed, 6);
    // λ = μ: π0 = 1/(2 + τ), P(abandon) = π0.
    expect(at.probAbandon).toBeCloseTo(1 / 4, 12);
  });
});
