/**
 * M/G/∞ occupancy and non-homogeneous Poisson expected counts.
 */
import { describe, expect, it } from "vitest";
import { expectedArrivals, mgInfinity, profileRatePerHour } from "../../support/theory/infinite-server.js";
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
