// Claiming replications from the shared counter: positions in order, none after the end,
// and a stop that says exactly how many were claimed before it.
import { describe, expect, it } from "vitest";
import { claimNext, createClaims, stopClaims } from "../../../src/experiment/replication-claims.js";

describe("replication claims", () => {
  it("hands out each position once, then nothing", () => {
    const claims = createClaims();
    expect([claimNext(claims, 3), claimNext(claims, 3), claimNext(claims, 3), claimNext(claims, 3)]).toEqual([0, 1, 2, -1]);
    expect(stopClaims(claims, 3)).toBe(3);
  });

  it("stops claiming and counts the positions claimed before the stop", () => {
    const claims = createClaims();
    claimNext(claims, 10);
    claimNext(claims, 10);
    expect(stopClaims(claims, 10)).toBe(2);
    expect(claimNext(claims, 10)).toBe(-1);
    expect(claimNext(claims, 10)).toBe(-1);
  });
});
