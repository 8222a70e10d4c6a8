// Holm's step-down procedure against a hand-worked example.
import { describe, expect, it } from "vitest";
import { holmRejections } from "../../../src/stats/holm.js";

describe("holmRejections", () => {
  it("compares the k-th smallest p-value with α/(m − k + 1) and stops at the first failure", () => {
    // m = 4 (null is not tested): sorted 0.004 ≤ 0.05/4, 0.012 ≤ 0.05/3, 0.03 > 0.05/2 → stop.
    expect(holmRejections([0.03, 0.004, null, 0.012, 0.04])).toEqual([false, true, false, true, false]);
  });

  it("rejects everything when every p-value is small, nothing when the smallest fails", () => {
    expect(holmRejections([0.001, 0.002, 0.003])).toEqual([true, true, true]);
    expect(holmRejections([0.02, 0.03, 0.9])).toEqual([false, false, false]);
    expect(holmRejections([])).toEqual([]);
  });
});
