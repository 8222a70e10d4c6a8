/**
 * M/M/1, Pollaczek–Khinchine and M/D/1 against textbook values.
 */
import { describe, expect, it } from "vitest";
import { md1, mm1, pollaczekKhinchine } from "../../support/theory/single-server.js";
import { distMoments } from "../../support/theory/moments.js";

describe("mm1", () => {
  it("gives Wq = ρ/(μ − λ) and L = ρ/(1 − ρ)", () => {
    expect(mm1(0.5, 1).meanWait).toBeCloseTo(1, 12);
    expect(mm1(0.9, 1).meanWait).toBeCloseTo(9, 10);
    expect(mm1(0.9, 1).meanInSystem).toBeCloseTo(9, 10);
    expect(mm1(0.25, 2).meanSojourn).toBeCloseTo(4, 12);
  });

  it("rejects ρ ≥ 1", () => {
    expect(() => mm1(1, 1)).toThrow(RangeError);
  });
});

describe("pollaczekKhinchine", () => {
  it("reduces to M/M/1 for exponential service (E[S²] = 2/μ²)", () => {
    expect(pollaczekKhinchine(0.8, 1, 2).meanWait).toBeCloseTo(mm1(0.8, 1).meanWait, 12);
  });

  it("gives M/D/1 as half the M/M/1 wait", () => {
    expect(md1(0.8, 1).meanWait).toBeCloseTo(2, 12);
    expect(md1(0.25, 2).meanWait).toBeCloseTo(1, 12);
  });

  it("uses the second moment: lognormal(mean 1, sd 1.5) at ρ = 0.7", () => {
    const s = distMoments({ kind: "lognormal", mean: 1, sd: 1.5 });
    expect(pollaczekKhinchine(0.7, s.mean, s.secondMoment).meanWait).toBeCloseTo((0.7 * 3.25) / 0.6, 12);
  });

  it("rejects a second moment below the squared mean and an overloaded queue", () => {
    expect(() => pollaczekKhinchine(0.5, 1, 0.5)).toThrow(RangeError);
    expect(() => pollaczekKhinchine(1.1, 1, 1)).toThrow(RangeError);
  });
});
