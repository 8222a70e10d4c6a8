// The modified offered load: for demand that starts at opening with exponential service,
// the infinite-server occupancy is λS(1 − e^{−t/S}), so each interval's average is known in
// closed form; visits through rework multiply the demand on the pool; a pool behind a step of
// fixed duration D sees the arrival rate D minutes late (an M_t/D/∞ stage passes λ(t − D) on).
import { describe, expect, it } from "vitest";
import { poolDemand } from "../../../src/experiment/staffing/demand.js";
import { branch, buildModel, exponential, goTo, pool, poissonSource, profileSource, serviceStep } from "../../support/theory/model-builder.js";
import type { DistSpec } from "../../../src/random/dist-spec.js";
import type { EndOfDay } from "../../../src/model/compile/model.js";

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
    // (from the second hour: a one-day run has no rework from the day before in its first minutes)
    expect(demand.intervals[1].arrivalsPerMinute).toBeCloseTo(1 / 0.8, 9);
    expect(() => poolDemand(model(0), "clerks", 540, 1020, 60)).toThrow(/no step of the model uses pool "clerks"/);
  });

  // Demand opens at 09:00 at 60 an hour and doubles from 12:00 to 13:00.
  const PEAK = [{ from: 540, ratePerHour: 60 }, { from: 720, ratePerHour: 120 }, { from: 780, ratePerHour: 60 }];
  const fixed = (value: number): DistSpec => ({ kind: "deterministic", value });
  const openingHours = { always: false, open: 540, close: 1020, days: WEEKDAYS };
  // A working week with no end-of-day rule: lines carry over, so each morning starts with the
  // work of the evening before (a one-day run has no evening before: see the test below).
  const week = { horizon: 5 * 1440 };

  it("lags a pool behind an upstream step of fixed duration: an M_t/D/∞ stage passes λ(t − D) on", () => {
    // Intake takes exactly 30 min (no staff), then the counter.
    const behind = (intake: number) => buildModel({
      arrivals: [profileSource("walk-in", PEAK, "intake")],
      resources: [pool("tellers", 20)],
      steps: [serviceStep("intake", null, fixed(intake), goTo("counter")), serviceStep("counter", "tellers", exponential(10))],
      calendar: openingHours,
      run: week,
    });
    const lagged = poolDemand(behind(30), "tellers", 540, 1020, 30);
    const direct = poolDemand(behind(0), "tellers", 540, 1020, 30);
    const rates = (d: typeof lagged) => d.intervals.map((i) => i.arrivalsPerMinute);
    // The noon peak reaches the counter at 12:30; 09:00-09:30 serves the cases that arrived in the
    // last half hour of the day before (work carries over the night).
    expect(rates(direct)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1].map((r) => expect.closeTo(r, 12)));
    expect(rates(lagged)).toEqual([1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1].map((r) => expect.closeTo(r, 12)));
    // Same load as without intake until the peak arrives; from then on, the same load 30 min later.
    lagged.intervals.slice(0, 6).forEach((interval, k) => expect(interval.offeredLoad).toBeCloseTo(direct.intervals[k].offeredLoad, 9));
    // (to 1e-6: 30 min apart, the two histories since opening differ by a term that has decayed
    // as e^{−t/S} over three hours)
    lagged.intervals.slice(7).forEach((interval, k) => expect(interval.offeredLoad).toBeCloseTo(direct.intervals[k + 6].offeredLoad, 6));
    expect(lagged.meanService).toBeCloseTo(10, 12);
  });

  it("brings work from the day before only when a line is kept over the night and the run has a day before", () => {
    // The intake lags the counter by 30 min; 09:00-09:30 sees what arrived at 16:30-17:00 the
    // day before only if that work waits for the morning. Every other interval is the same.
    const lagged = (endOfDay: EndOfDay | null, horizon: number) => buildModel({
      arrivals: [profileSource("walk-in", [{ from: 540, ratePerHour: 60 }, { from: 960, ratePerHour: 120 }], "intake")],
      resources: [pool("tellers", 20)],
      steps: [serviceStep("intake", null, fixed(30), goTo("counter")), serviceStep("counter", "tellers", exponential(5))],
      calendar: { ...openingHours, endOfDay },
      run: { horizon },
    });
    const rule = (name: EndOfDay["rule"], comeBack = false): EndOfDay => ({ rule: name, comeBack, path: ["calendar", "endOfDay"] });
    const first = (m: ReturnType<typeof lagged>) => poolDemand(m, "tellers", 540, 1020, 30).intervals[0];
    // Carried over (declared, undeclared, or sent away to come back) in a working week: the 120/h of 16:30-17:00.
    for (const carried of [rule("carryOver"), null, rule("sendAway", true)]) expect(first(lagged(carried, 5 * 1440)).arrivalsPerMinute).toBeCloseTo(2, 12);
    // Served in overtime at closing, or sent away for good: each day starts empty, so nobody reaches the counter before 09:30.
    for (const empty of [rule("serve"), rule("sendAway")]) {
      expect(first(lagged(empty, 5 * 1440))).toEqual({ start: 540, arrivalsPerMinute: 0, offeredLoad: 0 });
    }
    // A one-day run has no day before, whatever the rule.
    expect(first(lagged(rule("carryOver"), 1440))).toEqual({ start: 540, arrivalsPerMinute: 0, offeredLoad: 0 });
    // From 09:30 on, the rule changes nothing: the day's own arrivals, 30 min later.
    const rest = (m: ReturnType<typeof lagged>) => poolDemand(m, "tellers", 540, 1020, 30).intervals.slice(1).map((i) => i.arrivalsPerMinute);
    expect(rest(lagged(rule("serve"), 1440))).toEqual(rest(lagged(rule("carryOver"), 5 * 1440)));
  });

  it("lags by the mean over the routes when a branch sends some cases through a second step", () => {
    // Half the cases need a 30-minute recheck after the 30-minute intake: counter visits start
    // 30 or 60 min after arrival, 45 min on average.
    const looped = buildModel({
      arrivals: [profileSource("walk-in", PEAK, "intake")],
      resources: [pool("tellers", 20)],
      steps: [
        serviceStep("intake", null, fixed(30), branch([{ to: "recheck", p: 0.5 }, { to: "counter", p: 0.5 }])),
        serviceStep("recheck", null, fixed(30), goTo("counter")),
        serviceStep("counter", "tellers", exponential(10)),
      ],
      calendar: openingHours,
      run: week,
    });
    const rates = poolDemand(looped, "tellers", 540, 1020, 15).intervals.map((i) => i.arrivalsPerMinute);
    // 15-minute slots from 09:00: 12:30 (slot 14) still the base rate, 12:45-13:45 the peak.
    expect(rates.slice(13, 20)).toEqual([1, 1, 2, 2, 2, 2, 1].map((r) => expect.closeTo(r, 12)));
  });

  it("lags each of the pool's steps by its own entry time", () => {
    // Tellers open the account at arrival and hand over the card 120 min later: the noon peak
    // comes to the counter twice, at 12:00 and at 14:00.
    const twoVisits = buildModel({
      arrivals: [profileSource("walk-in", PEAK, "open")],
      resources: [pool("tellers", 20)],
      steps: [
        serviceStep("open", "tellers", fixed(10), goTo("wait")),
        serviceStep("wait", null, fixed(110), goTo("card")),
        serviceStep("card", "tellers", fixed(10)),
      ],
      calendar: openingHours,
      run: week,
    });
    const rates = poolDemand(twoVisits, "tellers", 540, 1020, 60).intervals.map((i) => i.arrivalsPerMinute);
    expect(rates).toEqual([2, 2, 2, 3, 2, 3, 2, 2].map((r) => expect.closeTo(r, 12)));
  });
});
