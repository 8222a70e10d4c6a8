// The modified offered load: for demand that starts at opening with exponential service,
// the infinite-server occupancy is λS(1 − e^{−t/S}), so each interval's average is known in
// closed form; visits through rework multiply the demand on the pool.
import { describe, expect, it } from "vitest";
import { poolDemand } from "../../../src/experiment/staffing/demand.js";
import { branch, buildModel, exponential, pool, poissonSource, serviceStep } from "../../support/theory/model-builder.js";

const WEEKDAYS = [true, true, true, true, true, false, false];

function model(reworkShare: number) {
  const steps = [serviceStep("counter", "tellers", exponential(10), reworkShare > 0 ? branch([{ to: "counter", p: reworkShare }, { to: "exit", p: 1 - reworkShare }]) : undefined)];
  return buildModel({
    name: "bank",
    arrivals: [poissonSource("walk-in", 1, "counter")],
    resources: [pool("tellers", 20)],
    steps,
    calendar: { always: false, open: 540, close: 1020, days: WEEKDAYS },
    run: { horizon: 1440 },
  });
}

/** Average of λS(1 − e^{−t/S}) over [a, b] (t from opening). */
const exactAverage = (lambda: number, s: number, a: number, b: number) => lambda * s * (1 - (s * (Math.exp(-a / s) - Math.exp(-b / s))) / (b - a));

describe("poolDemand", () => {
  it("plans a weekend-only branch on its working day, not on a closed Monday", () => {
    const weekday = poolDemand(model(0), "tellers", 540, 1020, 60);
    const weekend = model(0);
    const saturday = poolDemand({ ...weekend, calendar: { ...weekend.calendar, days: [false, false, false, false, false, true, true] } }, "tellers", 540, 1020, 60);
    expect(saturday.intervals).toEqual(weekday.intervals);
    expect(saturday.intervals[3].offeredLoad).toBeGreaterThan(5);
  });

  it("follows the infinite-server occupancy after opening", () => {
    const demand = poolDemand(model(0), "tellers", 540, 1020, 30);
    expect(demand.meanService).toBeCloseTo(10, 12);
    expect(demand.meanPatience).toBeNull();
    demand.intervals.slice(0, 4).forEach((interval, k) => {
      expect(interval.arrivalsPerMinute).toBeCloseTo(1, 12);
      expect(interval.offeredLoad).toBeCloseTo(exactAverage(1, 10, 30 * k, 30 * (k + 1)), 9);
    });
  });

  it("counts every visit of a rework loop", () => {
    const demand = poolDemand(model(0.2), "tellers", 540, 1020, 60);
    expect(demand.intervals[0].arrivalsPerMinute).toBeCloseTo(1 / 0.8, 9);
    expect(() => poolDemand(model(0), "clerks", 540, 1020, 60)).toThrow(/no step of the model uses pool "clerks"/);
  });
});
