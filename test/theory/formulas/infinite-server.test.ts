/**
 * M/G/∞ occupancy and non-homogeneous Poisson expected counts.
 */
import { describe, expect, it } from "vitest";
import {
  averageOver, expectedArrivals, mgInfinity, mtDInfinityMean, mtMInfinityMean, profileRatePerHour,
} from "../../support/theory/infinite-server.js";
import { cobhamMg1 } from "../../support/theory/priority.js";
import { mm1 } from "../../support/theory/single-server.js";

const profile = [
  { from: 0, ratePerHour: 6 },
  { from: 540, ratePerHour: 60 },
  { from: 720, ratePerHour: 90 },
  { from: 1020, ratePerHour: 6 },
];

describe("mgInfinity", () => {
  it("is Poisson with mean λ·E[S]", () => {
    const o = mgInfinity(2, 3, 3);
    expect(o.mean).toBe(6);
    expect(o.variance).toBe(6);
    expect(o.probabilities[0]).toBeCloseTo(Math.exp(-6), 14);
    expect(o.probabilities[3]).toBeCloseTo((Math.exp(-6) * 216) / 6, 14);
  });
});

describe("expectedArrivals", () => {
  it("reads the rate of the interval a time falls in", () => {
    expect(profileRatePerHour(profile, 539)).toBe(6);
    expect(profileRatePerHour(profile, 540)).toBe(60);
    expect(profileRatePerHour([{ from: 480, ratePerHour: 30 }], 100)).toBe(0);
  });

  it("integrates a daily profile over an interval, a day and several days", () => {
    expect(expectedArrivals(profile, 540, 600)).toBeCloseTo(60, 12);
    expect(expectedArrivals(profile, 700, 740)).toBeCloseTo(20 + 30, 12);
    const day = 9 * 6 + 3 * 60 + 5 * 90 + 7 * 6;
    expect(expectedArrivals(profile, 0, 1440)).toBeCloseTo(day, 10);
    expect(expectedArrivals(profile, 1440 + 540, 1440 + 600)).toBeCloseTo(60, 12);
    expect(expectedArrivals(profile, 0, 3 * 1440)).toBeCloseTo(3 * day, 10);
  });

  it("rejects a reversed interval", () => {
    expect(() => expectedArrivals(profile, 10, 5)).toThrow(RangeError);
  });
});

describe("cobhamMg1", () => {
  it("gives the textbook two-class M/M/1 example (λ1 = λ2 = 0.4, μ = 1)", () => {
    const cls = { arrivalRate: 0.4, meanService: 1, secondMoment: 2 };
    const [high, low] = cobhamMg1([cls, cls]);
    expect(high).toBeCloseTo(0.8 / 0.6, 12);
    expect(low).toBeCloseTo(0.8 / (0.6 * 0.2), 12);
  });

  it("obeys Kleinrock's conservation law: load-weighted waits equal FCFS", () => {
    const classes = [
      { arrivalRate: 0.2, meanService: 1, secondMoment: 2 },
      { arrivalRate: 0.3, meanService: 1, secondMoment: 2 },
      { arrivalRate: 0.35, meanService: 1, secondMoment: 2 },
    ];
    const waits = cobhamMg1(classes);
    const weighted = waits.reduce((s, w, k) => s + classes[k].arrivalRate * w, 0) / 0.85;
    expect(weighted).toBeCloseTo(mm1(0.85, 1).meanWait, 10);
  });
});

describe("M_t/G/∞ means", () => {
  it("equal λ·E[S] under a constant profile", () => {
    const flat = [{ from: 0, ratePerHour: 120 }];
    expect(mtMInfinityMean(flat, 30, 5000)).toBeCloseTo(60, 9);
    expect(mtDInfinityMean(flat, 30, 5000)).toBeCloseTo(60, 9);
  });

  it("follow m' = λ(t) − m/E[S] for exponential service", () => {
    const h = 1e-3;
    for (const t of [1440 + 300, 1440 + 545, 1440 + 800]) {
      const derivative = (mtMInfinityMean(profile, 30, t + h) - mtMInfinityMean(profile, 30, t - h)) / (2 * h);
      const rate = profileRatePerHour(profile, t - 1440) / 60;
      expect(derivative).toBeCloseTo(rate - mtMInfinityMean(profile, 30, t) / 30, 5);
    }
  });

  it("relax to the new level after a step in the rate", () => {
    // 6/h before 09:00, 60/h after: m(09:00 + u) = 3 + (30 − 3)(1 − e^{−u/30}).
    const m = mtMInfinityMean(profile, 30, 1440 + 540 + 45);
    expect(m).toBeCloseTo(3 + 27 * (1 - Math.exp(-1.5)), 9);
  });

  it("averages a linear ramp exactly", () => {
    expect(averageOver((t) => 2 * t + 1, 0, 60)).toBeCloseTo(61, 12);
  });
});
